#include "core/models/AssessmentHistoryModel.h"

#include "core/instruments/InstrumentRegistry.h"
#include "core/models/ModelRoles.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// Yes / No, or a dash when the rule does not apply (baseline 0, rule undefined, no total).
QString outcomeText(bool applicable, bool met)
{
    if (!applicable)
        return AssessmentHistoryModel::tr("–");
    return met ? AssessmentHistoryModel::tr("Yes") : AssessmentHistoryModel::tr("No");
}

// 1 met, 0 not met, -1 not applicable: sortable, and distinct from "no value".
QVariant outcomeRaw(bool applicable, bool met)
{
    return applicable ? (met ? 1 : 0) : -1;
}

QString signedNumber(double value)
{
    if (value > 0)
        return u"+"_s + QString::number(value);
    if (value < 0)
        return u"−"_s + QString::number(-value); // a real minus sign
    return QString::number(value);
}

} // namespace

AssessmentHistoryModel::AssessmentHistoryModel(QSqlDatabase db, const InstrumentRegistry *registry,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_registry(registry)
{}

void AssessmentHistoryModel::setPatient(const QUuid &patientId, const QString &instrumentId)
{
    m_patientId = patientId;
    m_instrumentId = instrumentId;
    refresh();
}

void AssessmentHistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    const bool ok = m_patientId.isNull() || load(m_rows);
    endResetModel();
    if (!ok)
        Q_EMIT loadFailed(m_lastError);
}

bool AssessmentHistoryModel::load(QList<Row> &rows)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Oldest first, so each instrument's baseline is met before the later administrations.
    q.prepare(u"SELECT id, instrument_id, status, administered_at, total_score, band, flags "
              "FROM assessments WHERE patient_id = ? AND deleted = 0"_s +
              (m_instrumentId.isEmpty() ? QString() : u" AND instrument_id = ?"_s) +
              u" ORDER BY administered_at, id"_s);
    q.addBindValue(m_patientId.toString(QUuid::WithoutBraces));
    if (!m_instrumentId.isEmpty())
        q.addBindValue(m_instrumentId);
    if (!q.exec()) {
        m_lastError = tr("The assessment history could not be read: %1").arg(q.lastError().text());
        return false;
    }
    QHash<QString, double> baselines;
    while (q.next()) {
        Row row;
        row.id = QUuid::fromString(q.value(0).toString());
        row.instrumentId = q.value(1).toString();
        row.completed = q.value(2).toString() == "completed"_L1;
        if (!q.value(3).isNull())
            row.administeredAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        if (!q.value(4).isNull())
            row.total = q.value(4).toDouble();
        row.bandId = q.value(5).toString();
        row.flags = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);

        const InstrumentDefinition *definition = m_registry->find(row.instrumentId);
        if (row.completed && row.total) {
            const auto baseline = baselines.constFind(row.instrumentId);
            if (baseline == baselines.constEnd()) {
                row.isBaseline = true;
                baselines.insert(row.instrumentId, *row.total);
            } else {
                row.baselineTotal = *baseline;
                row.response = MeasurementBasedCare::response(*baseline, *row.total);
                if (definition)
                    row.reliableChange =
                        MeasurementBasedCare::reliableChange(*definition, *baseline, *row.total);
            }
            if (definition)
                row.remission = MeasurementBasedCare::remission(*definition, *row.total);
        }
        rows.append(std::move(row));
    }
    std::reverse(rows.begin(), rows.end()); // newest first
    return true;
}

int AssessmentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentHistoryModel::display(const Row &row, int column) const
{
    const InstrumentDefinition *definition = m_registry->find(row.instrumentId);
    switch (column) {
    case DateColumn:
        return row.administeredAt.isValid()
                   ? row.administeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                   : tr("In progress");
    case InstrumentColumn:
        return definition ? definition->shortTitle() : row.instrumentId;
    case TotalColumn:
        return row.total ? QString::number(*row.total) : QString();
    case BandColumn:
        if (definition) {
            for (const InstrumentDefinition::Band &band : definition->bands()) {
                if (band.id == row.bandId)
                    return band.label;
            }
        }
        return row.bandId;
    case FlagsColumn: {
        QStringList messages;
        for (const QString &flag : row.flags) {
            QString message = flag;
            if (definition) {
                for (const InstrumentDefinition::Flag &defined : definition->flags()) {
                    if (defined.id == flag)
                        message = defined.message;
                }
            }
            messages << message;
        }
        return messages.join(u"; "_s);
    }
    case ChangeColumn:
        if (row.isBaseline)
            return tr("Baseline");
        return row.baselineTotal ? signedNumber(*row.total - *row.baselineTotal) : QString();
    case ResponseColumn:
        if (row.isBaseline)
            return tr("Baseline");
        return row.response ? outcomeText(row.response->applicable, row.response->met) : QString();
    case RemissionColumn:
        return row.remission ? outcomeText(row.remission->applicable, row.remission->met)
                             : QString();
    case ReliableChangeColumn:
        if (row.isBaseline)
            return tr("Baseline");
        if (!row.reliableChange)
            return QString();
        if (!row.reliableChange->applicable || !row.reliableChange->met)
            return outcomeText(row.reliableChange->applicable, false);
        return row.reliableChange->direction == MeasurementBasedCare::Direction::Deterioration
                   ? tr("Deterioration")
                   : tr("Improvement");
    default:
        return {};
    }
}

QVariant AssessmentHistoryModel::toolTip(const Row &row, int column) const
{
    const auto explain = [](const QString &definition, const QString &reason) {
        return reason.isEmpty() ? definition : definition + u"\n"_s + reason;
    };
    switch (column) {
    case ChangeColumn:
        return row.isBaseline ? tr("The first completed administration of this instrument: the "
                                   "baseline later totals are compared with.")
                              : QVariant();
    case ResponseColumn:
        if (row.response)
            return explain(row.response->definition, row.response->reason);
        return MeasurementBasedCare::response(1, 1).definition;
    case RemissionColumn:
        return row.remission ? explain(row.remission->definition, row.remission->reason)
                             : QVariant();
    case ReliableChangeColumn:
        return row.reliableChange
                   ? explain(row.reliableChange->definition, row.reliableChange->reason)
                   : QVariant();
    default:
        return display(row, column);
    }
}

QVariant AssessmentHistoryModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case DateColumn:
        return row.administeredAt.isValid() ? QVariant(row.administeredAt.toMSecsSinceEpoch())
                                            : QVariant();
    case InstrumentColumn:
        return row.instrumentId;
    case TotalColumn:
        return row.total ? QVariant(*row.total) : QVariant();
    case BandColumn:
        if (const InstrumentDefinition *definition = m_registry->find(row.instrumentId)) {
            for (const InstrumentDefinition::Band &band : definition->bands()) {
                if (band.id == row.bandId)
                    return qint64(band.rank);
            }
        }
        return {};
    case FlagsColumn:
        return row.flags.join(u' ');
    case ChangeColumn:
        if (row.isBaseline)
            return 0.0;
        return row.baselineTotal ? QVariant(*row.total - *row.baselineTotal) : QVariant();
    case ResponseColumn:
        return row.response ? outcomeRaw(row.response->applicable, row.response->met) : QVariant();
    case RemissionColumn:
        return row.remission ? outcomeRaw(row.remission->applicable, row.remission->met)
                             : QVariant();
    case ReliableChangeColumn:
        return row.reliableChange
                   ? outcomeRaw(row.reliableChange->applicable, row.reliableChange->met)
                   : QVariant();
    default:
        return {};
    }
}

QVariant AssessmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case ModelRoles::RawValueRole:
        return rawValue(row, index.column());
    case ModelRoles::IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant AssessmentHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case InstrumentColumn:
        return tr("Instrument");
    case TotalColumn:
        return tr("Total");
    case BandColumn:
        return tr("Severity");
    case FlagsColumn:
        return tr("Flags");
    case ChangeColumn:
        return tr("Change from baseline");
    case ResponseColumn:
        return tr("Response");
    case RemissionColumn:
        return tr("Remission");
    case ReliableChangeColumn:
        return tr("Reliable change");
    default:
        return {};
    }
}

} // namespace nm::core
