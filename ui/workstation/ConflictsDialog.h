#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace nm::ui {

/// What sync could not apply as the clinician typed it. Conflicts: per field, the clinician's
/// value beside the server's, resolved with one click ("Use mine" sends it again, "Keep
/// server's" closes it). Rejected changes: the change, the server's reason and the fields it
/// named, so the clinician can make the change again correctly.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QTableWidget *conflictsTable() const { return m_conflicts; }
    QTableWidget *rejectedTable() const { return m_rejected; }

private:
    void load();
    void resolve(qint64 conflictId, bool useMine);
    QString describeRecord(const QString &entity, const QString &recordId) const;

    QSqlDatabase m_db;
    QTableWidget *m_conflicts;
    QTableWidget *m_rejected;
    QLabel *m_problem;
};

} // namespace nm::ui
