#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"
#include "core/domain/RecordMeta.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::JsonReader;
using nm::core::JsonValues;
using nm::core::RecordMeta;

class TestDomainJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void datesAreExactlyIsoDays_data();
    void datesAreExactlyIsoDays();
    void instantsNeedAZoneAndAreUtcMs_data();
    void instantsNeedAZoneAndAreUtcMs();
    void uuidsAreWrittenWithoutBraces();
    void integersMustBeWhole();
    void newMetaIsFreshAndExact();
    void metaValidation();
    void metaRoundTrips();
};

void TestDomainJson::datesAreExactlyIsoDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("plain") << u"1984-03-07"_s << QDate(1984, 3, 7);
    QTest::newRow("leap day") << u"2000-02-29"_s << QDate(2000, 2, 29);
    QTest::newRow("not a day") << u"2023-02-29"_s << QDate();
    QTest::newRow("short month") << u"1984-3-07"_s << QDate();
    QTest::newRow("with time") << u"1984-03-07T00:00:00Z"_s << QDate();
    QTest::newRow("day first") << u"07-03-1984"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDomainJson::datesAreExactlyIsoDays()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(JsonValues::parseDate(text), date);
    if (date.isValid())
        QCOMPARE(JsonValues::fromDate(date).toString(), text);
}

void TestDomainJson::instantsNeedAZoneAndAreUtcMs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("utc ms") << u"2026-11-25T09:30:00.250Z"_s << u"2026-11-25T09:30:00.250Z"_s;
    QTest::newRow("offset") << u"2026-11-25T10:30:00.250+01:00"_s << u"2026-11-25T09:30:00.250Z"_s;
    QTest::newRow("no fraction") << u"2026-11-25T09:30:00Z"_s << u"2026-11-25T09:30:00.000Z"_s;
    QTest::newRow("micro rounded")
        << u"2026-11-25T09:30:00.250999Z"_s << u"2026-11-25T09:30:00.251Z"_s;
    QTest::newRow("no zone") << u"2026-11-25T09:30:00.250"_s << QString();
    QTest::newRow("date only") << u"2026-11-25"_s << QString();
    QTest::newRow("space separator") << u"2026-11-25 09:30:00Z"_s << QString();
    QTest::newRow("bad month") << u"2026-13-25T09:30:00Z"_s << QString();
    // The wire form (24 characters) is read by a fast path; its edges:
    QTest::newRow("leap day") << u"2024-02-29T23:59:59.999Z"_s << u"2024-02-29T23:59:59.999Z"_s;
    QTest::newRow("no such day") << u"2026-02-30T09:30:00.250Z"_s << QString();
    QTest::newRow("bad hour") << u"2026-11-25T25:30:00.250Z"_s << QString();
    QTest::newRow("letter for digit") << u"2026-11-2xT09:30:00.250Z"_s << QString();
    QTest::newRow("sign in digits") << u"2026-11-25T09:30:00.-50Z"_s << QString();
}

void TestDomainJson::instantsNeedAZoneAndAreUtcMs()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = JsonValues::parseInstant(text);
    QCOMPARE(parsed.isValid(), !utc.isEmpty());
    if (parsed.isValid()) {
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(JsonValues::fromInstant(parsed).toString(), utc);
    }
}

void TestDomainJson::uuidsAreWrittenWithoutBraces()
{
    const QUuid id(u"{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"_s);
    QCOMPARE(JsonValues::fromUuid(id).toString(), u"67c8770b-44f1-410a-ab9a-f9b5446f13ee"_s);
    QVERIFY(JsonValues::fromUuid(QUuid()).isNull());
    QCOMPARE(JsonValues::parseUuid(u"67c8770b-44f1-410a-ab9a-f9b5446f13ee"), id);
    QCOMPARE(JsonValues::parseUuid(u"{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"), id);
    QVERIFY(JsonValues::parseUuid(u"67c8770b").isNull());
}

void TestDomainJson::integersMustBeWhole()
{
    FieldErrors errors;
    JsonReader reader(QJsonObject{{"a"_L1, 0},
                                  {"b"_L1, 1},
                                  {"c"_L1, qint64(9007199254740993LL)},
                                  {"d"_L1, 2.5},
                                  {"e"_L1, 3e10}},
                      errors);
    QCOMPARE(reader.integer("a"_L1, 7), 0);
    QCOMPARE(reader.integer("b"_L1, 7), 1);
    QCOMPARE(reader.integer("c"_L1), qint64(9007199254740993LL));
    QCOMPARE(reader.integer("d"_L1, 7), 7);
    QCOMPARE(reader.integer("missing"_L1, 7), 7);
    QCOMPARE(reader.int32("e"_L1, 5), 5);
    QCOMPARE(errors.fields(), (QStringList{u"d"_s, u"e"_s}));
}

void TestDomainJson::newMetaIsFreshAndExact()
{
    const QUuid creator = QUuid::createUuid();
    // Sub-millisecond precision and a non-UTC zone both normalised away.
    const QDateTime now =
        QDateTime(QDate(2026, 11, 25), QTime(10, 30, 0, 250), Qt::OffsetFromUTC, 3600);
    const RecordMeta a = RecordMeta::create(creator, now);
    const RecordMeta b = RecordMeta::create(creator, now);
    QVERIFY(!a.id.isNull());
    QVERIFY(a.id != b.id);
    QCOMPARE(a.version, 0);
    QCOMPARE(a.createdBy, creator);
    QCOMPARE(a.deleted, false);
    QCOMPARE(a.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(a.createdAt, QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 250), Qt::UTC));
    QCOMPARE(a.updatedAt, a.createdAt);
    QVERIFY(a.validate().isEmpty());
    QVERIFY(!RecordMeta::create(creator).createdAt.isNull());
}

void TestDomainJson::metaValidation()
{
    RecordMeta meta;
    meta.version = -1;
    QCOMPARE(meta.validate().fields(), (QStringList{u"id"_s, u"version"_s, u"created_at"_s,
                                                    u"updated_at"_s, u"created_by"_s}));
    meta = RecordMeta::create(QUuid::createUuid(),
                              QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    meta.updatedAt = meta.createdAt.addMSecs(-1);
    QCOMPARE(meta.validate().messagesFor(u"updated_at"),
             QStringList{u"The time the record was last changed cannot be before it was "
                         "created."_s});
}

void TestDomainJson::metaRoundTrips()
{
    RecordMeta meta = RecordMeta::create(QUuid::createUuid(),
                                         QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0, 1), Qt::UTC));
    meta.version = 9007199254740993LL;
    meta.deleted = true;
    QJsonObject object;
    meta.writeTo(object);
    QCOMPARE(object.keys(), (QStringList{u"created_at"_s, u"created_by"_s, u"deleted"_s, u"id"_s,
                                         u"updated_at"_s, u"version"_s}));
    FieldErrors errors;
    QCOMPARE(RecordMeta::readFrom(object, errors), meta);
    QVERIFY(errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
