#pragma once

#include "core/instruments/MeasurementBasedCare.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace nm::core {

class InstrumentRegistry;

/// One patient's assessments, newest first, optionally of one instrument, with the
/// measurement-based-care outcomes (DESIGN §5) against each instrument's baseline: its first
/// completed administration that has a total. The rules' definitions are the cells' tooltips, so
/// a "response" always says what it means. Read-only.
class AssessmentHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        InstrumentColumn,
        TotalColumn,
        BandColumn,
        FlagsColumn,
        ChangeColumn, ///< total − baseline total
        ResponseColumn,
        RemissionColumn,
        ReliableChangeColumn,
        ColumnCount
    };

    /// \a registry supplies titles, band labels and the care rules; it must outlive the model.
    AssessmentHistoryModel(QSqlDatabase db, const InstrumentRegistry *registry,
                           QObject *parent = nullptr);

    /// Shows \a patientId's assessments; only \a instrumentId's when it is not empty.
    void setPatient(const QUuid &patientId, const QString &instrumentId = QString());
    void refresh();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row {
        QUuid id;
        QString instrumentId;
        bool completed = false;
        QDateTime administeredAt;
        std::optional<double> total;
        QString bandId;
        QStringList flags;
        bool isBaseline = false;
        std::optional<double> baselineTotal;
        std::optional<MeasurementBasedCare::Outcome> response;
        std::optional<MeasurementBasedCare::Outcome> remission;
        std::optional<MeasurementBasedCare::ReliableChange> reliableChange;
    };

    bool load(QList<Row> &rows);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    QSqlDatabase m_db;
    const InstrumentRegistry *m_registry;
    QUuid m_patientId;
    QString m_instrumentId;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace nm::core
