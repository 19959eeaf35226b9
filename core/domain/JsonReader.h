#pragma once

#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace nm::core {

/// Reads the fields of one JSON object for an entity's fromJson(). A missing or null field gives
/// the default; a field of the wrong type, or a string that is not the expected format, adds an
/// error naming the field and also gives the default, so one pass reports every bad field.
/// Fields the reader is not asked for are ignored (newer peers may send more).
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /// Problems go into \a errors under the object's own field names.
    JsonReader(const QJsonObject &object, FieldErrors &errors);

    QString string(QLatin1StringView key);
    bool boolean(QLatin1StringView key, bool fallback = false);
    /// A JSON number without a fractional part.
    qint64 integer(QLatin1StringView key, qint64 fallback = 0);
    /// integer() limited to the range of int.
    int int32(QLatin1StringView key, int fallback = 0);
    std::optional<double> number(QLatin1StringView key);
    QDate date(QLatin1StringView key);
    QDateTime instant(QLatin1StringView key);
    QUuid uuid(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);
    QList<QUuid> uuidList(QLatin1StringView key);
    /// A nested object; empty when missing, null or mistyped.
    QJsonObject object(QLatin1StringView key);
    /// An array; empty when missing, null or mistyped.
    QJsonArray array(QLatin1StringView key);

    /// One of E's ids; \a fallback when missing or null.
    template <typename E> E enumValue(QLatin1StringView key, E fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (value.isString()) {
            if (const std::optional<E> parsed = enumFromId<E>(value.toString()))
                return *parsed;
        }
        expectedOneOf(key, enumIds<E>());
        return fallback;
    }

    /// A list of E's ids. An id this build does not know is an error rather than skipped: a
    /// dropped value (a risk flag, a role) would silently change what the record says.
    template <typename E> QList<E> enumList(QLatin1StringView key)
    {
        QList<E> values;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return values;
        bool ok = value.isArray();
        if (ok) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array) {
                const std::optional<E> parsed =
                    element.isString() ? enumFromId<E>(element.toString()) : std::nullopt;
                if (!parsed) {
                    ok = false;
                    break;
                }
                values.append(*parsed);
            }
        }
        if (!ok) {
            expectedListOf(key, enumIds<E>());
            return {};
        }
        return values;
    }

    /// Adds \a other's problems (from a nested object's own fromJson) under \a key.
    void appendNested(QLatin1StringView key, const FieldErrors &other);

private:
    void fail(QLatin1StringView key, const QString &message);
    void expectedOneOf(QLatin1StringView key, const QStringList &ids);
    void expectedListOf(QLatin1StringView key, const QStringList &ids);

    QJsonObject m_object;
    FieldErrors &m_errors;
};

} // namespace nm::core
