// Measurement-based-care rules (DESIGN §5): response, remission and reliable change, with the
// thresholds taken from the shipped PHQ-9 and GAD-7 definitions.

#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/MeasurementBasedCare.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using nm::core::InstrumentDefinition;
using nm::core::InstrumentRegistry;
using nm::core::MeasurementBasedCare;
using Direction = MeasurementBasedCare::Direction;

Q_DECLARE_METATYPE(MeasurementBasedCare::Direction)

class TestInstrumentMeasurementBasedCare final : public QObject {
    Q_OBJECT

private:
    std::optional<InstrumentRegistry> m_registry;

    const InstrumentDefinition &instrument(const QString &id) const
    {
        const InstrumentDefinition *definition = m_registry->find(id);
        if (!definition)
            qFatal("instrument %s is not loaded", qPrintable(id));
        return *definition;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error()));
        m_registry.emplace(std::move(registry).value());
    }

    void response_data()
    {
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("current");
        QTest::addColumn<bool>("met");
        QTest::newRow("exactly 50 %") << 20.0 << 10.0 << true;
        QTest::newRow("49 %") << 100.0 << 51.0 << false;
        QTest::newRow("45 %") << 20.0 << 11.0 << false;
        QTest::newRow("odd baseline, 50 % is a half point") << 15.0 << 7.0 << true;
        QTest::newRow("odd baseline, just short") << 15.0 << 8.0 << false;
        QTest::newRow("to zero") << 12.0 << 0.0 << true;
        QTest::newRow("no change") << 12.0 << 12.0 << false;
        QTest::newRow("worse") << 12.0 << 18.0 << false;
    }
    void response()
    {
        QFETCH(double, baseline);
        QFETCH(double, current);
        QFETCH(bool, met);
        const MeasurementBasedCare::Outcome outcome =
            MeasurementBasedCare::response(baseline, current);
        QVERIFY(outcome.applicable);
        QCOMPARE(outcome.met, met);
        QVERIFY(outcome.definition.contains(u"50 %"_s));
        QVERIFY(outcome.reason.isEmpty());
    }

    void responseFromZeroBaselineIsNotApplicable()
    {
        const MeasurementBasedCare::Outcome outcome = MeasurementBasedCare::response(0, 0);
        QVERIFY(!outcome.applicable);
        QVERIFY(!outcome.met);
        QVERIFY(!outcome.reason.isEmpty());
        QVERIFY(!outcome.definition.isEmpty());
    }

    void remission_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<double>("total");
        QTest::addColumn<bool>("met");
        QTest::newRow("phq9 4") << u"phq9"_s << 4.0 << true;
        QTest::newRow("phq9 5") << u"phq9"_s << 5.0 << false;
        QTest::newRow("phq9 0") << u"phq9"_s << 0.0 << true;
        QTest::newRow("gad7 4") << u"gad7"_s << 4.0 << true;
        QTest::newRow("gad7 5") << u"gad7"_s << 5.0 << false;
    }
    void remission()
    {
        QFETCH(QString, instrument);
        QFETCH(double, total);
        QFETCH(bool, met);
        const MeasurementBasedCare::Outcome outcome =
            MeasurementBasedCare::remission(this->instrument(instrument), total);
        QVERIFY(outcome.applicable);
        QCOMPARE(outcome.met, met);
        QVERIFY2(outcome.definition.contains(u"below 5"_s), qPrintable(outcome.definition));
        QVERIFY(outcome.definition.contains(this->instrument(instrument).shortTitle()));
    }

    void remissionUndefinedIsNotApplicable()
    {
        const MeasurementBasedCare::Outcome outcome =
            MeasurementBasedCare::remission(instrument(u"pcl5"_s), 3);
        QVERIFY(!outcome.applicable);
        QVERIFY(!outcome.met);
        QVERIFY(outcome.reason.contains(u"PCL-5"_s));
    }

    void reliableChange_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("current");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<int>("threshold");
        QTest::newRow("phq9 -5") << u"phq9"_s << 18.0 << 13.0 << Direction::None << 6;
        QTest::newRow("phq9 -6") << u"phq9"_s << 18.0 << 12.0 << Direction::Improvement << 6;
        QTest::newRow("phq9 +5") << u"phq9"_s << 8.0 << 13.0 << Direction::None << 6;
        QTest::newRow("phq9 +6") << u"phq9"_s << 8.0 << 14.0 << Direction::Deterioration << 6;
        QTest::newRow("gad7 -3") << u"gad7"_s << 12.0 << 9.0 << Direction::None << 4;
        QTest::newRow("gad7 -4") << u"gad7"_s << 12.0 << 8.0 << Direction::Improvement << 4;
        QTest::newRow("gad7 +3") << u"gad7"_s << 5.0 << 8.0 << Direction::None << 4;
        QTest::newRow("gad7 +4") << u"gad7"_s << 5.0 << 9.0 << Direction::Deterioration << 4;
    }
    void reliableChange()
    {
        QFETCH(QString, instrument);
        QFETCH(double, baseline);
        QFETCH(double, current);
        QFETCH(Direction, direction);
        QFETCH(int, threshold);
        const MeasurementBasedCare::ReliableChange outcome =
            MeasurementBasedCare::reliableChange(this->instrument(instrument), baseline, current);
        QVERIFY(outcome.applicable);
        QCOMPARE(outcome.direction, direction);
        QCOMPARE(outcome.met, direction != Direction::None);
        QCOMPARE(outcome.change, current - baseline);
        QCOMPARE(outcome.threshold, threshold);
        QVERIFY2(outcome.definition.contains(QString::number(threshold) + u" point"_s),
                 qPrintable(outcome.definition));
    }

    void reliableChangeUndefinedIsNotApplicable()
    {
        const MeasurementBasedCare::ReliableChange outcome =
            MeasurementBasedCare::reliableChange(instrument(u"asrm"_s), 2, 15);
        QVERIFY(!outcome.applicable);
        QVERIFY(!outcome.met);
        QCOMPARE(outcome.direction, Direction::None);
        QVERIFY(!outcome.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstrumentMeasurementBasedCare)
#include "tst_instrumentmeasurementbasedcare.moc"
