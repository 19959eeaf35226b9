#include "core/domain/TimeOrderedUuid.h"

#include <QRandomGenerator>

#include <algorithm>

namespace nm::core {

QUuid TimeOrderedUuid::create(const QDateTime &at)
{
    QRandomGenerator *random = QRandomGenerator::system();
    return fromParts(at.toMSecsSinceEpoch(), quint16(random->generate()), random->generate64());
}

QUuid TimeOrderedUuid::fromParts(qint64 msecs, quint16 randA, quint64 randB)
{
    // Times before 1970 or after the year 10889 do not fit in 48 bits: clamp, the id stays valid.
    const quint64 time = quint64(std::clamp<qint64>(msecs, 0, (qint64(1) << 48) - 1));
    // Layout (big-endian): unix_ts_ms:48 | ver:4 = 7 | rand_a:12 | var:2 = 0b10 | rand_b:62.
    const auto byte = [](quint64 word, int shift) {
        return uchar(word >> shift);
    };
    return QUuid(uint(time >> 16), ushort(time & 0xFFFF), ushort(0x7000 | (randA & 0x0FFF)),
                 uchar(0x80 | (byte(randB, 56) & 0x3F)), byte(randB, 48), byte(randB, 40),
                 byte(randB, 32), byte(randB, 24), byte(randB, 16), byte(randB, 8), byte(randB, 0));
}

qint64 TimeOrderedUuid::msecsOf(const QUuid &id)
{
    // QUuid::version() (Qt 6.4) knows versions 1 to 5 only.
    if ((id.data3 >> 12) != 7 || id.variant() != QUuid::DCE)
        return -1;
    return (qint64(id.data1) << 16) | id.data2;
}

} // namespace nm::core
