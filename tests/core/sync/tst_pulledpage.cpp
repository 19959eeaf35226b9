#include "core/domain/Observation.h"
#include "core/domain/RecordMeta.h"
#include "core/sync/PulledPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::ApiError;
using nm::core::Observation;
using nm::core::PulledPage;
using nm::core::RecordMeta;

namespace {

QJsonObject reading(double value)
{
    Observation observation;
    observation.meta = RecordMeta::create(QUuid::createUuid());
    observation.patientId = QUuid::createUuid();
    observation.kind = Observation::Kind::HeartRate;
    observation.at = observation.meta.createdAt;
    observation.value = value;
    observation.unit = Observation::unitFor(observation.kind);
    return observation.toJson();
}

QJsonObject change(const QString &entity, const QJsonObject &data)
{
    return {{u"entity"_s, entity},
            {u"id"_s, data.value(u"id"_s)},
            {u"version"_s, 1},
            {u"deleted"_s, false},
            {u"data"_s, data}};
}

QByteArray page(const QJsonArray &changes, const QJsonObject &extra = {})
{
    QJsonObject object{{u"changes"_s, changes}, {u"next_cursor"_s, u"42"_s}, {u"has_more"_s, true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPulledPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesChangesInOrderAndReadingsAhead()
    {
        QJsonObject broken = reading(70);
        broken.remove(u"value"_s);
        const QJsonObject note{{u"id"_s, u"n-1"_s}, {u"text"_s, u"…"_s}};
        const auto decoded = PulledPage::decode(
            page({change(u"observation"_s, reading(61)), change(u"clinical_note"_s, note),
                  change(u"observation"_s, broken)},
                 {{u"remaining"_s, 7}}));
        QVERIFY(decoded);
        const PulledPage &pulled = decoded.value();
        QCOMPARE(pulled.nextCursor, u"42"_s);
        QVERIFY(pulled.hasMore);
        QCOMPARE(pulled.remaining, 7);
        QCOMPARE(pulled.changes.size(), 3);
        QVERIFY(pulled.changes.at(0).observation);
        QCOMPARE(pulled.changes.at(0).observation->value, 61.0);
        QCOMPARE(pulled.changes.at(1).entity, u"clinical_note"_s);
        QCOMPARE(pulled.changes.at(1).id, u"n-1"_s);
        QVERIFY(!pulled.changes.at(1).observation);
        // Kept, undecoded: the engine refuses the page when it reaches it.
        QCOMPARE(pulled.changes.at(2).entity, u"observation"_s);
        QVERIFY(!pulled.changes.at(2).observation);
    }

    void remainingIsOnlyThereWhenAskedFor()
    {
        const auto decoded = PulledPage::decode(page({}));
        QVERIFY(decoded);
        QCOMPARE(decoded.value().remaining, -1);
    }

    void notAPageIsADecodeError()
    {
        for (const QByteArray &body : {QByteArray("<html>proxy error</html>"), QByteArray("[1, 2]"),
                                       QByteArray("{\"changes\": [], \"has_more\": false}")}) {
            const auto decoded = PulledPage::decode(body);
            QVERIFY2(!decoded, body.constData());
            QCOMPARE(decoded.error().kind, ApiError::Kind::Decode);
        }
    }

    void nextCursorFromTheLinkHeader_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("next");
        QTest::newRow("server's form")
            << QByteArray("</api/v1/sync/changes?since=1234&limit=1000>; rel=\"next\"")
            << u"1234"_s;
        QTest::newRow("absent") << QByteArray() << QString();
        QTest::newRow("other relation")
            << QByteArray("</api/v1/sync/changes?since=12>; rel=\"prev\"") << QString();
        QTest::newRow("no since") << QByteArray("</api/v1/sync/changes>; rel=\"next\"")
                                  << QString();
        QTest::newRow("not a cursor")
            << QByteArray("</api/v1/sync/changes?since=x1>; rel=\"next\"") << QString();
        QTest::newRow("negative") << QByteArray("</api/v1/sync/changes?since=-5>; rel=\"next\"")
                                  << QString();
    }

    void nextCursorFromTheLinkHeader()
    {
        QFETCH(QByteArray, link);
        QFETCH(QString, next);
        QCOMPARE(PulledPage::nextFromLink(link), next);
    }
};

QTEST_GUILESS_MAIN(TestPulledPage)
#include "tst_pulledpage.moc"
