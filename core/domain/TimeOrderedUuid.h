#pragma once

#include <QDateTime>
#include <QUuid>

namespace nm::core {

/// RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then 74 random bits. Ids made one
/// after another sort one after another, so the id indexes of the cache and of the server take
/// new rows at their end instead of on a random page each: an initial sync of a year of
/// minute-level readings writes a few pages per commit rather than one per row, which under
/// SQLCipher (every page encrypted and authenticated) is most of the cost. The price, that an
/// id tells when its record was made, is none: every record says so in created_at.
class TimeOrderedUuid {
public:
    /// A new id for a record made at \a at, with random bits from the system's CSPRNG.
    static QUuid create(const QDateTime &at);
    /// The id with these parts: \a msecs since the epoch (48 bits kept), \a randA (12 bits
    /// kept) and \a randB (62 bits kept). For generators that must repeat themselves (demo data).
    static QUuid fromParts(qint64 msecs, quint16 randA, quint64 randB);
    /// The millisecond a version 7 id was made, or -1 for any other id.
    static qint64 msecsOf(const QUuid &id);
};

} // namespace nm::core
