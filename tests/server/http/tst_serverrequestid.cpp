// X-Request-Id: a caller's id is kept only when it is short and plain.

#include "server/http/RequestId.h"

#include <QTest>

using nm::server::RequestId;

class TestServerRequestId final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsOnlyShortPlainIds_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("uuid") << QByteArray("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
        QTest::newRow("letters digits dash") << QByteArray("Client-42-abc") << true;
        QTest::newRow("one char") << QByteArray("a") << true;
        QTest::newRow("64 chars") << QByteArray(64, 'x') << true;
        QTest::newRow("65 chars") << QByteArray(65, 'x') << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("underscore") << QByteArray("a_b") << false;
        QTest::newRow("newline forges a log line") << QByteArray("a\nstatus=200") << false;
        QTest::newRow("equals") << QByteArray("route=x") << false;
        QTest::newRow("non-ascii") << QByteArray("caf\xc3\xa9") << false;
    }

    void acceptsOnlyShortPlainIds()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, wellFormed);
        QCOMPARE(RequestId::isWellFormed(id), wellFormed);
        const QByteArray accepted = RequestId::accept(id);
        if (wellFormed)
            QCOMPARE(accepted, id);
        else
            QVERIFY(accepted != id);
        QVERIFY(RequestId::isWellFormed(accepted));
    }

    void generatesDistinctUuids()
    {
        const QByteArray first = RequestId::generate();
        const QByteArray second = RequestId::generate();
        QCOMPARE(first.size(), 36);
        QVERIFY(RequestId::isWellFormed(first));
        QVERIFY(first != second);
    }
};

QTEST_GUILESS_MAIN(TestServerRequestId)
#include "tst_serverrequestid.moc"
