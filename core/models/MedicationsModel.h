#pragma once

#include "core/domain/Medication.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace nm::core {

/// One patient's medications, most recently started first: the active ones (no stop date, or a
/// stop date still in the future), or every course when setShowPast(true). Read-only.
class MedicationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DoseColumn, ///< dose and unit
        RouteColumn,
        FrequencyColumn,
        StartColumn,
        StopColumn,
        ReasonStoppedColumn,
        ColumnCount
    };

    explicit MedicationsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setPatient(const QUuid &patientId);
    /// Active medications only (false, the default) or every course.
    void setShowPast(bool showPast);
    bool showPast() const { return m_showPast; }
    /// The date "active" is judged at; the current date when not set (tests fix it).
    void setToday(QDate today);
    void refresh();
    QString lastError() const { return m_lastError; }

    static QString routeLabel(Medication::Route route);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    bool load(QList<Medication> &rows);
    QVariant display(const Medication &medication, int column) const;
    QVariant rawValue(const Medication &medication, int column) const;

    QSqlDatabase m_db;
    QUuid m_patientId;
    bool m_showPast = false;
    QDate m_today;
    QList<Medication> m_rows;
    QString m_lastError;
};

} // namespace nm::core
