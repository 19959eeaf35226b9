#include "core/models/MedicationsModel.h"

#include "core/models/ModelRoles.h"
#include "core/storage/MedicationRepository.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::core {

MedicationsModel::MedicationsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void MedicationsModel::setPatient(const QUuid &patientId)
{
    m_patientId = patientId;
    refresh();
}

void MedicationsModel::setShowPast(bool showPast)
{
    if (showPast == m_showPast)
        return;
    m_showPast = showPast;
    refresh();
}

void MedicationsModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void MedicationsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const bool ok = m_patientId.isNull() || load(m_rows);
    endResetModel();
    if (!ok)
        Q_EMIT loadFailed(m_lastError);
}

bool MedicationsModel::load(QList<Medication> &rows)
{
    auto loaded = MedicationRepository(m_db).forPatient(m_patientId);
    if (!loaded) {
        m_lastError = loaded.error().message;
        return false;
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    for (Medication &medication : loaded.value()) {
        // A course stopping today is no longer active.
        if (m_showPast || !medication.stopDate.isValid() || medication.stopDate > today)
            rows.append(std::move(medication));
    }
    // Newest course first; ties by name, then id, so the order is total.
    std::sort(rows.begin(), rows.end(), [](const Medication &a, const Medication &b) {
        if (a.startDate != b.startDate)
            return a.startDate > b.startDate;
        if (a.name != b.name)
            return a.name < b.name;
        return a.meta.id.toString() < b.meta.id.toString();
    });
    return true;
}

QString MedicationsModel::routeLabel(Medication::Route route)
{
    switch (route) {
    case Medication::Route::Oral:
        return tr("Oral");
    case Medication::Route::Sublingual:
        return tr("Sublingual");
    case Medication::Route::Intramuscular:
        return tr("Intramuscular");
    case Medication::Route::Intravenous:
        return tr("Intravenous");
    case Medication::Route::Subcutaneous:
        return tr("Subcutaneous");
    case Medication::Route::Transdermal:
        return tr("Transdermal");
    case Medication::Route::Inhaled:
        return tr("Inhaled");
    case Medication::Route::Other:
        return tr("Other");
    }
    return {};
}

int MedicationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MedicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MedicationsModel::display(const Medication &medication, int column) const
{
    switch (column) {
    case NameColumn:
        return medication.name;
    case DoseColumn:
        if (!medication.dose)
            return QString();
        return tr("%1 %2").arg(QLocale().toString(*medication.dose), medication.unit);
    case RouteColumn:
        return routeLabel(medication.route);
    case FrequencyColumn:
        return medication.frequency;
    case StartColumn:
        return medication.startDate.toString(Qt::ISODate);
    case StopColumn:
        return medication.stopDate.toString(Qt::ISODate);
    case ReasonStoppedColumn:
        return medication.reasonStopped;
    default:
        return {};
    }
}

QVariant MedicationsModel::rawValue(const Medication &medication, int column) const
{
    switch (column) {
    case NameColumn:
        return medication.name;
    case DoseColumn:
        return medication.dose ? QVariant(*medication.dose) : QVariant();
    case RouteColumn:
        return QString(enumId(medication.route));
    case FrequencyColumn:
        return medication.frequency;
    case StartColumn:
        return medication.startDate.isValid() ? QVariant(medication.startDate) : QVariant();
    case StopColumn:
        return medication.stopDate.isValid() ? QVariant(medication.stopDate) : QVariant();
    case ReasonStoppedColumn:
        return medication.reasonStopped;
    default:
        return {};
    }
}

QVariant MedicationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Medication &medication = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(medication, index.column());
    case ModelRoles::RawValueRole:
        return rawValue(medication, index.column());
    case ModelRoles::IdRole:
        return medication.meta.id;
    default:
        return {};
    }
}

QVariant MedicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Medication");
    case DoseColumn:
        return tr("Dose");
    case RouteColumn:
        return tr("Route");
    case FrequencyColumn:
        return tr("Frequency");
    case StartColumn:
        return tr("Started");
    case StopColumn:
        return tr("Stopped");
    case ReasonStoppedColumn:
        return tr("Reason stopped");
    default:
        return {};
    }
}

} // namespace nm::core
