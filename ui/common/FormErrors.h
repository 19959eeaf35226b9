#pragma once

#include "core/domain/FieldErrors.h"
#include "core/storage/RepositoryError.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace nm::ui {

/// Shows a record's field problems (core::FieldErrors) on a form: each editor that has a problem
/// gets a red frame (the dynamic property "invalid", styled on the form) and its messages as its
/// accessible description, the messages appear in a label under the editor, and the first
/// marked editor in form order takes the focus. Nothing the user typed is touched, so fixing one
/// field never means typing the others again.
class FormErrors {
public:
    /// The dynamic property set to true on a marked editor.
    static constexpr const char *InvalidProperty = "invalid";

    /// \a form owns the message labels; its style sheet gains the rules that draw the marks.
    explicit FormErrors(QWidget *form);

    /// Registers \a editor as where \a field (the domain's JSON name, e.g. "start_date") is
    /// typed. Returns the label its messages appear in, hidden until then, for the caller to lay
    /// out under the editor. Register in form order: the first marked field takes the focus.
    QLabel *addField(const QString &field, QWidget *editor);
    /// Problems of fields no editor shows (the link to the patient, the record's meta fields)
    /// and failures that belong to no field (the cache could not be written). Lay it out at the
    /// top or bottom of the form; it is hidden while empty.
    QLabel *generalLabel() const { return m_general; }

    /// Clears earlier marks, then marks every field of \a errors and focuses the first marked
    /// editor. Problems of unregistered fields go to generalLabel(). Returns !errors.isEmpty().
    bool show(const core::FieldErrors &errors);
    /// Shows \a message in generalLabel() (e.g. a storage failure), keeping the field marks.
    void showGeneral(const QString &message);
    /// A refused save: the fields the repository named, or else \a message ("… could not be
    /// saved: %1") with the repository's reason.
    void showSaveFailure(const core::RepositoryError &error, const QString &message);
    void clear();

    bool isMarked(const QString &field) const;
    QWidget *editor(const QString &field) const;
    QLabel *messageLabel(const QString &field) const;

private:
    struct Field {
        QString name;
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
        /// The description the editor had before it was marked, put back by clear().
        QString description;
        bool marked = false;
    };

    void mark(Field &field, const QStringList &messages);
    void unmark(Field &field);
    Field *find(const QString &name);
    const Field *find(const QString &name) const;

    QPointer<QWidget> m_form;
    QList<Field> m_fields;
    QLabel *m_general = nullptr;
};

} // namespace nm::ui
