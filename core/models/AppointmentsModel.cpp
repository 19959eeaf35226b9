#include "core/models/AppointmentsModel.h"

#include "core/domain/EnumIds.h"
#include "core/models/ModelRoles.h"
#include "core/storage/AppointmentRepository.h"

#include <QHash>
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
    auto loaded = AppointmentRepository(m_db).between(m_from, m_to, m_clinician);
    if (!loaded) {
        m_lastError = tr("The appointments could not be read: %1").arg(loaded.error().message);
        return false;
    }
    // The names of the patients in the range, in one query rather than one per row.
    QHash<QUuid, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.family_name, p.given_name FROM patients p WHERE p.id IN "
              "(SELECT patient_id FROM appointments WHERE start_at >= ? AND start_at < ? "
              "AND deleted = 0)"_s);
    q.addBindValue(m_from.toMSecsSinceEpoch());
    q.addBindValue(m_to.toMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = tr("The appointments could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        names.insert(QUuid::fromString(q.value(0).toString()),
                     q.value(1).toString() + u", "_s + q.value(2).toString());
    for (const Appointment &appointment : std::as_const(loaded.value())) {
        Row row;
        row.id = appointment.meta.id;
        row.patientId = appointment.patientId;
        row.patientName = names.value(appointment.patientId);
        row.start = appointment.start;
        row.durationMinutes = appointment.durationMinutes;
        row.kind = appointment.kind;
        row.status = appointment.status;
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
