#include "core/domain/JsonValues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nm::core {

QJsonValue JsonValues::fromDate(QDate date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toString(Qt::ISODate);
}

QJsonValue JsonValues::fromInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return QJsonValue::Null;
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue JsonValues::fromUuid(const QUuid &id)
{
    if (id.isNull())
        return QJsonValue::Null;
    return id.toString(QUuid::WithoutBraces);
}

QJsonArray JsonValues::fromUuids(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(fromUuid(id));
    return array;
}

QJsonValue JsonValues::fromNumber(std::optional<double> number)
{
    if (!number)
        return QJsonValue::Null;
    return *number;
}

QDate JsonValues::parseDate(QStringView text)
{
    // Qt's ISO parser also takes "2024-1-1" and similar; the wire form is exactly one shape.
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QDateTime JsonValues::parseInstant(QStringView text)
{
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QUuid JsonValues::parseUuid(QStringView text)
{
    return QUuid::fromString(text);
}

} // namespace nm::core
