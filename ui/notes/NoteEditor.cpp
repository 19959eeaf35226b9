#include "ui/notes/NoteEditor.h"

#include "core/domain/FieldRules.h"
#include "core/domain/Permission.h"
#include "core/models/NotesModel.h"
#include "ui/notes/NoteTemplates.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

using core::ClinicalNote;

namespace {

const auto ErrorColor = u"#b3261e"_s;

QString invalidStyle(const char *widgetClass)
{
    return QString::fromLatin1(widgetClass) + u" { border: 2px solid "_s + ErrorColor + u"; }"_s;
}

// The same unambiguous form as the note list, whatever the locale's short format.
QString localText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

NoteEditor::NoteEditor(ChartContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_repository(m_context.db, m_context.clock)
{
    setObjectName(u"noteEditor"_s);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(DefaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveDraft(); });
    buildUi();
    updateControls();
}

NoteEditor::~NoteEditor()
{
    // The fields lose focus while they are destroyed; that must not reach a half-destroyed
    // editor. Drafts are written by saveDrafts() before a chart closes (ChartTab).
    m_title->removeEventFilter(this);
    m_body->removeEventFilter(this);
}

void NoteEditor::buildUi()
{
    m_pages = new QStackedLayout(this);

    auto *placeholder = new QLabel(tr("Select a note in the list, or start a new one."), this);
    placeholder->setObjectName(u"noteEditorPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    m_banner = new QLabel(page);
    m_banner->setObjectName(u"noteProblem"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(u"QLabel { color: "_s + ErrorColor + u"; font-weight: bold; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_signature = new QLabel(page);
    m_signature->setObjectName(u"noteSignature"_s);
    m_signature->setWordWrap(true);
    m_signature->setTextFormat(Qt::PlainText);
    m_signature->setMargin(6);
    m_signature->setStyleSheet(u"QLabel { background-color: #e6f2e8; color: #1b4d2a; "
                               "border: 1px solid #9cc7a6; border-radius: 3px; }"_s);
    m_signature->hide();
    layout->addWidget(m_signature);

    m_parentLabel = new QLabel(page);
    m_parentLabel->setObjectName(u"addendumParent"_s);
    m_parentLabel->setWordWrap(true);
    m_parentLabel->setTextFormat(Qt::PlainText);
    m_parentLabel->setFrameShape(QFrame::StyledPanel);
    m_parentLabel->setMargin(6);
    m_parentLabel->hide();
    layout->addWidget(m_parentLabel);

    auto *titleRow = new QHBoxLayout;
    auto *titleLabel = new QLabel(tr("&Title"), page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"noteTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Follow-up visit, sertraline review"));
    titleLabel->setBuddy(m_title);
    auto *typeLabel = new QLabel(tr("T&ype"), page);
    m_type = new QComboBox(page);
    m_type->setObjectName(u"noteType"_s);
    for (const auto &id : core::EnumTraits<ClinicalNote::Type>::ids)
        m_type->addItem(core::NotesModel::typeLabel(id.value), int(id.value));
    typeLabel->setBuddy(m_type);
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    titleRow->addSpacing(12);
    titleRow->addWidget(typeLabel);
    titleRow->addWidget(m_type);
    layout->addLayout(titleRow);

    m_titleError = new QLabel(page);
    m_titleError->setObjectName(u"noteTitleError"_s);
    m_titleError->setWordWrap(true);
    m_titleError->setTextFormat(Qt::PlainText);
    m_titleError->setStyleSheet(u"QLabel { color: "_s + ErrorColor + u"; }"_s);
    m_titleError->hide();
    layout->addWidget(m_titleError);

    m_body = new QPlainTextEdit(page);
    m_body->setObjectName(u"noteBody"_s);
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Note text"));
    layout->addWidget(m_body, 1);

    m_bodyError = new QLabel(page);
    m_bodyError->setObjectName(u"noteBodyError"_s);
    m_bodyError->setWordWrap(true);
    m_bodyError->setTextFormat(Qt::PlainText);
    m_bodyError->setStyleSheet(u"QLabel { color: "_s + ErrorColor + u"; }"_s);
    m_bodyError->hide();
    layout->addWidget(m_bodyError);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(u"noteStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    footer->addWidget(m_status, 1);
    m_addendum = new QPushButton(tr("Add &addendum"), page);
    m_addendum->setObjectName(u"addAddendumButton"_s);
    m_addendum->setToolTip(tr("Signed notes cannot be changed; write a correction or addition "
                              "as an addendum."));
    footer->addWidget(m_addendum);
    m_sign = new QPushButton(tr("&Sign…"), page);
    m_sign->setObjectName(u"signButton"_s);
    footer->addWidget(m_sign);
    layout->addLayout(footer);

    m_pages->addWidget(page);

    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteEditor::edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || !m_note)
            return;
        // A template nobody has typed into yet follows the type, so choosing the type after
        // "New note" gives the right structure.
        const auto type = ClinicalNote::Type(m_type->currentData().toInt());
        if (!m_stored && !m_dirty && !m_note->isAddendum()) {
            startNote(type);
            return;
        }
        edited();
    });
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_addendum, &QPushButton::clicked, this, [this] {
        if (m_note)
            startAddendum(m_note->meta.id);
    });
    m_title->installEventFilter(this);
    m_body->installEventFilter(this);
}

QDateTime NoteEditor::now() const
{
    return m_context.clock.now ? m_context.clock.now() : QDateTime::currentDateTimeUtc();
}

void NoteEditor::setAutosaveDelay(int milliseconds)
{
    m_autosave.setInterval(milliseconds);
}

QUuid NoteEditor::noteId() const
{
    return m_note ? m_note->meta.id : QUuid();
}

bool NoteEditor::isReadOnly() const
{
    return !m_note || m_note->status == ClinicalNote::Status::Signed ||
           !m_context.user.holds(core::Permission::ClinicalWrite);
}

std::optional<ClinicalNote> NoteEditor::currentNote() const
{
    if (!m_note)
        return std::nullopt;
    ClinicalNote note = *m_note;
    if (note.status == ClinicalNote::Status::Signed)
        return note;
    note.title = m_title->text();
    note.body = m_body->toPlainText();
    note.type = ClinicalNote::Type(m_type->currentData().toInt());
    return note;
}

bool NoteEditor::startNote(ClinicalNote::Type type)
{
    if (!saveDraft())
        return false;
    ClinicalNote note;
    note.meta = core::RecordMeta::create(m_context.user.id, now());
    note.patientId = m_context.patientId;
    note.type = type;
    note.body = NoteTemplates::body(type);
    m_parent.reset();
    display(note, false);
    setBodyCursorPosition(int(NoteTemplates::firstInsertPosition(type)));
    m_title->setFocus();
    return true;
}

bool NoteEditor::startAddendum(const QUuid &parentId)
{
    if (!saveDraft())
        return false;
    auto loaded = m_repository.load(parentId);
    if (!loaded || !loaded.value())
        return false;
    ClinicalNote parent = *loaded.value();
    if (parent.isAddendum()) {
        auto root = m_repository.load(parent.parentId);
        if (root && root.value())
            parent = *root.value();
    }
    if (parent.status != ClinicalNote::Status::Signed)
        return false;
    ClinicalNote note;
    note.meta = core::RecordMeta::create(m_context.user.id, now());
    note.patientId = parent.patientId;
    note.type = parent.type;
    note.parentId = parent.meta.id;
    note.title = tr("Addendum: %1").arg(parent.title);
    m_parent = parent;
    display(note, false);
    m_body->setFocus();
    return true;
}

bool NoteEditor::openNote(const QUuid &id)
{
    if (noteId() != id && !saveDraft())
        return false;
    auto loaded = m_repository.load(id);
    if (!loaded || !loaded.value() || loaded.value()->meta.deleted ||
        loaded.value()->patientId != m_context.patientId)
        return false;
    m_parent.reset();
    if (loaded.value()->isAddendum()) {
        auto parent = m_repository.load(loaded.value()->parentId);
        if (parent && parent.value())
            m_parent = *parent.value();
    }
    m_savedAt = QDateTime();
    display(*loaded.value(), true);
    return true;
}

void NoteEditor::close()
{
    m_autosave.stop();
    m_note.reset();
    m_parent.reset();
    m_stored = false;
    m_dirty = false;
    clearErrors();
    updateControls();
}

void NoteEditor::display(const ClinicalNote &note, bool stored)
{
    m_autosave.stop();
    m_filling = true;
    m_note = note;
    m_stored = stored;
    m_dirty = false;
    if (!stored)
        m_savedAt = QDateTime();
    m_title->setText(note.title);
    m_type->setCurrentIndex(m_type->findData(int(note.type)));
    m_body->setPlainText(note.body);
    m_filling = false;
    clearErrors();
    updateControls();
}

void NoteEditor::reloadIfUnchanged()
{
    if (!m_note || !m_stored || m_dirty)
        return;
    const int cursor = bodyCursorPosition();
    auto loaded = m_repository.load(m_note->meta.id);
    if (!loaded || !loaded.value() || loaded.value()->meta.deleted) {
        close();
        return;
    }
    if (*loaded.value() == *m_note)
        return;
    display(*loaded.value(), true);
    setBodyCursorPosition(cursor);
}

void NoteEditor::edited()
{
    if (m_filling || !m_note || isReadOnly())
        return;
    m_dirty = true;
    m_autosave.start();
    updateFooter();
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the text for the list, another tab or another window saves what was typed.
    if (event->type() == QEvent::FocusOut && (watched == m_title || watched == m_body) && m_dirty)
        saveDraft();
    return QWidget::eventFilter(watched, event);
}

bool NoteEditor::saveDraft(QString *problem)
{
    if (!m_note || isReadOnly() || !m_dirty)
        return true;
    return store(problem);
}

bool NoteEditor::store(QString *problem)
{
    m_autosave.stop();
    const ClinicalNote note = *currentNote();
    const core::FieldErrors errors = note.validate();
    if (!errors.isEmpty()) {
        const QString message = tr("The draft could not be saved.");
        showErrors(errors, message, false);
        if (problem)
            *problem = message;
        return false;
    }
    // The first write of an addendum goes through addAddendum(), which checks its parent.
    auto saved = (!m_stored && note.isAddendum()) ? m_repository.addAddendum(note)
                                                  : m_repository.saveDraft(note);
    if (!saved) {
        const QString message = tr("The draft could not be saved: %1").arg(saved.error().message);
        showErrors(saved.error().fields, message, false);
        if (problem)
            *problem = message;
        return false;
    }
    auto stored = m_repository.load(note.meta.id);
    m_note = stored && stored.value() ? *stored.value() : note;
    m_stored = true;
    m_dirty = false;
    m_savedAt = now();
    clearErrors();
    updateControls();
    Q_EMIT noteSaved(note.meta.id);
    return true;
}

bool NoteEditor::sign()
{
    if (!m_note || isReadOnly() || !m_context.user.holds(core::Permission::NotesSign))
        return false;
    m_autosave.stop();
    ClinicalNote candidate = *currentNote();
    candidate.status = ClinicalNote::Status::Signed;
    candidate.signedAt = now();
    candidate.signedBy = m_context.user.id;
    core::FieldErrors errors;
    // The chart lists notes by title, and a signed title can never be added later.
    if (core::FieldRules::isBlank(candidate.title))
        errors.add(u"title"_s, tr("Give the note a title before signing it."));
    errors.append(candidate.validate());
    if (!errors.isEmpty()) {
        showErrors(errors, tr("The note cannot be signed yet."), true);
        return false;
    }

    QMessageBox confirm(QMessageBox::Question, tr("Sign note"),
                        tr("Sign “%1” now?").arg(candidate.title), QMessageBox::NoButton, this);
    confirm.setObjectName(u"signConfirmation"_s);
    confirm.setInformativeText(
        tr("Signed notes cannot be changed; corrections are added as addenda."));
    QPushButton *signButton = confirm.addButton(tr("Sign"), QMessageBox::AcceptRole);
    QPushButton *cancelButton = confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(cancelButton);
    confirm.setEscapeButton(cancelButton);
    confirm.exec();
    if (confirm.clickedButton() != signButton)
        return false;

    // What is on screen is what gets signed: store it first.
    if ((m_dirty || !m_stored) && !store(nullptr))
        return false;
    auto signedNote = m_repository.sign(m_note->meta.id, m_context.user.id, now());
    if (!signedNote) {
        showErrors(signedNote.error().fields,
                   tr("The note could not be signed: %1").arg(signedNote.error().message), true);
        return false;
    }
    const QUuid id = m_note->meta.id;
    if (!openNote(id))
        close();
    Q_EMIT noteSaved(id);
    Q_EMIT noteSigned(id);
    return true;
}

int NoteEditor::bodyCursorPosition() const
{
    return m_body->textCursor().position();
}

void NoteEditor::setBodyCursorPosition(int position)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(qBound(0, position, int(m_body->document()->characterCount() - 1)));
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

void NoteEditor::updateControls()
{
    m_pages->setCurrentIndex(m_note ? 1 : 0);
    const bool readOnly = isReadOnly();
    const bool isSigned = m_note && m_note->status == ClinicalNote::Status::Signed;
    const bool addendum = m_note && m_note->isAddendum();
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    // An addendum belongs to its parent's kind of note.
    m_type->setEnabled(!readOnly && !addendum);
    m_sign->setVisible(m_note && !isSigned);
    m_sign->setEnabled(!readOnly && m_context.user.holds(core::Permission::NotesSign));
    m_sign->setToolTip(m_context.user.holds(core::Permission::NotesSign)
                           ? tr("Sign the note; it cannot be changed afterwards.")
                           : tr("Your role cannot sign notes."));
    m_addendum->setVisible(isSigned && m_context.user.holds(core::Permission::ClinicalWrite));

    if (isSigned) {
        m_signature->setText(
            tr("Signed by %1 on %2. Signed notes cannot be changed; corrections are added as "
               "addenda.")
                .arg(signerName(m_note->signedBy), localText(m_note->signedAt)));
        m_signature->show();
    } else {
        m_signature->hide();
    }
    // A signed note must not look like a text box that merely ignores typing.
    QPalette palette = m_body->palette();
    palette.setColor(QPalette::Base, readOnly ? this->palette().color(QPalette::Window)
                                              : this->palette().color(QPalette::Base));
    m_body->setPalette(palette);

    if (addendum && m_parent) {
        m_parentLabel->setText(tr("Addendum to “%1” (%2), signed %3.")
                                   .arg(m_parent->title,
                                        core::NotesModel::typeLabel(m_parent->type),
                                        localText(m_parent->signedAt)));
        m_parentLabel->show();
    } else {
        m_parentLabel->hide();
    }
    updateFooter();
}

QString NoteEditor::signerName(const QUuid &userId) const
{
    if (userId == m_context.user.id) {
        return m_context.user.displayName.isEmpty() ? m_context.user.username
                                                    : m_context.user.displayName;
    }
    return tr("another clinician");
}

void NoteEditor::updateFooter()
{
    if (!m_note) {
        m_status->clear();
        return;
    }
    if (m_note->status == ClinicalNote::Status::Signed) {
        m_status->setText(tr("Read-only"));
        return;
    }
    if (m_dirty) {
        m_status->setText(tr("Draft, not saved yet"));
    } else if (m_savedAt.isValid()) {
        m_status->setText(tr("Draft saved %1").arg(m_savedAt.toLocalTime().toString(u"HH:mm"_s)));
    } else if (m_stored) {
        m_status->setText(tr("Draft, last saved %1").arg(localText(m_note->meta.updatedAt)));
    } else {
        m_status->setText(tr("New draft; it is saved as you type"));
    }
}

void NoteEditor::clearErrors()
{
    m_banner->hide();
    m_banner->clear();
    for (QLabel *label : {m_titleError, m_bodyError}) {
        label->hide();
        label->clear();
    }
    m_title->setStyleSheet({});
    m_body->setStyleSheet({});
    m_title->setAccessibleDescription({});
    m_body->setAccessibleDescription({});
}

void NoteEditor::markField(Field field, const QString &message)
{
    QLabel *label = field == Field::Title ? m_titleError : m_bodyError;
    label->setText(message);
    label->show();
    if (field == Field::Title) {
        m_title->setStyleSheet(invalidStyle("QLineEdit"));
        m_title->setAccessibleDescription(message);
    } else {
        m_body->setStyleSheet(invalidStyle("QPlainTextEdit"));
        m_body->setAccessibleDescription(message);
    }
}

void NoteEditor::showErrors(const core::FieldErrors &errors, const QString &message, bool moveFocus)
{
    clearErrors();
    QStringList elsewhere;
    for (const QString &field : errors.fields()) {
        const QString text = errors.messagesFor(field).join(u' ');
        if (field == "title"_L1)
            markField(Field::Title, text);
        else if (field == "body"_L1)
            markField(Field::Body, text);
        else
            elsewhere << text;
    }
    m_banner->setText(elsewhere.isEmpty() ? message : message + u'\n' + elsewhere.join(u'\n'));
    m_banner->show();
    // Only an action the clinician took moves the focus; an autosave must not pull the cursor
    // out of the text being typed.
    if (moveFocus) {
        if (errors.contains(u"title"))
            m_title->setFocus(Qt::OtherFocusReason);
        else if (errors.contains(u"body"))
            m_body->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace nm::ui
