#include "ui/notes/NotesTab.h"

#include "core/domain/Permission.h"
#include "core/models/NotesModel.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "ui/common/MenuButton.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteSearchResultDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::ui {

using core::ClinicalNote;

namespace {

constexpr int SearchDelayMs = 250;

const auto OpenNoteKey = u"openNoteId"_s;
const auto NewNoteTypeKey = u"newNoteType"_s;
const auto NewAddendumKey = u"newAddendumTo"_s;
const auto BodyCursorKey = u"bodyCursor"_s;
const auto CurrentNoteKey = u"currentNoteId"_s;
const auto SearchTextKey = u"searchText"_s;
const auto SplitterKey = u"splitter"_s;

QString dateText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

bool newestFirst(const ClinicalNote &a, const ClinicalNote &b)
{
    if (a.meta.createdAt != b.meta.createdAt)
        return a.meta.createdAt > b.meta.createdAt;
    return a.meta.id.toString() < b.meta.id.toString();
}

} // namespace

NotesTab::NotesTab(ChartContext context, QWidget *parent)
    : ChartTab(std::move(context), parent)
{
    setObjectName(u"notesTab"_s);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &NotesTab::runSearch);
    buildUi();
    reloadList();
}

NotesTab::~NotesTab()
{
    // Destroying the widgets moves focus out of the editor, which may save; this tab must not
    // hear about it once it is half destroyed.
    disconnect(m_editor, nullptr, this, nullptr);
}

void NotesTab::buildUi()
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"notesSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(u"notesSearch"_s);
    m_search->setPlaceholderText(tr("Search this patient's notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search notes"));
    top->addWidget(m_search, 1);

    m_newNote = new QPushButton(tr("&New note"), left);
    m_newNote->setObjectName(u"newNoteButton"_s);
    auto *menu = new QMenu(m_newNote);
    for (const ClinicalNote::Type type : core::enumValues<ClinicalNote::Type>()) {
        QAction *action = menu->addAction(core::NotesModel::typeLabel(type));
        action->setObjectName(u"newNote_"_s + core::enumId(type));
        connect(action, &QAction::triggered, this, [this, type] { startNote(type); });
    }
    setButtonMenu(m_newNote, menu);
    const bool canWrite = context().user.holds(core::Permission::ClinicalWrite);
    m_newNote->setEnabled(canWrite);
    m_newNote->setToolTip(canWrite ? tr("Start a note from the template of its type")
                                   : tr("Your role cannot write notes."));
    top->addWidget(m_newNote);
    leftLayout->addLayout(top);

    m_listProblem = new QLabel(left);
    m_listProblem->setObjectName(u"notesListMessage"_s);
    m_listProblem->setWordWrap(true);
    m_listProblem->setTextFormat(Qt::PlainText);
    m_listProblem->hide();
    leftLayout->addWidget(m_listProblem);

    m_listPages = new QStackedWidget(left);
    m_list = new QTreeWidget(m_listPages);
    m_list->setObjectName(u"notesList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Date"), tr("Type"), tr("Title"), tr("Status")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Notes"));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The title says most about a note; a long type name ("Medication management") gives way.
    header->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    header->resizeSection(TypeColumn, 110);
    m_listPages->addWidget(m_list);

    m_results = new QListWidget(m_listPages);
    m_results->setObjectName(u"notesSearchResults"_s);
    m_results->setItemDelegate(new NoteSearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results"));
    m_listPages->addWidget(m_results);
    leftLayout->addWidget(m_listPages, 1);

    m_editor = new NoteEditor(context(), m_splitter);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({560, 520});

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &NotesTab::runSearch);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { currentItemChanged(current); });
    connect(m_results, &QListWidget::itemClicked, this, &NotesTab::openResult);
    connect(m_results, &QListWidget::itemActivated, this, &NotesTab::openResult);
    connect(m_editor, &NoteEditor::noteSaved, this, &NotesTab::noteWritten);
}

QString NotesTab::statusText(const ClinicalNote &note) const
{
    return note.status == ClinicalNote::Status::Signed ? tr("Signed") : tr("Draft");
}

QTreeWidgetItem *NotesTab::makeItem(const ClinicalNote &note) const
{
    auto *item = new QTreeWidgetItem;
    const bool isSigned = note.status == ClinicalNote::Status::Signed;
    const bool untitled = note.title.trimmed().isEmpty();
    item->setText(DateColumn, dateText(note.meta.createdAt));
    // An addendum has its parent's type; what the reader needs to see is that it is one.
    item->setText(TypeColumn,
                  note.isAddendum() ? tr("Addendum") : core::NotesModel::typeLabel(note.type));
    item->setText(TitleColumn, untitled ? tr("(untitled)") : note.title);
    item->setText(StatusColumn, statusText(note));
    item->setData(0, NoteIdRole, note.meta.id);
    const QString tip =
        isSigned ? tr("Signed %1; it can no longer be changed.").arg(dateText(note.signedAt))
                 : tr("Draft: it can still be changed, and is not part of the "
                      "signed record yet.");
    for (int column = 0; column < ColumnCount; ++column)
        item->setToolTip(column, tip);
    if (!isSigned) {
        // Drafts must stand out: an unsigned note is unfinished work.
        for (int column = 0; column < ColumnCount; ++column) {
            QFont font = item->font(column);
            font.setItalic(true);
            item->setFont(column, font);
        }
        item->setForeground(StatusColumn, QColor(0xa3, 0x5a, 0x00));
    } else {
        item->setForeground(StatusColumn, QColor(0x1b, 0x6e, 0x2e));
    }
    return item;
}

void NotesTab::reloadList()
{
    auto loaded =
        core::ClinicalNoteRepository(context().db, context().clock).forPatient(context().patientId);
    const QUuid current =
        m_list->currentItem() ? m_list->currentItem()->data(0, NoteIdRole).toUuid() : QUuid();
    m_rebuilding = true;
    m_list->clear();
    m_notes.clear();
    if (!loaded) {
        m_listProblem->setText(tr("The notes could not be read: %1").arg(loaded.error().message));
        m_listProblem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
        m_listProblem->show();
        m_rebuilding = false;
        return;
    }
    QList<ClinicalNote> roots;
    QHash<QUuid, QList<ClinicalNote>> addenda;
    for (const ClinicalNote &note : loaded.value())
        m_notes.insert(note.meta.id, note);
    for (const ClinicalNote &note : loaded.value()) {
        // An addendum whose parent is not in the cache still has to be seen: show it on its own.
        if (note.isAddendum() && m_notes.contains(note.parentId))
            addenda[note.parentId].append(note); // oldest first, as they were written
        else
            roots.append(note);
    }
    std::stable_sort(roots.begin(), roots.end(), newestFirst);
    for (const ClinicalNote &root : roots) {
        QTreeWidgetItem *item = makeItem(root);
        for (const ClinicalNote &addendum : addenda.value(root.meta.id))
            item->addChild(makeItem(addendum));
        m_list->addTopLevelItem(item);
    }
    m_list->expandAll();
    if (roots.isEmpty()) {
        m_listProblem->setText(tr("No notes for this patient yet."));
        m_listProblem->setStyleSheet({});
        m_listProblem->show();
    } else {
        m_listProblem->hide();
    }
    m_rebuilding = false;
    selectInList(m_editor->hasNote() ? m_editor->noteId() : current);
}

void NotesTab::selectInList(const QUuid &id)
{
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true;
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it && !found; ++it) {
        if ((*it)->data(0, NoteIdRole).toUuid() == id)
            found = *it;
    }
    m_list->setCurrentItem(found);
    if (found)
        m_list->scrollToItem(found);
    else
        m_list->clearSelection();
    m_rebuilding = wasRebuilding;
}

void NotesTab::currentItemChanged(QTreeWidgetItem *current)
{
    if (m_rebuilding || !current)
        return;
    const QUuid id = current->data(0, NoteIdRole).toUuid();
    if (id == m_editor->noteId())
        return;
    // The editor refuses to switch when the open draft cannot be saved; keep it selected.
    if (!m_editor->openNote(id))
        selectInList(m_editor->noteId());
}

void NotesTab::noteWritten(const QUuid &)
{
    // Later, not now: this can run inside the mouse press that moved focus to the list, and a
    // rebuilt list under that press would select whatever row moved under the pointer.
    QTimer::singleShot(0, this, [this] {
        reloadList();
        if (m_listPages->currentWidget() == m_results)
            runSearch();
    });
    Q_EMIT chartChanged();
}

bool NotesTab::startNote(ClinicalNote::Type type)
{
    if (!m_editor->startNote(type))
        return false;
    selectInList({});
    return true;
}

bool NotesTab::openNote(const QUuid &id)
{
    if (!m_editor->openNote(id))
        return false;
    selectInList(id);
    return true;
}

void NotesTab::search(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    runSearch();
}

void NotesTab::runSearch()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_results->clear();
        m_listPages->setCurrentWidget(m_list);
        return;
    }
    m_listPages->setCurrentWidget(m_results);
    m_results->clear();
    auto found = core::ClinicalNoteRepository(context().db, context().clock)
                     .search(text, context().patientId);
    if (!found) {
        auto *item = new QListWidgetItem(found.error().message, m_results);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    if (found.value().isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notes match “%1”.").arg(text), m_results);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const core::NoteSearchHit &hit : found.value()) {
        QStringList details;
        if (const auto note = m_notes.constFind(hit.noteId); note != m_notes.cend()) {
            details << dateText(note->meta.createdAt) << core::NotesModel::typeLabel(note->type)
                    << statusText(*note);
        }
        auto *item = new QListWidgetItem(m_results);
        // Plain text for screen readers and keyboard search; the delegate draws the rich text.
        item->setText(hit.title + u" — "_s + hit.snippet);
        item->setData(NoteSearchResultDelegate::HtmlRole,
                      NoteSearchResultDelegate::html(hit, details.join(u" · "_s)));
        item->setData(NoteIdRole, hit.noteId);
    }
}

void NotesTab::openResult(QListWidgetItem *item)
{
    const QUuid id = item ? item->data(NoteIdRole).toUuid() : QUuid();
    if (!id.isNull() && id != m_editor->noteId())
        openNote(id);
}

void NotesTab::refresh()
{
    reloadList();
    m_editor->reloadIfUnchanged();
    if (m_listPages->currentWidget() == m_results)
        runSearch();
}

bool NotesTab::saveDrafts(QString *problem)
{
    return m_editor->saveDraft(problem);
}

QVariantMap NotesTab::viewState() const
{
    QVariantMap state;
    if (const auto note = m_editor->currentNote()) {
        if (m_editor->isStored())
            state.insert(OpenNoteKey, note->meta.id.toString(QUuid::WithoutBraces));
        else if (note->isAddendum())
            state.insert(NewAddendumKey, note->parentId.toString(QUuid::WithoutBraces));
        else
            state.insert(NewNoteTypeKey, QString(core::enumId(note->type)));
        state.insert(BodyCursorKey, m_editor->bodyCursorPosition());
    }
    if (const QTreeWidgetItem *current = m_list->currentItem())
        state.insert(CurrentNoteKey,
                     current->data(0, NoteIdRole).toUuid().toString(QUuid::WithoutBraces));
    if (!m_search->text().isEmpty())
        state.insert(SearchTextKey, m_search->text());
    state.insert(SplitterKey, m_splitter->saveState());
    return state;
}

void NotesTab::restoreViewState(const QVariantMap &state)
{
    m_splitter->restoreState(state.value(SplitterKey).toByteArray());
    search(state.value(SearchTextKey).toString());

    bool opened = false;
    if (const QUuid id = QUuid::fromString(state.value(OpenNoteKey).toString()); !id.isNull())
        opened = openNote(id);
    else if (const QUuid parent = QUuid::fromString(state.value(NewAddendumKey).toString());
             !parent.isNull())
        opened = m_editor->startAddendum(parent);
    else if (const auto type =
                 core::enumFromId<ClinicalNote::Type>(state.value(NewNoteTypeKey).toString()))
        opened = startNote(*type);
    if (opened && state.contains(BodyCursorKey))
        m_editor->setBodyCursorPosition(state.value(BodyCursorKey).toInt());
    if (!opened) {
        if (const QUuid current = QUuid::fromString(state.value(CurrentNoteKey).toString());
            !current.isNull())
            openNote(current);
    }
}

} // namespace nm::ui
