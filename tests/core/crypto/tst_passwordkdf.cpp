#include "core/crypto/PasswordKdf.h"

#include <QByteArray>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::KdfParams;
using nm::core::PasswordKdf;
using nm::core::SecureBuffer;

namespace {

const QByteArray Salt = QByteArrayLiteral("sixteen byte salt");

QByteArray derive(const QString &password, const QByteArray &salt, const KdfParams &params,
                  qsizetype length = 32)
{
    auto result = PasswordKdf::derive(SecureBuffer::fromUtf8(password), salt, params, length);
    if (!result) {
        qWarning("derive failed: %s", qPrintable(result.error()));
        return {};
    }
    return result.value().view().toByteArray();
}

} // namespace

class TestPasswordKdf final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referenceVectors_data();
    void referenceVectors();
    void isDeterministic();
    void dependsOnPasswordAndSalt();
    void eachParameterChangesTheOutput();
    void outputHasTheRequestedLength_data();
    void outputHasTheRequestedLength();
    void emptyPasswordIsAccepted();
    void refusesUnsafeInput_data();
    void refusesUnsafeInput();
};

void TestPasswordKdf::referenceVectors_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<QByteArray>("expected");

    // phc-winner-argon2 src/test.c, Argon2id v=0x13, m=65536 KiB, p=1, 32-byte output; the only
    // reference vectors without secret/associated data whose memory is above our floor. Also
    // checked against the independent implementation in Python's `cryptography` package.
    QTest::newRow("t=2") << u"password"_s << QByteArray("somesalt") << 2u
                         << QByteArray::fromHex("09316115d5cf24ed5a15a31a3ba326e5"
                                                "cf32edc24702987c02b6566f61913cf7");
    QTest::newRow("t=1") << u"password"_s << QByteArray("somesalt") << 1u
                         << QByteArray::fromHex("f6a5adc1ba723dddef9b5ac1d464e180"
                                                "fcd9dffc9d1cbf76cca2fed795d9ca98");
    QTest::newRow("different password")
        << u"differentpassword"_s << QByteArray("somesalt") << 2u
        << QByteArray::fromHex("0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde");
    QTest::newRow("different salt")
        << u"password"_s << QByteArray("diffsalt") << 2u
        << QByteArray::fromHex("bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c");
}

void TestPasswordKdf::referenceVectors()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, iterations);
    QFETCH(QByteArray, expected);

    QCOMPARE(derive(password, salt, KdfParams{65536, iterations, 1}), expected);
}

void TestPasswordKdf::isDeterministic()
{
    const QByteArray first = derive(u"pässwörd🔑"_s, Salt, KdfParams::floor());
    QCOMPARE(first.size(), 32);
    QCOMPARE(derive(u"pässwörd🔑"_s, Salt, KdfParams::floor()), first);
}

void TestPasswordKdf::dependsOnPasswordAndSalt()
{
    const QByteArray base = derive(u"password"_s, Salt, KdfParams::floor());
    QVERIFY(!base.isEmpty());
    QVERIFY(derive(u"Password"_s, Salt, KdfParams::floor()) != base);
    QVERIFY(derive(u"password "_s, Salt, KdfParams::floor()) != base);

    QByteArray otherSalt = Salt;
    otherSalt[0] = char(otherSalt[0] ^ 1);
    QVERIFY(derive(u"password"_s, otherSalt, KdfParams::floor()) != base);
}

void TestPasswordKdf::eachParameterChangesTheOutput()
{
    const KdfParams floor = KdfParams::floor();
    const QByteArray base = derive(u"password"_s, Salt, floor);
    QVERIFY(!base.isEmpty());

    const QByteArray moreMemory = derive(u"password"_s, Salt, KdfParams{floor.memoryKiB * 2, 1, 1});
    const QByteArray morePasses = derive(u"password"_s, Salt, KdfParams{floor.memoryKiB, 2, 1});
    const QByteArray moreLanes = derive(u"password"_s, Salt, KdfParams{floor.memoryKiB, 1, 2});
    for (const QByteArray &other : {moreMemory, morePasses, moreLanes}) {
        QCOMPARE(other.size(), 32);
        QVERIFY(other != base);
    }
    QVERIFY(moreMemory != morePasses);
    QVERIFY(moreMemory != moreLanes);
    QVERIFY(morePasses != moreLanes);
}

void TestPasswordKdf::outputHasTheRequestedLength_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("4") << qsizetype(4);
    QTest::newRow("16") << qsizetype(16);
    QTest::newRow("32") << qsizetype(32);
    QTest::newRow("64") << qsizetype(64);
    QTest::newRow("65") << qsizetype(65);
}

void TestPasswordKdf::outputHasTheRequestedLength()
{
    QFETCH(qsizetype, length);
    const QByteArray output = derive(u"password"_s, Salt, KdfParams::floor(), length);
    QCOMPARE(output.size(), length);
    QVERIFY(output != QByteArray(length, '\0'));
}

void TestPasswordKdf::emptyPasswordIsAccepted()
{
    // Whether an empty password is allowed is policy, decided above this layer.
    const QByteArray output = derive(QString(), Salt, KdfParams::floor());
    QCOMPARE(output.size(), 32);
    QVERIFY(output != derive(u" "_s, Salt, KdfParams::floor()));
}

void TestPasswordKdf::refusesUnsafeInput_data()
{
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("parallelism");
    QTest::addColumn<qsizetype>("length");

    const KdfParams floor = KdfParams::floor();
    QTest::newRow("salt of 7 bytes") << QByteArray(7, 's') << floor.memoryKiB << floor.iterations
                                     << floor.parallelism << qsizetype(32);
    QTest::newRow("no salt") << QByteArray() << floor.memoryKiB << floor.iterations
                             << floor.parallelism << qsizetype(32);
    QTest::newRow("memory below floor")
        << Salt << floor.memoryKiB - 1 << floor.iterations << floor.parallelism << qsizetype(32);
    // Refused before Argon2 tries to allocate 8 TiB.
    QTest::newRow("memory above ceiling")
        << Salt << 0xffffffffu << floor.iterations << floor.parallelism << qsizetype(32);
    QTest::newRow("no iterations") << Salt << floor.memoryKiB << 0u << 1u << qsizetype(32);
    QTest::newRow("too many lanes") << Salt << floor.memoryKiB << 1u << 17u << qsizetype(32);
    QTest::newRow("output of 3 bytes") << Salt << floor.memoryKiB << 1u << 1u << qsizetype(3);
    QTest::newRow("negative output") << Salt << floor.memoryKiB << 1u << 1u << qsizetype(-1);
}

void TestPasswordKdf::refusesUnsafeInput()
{
    QFETCH(QByteArray, salt);
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, parallelism);
    QFETCH(qsizetype, length);

    const QString password = u"hunter2-zebra"_s;
    auto result = PasswordKdf::derive(SecureBuffer::fromUtf8(password), salt,
                                      KdfParams{memoryKiB, iterations, parallelism}, length);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY(!result.error().contains(password));
}

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "tst_passwordkdf.moc"
