#pragma once

#include "core/domain/ClinicalNote.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "ui/common/ChartContext.h"

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;

namespace nm::ui {

/// Writes one clinical note: a draft that saves itself to the cache shortly after the clinician
/// stops typing (and when the editor loses focus), so a lock, a crash or a closed chart loses at
/// most a few seconds of typing; then signing, after which the note is read-only and corrections
/// go into an addendum (DESIGN §5).
class NoteEditor : public QWidget {
    Q_OBJECT

public:
    /// How long after the last keystroke a draft is saved.
    static constexpr int DefaultAutosaveDelayMs = 2000;

    explicit NoteEditor(ChartContext context, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// The three openers below first save a changed draft that is open, and open nothing (false)
    /// when that fails, so switching notes never drops what was typed.

    /// Opens a new draft of \a type that starts from its template. Nothing is stored until the
    /// clinician changes something (an untouched template is not a note).
    bool startNote(core::ClinicalNote::Type type);
    /// Opens a new draft addendum to the signed note \a parentId (to its own parent when that
    /// is an addendum, so corrections stay one level under the original note).
    bool startAddendum(const QUuid &parentId);
    /// Opens the stored note \a id; read-only when signed. False when it cannot be loaded.
    bool openNote(const QUuid &id);
    /// Shows no note.
    void close();

    bool hasNote() const { return m_note.has_value(); }
    QUuid noteId() const;
    /// The note as shown, with whatever is typed and not yet saved.
    std::optional<core::ClinicalNote> currentNote() const;
    /// Whether the open note exists in the cache (a new draft is stored on its first change).
    bool isStored() const { return m_stored; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isReadOnly() const;

    /// Saves the draft now when anything changed since the last save. False, with the reason in
    /// \a problem and the fields marked, when it could not be saved; what was typed stays.
    bool saveDraft(QString *problem = nullptr);
    /// Asks for confirmation, then signs the note as the signed-in user. True once signed.
    bool sign();
    /// Shows the stored version again when nothing is being edited (another tab or a sync
    /// changed it).
    void reloadIfUnchanged();

    int bodyCursorPosition() const;
    void setBodyCursorPosition(int position);
    /// Milliseconds of quiet before a draft saves itself.
    void setAutosaveDelay(int milliseconds);

Q_SIGNALS:
    /// The note was written to the cache (draft saved or signed).
    void noteSaved(const QUuid &id);
    void noteSigned(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Field { Title, Body };

    void buildUi();
    void display(const core::ClinicalNote &note, bool stored);
    void edited();
    bool store(QString *problem);
    void updateControls();
    void updateFooter();
    void showErrors(const core::FieldErrors &errors, const QString &message, bool moveFocus);
    void clearErrors();
    void markField(Field field, const QString &message);
    QDateTime now() const;
    QString signerName(const QUuid &userId) const;

    ChartContext m_context;
    core::ClinicalNoteRepository m_repository;
    /// The note as last stored (or as created, when not stored yet).
    std::optional<core::ClinicalNote> m_note;
    /// The signed note an addendum amends, for the header.
    std::optional<core::ClinicalNote> m_parent;
    bool m_stored = false;
    bool m_dirty = false;
    bool m_filling = false;
    QDateTime m_savedAt;
    QTimer m_autosave;

    QStackedLayout *m_pages = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_signature = nullptr;
    QLabel *m_parentLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyError = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addendum = nullptr;
    QPushButton *m_sign = nullptr;
};

} // namespace nm::ui
