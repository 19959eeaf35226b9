#include "core/models/AppointmentsModel.h"

#include "core/domain/EnumIds.h"
#include "core/models/ModelRoles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

AppointmentsModel::AppointmentsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void AppointmentsModel::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void AppointmentsModel::setDay(QDate day)
{
    setRange(day.startOfDay(), day.addDays(1).startOfDay());
}

void AppointmentsModel::setWeek(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    setRange(monday.startOfDay(), monday.addDays(7).startOfDay());
}

void AppointmentsModel::setClinician(const QUuid &clinician)
{
    m_clinician = clinician;
    refresh();
}

void AppointmentsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const bool ok = !m_from.isValid() || !m_to.isValid() || load(m_rows);
    endResetModel();
    if (!ok)
        Q_EMIT loadFailed(m_lastError);
}

bool AppointmentsModel::load(QList<Row> &rows)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // appointments_start (or appointments_clinician) bounds the scan to the range.
    q.prepare(u"SELECT a.id, a.patient_id, a.start_at, a.duration_minutes, a.status, a.doc, "
              "p.family_name, p.given_name FROM appointments a "
              "LEFT JOIN patients p ON p.id = a.patient_id "
              "WHERE a.start_at >= ? AND a.start_at < ? AND a.deleted = 0"_s +
              (m_clinician.isNull() ? QString() : u" AND a.clinician_id = ?"_s) +
              u" ORDER BY a.start_at, a.id"_s);
    q.addBindValue(m_from.toMSecsSinceEpoch());
    q.addBindValue(m_to.toMSecsSinceEpoch());
    if (!m_clinician.isNull())
        q.addBindValue(m_clinician.toString(QUuid::WithoutBraces));
    if (!q.exec()) {
        m_lastError = tr("The appointments could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Row row;
        row.id = QUuid::fromString(q.value(0).toString());
        row.patientId = QUuid::fromString(q.value(1).toString());
        row.start = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        row.durationMinutes = q.value(3).toInt();
        row.status = enumFromId<Appointment::Status>(q.value(4).toString())
                         .value_or(Appointment::Status::Scheduled);
        // The kind has no column of its own; it is read from the record's document.
        const QJsonObject doc = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        row.kind = enumFromId<Appointment::Kind>(doc.value(u"kind"_s).toString())
                       .value_or(Appointment::Kind::InPerson);
        if (!q.value(6).isNull())
            row.patientName = q.value(6).toString() + u", "_s + q.value(7).toString();
        rows.append(std::move(row));
    }
    return true;
}

QString AppointmentsModel::kindLabel(Appointment::Kind kind)
{
    switch (kind) {
    case Appointment::Kind::InPerson:
        return tr("In person");
    case Appointment::Kind::Video:
        return tr("Video");
    }
    return {};
}

QString AppointmentsModel::statusLabel(Appointment::Status status)
{
    switch (status) {
    case Appointment::Status::Scheduled:
        return tr("Scheduled");
    case Appointment::Status::Completed:
        return tr("Completed");
    case Appointment::Status::NoShow:
        return tr("No-show");
    case Appointment::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int AppointmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentsModel::display(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.start.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case PatientColumn:
        return row.patientName;
    case DurationColumn:
        return tr("%n min", nullptr, row.durationMinutes);
    case KindColumn:
        return kindLabel(row.kind);
    case StatusColumn:
        return statusLabel(row.status);
    default:
        return {};
    }
}

QVariant AppointmentsModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.start.toMSecsSinceEpoch();
    case PatientColumn:
        return row.patientName;
    case DurationColumn:
        return qint64(row.durationMinutes);
    case KindColumn:
        return QString(enumId(row.kind));
    case StatusColumn:
        return QString(enumId(row.status));
    default:
        return {};
    }
}

QVariant AppointmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(row, index.column());
    case ModelRoles::RawValueRole:
        return rawValue(row, index.column());
    case ModelRoles::IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant AppointmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PatientColumn:
        return tr("Patient");
    case DurationColumn:
        return tr("Duration");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace nm::core
