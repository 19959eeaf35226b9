#pragma once

#include "core/domain/Appointment.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace nm::core {

/// The appointments that start in a time range (a day or a week), optionally of one clinician,
/// in order of start. Tombstones are left out; cancelled and no-show visits stay, with their
/// status. Read-only.
class AppointmentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        PatientColumn, ///< "Family, Given"
        DurationColumn,
        KindColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AppointmentsModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Appointments starting in [\a from, \a to).
    void setRange(const QDateTime &from, const QDateTime &to);
    /// The local calendar day \a day.
    void setDay(QDate day);
    /// The Monday-to-Sunday local week that contains \a day.
    void setWeek(QDate day);
    /// Only \a clinician's appointments; a null id shows everyone's.
    void setClinician(const QUuid &clinician);
    void refresh();
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QString lastError() const { return m_lastError; }

    static QString kindLabel(Appointment::Kind kind);
    static QString statusLabel(Appointment::Status status);

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
        QUuid patientId;
        QString patientName;
        QDateTime start;
        int durationMinutes = 0;
        Appointment::Kind kind = Appointment::Kind::InPerson;
        Appointment::Status status = Appointment::Status::Scheduled;
    };

    bool load(QList<Row> &rows);
    QVariant display(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    QSqlDatabase m_db;
    QDateTime m_from;
    QDateTime m_to;
    QUuid m_clinician;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace nm::core
