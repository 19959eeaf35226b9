// The definition parser refuses malformed definitions with a message naming the file and the
// field: a broken resource must fail loudly, never score wrongly.

#include "core/instruments/InstrumentDefinition.h"
#include "core/instruments/InstrumentRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using nm::core::InstrumentDefinition;
using nm::core::InstrumentRegistry;

namespace {

// A small but complete definition exercising every rule kind; each test breaks one thing.
QJsonObject validDefinition()
{
    const QByteArray json = R"({
      "id": "demo",
      "version": 1,
      "title": "Demo instrument",
      "short_title": "DEMO",
      "citation": "Nobody. A demo. 2024.",
      "instructions": "Answer each question.",
      "option_sets": { "scale": [ {"score": 0, "text": "No"}, {"score": 1, "text": "Some"},
                                  {"score": 2, "text": "Much"} ] },
      "items": [
        {"id": "a", "text": "First", "options": "scale"},
        {"id": "b", "text": "Second", "options": "scale"},
        {"id": "c", "text": "Third", "options": "scale", "asked_if": {"item": "b", "min": 1}}
      ],
      "scoring": {
        "total": {"items": ["a", "b", "c"], "min": 0, "max": 6,
                  "missing": {"rule": "prorate", "max_missing": 1, "rounding": "half_up",
                              "note": "Prorated with one missing.", "source": "Test."}},
        "subscales": [ {"id": "s", "title": "Sub", "items": ["a", "b"]} ],
        "bands": [ {"id": "low", "min": 0, "max": 2, "label": "Low", "rank": 0},
                   {"id": "high", "min": 3, "max": 6, "label": "High", "rank": 1} ],
        "flags": [ {"id": "f", "message": "Look.", "when": {"item": "a", "min": 2}} ],
        "criteria": [ {"id": "k", "title": "K", "description": "K rule", "endorsed_at_least": 2,
                       "groups": [ {"id": "g", "title": "G", "items": ["a", "b"],
                                    "min_count": 1} ]} ],
        "thresholds": [ {"id": "t", "label": "T", "min": 3,
                         "context": {"variable": "sex", "min_by_value": {"female": 2},
                                     "min_otherwise": 3}} ],
        "risk": { "none": {"id": "none", "label": "None", "rank": 0},
                  "levels": [ {"id": "r", "label": "R", "rank": 1,
                               "when": {"any": [{"item": "a", "min": 1}]}} ] },
        "measurement_based_care": {"remission_below": 2, "reliable_change_points": 2}
      }
    })";
    return QJsonDocument::fromJson(json).object();
}

// Applies \a edit to the value at \a path (keys and array indices, e.g. {"scoring", "bands", 1}).
QJsonValue edited(const QJsonValue &value, QList<QVariant> path,
                  const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    if (path.isEmpty())
        return edit(value);
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = value.toArray();
        array[step.toInt()] = edited(array.at(step.toInt()), path, edit);
        return array;
    }
    QJsonObject object = value.toObject();
    object[step.toString()] = edited(object.value(step.toString()), path, edit);
    return object;
}

using Mutation = std::function<QJsonObject(QJsonObject)>;

Mutation set(QList<QVariant> path, const QJsonValue &replacement)
{
    return [path, replacement](QJsonObject root) {
        return edited(root, path, [&](const QJsonValue &) { return replacement; }).toObject();
    };
}

Mutation remove(QList<QVariant> path, const QString &key)
{
    return [path, key](QJsonObject root) {
        return edited(root, path,
                      [&](const QJsonValue &value) {
                          QJsonObject object = value.toObject();
                          object.remove(key);
                          return QJsonValue(object);
                      })
            .toObject();
    };
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestInstrumentDefinition final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acceptsTheValidDefinition()
    {
        auto parsed =
            InstrumentDefinition::parse(QJsonDocument(validDefinition()).toJson(), u"demo.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        const InstrumentDefinition &def = parsed.value();
        QCOMPARE(def.id(), u"demo"_s);
        QCOMPARE(def.items().size(), 3);
        QCOMPARE(def.item(u"c")->options.size(), 3);
        QVERIFY(def.item(u"c")->askedIf.has_value());
        QCOMPARE(def.total()->missing.rule, InstrumentDefinition::MissingRule::Prorate);
        QCOMPARE(def.total()->missing.maxMissing, 1);
        QCOMPARE(def.bands().size(), 2);
        QCOMPARE(def.thresholds().first().context->minByValue.value(u"female"_s), 2);
        QCOMPARE(def.careRules().remissionBelow, std::optional<int>(2));
    }

    void rejectsMalformedDefinition_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");

        QTest::newRow("id missing") << remove({}, u"id"_s) << u"id"_s << u"required"_s;
        QTest::newRow("id upper-case") << set({u"id"_s}, u"Demo"_s) << u"id"_s << u"lower-case"_s;
        QTest::newRow("version text")
            << set({u"version"_s}, u"1"_s) << u"version"_s << u"integer"_s;
        QTest::newRow("version fraction")
            << set({u"version"_s}, 1.5) << u"version"_s << u"integer"_s;
        QTest::newRow("version zero") << set({u"version"_s}, 0) << u"version"_s << u"1"_s;
        QTest::newRow("citation empty")
            << set({u"citation"_s}, u" "_s) << u"citation"_s << u"non-empty"_s;
        QTest::newRow("unknown top-level key")
            << set({u"bandz"_s}, QJsonArray()) << u"bandz"_s << u"unknown field"_s;
        QTest::newRow("unknown scoring key") << set({u"scoring"_s, u"flag"_s}, QJsonArray())
                                             << u"scoring.flag"_s << u"unknown field"_s;
        QTest::newRow("items empty") << set({u"items"_s}, QJsonArray()) << u"items"_s << u"empty"_s;
        QTest::newRow("duplicate item id")
            << set({u"items"_s, 1, u"id"_s}, u"a"_s) << u"items[1].id"_s << u"twice"_s;
        QTest::newRow("unknown option set") << set({u"items"_s, 0, u"options"_s}, u"scales"_s)
                                            << u"items[0].options"_s << u"scales"_s;
        QTest::newRow("duplicate option score")
            << set({u"option_sets"_s, u"scale"_s, 1, u"score"_s}, 0)
            << u"option_sets.scale[1].score"_s << u"twice"_s;
        QTest::newRow("option without text") << remove({u"option_sets"_s, u"scale"_s, 2}, u"text"_s)
                                             << u"option_sets.scale[2].text"_s << u"required"_s;
        QTest::newRow("skip logic on a later item")
            << set({u"items"_s, 1, u"asked_if"_s}, QJsonObject{{u"item"_s, u"c"_s}, {u"min"_s, 1}})
            << u"items[1].asked_if.item"_s << u"not defined before"_s;
        QTest::newRow("condition bound outside item scores")
            << set({u"scoring"_s, u"flags"_s, 0, u"when"_s, u"min"_s}, 3)
            << u"scoring.flags[0].when.min"_s << u"outside"_s;
        QTest::newRow("condition without bound")
            << remove({u"scoring"_s, u"flags"_s, 0, u"when"_s}, u"min"_s)
            << u"scoring.flags[0].when"_s << u"min"_s;
        QTest::newRow("total max wrong")
            << set({u"scoring"_s, u"total"_s, u"max"_s}, 7) << u"scoring.total.max"_s << u"6"_s;
        QTest::newRow("total unknown item")
            << set({u"scoring"_s, u"total"_s, u"items"_s, 2}, u"d"_s) << u"scoring.total.items[2]"_s
            << u"unknown item"_s;
        QTest::newRow("missing rule unknown")
            << set({u"scoring"_s, u"total"_s, u"missing"_s, u"rule"_s}, u"impute"_s)
            << u"scoring.total.missing.rule"_s << u"impute"_s;
        QTest::newRow("prorate too lenient")
            << set({u"scoring"_s, u"total"_s, u"missing"_s, u"max_missing"_s}, 3)
            << u"scoring.total.missing.max_missing"_s << u"between"_s;
        QTest::newRow("rounding unsupported")
            << set({u"scoring"_s, u"total"_s, u"missing"_s, u"rounding"_s}, u"down"_s)
            << u"scoring.total.missing.rounding"_s << u"half_up"_s;
        QTest::newRow("band gap") << set({u"scoring"_s, u"bands"_s, 1, u"min"_s}, 4)
                                  << u"scoring.bands[1].min"_s << u"gap"_s;
        QTest::newRow("band overlap") << set({u"scoring"_s, u"bands"_s, 1, u"min"_s}, 2)
                                      << u"scoring.bands[1].min"_s << u"overlap"_s;
        QTest::newRow("band short of max") << set({u"scoring"_s, u"bands"_s, 1, u"max"_s}, 5)
                                           << u"scoring.bands[1].max"_s << u"highest total"_s;
        QTest::newRow("band not from min") << set({u"scoring"_s, u"bands"_s, 0, u"min"_s}, 1)
                                           << u"scoring.bands[0].min"_s << u"lowest total"_s;
        QTest::newRow("band rank order") << set({u"scoring"_s, u"bands"_s, 1, u"rank"_s}, 0)
                                         << u"scoring.bands[1].rank"_s << u"rank"_s;
        QTest::newRow("band max text") << set({u"scoring"_s, u"bands"_s, 1, u"max"_s}, u"6"_s)
                                       << u"scoring.bands[1].max"_s << u"integer"_s;
        QTest::newRow("flag without message") << remove({u"scoring"_s, u"flags"_s, 0}, u"message"_s)
                                              << u"scoring.flags[0].message"_s << u"required"_s;
        QTest::newRow("criteria threshold meaningless")
            << set({u"scoring"_s, u"criteria"_s, 0, u"endorsed_at_least"_s}, 0)
            << u"scoring.criteria[0].endorsed_at_least"_s << u"endorsed"_s;
        QTest::newRow("criteria count above group size")
            << set({u"scoring"_s, u"criteria"_s, 0, u"groups"_s, 0, u"min_count"_s}, 3)
            << u"scoring.criteria[0].groups[0].min_count"_s << u"between"_s;
        QTest::newRow("threshold outside range")
            << set({u"scoring"_s, u"thresholds"_s, 0, u"min"_s}, 7)
            << u"scoring.thresholds[0].min"_s << u"range"_s;
        QTest::newRow("context cut-off outside range")
            << set({u"scoring"_s, u"thresholds"_s, 0, u"context"_s, u"min_by_value"_s, u"female"_s},
                   0)
            << u"scoring.thresholds[0].context.min_by_value.female"_s << u"range"_s;
        QTest::newRow("risk rank not above none")
            << set({u"scoring"_s, u"risk"_s, u"levels"_s, 0, u"rank"_s}, 0)
            << u"scoring.risk.levels[0].rank"_s << u"none"_s;
        QTest::newRow("remission outside range")
            << set({u"scoring"_s, u"measurement_based_care"_s, u"remission_below"_s}, 9)
            << u"scoring.measurement_based_care.remission_below"_s << u"range"_s;
        QTest::newRow("bands without a total")
            << remove({u"scoring"_s}, u"total"_s) << u"scoring.bands"_s << u"scoring.total"_s;
    }
    void rejectsMalformedDefinition()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, field);
        QFETCH(QString, problem);

        // Through the file system, the way a broken resource would arrive.
        const QString subdir = u"case%1"_s.arg(++m_counter);
        QVERIFY(QDir(m_dir.path()).mkdir(subdir));
        const QString path = m_dir.filePath(subdir + u"/demo.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(mutation(validDefinition())).toJson());
        file.close();

        auto loaded = InstrumentDefinition::load(path);
        QVERIFY2(!loaded.ok(), "the broken definition was accepted");
        const QString &message = loaded.error();
        QVERIFY2(message.startsWith(u"demo.json: "_s), qPrintable(message));
        QVERIFY2(message.contains(u": "_s + field + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));

        // The registry refuses the whole directory with the same message.
        auto registry = InstrumentRegistry::loadDirectory(m_dir.filePath(subdir));
        QVERIFY(!registry.ok());
        QCOMPARE(registry.error(), message);
    }

    void rejectsInvalidJson()
    {
        auto parsed = InstrumentDefinition::parse("{\"id\": \"demo\",", u"broken.json"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(u"broken.json: "_s), qPrintable(parsed.error()));
        parsed = InstrumentDefinition::parse("[1, 2]", u"array.json"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(u"object"_s), qPrintable(parsed.error()));
    }

    void rejectsUnreadableFile()
    {
        auto loaded = InstrumentDefinition::load(m_dir.filePath(u"absent.json"_s));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(u"absent.json"_s), qPrintable(loaded.error()));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentDefinition)
#include "tst_instrumentdefinition.moc"
