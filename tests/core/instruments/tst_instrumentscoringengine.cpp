// The scoring engine against the shipped definitions: every band edge, the missing-item rules,
// safety flags, criteria, context-dependent thresholds, C-SSRS risk levels and bad input
// (DESIGN §5 "Instruments").

#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/ScoringEngine.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using nm::core::InstrumentDefinition;
using nm::core::InstrumentRegistry;
using nm::core::ScoreResult;
using nm::core::ScoringContext;
using nm::core::ScoringEngine;
using Responses = ScoringEngine::Responses;

// Readable failure messages for the optional values the results are made of.
namespace QTest {
template <> char *toString(const std::optional<double> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(none)");
}
template <> char *toString(const std::optional<int> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(none)");
}
template <> char *toString(const std::optional<bool> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(unknown)");
}
} // namespace QTest

namespace {

// Answers that add up to \a total, filling items in order with their highest score; items listed
// in \a skip stay unanswered.
Responses summingTo(const InstrumentDefinition &definition, int total, const QStringList &skip = {})
{
    Responses responses;
    int remaining = total;
    for (const InstrumentDefinition::Item &item : definition.items()) {
        if (skip.contains(item.id)) {
            responses.insert(item.id, std::nullopt);
            continue;
        }
        const int score = std::min(item.maxScore(), remaining);
        responses.insert(item.id, score);
        remaining -= score;
    }
    return responses;
}

Responses allAnswered(const InstrumentDefinition &definition, int score)
{
    Responses responses;
    for (const InstrumentDefinition::Item &item : definition.items())
        responses.insert(item.id, score);
    return responses;
}

} // namespace

class TestInstrumentScoringEngine final : public QObject {
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

    // Scores and fails the test on error; the caller checks QTest::currentTestFailed().
    static ScoreResult scored(const InstrumentDefinition &definition, const Responses &responses,
                              const ScoringContext &context = {})
    {
        auto result = ScoringEngine::score(definition, responses, context);
        if (!result) {
            QTest::qFail(qPrintable(result.error()), __FILE__, __LINE__);
            return {};
        }
        return result.value();
    }

    // The band a given complete total falls in.
    void checkBands(const QString &id)
    {
        QFETCH(int, total);
        QFETCH(QString, band);
        const ScoreResult result = scored(instrument(id), summingTo(instrument(id), total));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result.complete);
        QVERIFY(!result.prorated);
        QCOMPARE(result.total, std::optional<double>(total));
        QVERIFY(result.band.has_value());
        QCOMPARE(result.band->id, band);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error()));
        m_registry.emplace(std::move(registry).value());
    }

    void phq9Bands_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        const QList<std::pair<int, QString>> edges{{0, u"minimal"_s},
                                                   {4, u"minimal"_s},
                                                   {5, u"mild"_s},
                                                   {9, u"mild"_s},
                                                   {10, u"moderate"_s},
                                                   {14, u"moderate"_s},
                                                   {15, u"moderately_severe"_s},
                                                   {19, u"moderately_severe"_s},
                                                   {20, u"severe"_s},
                                                   {27, u"severe"_s}};
        for (const auto &[total, band] : edges)
            QTest::addRow("%d", total) << total << band;
    }
    void phq9Bands() { checkBands(u"phq9"_s); }

    void phq9BandLabelsAndRanks()
    {
        const ScoreResult result =
            scored(instrument(u"phq9"_s), summingTo(instrument(u"phq9"_s), 17));
        QVERIFY(result.band.has_value());
        QCOMPARE(result.band->label, u"Moderately severe depression"_s);
        QCOMPARE(result.band->rank, 3);
    }

    void gad7Bands_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        const QList<std::pair<int, QString>> edges{
            {0, u"minimal"_s},   {4, u"minimal"_s},   {5, u"mild"_s},    {9, u"mild"_s},
            {10, u"moderate"_s}, {14, u"moderate"_s}, {15, u"severe"_s}, {21, u"severe"_s}};
        for (const auto &[total, band] : edges)
            QTest::addRow("%d", total) << total << band;
    }
    void gad7Bands() { checkBands(u"gad7"_s); }

    void pcl5Bands_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << 0 << u"below_cutoff"_s;
        QTest::newRow("32") << 32 << u"below_cutoff"_s;
        QTest::newRow("33") << 33 << u"probable_ptsd"_s;
        QTest::newRow("80") << 80 << u"probable_ptsd"_s;
    }
    void pcl5Bands() { checkBands(u"pcl5"_s); }

    void asrmBands_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << 0 << u"below_cutoff"_s;
        QTest::newRow("5") << 5 << u"below_cutoff"_s;
        QTest::newRow("6") << 6 << u"possible_mania"_s;
        QTest::newRow("20") << 20 << u"possible_mania"_s;
    }
    void asrmBands() { checkBands(u"asrm"_s); }

    void phq9Prorating_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<double>("exact");
        QTest::addColumn<double>("total");
        QTest::addColumn<QString>("band");
        const auto answers = [](std::initializer_list<std::optional<int>> scores) {
            Responses responses;
            int i = 0;
            for (const std::optional<int> &score : scores)
                responses.insert(QString::number(++i), score);
            return responses;
        };
        // 8 answered adding up to 4: 4 / 8 × 9 = 4.5, rounded half up to 5 — across the edge.
        QTest::newRow("1 missing, 4.5 -> 5")
            << answers({1, 1, 1, 1, 0, 0, 0, 0, std::nullopt}) << 4.5 << 5.0 << u"mild"_s;
        // 8 answered adding up to 10: 11.25 -> 11.
        QTest::newRow("1 missing, 11.25 -> 11")
            << answers({std::nullopt, 2, 2, 2, 2, 1, 1, 0, 0}) << 11.25 << 11.0 << u"moderate"_s;
        // 7 answered adding up to 10: 90 / 7 = 12.857… -> 13.
        QTest::newRow("2 missing, 12.86 -> 13")
            << answers({2, 2, std::nullopt, 2, 2, std::nullopt, 1, 1, 0}) << 90.0 / 7 << 13.0
            << u"moderate"_s;
        // 7 answered adding up to 3: 27 / 7 = 3.857… -> 4 (still minimal).
        QTest::newRow("2 missing, 3.86 -> 4")
            << answers({1, 1, 1, 0, 0, 0, 0, std::nullopt, std::nullopt}) << 27.0 / 7 << 4.0
            << u"minimal"_s;
    }
    void phq9Prorating()
    {
        QFETCH(Responses, responses);
        QFETCH(double, exact);
        QFETCH(double, total);
        QFETCH(QString, band);
        const ScoreResult result = scored(instrument(u"phq9"_s), responses);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result.prorated);
        QVERIFY(!result.complete);
        QCOMPARE(result.missingCount,
                 int(std::count(responses.cbegin(), responses.cend(), std::optional<int>())));
        QVERIFY(result.exactTotal.has_value());
        QCOMPARE(*result.exactTotal, exact);
        QCOMPARE(result.total, std::optional<double>(total));
        QCOMPARE(result.band->id, band);
    }

    void phq9ThreeMissingHasNoTotal()
    {
        const ScoreResult result = scored(
            instrument(u"phq9"_s), summingTo(instrument(u"phq9"_s), 12, {u"1"_s, u"4"_s, u"7"_s}));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(result.missingCount, 3);
        QVERIFY(!result.total.has_value());
        QVERIFY(!result.exactTotal.has_value());
        QVERIFY(!result.band.has_value());
        QVERIFY(!result.prorated);
    }

    void phq9UnlistedItemsCountAsMissing()
    {
        Responses responses = summingTo(instrument(u"phq9"_s), 6);
        responses.remove(u"2"_s);
        const ScoreResult result = scored(instrument(u"phq9"_s), responses);
        QCOMPARE(result.missingItems, QStringList{u"2"_s});
        QVERIFY(result.prorated);
    }

    void gad7Prorating()
    {
        const InstrumentDefinition &gad7 = instrument(u"gad7"_s);
        // 6 answered adding up to 3: 3 / 6 × 7 = 3.5 -> 4.
        Responses one{{u"1"_s, 1}, {u"2"_s, 1}, {u"3"_s, 1},           {u"4"_s, 0},
                      {u"5"_s, 0}, {u"6"_s, 0}, {u"7"_s, std::nullopt}};
        ScoreResult result = scored(gad7, one);
        QVERIFY(result.prorated);
        QCOMPARE(*result.exactTotal, 3.5);
        QCOMPARE(result.total, std::optional<double>(4));
        QCOMPARE(result.band->id, u"minimal"_s);
        // 6 answered adding up to 9: 10.5 -> 11, moderate.
        one = {{u"1"_s, 3}, {u"2"_s, 3}, {u"3"_s, 3}, {u"4"_s, std::nullopt}};
        one.insert(u"5"_s, 0);
        one.insert(u"6"_s, 0);
        one.insert(u"7"_s, 0);
        result = scored(gad7, one);
        QCOMPARE(*result.exactTotal, 10.5);
        QCOMPARE(result.total, std::optional<double>(11));
        QCOMPARE(result.band->id, u"moderate"_s);

        result = scored(gad7, summingTo(gad7, 9, {u"2"_s, u"5"_s}));
        QCOMPARE(result.missingCount, 2);
        QVERIFY(!result.total.has_value());
        QVERIFY(!result.prorated);
    }

    void pcl5OneMissingHasNoTotal()
    {
        const InstrumentDefinition &pcl5 = instrument(u"pcl5"_s);
        const ScoreResult result = scored(pcl5, summingTo(pcl5, 40, {u"20"_s}));
        QCOMPARE(result.missingCount, 1);
        QVERIFY(!result.total.has_value());
        QVERIFY(!result.band.has_value());
        // The clusters that are complete still have their scores.
        QCOMPARE(result.subscale(u"B")->score, std::optional<int>(20));
        QVERIFY(!result.subscale(u"E")->score.has_value());
    }

    void pcl5ClusterScores()
    {
        const InstrumentDefinition &pcl5 = instrument(u"pcl5"_s);
        Responses responses = allAnswered(pcl5, 1);
        responses.insert(u"6"_s, 4);
        const ScoreResult result = scored(pcl5, responses);
        QCOMPARE(result.subscale(u"B")->score, std::optional<int>(5));
        QCOMPARE(result.subscale(u"C")->score, std::optional<int>(5));
        QCOMPARE(result.subscale(u"D")->score, std::optional<int>(7));
        QCOMPARE(result.subscale(u"E")->score, std::optional<int>(6));
        QCOMPARE(result.total, std::optional<double>(23));
    }

    void pcl5DiagnosticRule_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<bool>("met");
        // The smallest set of endorsements that meets the rule: 1 B, 1 C, 2 D, 2 E at 2.
        Responses minimal;
        for (int i = 1; i <= 20; ++i)
            minimal.insert(QString::number(i), 0);
        for (const QString &id : {u"1"_s, u"6"_s, u"8"_s, u"9"_s, u"15"_s, u"16"_s})
            minimal.insert(id, 2);
        QTest::newRow("met") << minimal << true;
        for (const QString &id : {u"1"_s, u"6"_s, u"9"_s, u"16"_s}) {
            Responses oneShort = minimal;
            oneShort.insert(id, 0);
            QTest::addRow("one short via item %s", qPrintable(id)) << oneShort << false;
            Responses notEndorsed = minimal;
            notEndorsed.insert(id, 1);
            QTest::addRow("item %s rated 1 is not endorsed", qPrintable(id))
                << notEndorsed << false;
        }
        Responses maximal = minimal;
        maximal.insert(u"1"_s, 4);
        QTest::newRow("rated 4 is endorsed") << maximal << true;
    }
    void pcl5DiagnosticRule()
    {
        QFETCH(Responses, responses);
        QFETCH(bool, met);
        const ScoreResult result = scored(instrument(u"pcl5"_s), responses);
        const ScoreResult::CriteriaOutcome *rule = result.criterion(u"dsm5_provisional");
        QVERIFY(rule);
        QCOMPARE(rule->met, std::optional<bool>(met));
        QCOMPARE(rule->groups.size(), 4);
    }

    void pcl5DiagnosticRuleCounts()
    {
        Responses responses = allAnswered(instrument(u"pcl5"_s), 0);
        responses.insert(u"2"_s, 2);
        responses.insert(u"3"_s, 3);
        responses.insert(u"4"_s, 1);
        const ScoreResult result = scored(instrument(u"pcl5"_s), responses);
        const ScoreResult::CriteriaOutcome *rule = result.criterion(u"dsm5_provisional");
        QCOMPARE(rule->groups.at(0).id, u"B"_s);
        QCOMPARE(rule->groups.at(0).endorsed, 2);
        QCOMPARE(rule->groups.at(0).required, 1);
        QCOMPARE(rule->groups.at(2).id, u"D"_s);
        QCOMPARE(rule->groups.at(2).required, 2);
        QCOMPARE(rule->groups.at(2).endorsed, 0);
    }

    void pcl5DiagnosticRuleWithMissingAnswers()
    {
        // Every group already met: missing answers cannot undo that.
        Responses responses = allAnswered(instrument(u"pcl5"_s), 2);
        responses.insert(u"20"_s, std::nullopt);
        QCOMPARE(scored(instrument(u"pcl5"_s), responses).criterion(u"dsm5_provisional")->met,
                 std::optional<bool>(true));
        // Cluster C with item 7 answered 0 and item 6 missing: item 6 decides, so unknown.
        responses = allAnswered(instrument(u"pcl5"_s), 2);
        responses.insert(u"6"_s, std::nullopt);
        responses.insert(u"7"_s, 0);
        QCOMPARE(scored(instrument(u"pcl5"_s), responses).criterion(u"dsm5_provisional")->met,
                 std::optional<bool>());
        // Cluster E out of reach: 5 of 6 answered 0 and one missing cannot make 2.
        responses = allAnswered(instrument(u"pcl5"_s), 2);
        for (const QString &id : {u"15"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s})
            responses.insert(id, 0);
        responses.insert(u"20"_s, std::nullopt);
        QCOMPARE(scored(instrument(u"pcl5"_s), responses).criterion(u"dsm5_provisional")->met,
                 std::optional<bool>(false));
    }

    void auditcThresholdDependsOnSex_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<bool>("positive");
        QTest::addColumn<int>("cutoff");
        QTest::addColumn<bool>("fallback");
        QTest::newRow("female 2") << 2 << u"female"_s << false << 3 << false;
        QTest::newRow("female 3") << 3 << u"female"_s << true << 3 << false;
        QTest::newRow("female 4") << 4 << u"female"_s << true << 3 << false;
        QTest::newRow("male 3") << 3 << u"male"_s << false << 4 << false;
        QTest::newRow("male 4") << 4 << u"male"_s << true << 4 << false;
        QTest::newRow("male 12") << 12 << u"male"_s << true << 4 << false;
        // Unknown sex at birth: the more sensitive cut-off, and the result says it was assumed.
        QTest::newRow("unknown 3") << 3 << QString() << true << 3 << true;
        QTest::newRow("unlisted 2") << 2 << u"x"_s << false << 3 << true;
    }
    void auditcThresholdDependsOnSex()
    {
        QFETCH(int, total);
        QFETCH(QString, sex);
        QFETCH(bool, positive);
        QFETCH(int, cutoff);
        QFETCH(bool, fallback);
        const ScoringContext context =
            sex.isNull() ? ScoringContext{} : ScoringContext::withSexAtBirth(sex);
        const ScoreResult result =
            scored(instrument(u"auditc"_s), summingTo(instrument(u"auditc"_s), total), context);
        QCOMPARE(result.total, std::optional<double>(total));
        const ScoreResult::ThresholdOutcome *screen = result.threshold(u"positive_screen");
        QVERIFY(screen);
        QCOMPARE(screen->met, std::optional<bool>(positive));
        QCOMPARE(screen->cutoff, cutoff);
        QCOMPARE(screen->contextFallback, fallback);
    }

    void auditcMissingItemHasNoScreenResult()
    {
        const ScoreResult result =
            scored(instrument(u"auditc"_s), {{u"1"_s, 4}, {u"2"_s, std::nullopt}, {u"3"_s, 4}},
                   ScoringContext::withSexAtBirth(u"male"_s));
        QVERIFY(!result.total.has_value());
        QCOMPARE(result.threshold(u"positive_screen")->met, std::optional<bool>());
    }

    void phq9Item9Flag_data()
    {
        QTest::addColumn<int>("item9");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("2") << 2 << true;
        QTest::newRow("3") << 3 << true;
    }
    void phq9Item9Flag()
    {
        QFETCH(int, item9);
        QFETCH(bool, flagged);
        // Everything else 0: the total is minimal, and the flag must not depend on it.
        Responses responses = allAnswered(instrument(u"phq9"_s), 0);
        responses.insert(u"9"_s, item9);
        const ScoreResult result = scored(instrument(u"phq9"_s), responses);
        QCOMPARE(result.band->id, u"minimal"_s);
        QCOMPARE(result.hasFlag(u"suicide_risk"), flagged);
        if (flagged) {
            QCOMPARE(result.flags.size(), 1);
            QVERIFY(result.flags.first().message.contains(u"item 9"_s));
        }
    }

    void phq9Item9FlagWithoutTotal()
    {
        // Too many items missing for a total, but a positive item 9 is still raised.
        Responses responses{{u"9"_s, 1}};
        const ScoreResult result = scored(instrument(u"phq9"_s), responses);
        QVERIFY(!result.total.has_value());
        QCOMPARE(result.missingCount, 8);
        QVERIFY(result.hasFlag(u"suicide_risk"));
        responses.insert(u"9"_s, std::nullopt);
        QVERIFY(!scored(instrument(u"phq9"_s), responses).hasFlag(u"suicide_risk"));
    }

    void cssrsRiskLevels_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("flagged");
        const auto no = [] {
            return Responses{{u"1"_s, 0}, {u"2"_s, 0}, {u"6"_s, 0}};
        };
        QTest::newRow("all no") << no() << u"none"_s << false;
        Responses r = no();
        r.insert(u"1"_s, 1);
        QTest::newRow("wish to be dead") << r << u"low"_s << false;
        const auto thoughts = [&](int three, int four, int five) {
            Responses t = no();
            t.insert(u"2"_s, 1);
            t.insert(u"3"_s, three);
            t.insert(u"4"_s, four);
            t.insert(u"5"_s, five);
            return t;
        };
        QTest::newRow("thoughts only") << thoughts(0, 0, 0) << u"low"_s << false;
        QTest::newRow("method") << thoughts(1, 0, 0) << u"moderate"_s << false;
        QTest::newRow("intent") << thoughts(1, 1, 0) << u"high"_s << true;
        QTest::newRow("intent without method") << thoughts(0, 1, 0) << u"high"_s << true;
        QTest::newRow("plan and intent") << thoughts(0, 0, 1) << u"high"_s << true;
        r = no();
        r.insert(u"6"_s, 1);
        r.insert(u"6b"_s, 0);
        QTest::newRow("lifetime behaviour") << r << u"moderate"_s << false;
        r.insert(u"6b"_s, 1);
        QTest::newRow("behaviour within 3 months") << r << u"high"_s << true;
        r = thoughts(0, 0, 0);
        r.insert(u"6"_s, 1);
        r.insert(u"6b"_s, 0);
        QTest::newRow("thoughts and lifetime behaviour") << r << u"moderate"_s << false;
    }
    void cssrsRiskLevels()
    {
        QFETCH(Responses, responses);
        QFETCH(QString, level);
        QFETCH(bool, flagged);
        const InstrumentDefinition &cssrs = instrument(u"cssrs_screener"_s);
        const ScoreResult result = scored(cssrs, responses);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result.complete);
        QVERIFY(!result.total.has_value());
        QVERIFY(result.riskLevel.has_value());
        QCOMPARE(result.riskLevel->id, level);
        QVERIFY(!result.riskLevelProvisional);
        QCOMPARE(result.hasFlag(u"suicide_risk"), flagged);
    }

    void cssrsSkipLogic()
    {
        const InstrumentDefinition &cssrs = instrument(u"cssrs_screener"_s);
        // No to 2: items 3–5 are skipped, not missing; no to 6 skips 6b.
        ScoreResult result = scored(cssrs, {{u"1"_s, 1}, {u"2"_s, 0}, {u"6"_s, 0}});
        QCOMPARE(result.skippedItems, (QStringList{u"3"_s, u"4"_s, u"5"_s, u"6b"_s}));
        QCOMPARE(result.missingCount, 0);
        QVERIFY(result.complete);
        // Yes to 2 makes 3–5 required.
        result = scored(cssrs, {{u"1"_s, 1}, {u"2"_s, 1}, {u"6"_s, 0}});
        QCOMPARE(result.missingItems, (QStringList{u"3"_s, u"4"_s, u"5"_s}));
        QVERIFY(!result.complete);
        // Low is certain, but a missing answer to 3–5 could raise it.
        QCOMPARE(result.riskLevel->id, u"low"_s);
        QVERIFY(result.riskLevelProvisional);
        // An answer to a skipped item is refused rather than silently ignored.
        auto refused = ScoringEngine::score(cssrs, {{u"2"_s, 0}, {u"4"_s, 1}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"“4”"_s), qPrintable(refused.error()));
    }

    void cssrsIncompleteRiskIsNeverNone()
    {
        const InstrumentDefinition &cssrs = instrument(u"cssrs_screener"_s);
        // Item 1 unanswered: "no risk" cannot be claimed.
        ScoreResult result = scored(cssrs, {{u"2"_s, 0}, {u"6"_s, 0}});
        QVERIFY(!result.riskLevel.has_value());
        // Behaviour reported, recency unknown: at least moderate, maybe high.
        result = scored(cssrs, {{u"1"_s, 0}, {u"2"_s, 0}, {u"6"_s, 1}});
        QCOMPARE(result.riskLevel->id, u"moderate"_s);
        QVERIFY(result.riskLevelProvisional);
        QVERIFY(!result.hasFlag(u"suicide_risk"));
        // Intent reported before the rest was asked: high, flagged at once.
        result = scored(cssrs, {{u"2"_s, 1}, {u"4"_s, 1}});
        QCOMPARE(result.riskLevel->id, u"high"_s);
        QVERIFY(!result.riskLevelProvisional);
        QVERIFY(result.hasFlag(u"suicide_risk"));
    }

    void rejectsUnknownItem()
    {
        Responses responses = allAnswered(instrument(u"phq9"_s), 1);
        responses.insert(u"10"_s, 1);
        auto result = ScoringEngine::score(instrument(u"phq9"_s), responses);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"PHQ-9"_s) && result.error().contains(u"“10”"_s),
                 qPrintable(result.error()));
    }

    void rejectsOutOfRangeAnswer_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("score");
        QTest::newRow("phq9 4") << u"phq9"_s << u"9"_s << 4;
        QTest::newRow("phq9 -1") << u"phq9"_s << u"1"_s << -1;
        QTest::newRow("pcl5 5") << u"pcl5"_s << u"20"_s << 5;
        QTest::newRow("cssrs 2") << u"cssrs_screener"_s << u"1"_s << 2;
    }
    void rejectsOutOfRangeAnswer()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, item);
        QFETCH(int, score);
        Responses responses;
        responses.insert(item, score);
        auto result = ScoringEngine::score(this->instrument(instrument), responses);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"“"_s + item + u"”"_s) &&
                     result.error().contains(QString::number(score)),
                 qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentScoringEngine)
#include "tst_instrumentscoringengine.moc"
