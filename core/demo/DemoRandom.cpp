#include "core/demo/DemoRandom.h"

#include "core/domain/TimeOrderedUuid.h"

namespace nm::core {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    // SplitMix64 spreads any seed, 0 included, over the whole state as xoshiro's authors advise.
    quint64 state = seed;
    for (quint64 &word : m_state)
        word = splitMix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

DemoRandom DemoRandom::fork(quint64 salt)
{
    quint64 mixed = next() ^ (salt * 0xD1B54A32D192ED03ULL);
    return DemoRandom(splitMix64(mixed));
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 range = quint64(qint64(high) - qint64(low)) + 1;
    // Reject the few values that would make the modulo favour small results.
    const quint64 threshold = (0 - range) % range;
    quint64 r = next();
    while (r < threshold)
        r = next();
    return int(qint64(low) + qint64(r % range));
}

bool DemoRandom::chance(double p)
{
    return uniform() < p;
}

double DemoRandom::normal()
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

QUuid DemoRandom::uuid(const QDateTime &createdAt)
{
    const quint64 randA = next();
    const quint64 randB = next();
    return TimeOrderedUuid::fromParts(createdAt.toMSecsSinceEpoch(), quint16(randA), randB);
}

} // namespace nm::core
