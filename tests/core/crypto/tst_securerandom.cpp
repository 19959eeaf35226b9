#include "core/crypto/SecureRandom.h"

#include <QByteArray>
#include <QTest>

using nm::core::SecureBuffer;
using nm::core::SecureRandom;

class TestSecureRandom final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyHasTheRequestedSize();
    void bytesHaveTheRequestedSize();
    void drawsDiffer();
};

void TestSecureRandom::keyHasTheRequestedSize()
{
    QCOMPARE(SecureRandom::key(32).size(), 32);
    QCOMPARE(SecureRandom::key(1).size(), 1);
    QVERIFY(SecureRandom::key(0).isEmpty());
}

void TestSecureRandom::bytesHaveTheRequestedSize()
{
    QCOMPARE(SecureRandom::bytes(16).size(), 16);
    QCOMPARE(SecureRandom::bytes(12).size(), 12);
    QVERIFY(SecureRandom::bytes(0).isEmpty());
}

void TestSecureRandom::drawsDiffer()
{
    // 256 random bits colliding, or coming out all zero, would mean the generator is not random.
    const SecureBuffer a = SecureRandom::key(32);
    const SecureBuffer b = SecureRandom::key(32);
    QVERIFY(!a.equals(b));
    QVERIFY(!a.equals(SecureBuffer(32)));

    const QByteArray c = SecureRandom::bytes(32);
    QVERIFY(c != SecureRandom::bytes(32));
    QVERIFY(c != QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "tst_securerandom.moc"
