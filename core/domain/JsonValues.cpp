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

namespace {

// The digits at [from, from + count) of \a text as a number, or -1.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-11-25T09:30:00.250Z", the form fromInstant() writes and so nearly every instant a sync
// page carries (three per reading). Read by hand: the general path (pattern, then Qt's ISO
// parser) costs more than the rest of decoding a reading. An invalid result means "not this
// form", and the general path decides.
QDateTime parseCanonicalInstant(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    const int parts[] = {digitsAt(text, 0, 4),  digitsAt(text, 5, 2),  digitsAt(text, 8, 2),
                         digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3)};
    for (const int part : parts) {
        if (part < 0)
            return {};
    }
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5], parts[6]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime JsonValues::parseInstant(QStringView text)
{
    if (const QDateTime canonical = parseCanonicalInstant(text); canonical.isValid())
        return canonical;
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
