#pragma once

#include "core/domain/ClinicalNote.h"
#include "ui/common/ChartTab.h"

#include <QHash>
#include <QTimer>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace nm::ui {

class NoteEditor;

/// The Notes tab of a chart: the patient's notes (addenda under the note they amend), a search
/// over their text, and the editor for the open note.
class NotesTab : public ChartTab {
    Q_OBJECT

public:
    /// Columns of the note list.
    enum Column { DateColumn, TypeColumn, TitleColumn, StatusColumn, ColumnCount };
    /// The note id (QUuid) on list items and search results.
    static constexpr int NoteIdRole = Qt::UserRole + 1;

    explicit NotesTab(ChartContext context, QWidget *parent = nullptr);
    ~NotesTab() override;

    void refresh() override;
    bool saveDrafts(QString *problem) override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    /// What the "New note" menu does: a new draft of \a type in the editor.
    bool startNote(core::ClinicalNote::Type type);
    /// Opens the note \a id in the editor and makes it the list's current item.
    bool openNote(const QUuid &id);
    /// Shows the notes matching \a text (what typing in the search field does, without the
    /// pause); an empty text shows the list again.
    void search(const QString &text);

    NoteEditor *editor() const { return m_editor; }

private:
    void buildUi();
    void reloadList();
    void selectInList(const QUuid &id);
    void currentItemChanged(QTreeWidgetItem *current);
    void runSearch();
    void openResult(QListWidgetItem *item);
    QTreeWidgetItem *makeItem(const core::ClinicalNote &note) const;
    QString statusText(const core::ClinicalNote &note) const;
    void noteWritten(const QUuid &id);

    QHash<QUuid, core::ClinicalNote> m_notes;
    QString m_loadProblem;
    bool m_rebuilding = false;
    QTimer m_searchDelay;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newNote = nullptr;
    QLabel *m_listProblem = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTreeWidget *m_list = nullptr;
    QListWidget *m_results = nullptr;
    NoteEditor *m_editor = nullptr;
};

} // namespace nm::ui
