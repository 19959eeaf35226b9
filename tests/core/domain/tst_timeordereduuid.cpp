#include "core/domain/TimeOrderedUuid.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::TimeOrderedUuid;

class TestTimeOrderedUuid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void layoutFollowsRfc9562()
    {
        // RFC 9562 appendix A.6's example: 2022-02-22 19:22:22 UTC = 0x017F22E279B0 ms.
        const QUuid id = TimeOrderedUuid::fromParts(0x017F22E279B0, 0xCC3, 0x18C4DC0C0C07398FULL);
        QCOMPARE(id.toString(QUuid::WithoutBraces), u"017f22e2-79b0-7cc3-98c4-dc0c0c07398f"_s);
        QCOMPARE(TimeOrderedUuid::msecsOf(id), 0x017F22E279B0);
        QCOMPARE(id.variant(), QUuid::DCE);
    }

    void newIdsCarryTheirTimeAndAreUnique()
    {
        const QDateTime at =
            QDateTime::fromString(u"2026-11-25T09:30:00.123Z"_s, Qt::ISODateWithMs);
        QSet<QUuid> seen;
        for (int i = 0; i < 10000; ++i) {
            const QUuid id = TimeOrderedUuid::create(at);
            QCOMPARE(TimeOrderedUuid::msecsOf(id), at.toMSecsSinceEpoch());
            QCOMPARE(id.data3 >> 12, 7);
            QCOMPARE(id.variant(), QUuid::DCE);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 10000); // 74 random bits: a repeat would be a broken generator
    }

    void idsSortByTheirTimeAsText()
    {
        // The caches and the server compare ids as text: a later millisecond must sort later.
        QDateTime at = QDateTime::fromString(u"2025-01-01T00:00:00Z"_s, Qt::ISODate);
        QString previous;
        for (int i = 0; i < 2000; ++i) {
            at = at.addMSecs(1 + i * 997);
            const QString id = TimeOrderedUuid::create(at).toString(QUuid::WithoutBraces);
            QVERIFY2(previous < id, qPrintable(previous + u" >= "_s + id));
            previous = id;
        }
    }

    void otherVersionsHaveNoTime()
    {
        QCOMPARE(TimeOrderedUuid::msecsOf(QUuid::createUuid()), -1);
        QCOMPARE(TimeOrderedUuid::msecsOf(QUuid()), -1);
    }

    void timesOutsideFortyEightBitsAreClamped()
    {
        QCOMPARE(TimeOrderedUuid::msecsOf(TimeOrderedUuid::fromParts(-5, 0, 0)), 0);
        QCOMPARE(TimeOrderedUuid::msecsOf(TimeOrderedUuid::fromParts(qint64(1) << 50, 0, 0)),
                 (qint64(1) << 48) - 1);
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedUuid)
#include "tst_timeordereduuid.moc"
