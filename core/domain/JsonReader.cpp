#include "core/domain/JsonReader.h"

#include "core/domain/JsonValues.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, FieldErrors &errors)
    : m_object(object)
    , m_errors(errors)
{}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isString()) {
        fail(key, tr("Expected text."));
        return {};
    }
    return value.toString();
}

bool JsonReader::boolean(QLatin1StringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return fallback;
    if (!value.isBool()) {
        fail(key, tr("Expected true or false."));
        return fallback;
    }
    return value.toBool();
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 fallback)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return fallback;
    // toInteger() answers only for a double that is exactly a qint64; try two sentinels so that
    // a genuine value equal to one of them is not mistaken for "not an integer".
    if (value.isDouble() && value.toInteger(0) == value.toInteger(1))
        return value.toInteger();
    fail(key, tr("Expected a whole number."));
    return fallback;
}

int JsonReader::int32(QLatin1StringView key, int fallback)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return fallback;
    if (value.isDouble() && value.toInteger(0) == value.toInteger(1)) {
        const qint64 integer = value.toInteger();
        if (integer >= std::numeric_limits<int>::min() &&
            integer <= std::numeric_limits<int>::max())
            return int(integer);
    }
    fail(key, tr("Expected a whole number between %1 and %2.")
                  .arg(std::numeric_limits<int>::min())
                  .arg(std::numeric_limits<int>::max()));
    return fallback;
}

std::optional<double> JsonReader::number(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(key, tr("Expected a number."));
        return std::nullopt;
    }
    return value.toDouble();
}

QDate JsonReader::date(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    const QDate date = value.isString() ? JsonValues::parseDate(value.toString()) : QDate();
    if (!date.isValid())
        fail(key, tr("Expected a date as YYYY-MM-DD, for example 1984-03-07."));
    return date;
}

QDateTime JsonReader::instant(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    const QDateTime instant =
        value.isString() ? JsonValues::parseInstant(value.toString()) : QDateTime();
    if (!instant.isValid())
        fail(key, tr("Expected a date and time in ISO 8601 with a time zone, for example "
                     "2026-11-25T09:30:00.250Z."));
    return instant;
}

QUuid JsonReader::uuid(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    const QUuid id = value.isString() ? JsonValues::parseUuid(value.toString()) : QUuid();
    // The all-zero UUID is how "no id" is written by some peers; anything else that does not
    // parse is an error.
    if (id.isNull() &&
        !(value.isString() && value.toString() == QUuid().toString(QUuid::WithoutBraces)))
        fail(key, tr("Expected an identifier (UUID)."));
    return id;
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    QStringList strings;
    bool ok = value.isArray();
    if (ok) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (!element.isString()) {
                ok = false;
                break;
            }
            strings.append(element.toString());
        }
    }
    if (!ok) {
        fail(key, tr("Expected a list of text."));
        return {};
    }
    return strings;
}

QList<QUuid> JsonReader::uuidList(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    QList<QUuid> ids;
    bool ok = value.isArray();
    if (ok) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            const QUuid id =
                element.isString() ? JsonValues::parseUuid(element.toString()) : QUuid();
            if (id.isNull()) {
                ok = false;
                break;
            }
            ids.append(id);
        }
    }
    if (!ok) {
        fail(key, tr("Expected a list of identifiers (UUIDs)."));
        return {};
    }
    return ids;
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isObject()) {
        fail(key, tr("Expected an object."));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isArray()) {
        fail(key, tr("Expected a list."));
        return {};
    }
    return value.toArray();
}

void JsonReader::appendNested(QLatin1StringView key, const FieldErrors &other)
{
    m_errors.append(other, QString(key));
}

void JsonReader::fail(QLatin1StringView key, const QString &message)
{
    m_errors.add(QString(key), message);
}

void JsonReader::expectedOneOf(QLatin1StringView key, const QStringList &ids)
{
    fail(key, tr("Expected one of: %1.").arg(ids.join(u", "_s)));
}

void JsonReader::expectedListOf(QLatin1StringView key, const QStringList &ids)
{
    fail(key, tr("Expected a list whose entries are each one of: %1.").arg(ids.join(u", "_s)));
}

} // namespace nm::core
