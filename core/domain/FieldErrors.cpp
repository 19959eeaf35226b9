#include "core/domain/FieldErrors.h"

using namespace Qt::StringLiterals;

namespace nm::core {

void FieldErrors::add(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

void FieldErrors::append(const FieldErrors &other, const QString &prefix)
{
    for (const FieldError &error : other.m_errors) {
        if (prefix.isEmpty())
            m_errors.append(error);
        else
            m_errors.append({prefix % u'.' % error.field, error.message});
    }
}

QStringList FieldErrors::messagesFor(QStringView field) const
{
    QStringList messages;
    for (const FieldError &error : m_errors) {
        if (error.field == field)
            messages.append(error.message);
    }
    return messages;
}

bool FieldErrors::contains(QStringView field) const
{
    for (const FieldError &error : m_errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

QStringList FieldErrors::fields() const
{
    QStringList fields;
    for (const FieldError &error : m_errors) {
        if (!fields.contains(error.field))
            fields.append(error.field);
    }
    return fields;
}

QString FieldErrors::toString() const
{
    QStringList lines;
    lines.reserve(m_errors.size());
    for (const FieldError &error : m_errors)
        lines.append(error.field % u": "_s % error.message);
    return lines.join(u'\n');
}

} // namespace nm::core
