// The shipped instrument definitions: all six load from the resources, and their data is
// consistent (answer scales without gaps, bands covering each total's range exactly).

#include "core/instruments/InstrumentRegistry.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using nm::core::InstrumentDefinition;
using nm::core::InstrumentRegistry;

class TestInstrumentRegistry final : public QObject {
    Q_OBJECT

private:
    std::optional<InstrumentRegistry> m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error()));
        m_registry.emplace(std::move(registry).value());
    }

    void loadsAllSixWithUniqueIds()
    {
        const QStringList ids = m_registry->ids();
        QCOMPARE(ids, (QStringList{u"asrm"_s, u"auditc"_s, u"cssrs_screener"_s, u"gad7"_s,
                                   u"pcl5"_s, u"phq9"_s}));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const QString &id : ids) {
            const InstrumentDefinition *definition = m_registry->find(id);
            QVERIFY(definition);
            QCOMPARE(definition->id(), id);
            QVERIFY(definition->version() >= 1);
            QVERIFY(!definition->citation().isEmpty());
            QVERIFY(!definition->instructions().isEmpty());
        }
        QVERIFY(!m_registry->find(u"phq10"));
    }

    void itemCountsAndRanges_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("phq9") << u"phq9"_s << 9 << 0 << 27;
        QTest::newRow("gad7") << u"gad7"_s << 7 << 0 << 21;
        QTest::newRow("pcl5") << u"pcl5"_s << 20 << 0 << 80;
        QTest::newRow("auditc") << u"auditc"_s << 3 << 0 << 12;
        QTest::newRow("asrm") << u"asrm"_s << 5 << 0 << 20;
    }
    void itemCountsAndRanges()
    {
        QFETCH(QString, id);
        QFETCH(int, items);
        QFETCH(int, min);
        QFETCH(int, max);
        const InstrumentDefinition *definition = m_registry->find(id);
        QVERIFY(definition);
        QCOMPARE(definition->items().size(), items);
        QVERIFY(definition->total().has_value());
        QCOMPARE(definition->total()->items.size(), items);
        QCOMPARE(definition->total()->min, min);
        QCOMPARE(definition->total()->max, max);
    }

    void cssrsHasRiskAndNoTotal()
    {
        const InstrumentDefinition *cssrs = m_registry->find(u"cssrs_screener");
        QVERIFY(cssrs);
        QVERIFY(!cssrs->total().has_value());
        QVERIFY(cssrs->risk().has_value());
        QCOMPARE(cssrs->items().size(), 7);
        QStringList levels;
        for (const auto &level : cssrs->risk()->levels)
            levels.append(level.id);
        QCOMPARE(levels, (QStringList{u"high"_s, u"moderate"_s, u"low"_s}));
    }

    void measurementBasedCareParameters()
    {
        QCOMPARE(m_registry->find(u"phq9")->careRules().remissionBelow, std::optional<int>(5));
        QCOMPARE(m_registry->find(u"phq9")->careRules().reliableChangePoints,
                 std::optional<int>(6));
        QCOMPARE(m_registry->find(u"gad7")->careRules().remissionBelow, std::optional<int>(5));
        QCOMPARE(m_registry->find(u"gad7")->careRules().reliableChangePoints,
                 std::optional<int>(4));
    }

    // Data consistency over every loaded definition, whatever instruments are added later.
    void answerScalesHaveNoGaps()
    {
        for (const InstrumentDefinition &definition : m_registry->definitions()) {
            for (const InstrumentDefinition::Item &item : definition.items()) {
                QList<int> scores;
                for (const InstrumentDefinition::Option &option : item.options) {
                    scores.append(option.score);
                    QVERIFY2(!option.text.trimmed().isEmpty(),
                             qPrintable(definition.id() + u" item "_s + item.id));
                }
                std::sort(scores.begin(), scores.end());
                const QString where = definition.id() + u" item "_s + item.id;
                QVERIFY2(scores.size() >= 2, qPrintable(where));
                QVERIFY2(scores.first() == 0, qPrintable(where + u" does not start at 0"_s));
                for (qsizetype i = 1; i < scores.size(); ++i)
                    QVERIFY2(scores.at(i) == scores.at(i - 1) + 1,
                             qPrintable(where + u": gap or duplicate at score "_s +
                                        QString::number(scores.at(i))));
                QVERIFY2(!item.text.trimmed().isEmpty(), qPrintable(where));
            }
        }
    }

    void totalsMatchTheirItems()
    {
        for (const InstrumentDefinition &definition : m_registry->definitions()) {
            if (!definition.total())
                continue;
            int min = 0;
            int max = 0;
            for (const QString &id : definition.total()->items) {
                QVERIFY2(definition.item(id), qPrintable(definition.id() + u" "_s + id));
                min += definition.item(id)->minScore();
                max += definition.item(id)->maxScore();
            }
            QCOMPARE(definition.total()->min, min);
            QCOMPARE(definition.total()->max, max);
        }
    }

    void bandsCoverTheRangeWithoutGapsOrOverlaps()
    {
        for (const InstrumentDefinition &definition : m_registry->definitions()) {
            if (definition.bands().isEmpty())
                continue;
            const QString id = definition.id();
            const auto &total = *definition.total();
            // Every possible total falls into exactly one band.
            for (int score = total.min; score <= total.max; ++score) {
                const auto matching = std::count_if(
                    definition.bands().begin(), definition.bands().end(),
                    [score](const auto &band) { return score >= band.min && score <= band.max; });
                QVERIFY2(matching == 1,
                         qPrintable(id + u": total "_s + QString::number(score) + u" is in "_s +
                                    QString::number(matching) + u" bands"_s));
            }
            // And no band reaches outside the range or ranks out of order.
            for (qsizetype i = 0; i < definition.bands().size(); ++i) {
                const auto &band = definition.bands().at(i);
                QVERIFY2(band.min >= total.min && band.max <= total.max && band.min <= band.max,
                         qPrintable(id + u" band "_s + band.id));
                if (i > 0)
                    QVERIFY2(band.rank > definition.bands().at(i - 1).rank,
                             qPrintable(id + u" band "_s + band.id));
            }
        }
    }

    void everyInstrumentWithATotalHasAResultRule()
    {
        // A total nobody can interpret is useless: bands or a threshold must come with it.
        for (const InstrumentDefinition &definition : m_registry->definitions()) {
            if (definition.total())
                QVERIFY2(!definition.bands().isEmpty() || !definition.thresholds().isEmpty(),
                         qPrintable(definition.id()));
        }
    }

    void loadsAnyDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(u":/instruments/gad7.json"_s, dir.filePath(u"gad7.json"_s)));
        auto registry = InstrumentRegistry::loadDirectory(dir.path());
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error()));
        QCOMPARE(registry.value().ids(), QStringList{u"gad7"_s});
    }

    void refusesAFileNamedAfterAnotherId()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(u":/instruments/gad7.json"_s, dir.filePath(u"gad7.json"_s)));
        QVERIFY(QFile::copy(u":/instruments/gad7.json"_s, dir.filePath(u"gad7_copy.json"_s)));
        auto registry = InstrumentRegistry::loadDirectory(dir.path());
        QVERIFY(!registry.ok());
        QVERIFY2(registry.error().contains(u"gad7_copy.json"_s) &&
                     registry.error().contains(u"id"_s),
                 qPrintable(registry.error()));
    }

    void refusesMissingOrEmptyDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(!InstrumentRegistry::loadDirectory(dir.path()).ok());
        QVERIFY(!InstrumentRegistry::loadDirectory(dir.filePath(u"nowhere"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TestInstrumentRegistry)
#include "tst_instrumentregistry.moc"
