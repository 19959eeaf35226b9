#include "core/crypto/AesGcm.h"
#include "core/crypto/SecureRandom.h"

#include <QByteArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::AesGcm;
using nm::core::SecureBuffer;
using nm::core::SecureRandom;

namespace {

SecureBuffer keyFromHex(QStringView hex)
{
    std::optional<SecureBuffer> key = SecureBuffer::fromHex(hex);
    Q_ASSERT(key);
    return std::move(*key);
}

QByteArray bytesOf(const SecureBuffer &buffer)
{
    return buffer.view().toByteArray();
}

void flipBit(QByteArray &bytes, qsizetype bit)
{
    bytes[bit / 8] = char(bytes[bit / 8] ^ (1 << (bit % 8)));
}

} // namespace

class TestAesGcm final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void roundTrip_data();
    void roundTrip();
    void everySealUsesAFreshIv();
    void flippingAnyBitFailsToOpen_data();
    void flippingAnyBitFailsToOpen();
    void wrongKeyFailsToOpen();
    void malformedInputFailsToOpen();
};

void TestAesGcm::knownAnswer_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13, 14 and 16 (the
    // AES-256 ones with a 96-bit IV). Re-checked with Python's `cryptography` AESGCM.
    const QString zeroKey(64, u'0');
    QTest::newRow("test case 13") << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray()
                                  << QByteArray()
                                  << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14") << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0')
                                  << QByteArray()
                                  << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                  << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 16")
        << u"feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"_s
        << QByteArray::fromHex("cafebabefacedbaddecaf888")
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestAesGcm::knownAnswer()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    // seal() draws its own IV, so the vector is checked through open(): decrypting the published
    // ciphertext and accepting the published tag proves the same transform in both directions,
    // and roundTrip() below ties seal() to it.
    const std::optional<SecureBuffer> opened =
        AesGcm::open(keyFromHex(key), {iv, ciphertext, tag}, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(bytesOf(*opened), plaintext);
}

void TestAesGcm::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<QByteArray>("aad");

    QTest::newRow("empty, no aad") << qsizetype(0) << QByteArray();
    QTest::newRow("one byte") << qsizetype(1) << QByteArray("header");
    QTest::newRow("a key") << qsizetype(32) << QByteArray("format=novamind-key-vault\n");
    QTest::newRow("several pages") << qsizetype(10000) << QByteArray(300, 'a');
}

void TestAesGcm::roundTrip()
{
    QFETCH(qsizetype, size);
    QFETCH(QByteArray, aad);

    const SecureBuffer key = SecureRandom::key(AesGcm::KeySize);
    const SecureBuffer plaintext = SecureRandom::key(size);
    const AesGcm::Sealed sealed = AesGcm::seal(key, plaintext, aad);
    QCOMPARE(sealed.iv.size(), AesGcm::IvSize);
    QCOMPARE(sealed.tag.size(), AesGcm::TagSize);
    QCOMPARE(sealed.ciphertext.size(), size);
    if (size >= 16)
        QVERIFY(sealed.ciphertext != bytesOf(plaintext));

    const std::optional<SecureBuffer> opened = AesGcm::open(key, sealed, aad);
    QVERIFY(opened.has_value());
    QVERIFY(opened->equals(plaintext));
}

void TestAesGcm::everySealUsesAFreshIv()
{
    const SecureBuffer key = SecureRandom::key(AesGcm::KeySize);
    const SecureBuffer plaintext = SecureBuffer::copyOf("the same message");
    const AesGcm::Sealed first = AesGcm::seal(key, plaintext, {});
    const AesGcm::Sealed second = AesGcm::seal(key, plaintext, {});
    QVERIFY(first.iv != second.iv);
    QVERIFY(first.ciphertext != second.ciphertext);
    QVERIFY(first.tag != second.tag);
}

void TestAesGcm::flippingAnyBitFailsToOpen_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("ciphertext") << u"ciphertext"_s;
    QTest::newRow("tag") << u"tag"_s;
    QTest::newRow("iv") << u"iv"_s;
    QTest::newRow("aad") << u"aad"_s;
}

void TestAesGcm::flippingAnyBitFailsToOpen()
{
    QFETCH(QString, part);

    const SecureBuffer key = SecureRandom::key(AesGcm::KeySize);
    const QByteArray aad("format=novamind-key-vault\nversion=1\n");
    const AesGcm::Sealed sealed = AesGcm::seal(key, SecureRandom::key(32), aad);
    QVERIFY(AesGcm::open(key, sealed, aad).has_value());

    const auto target = [&](AesGcm::Sealed &copy, QByteArray &copyAad) -> QByteArray & {
        if (part == u"ciphertext")
            return copy.ciphertext;
        if (part == u"tag")
            return copy.tag;
        if (part == u"iv")
            return copy.iv;
        return copyAad;
    };
    AesGcm::Sealed probe = sealed;
    QByteArray probeAad = aad;
    const qsizetype bits = target(probe, probeAad).size() * 8;
    QVERIFY(bits > 0);
    for (qsizetype bit = 0; bit < bits; ++bit) {
        AesGcm::Sealed copy = sealed;
        QByteArray copyAad = aad;
        flipBit(target(copy, copyAad), bit);
        if (AesGcm::open(key, copy, copyAad).has_value())
            QFAIL(qPrintable(u"opened with bit %1 of the %2 flipped"_s.arg(bit).arg(part)));
    }
}

void TestAesGcm::wrongKeyFailsToOpen()
{
    const SecureBuffer key = SecureRandom::key(AesGcm::KeySize);
    const AesGcm::Sealed sealed = AesGcm::seal(key, SecureBuffer::copyOf("message"), {});
    QVERIFY(!AesGcm::open(SecureRandom::key(AesGcm::KeySize), sealed, {}).has_value());
}

void TestAesGcm::malformedInputFailsToOpen()
{
    const SecureBuffer key = SecureRandom::key(AesGcm::KeySize);
    const AesGcm::Sealed sealed = AesGcm::seal(key, SecureBuffer::copyOf("message"), {});

    // A short key, even one that is a prefix of the right key, is refused.
    SecureBuffer shortKey = SecureBuffer::copyOf(key.view());
    shortKey.truncate(16);
    QVERIFY(!AesGcm::open(shortKey, sealed, {}).has_value());

    // A truncated tag would still verify in GCM, but only to 96 bits or fewer; it is refused.
    AesGcm::Sealed shortTag = sealed;
    shortTag.tag.truncate(12);
    QVERIFY(!AesGcm::open(key, shortTag, {}).has_value());

    AesGcm::Sealed longIv = sealed;
    longIv.iv.append('\0');
    QVERIFY(!AesGcm::open(key, longIv, {}).has_value());

    AesGcm::Sealed truncated = sealed;
    truncated.ciphertext.chop(1);
    QVERIFY(!AesGcm::open(key, truncated, {}).has_value());
}

QTEST_GUILESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
