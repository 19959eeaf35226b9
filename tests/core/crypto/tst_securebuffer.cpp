#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;

namespace {

QByteArray bytesOf(const SecureBuffer &buffer)
{
    return buffer.view().toByteArray();
}

} // namespace

class TestSecureBuffer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sizedBufferIsZeroFilled();
    void fromHexRoundTrip_data();
    void fromHexRoundTrip();
    void fromHexRejectsMalformedText_data();
    void fromHexRejectsMalformedText();
    void fromUtf8MatchesQStringEncoding_data();
    void fromUtf8MatchesQStringEncoding();
    void copyOfCopiesTheBytes();
    void equalsComparesContentAndLength();
    void moveLeavesTheSourceEmpty();
    void truncateOnlyShortens();
};

void TestSecureBuffer::sizedBufferIsZeroFilled()
{
    const SecureBuffer buffer(100);
    QCOMPARE(buffer.size(), 100);
    QVERIFY(!buffer.isEmpty());
    QCOMPARE(bytesOf(buffer), QByteArray(100, '\0'));

    const SecureBuffer empty(0);
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), 0);
}

void TestSecureBuffer::fromHexRoundTrip_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lowercase");

    QTest::newRow("empty") << QString() << QByteArray() << QString();
    QTest::newRow("one byte") << u"00"_s << QByteArray(1, '\0') << u"00"_s;
    QTest::newRow("lowercase") << u"deadbeef"_s << QByteArray("\xde\xad\xbe\xef") << u"deadbeef"_s;
    QTest::newRow("uppercase") << u"DEADBEEF"_s << QByteArray("\xde\xad\xbe\xef") << u"deadbeef"_s;
    QTest::newRow("every digit") << u"0123456789aBcDeF"_s
                                 << QByteArray("\x01\x23\x45\x67\x89\xab\xcd\xef")
                                 << u"0123456789abcdef"_s;
}

void TestSecureBuffer::fromHexRoundTrip()
{
    QFETCH(QString, hex);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, lowercase);

    const std::optional<SecureBuffer> decoded = SecureBuffer::fromHex(hex);
    QVERIFY(decoded.has_value());
    QCOMPARE(bytesOf(*decoded), bytes);
    QCOMPARE(QString::fromLatin1(bytesOf(decoded->toHex())), lowercase);
}

void TestSecureBuffer::fromHexRejectsMalformedText_data()
{
    QTest::addColumn<QString>("hex");

    QTest::newRow("odd length") << u"abc"_s;
    QTest::newRow("single digit") << u"0"_s;
    QTest::newRow("non-hex letter") << u"0g"_s;
    QTest::newRow("non-hex at the end") << u"00zz"_s;
    QTest::newRow("space") << u"00 1"_s;
    QTest::newRow("prefix") << u"0x00"_s;
    QTest::newRow("non-ASCII") << u"ä0"_s;
    QTest::newRow("fullwidth digits") << u"０１"_s;
}

void TestSecureBuffer::fromHexRejectsMalformedText()
{
    QFETCH(QString, hex);
    QVERIFY(!SecureBuffer::fromHex(hex).has_value());
}

void TestSecureBuffer::fromUtf8MatchesQStringEncoding_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("ASCII") << u"password"_s;
    QTest::newRow("umlauts and emoji") << u"pässwörd🔑"_s;
    QTest::newRow("CJK") << u"密码パスワード"_s;
}

void TestSecureBuffer::fromUtf8MatchesQStringEncoding()
{
    QFETCH(QString, text);

    const SecureBuffer buffer = SecureBuffer::fromUtf8(text);
    QCOMPARE(bytesOf(buffer), text.toUtf8());
    QCOMPARE(buffer.size(), text.toUtf8().size());
}

void TestSecureBuffer::copyOfCopiesTheBytes()
{
    QByteArray source("secret bytes");
    const SecureBuffer copy = SecureBuffer::copyOf(source);
    source.fill('x');
    QCOMPARE(bytesOf(copy), QByteArray("secret bytes"));
    QVERIFY(SecureBuffer::copyOf({}).isEmpty());
}

void TestSecureBuffer::equalsComparesContentAndLength()
{
    const SecureBuffer a = SecureBuffer::copyOf("abcdef");
    QVERIFY(a.equals(SecureBuffer::copyOf("abcdef")));
    QVERIFY(!a.equals(SecureBuffer::copyOf("abcdeg")));
    QVERIFY(!a.equals(SecureBuffer::copyOf("abcde")));
    QVERIFY(!a.equals(SecureBuffer::copyOf("abcdefg")));
    QVERIFY(!a.equals(SecureBuffer()));
    QVERIFY(SecureBuffer().equals(SecureBuffer(0)));
}

void TestSecureBuffer::moveLeavesTheSourceEmpty()
{
    SecureBuffer source = SecureBuffer::copyOf("key material");
    const unsigned char *const storage = source.data();

    SecureBuffer constructed(std::move(source));
    QVERIFY(source.isEmpty());
    QCOMPARE(source.size(), 0);
    QCOMPARE(source.data(), nullptr);
    // The secret moved; it was not copied to a second place in memory.
    QCOMPARE(constructed.data(), storage);
    QCOMPARE(bytesOf(constructed), QByteArray("key material"));

    SecureBuffer assigned = SecureBuffer::copyOf("something else");
    assigned = std::move(constructed);
    QVERIFY(constructed.isEmpty());
    QCOMPARE(constructed.data(), nullptr);
    QCOMPARE(assigned.data(), storage);
    QCOMPARE(bytesOf(assigned), QByteArray("key material"));
}

void TestSecureBuffer::truncateOnlyShortens()
{
    SecureBuffer buffer = SecureBuffer::copyOf("0123456789");
    buffer.truncate(4);
    QCOMPARE(bytesOf(buffer), QByteArray("0123"));
    buffer.truncate(8);
    QCOMPARE(bytesOf(buffer), QByteArray("0123"));
    buffer.truncate(-1);
    QCOMPARE(bytesOf(buffer), QByteArray("0123"));
    // The cut-off tail is wiped, not merely hidden behind the new size.
    QCOMPARE(QByteArray(buffer.constChars() + 4, 6), QByteArray(6, '\0'));
    buffer.truncate(0);
    QVERIFY(buffer.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
