#pragma once

#include "core/domain/ClinicalNote.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace nm::core {

/// One patient's clinical notes that are not deleted, newest first. Read-only.
class NotesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn, ///< when the note was written (created)
        TypeColumn,
        TitleColumn,
        StatusColumn, ///< draft or signed
        SignedAtColumn,
        AddendumColumn, ///< marks an addendum to a signed note
        ColumnCount
    };

    explicit NotesModel(QSqlDatabase db, QObject *parent = nullptr);

    void setPatient(const QUuid &patientId);
    void refresh();
    QString lastError() const { return m_lastError; }

    static QString typeLabel(ClinicalNote::Type type);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QVariant display(const ClinicalNote &note, int column) const;
    QVariant rawValue(const ClinicalNote &note, int column) const;

    QSqlDatabase m_db;
    QUuid m_patientId;
    QList<ClinicalNote> m_notes;
    QString m_lastError;
};

} // namespace nm::core
