#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace nm::core {

/// The wire forms of the domain's value types, in one place so every entity writes them alike:
/// dates "YYYY-MM-DD", instants ISO 8601 in UTC with milliseconds ("2026-11-25T09:30:00.250Z"),
/// UUIDs without braces. An unset date, instant, id or number is written as null.
class JsonValues {
public:
    static QJsonValue fromDate(QDate date);
    static QJsonValue fromInstant(const QDateTime &instant);
    static QJsonValue fromUuid(const QUuid &id);
    static QJsonArray fromUuids(const QList<QUuid> &ids);
    static QJsonValue fromNumber(std::optional<double> number);

    /// A calendar date written exactly as YYYY-MM-DD; invalid QDate otherwise.
    static QDate parseDate(QStringView text);
    /// An ISO 8601 date and time with seconds optional, any number of fractional digits (rounded
    /// to the millisecond) and a zone designator ("Z" or "+hh:mm") that is required: without one
    /// the instant would depend on the reader's time zone. Returned in UTC; invalid otherwise.
    static QDateTime parseInstant(QStringView text);
    /// A UUID with or without braces; null when \a text is not one.
    static QUuid parseUuid(QStringView text);
};

} // namespace nm::core
