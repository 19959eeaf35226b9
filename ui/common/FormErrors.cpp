#include "ui/common/FormErrors.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

// The form-level rules match only widgets that carry the property, so unmarked editors keep
// the platform's look; the error colour has a contrast ratio above 4.5:1 on a light window.
const QString StyleRules =
    u"\n*[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
    "\nQLabel[formError=\"true\"] { color: #b3261e; }"_s;

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QLabel *errorLabel(QWidget *form, const QString &objectName)
{
    auto *label = new QLabel(form);
    label->setObjectName(objectName);
    label->setProperty("formError", true);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

} // namespace

FormErrors::FormErrors(QWidget *form)
    : m_form(form)
{
    form->setStyleSheet(form->styleSheet() + StyleRules);
    m_general = errorLabel(form, u"formErrors_general"_s);
}

QLabel *FormErrors::addField(const QString &field, QWidget *editor)
{
    Field entry;
    entry.name = field;
    entry.editor = editor;
    entry.label = errorLabel(m_form, u"error_"_s + field);
    entry.label->setBuddy(editor);
    m_fields.append(entry);
    return entry.label;
}

bool FormErrors::show(const core::FieldErrors &errors)
{
    clear();
    QStringList unplaced;
    for (const QString &name : errors.fields()) {
        const QStringList messages = errors.messagesFor(name);
        if (Field *field = find(name))
            mark(*field, messages);
        else
            unplaced += messages;
    }
    if (!unplaced.isEmpty())
        showGeneral(unplaced.join(u'\n'));
    for (const Field &field : std::as_const(m_fields)) {
        if (field.marked && field.editor) {
            field.editor->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return !errors.isEmpty();
}

void FormErrors::showGeneral(const QString &message)
{
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
}

void FormErrors::showSaveFailure(const core::RepositoryError &error, const QString &message)
{
    if (error.kind == core::RepositoryError::Kind::Invalid && !error.fields.isEmpty())
        show(error.fields);
    else
        showGeneral(message.arg(error.message));
}

void FormErrors::clear()
{
    for (Field &field : m_fields)
        unmark(field);
    showGeneral({});
}

bool FormErrors::isMarked(const QString &field) const
{
    const Field *entry = find(field);
    return entry && entry->marked;
}

QWidget *FormErrors::editor(const QString &field) const
{
    const Field *entry = find(field);
    return entry ? entry->editor.data() : nullptr;
}

QLabel *FormErrors::messageLabel(const QString &field) const
{
    const Field *entry = find(field);
    return entry ? entry->label.data() : nullptr;
}

void FormErrors::mark(Field &field, const QStringList &messages)
{
    const QString text = messages.join(u'\n');
    if (field.label) {
        field.label->setText(text);
        field.label->setVisible(true);
    }
    if (!field.editor)
        return;
    if (!field.marked)
        field.description = field.editor->accessibleDescription();
    field.marked = true;
    // Screen readers announce the description with the focused field, so the message is heard
    // where it is seen.
    field.editor->setAccessibleDescription(text);
    field.editor->setProperty(InvalidProperty, true);
    repolish(field.editor);
}

void FormErrors::unmark(Field &field)
{
    if (field.label) {
        field.label->clear();
        field.label->setVisible(false);
    }
    if (!field.marked || !field.editor)
        return;
    field.marked = false;
    field.editor->setAccessibleDescription(field.description);
    field.editor->setProperty(InvalidProperty, false);
    repolish(field.editor);
}

FormErrors::Field *FormErrors::find(const QString &name)
{
    for (Field &field : m_fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

const FormErrors::Field *FormErrors::find(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

} // namespace nm::ui
