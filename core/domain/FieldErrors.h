#pragma once

#include "core/domain/FieldError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace nm::core {

/// Every problem found in a record at once, so a form can mark all of its fields in one pass
/// instead of making the user fix them one submit at a time.
class FieldErrors {
public:
    bool isEmpty() const { return m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }

    void add(const QString &field, const QString &message);
    /// Adds \a other's problems with \a prefix (e.g. "address") dotted in front of their fields.
    void append(const FieldErrors &other, const QString &prefix = {});

    /// The messages for \a field, in the order they were found.
    QStringList messagesFor(QStringView field) const;
    bool contains(QStringView field) const;
    /// Each field with a problem once, in the order first found.
    QStringList fields() const;

    const QList<FieldError> &list() const { return m_errors; }
    QList<FieldError>::const_iterator begin() const { return m_errors.cbegin(); }
    QList<FieldError>::const_iterator end() const { return m_errors.cend(); }

    /// "field: message" lines, e.g. for the detail of an API error or a test failure.
    QString toString() const;

    friend bool operator==(const FieldErrors &, const FieldErrors &) = default;

private:
    QList<FieldError> m_errors;
};

} // namespace nm::core
