// Parser and validator of instrument definitions (resources/instruments/<id>.json).
//
// Every instrument is data; ScoringEngine has no instrument-specific code. What makes PHQ-9 differ
// from the C-SSRS is said here, in this schema, and nowhere else. Unknown keys are rejected so a
// misspelt optional rule fails loudly instead of being silently ignored.
//
// {
//   "id": "phq9",                 [a-z0-9_]+; the registry also requires <id>.json as file name
//   "version": 1,                 integer ≥ 1; bump it when items, options or scoring change, since
//                                 stored assessments record the version they were scored with
//   "title", "short_title", "citation", "instructions": non-empty strings (English source text)
//   "option_sets": {              optional: answer scales shared by several items
//     "<name>": [ {"score": 0, "text": "Not at all"}, … ]      scores unique within the set
//   },
//   "items": [                    non-empty; ids unique
//     { "id": "9", "text": "…",
//       "options": "<option set name>" | [ {"score": …, "text": …}, … ],
//       "asked_if": <condition> }  optional skip logic over EARLIER items; an item whose condition
//                                 is false is "not asked": it must stay unanswered, does not count
//                                 as missing, and every comparison on it is false
//   ],
//   "scoring": {
//     "total": {                  optional (the C-SSRS screener has none)
//       "items": ["1", …], "min": 0, "max": 27,   min/max must equal the sums of the item ranges
//       "missing": {
//         "rule": "require_all"   no total when any listed item is unanswered, or
//               | "prorate",      total = mean of answered items × item count, when at most
//         "max_missing": 2,       (prorate only; 1 ≤ max_missing < item count) items are missing
//         "rounding": "half_up",  (prorate only; the one supported rounding)
//         "note": "…",            clinician-facing statement of the rule
//         "source": "…"           where the rule comes from
//       }
//     },
//     "subscales": [ {"id", "title", "items": [...]} ],      a subscale has a score only when all
//                                                           its items are answered
//     "bands": [ {"id", "min", "max", "label", "rank"} ],  need a total; listed in ascending order,
//                                 covering [total.min, total.max] without gaps or overlaps; ranks
//                                 strictly increasing (0 = least severe)
//     "flags": [ {"id", "message", "when": <condition>} ],  raised when the condition holds
//     "criteria": [ {"id", "title", "description",
//                    "endorsed_at_least": 2,     an item rated ≥ this counts as endorsed
//                    "groups": [ {"id", "title", "items": [...], "min_count": 1} ] } ],
//                                 met when every group has at least min_count endorsed items
//     "thresholds": [ {"id", "label", "min": 4,   met when total ≥ min, or, with "context",
//                      "context": {"variable": "sex",
//                                  "min_by_value": {"female": 3, "male": 4},
//                                  "min_otherwise": 3} } ],  cut-off when the caller's context
//                                 variable is absent or has an unlisted value
//     "risk": { "levels": [ {"id", "label", "rank", "when": <condition>} ],
//               "none": {"id", "label", "rank"} },  the highest-ranked level whose condition holds;
//                                 "none" only when every condition is known to be false
//     "measurement_based_care": { "remission_below": 5, "reliable_change_points": 6 }  need a total
//   }
// }
// <condition> := {"item": "<id>", "min": n, "max": n}   answer within [min, max]; one bound may be
//                                                       omitted; bounds within the item's scores
//              | {"any": [<condition>, …]} | {"all": [<condition>, …]}
//
// Totals: a higher score means more severe for every instrument so far; measurement-based care
// relies on it.

#include "core/instruments/InstrumentDefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

using Def = InstrumentDefinition;

// Parse errors travel as their own type: Result<QString, QString> would be ambiguous.
struct Failure {
    QString message;
};

template <typename T> using Parsed = Result<T, Failure>;

// Definitions are small; anything far larger is not one and is not read into memory.
constexpr qint64 MaxFileSize = 1024 * 1024;

// Where in which file a value sits, so every message names the file and the field.
struct Where {
    QString source;
    QString path;

    Where key(const QString &name) const
    {
        return {source, path.isEmpty() ? name : QString(path + u'.' + name)};
    }
    Where key(QLatin1StringView name) const { return key(QString(name)); }
    Where index(qsizetype i) const { return {source, path + u'[' + QString::number(i) + u']'}; }

    Failure fail(const QString &problem) const
    {
        return {Def::tr("%1: %2: %3")
                    .arg(source, path.isEmpty() ? Def::tr("(top level)") : path, problem)};
    }
};

Parsed<QJsonObject> asObject(const QJsonValue &value, const Where &where)
{
    if (!value.isObject())
        return where.fail(Def::tr("expected an object"));
    return value.toObject();
}

Parsed<QJsonArray> asArray(const QJsonValue &value, const Where &where, bool allowEmpty = false)
{
    if (!value.isArray())
        return where.fail(Def::tr("expected an array"));
    if (!allowEmpty && value.toArray().isEmpty())
        return where.fail(Def::tr("must not be empty"));
    return value.toArray();
}

Status<Failure> onlyKeys(const QJsonObject &object, std::initializer_list<QLatin1StringView> known,
                         const Where &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return where.key(it.key()).fail(Def::tr("unknown field (misspelt?)"));
    }
    return Done{};
}

Parsed<QString> text(const QJsonObject &object, QLatin1StringView key, const Where &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return where.key(key).fail(Def::tr("is required"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return where.key(key).fail(Def::tr("expected a non-empty string"));
    return value.toString();
}

Parsed<int> integer(const QJsonValue &value, const Where &where)
{
    if (value.isUndefined())
        return where.fail(Def::tr("is required"));
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::trunc(number) != number ||
        number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return where.fail(Def::tr("expected an integer"));
    return int(number);
}

Parsed<int> integer(const QJsonObject &object, QLatin1StringView key, const Where &where)
{
    return integer(object.value(key), where.key(key));
}

QString itemList(const QList<Def::Option> &options)
{
    QStringList scores;
    for (const Def::Option &option : options)
        scores.append(QString::number(option.score));
    return scores.join(u", "_s);
}

// Everything the reader has accepted so far that later fields refer to.
struct Known {
    QMap<QString, QList<Def::Option>> optionSets;
    QList<Def::Item> items;

    const Def::Item *item(const QString &id) const
    {
        for (const Def::Item &item : items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }
};

Parsed<QList<Def::Option>> options(const QJsonValue &value, const Where &where)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    QList<Def::Option> result;
    QSet<int> seen;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        if (auto keys = onlyKeys(object.value(), {"score"_L1, "text"_L1}, at); !keys)
            return keys.error();
        auto score = integer(object.value(), "score"_L1, at);
        if (!score)
            return score.error();
        auto label = text(object.value(), "text"_L1, at);
        if (!label)
            return label.error();
        if (seen.contains(score.value()))
            return at.key("score"_L1).fail(Def::tr("score %1 appears twice").arg(score.value()));
        seen.insert(score.value());
        result.append({score.value(), label.value()});
    }
    return result;
}

Parsed<Def::Condition> condition(const QJsonValue &value, const Where &where, const Known &known)
{
    auto object = asObject(value, where);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    Def::Condition result;
    for (const auto &[key, kind] : {std::pair{"any"_L1, Def::Condition::Kind::Any},
                                    std::pair{"all"_L1, Def::Condition::Kind::All}}) {
        if (!o.contains(key))
            continue;
        if (auto keys = onlyKeys(o, {key}, where); !keys)
            return keys.error();
        auto array = asArray(o.value(key), where.key(key));
        if (!array)
            return array.error();
        result.kind = kind;
        for (qsizetype i = 0; i < array.value().size(); ++i) {
            auto child = condition(array.value().at(i), where.key(key).index(i), known);
            if (!child)
                return child.error();
            result.children.push_back(std::move(child).value());
        }
        return result;
    }

    if (auto keys = onlyKeys(o, {"item"_L1, "min"_L1, "max"_L1}, where); !keys)
        return keys.error();
    auto id = text(o, "item"_L1, where);
    if (!id)
        return id.error();
    const Def::Item *item = known.item(id.value());
    if (!item)
        return where.key("item"_L1).fail(
            Def::tr("refers to item “%1”, which is not defined before this point").arg(id.value()));
    result.kind = Def::Condition::Kind::Item;
    result.item = id.value();
    for (const auto &[key, bound] :
         {std::pair{"min"_L1, &result.min}, std::pair{"max"_L1, &result.max}}) {
        if (!o.contains(key))
            continue;
        auto number = integer(o, key, where);
        if (!number)
            return number.error();
        if (number.value() < item->minScore() || number.value() > item->maxScore())
            return where.key(key).fail(Def::tr("%1 is outside the scores of item “%2” (%3)")
                                           .arg(number.value())
                                           .arg(item->id, itemList(item->options)));
        *bound = number.value();
    }
    if (!result.min && !result.max)
        return where.fail(Def::tr("an item condition needs \"min\" or \"max\""));
    if (result.min && result.max && *result.min > *result.max)
        return where.fail(Def::tr("\"min\" is greater than \"max\""));
    return result;
}

// A list of item ids that must exist and appear once each.
Parsed<QStringList> itemIds(const QJsonObject &object, QLatin1StringView key, const Where &where,
                            const Known &known)
{
    auto array = asArray(object.value(key), where.key(key));
    if (!array)
        return array.error();
    QStringList ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.key(key).index(i);
        const QJsonValue value = array.value().at(i);
        if (!value.isString())
            return at.fail(Def::tr("expected an item id"));
        const QString id = value.toString();
        if (!known.item(id))
            return at.fail(Def::tr("unknown item “%1”").arg(id));
        if (ids.contains(id))
            return at.fail(Def::tr("item “%1” is listed twice").arg(id));
        ids.append(id);
    }
    return ids;
}

// Ids of one list (bands, flags, …) must be unique and usable as stable keys.
Parsed<QString> identifier(const QJsonObject &object, const Where &where, QSet<QString> &seen)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]+$"_s);
    auto id = text(object, "id"_L1, where);
    if (!id)
        return id.error();
    if (!pattern.match(id.value()).hasMatch())
        return where.key("id"_L1).fail(
            Def::tr("“%1” may contain only letters, digits and underscores").arg(id.value()));
    if (seen.contains(id.value()))
        return where.key("id"_L1).fail(Def::tr("“%1” is used twice").arg(id.value()));
    seen.insert(id.value());
    return id;
}

Parsed<QList<Def::Item>> readItems(const QJsonObject &root, const Where &where, Known &known)
{
    auto array = asArray(root.value("items"_L1), where);
    if (!array)
        return array.error();
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(o, {"id"_L1, "text"_L1, "options"_L1, "asked_if"_L1}, at); !keys)
            return keys.error();
        Def::Item item;
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        item.id = id.value();
        auto label = text(o, "text"_L1, at);
        if (!label)
            return label.error();
        item.text = label.value();

        const QJsonValue optionValue = o.value("options"_L1);
        if (optionValue.isString()) {
            const auto set = known.optionSets.constFind(optionValue.toString());
            if (set == known.optionSets.cend())
                return at.key("options"_L1)
                    .fail(Def::tr("unknown option set “%1”").arg(optionValue.toString()));
            item.options = set.value();
        } else if (optionValue.isUndefined()) {
            return at.key("options"_L1).fail(Def::tr("is required"));
        } else {
            auto inlineOptions = options(optionValue, at.key("options"_L1));
            if (!inlineOptions)
                return inlineOptions.error();
            item.options = inlineOptions.value();
        }

        // Only earlier items are known here, which rules out cycles in the skip logic.
        if (o.contains("asked_if"_L1)) {
            auto gate = condition(o.value("asked_if"_L1), at.key("asked_if"_L1), known);
            if (!gate)
                return gate.error();
            item.askedIf = std::move(gate).value();
        }
        known.items.append(item);
    }
    return known.items;
}

Parsed<Def::Total> readTotal(const QJsonValue &value, const Where &where, const Known &known)
{
    auto object = asObject(value, where);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    if (auto keys = onlyKeys(o, {"items"_L1, "min"_L1, "max"_L1, "missing"_L1}, where); !keys)
        return keys.error();
    Def::Total result;
    auto ids = itemIds(o, "items"_L1, where, known);
    if (!ids)
        return ids.error();
    result.items = ids.value();
    auto min = integer(o, "min"_L1, where);
    if (!min)
        return min.error();
    auto max = integer(o, "max"_L1, where);
    if (!max)
        return max.error();
    int sumMin = 0;
    int sumMax = 0;
    for (const QString &id : std::as_const(result.items)) {
        sumMin += known.item(id)->minScore();
        sumMax += known.item(id)->maxScore();
    }
    // The stated range is redundant on purpose: it catches a wrong option score or a missing item.
    if (min.value() != sumMin)
        return where.key("min"_L1).fail(Def::tr("is %1, but the items' lowest scores add up to %2")
                                            .arg(min.value())
                                            .arg(sumMin));
    if (max.value() != sumMax)
        return where.key("max"_L1).fail(Def::tr("is %1, but the items' highest scores add up to %2")
                                            .arg(max.value())
                                            .arg(sumMax));
    result.min = min.value();
    result.max = max.value();

    const Where missingAt = where.key("missing"_L1);
    auto missing = asObject(o.value("missing"_L1), missingAt);
    if (!missing)
        return missing.error();
    const QJsonObject &m = missing.value();
    if (auto keys = onlyKeys(
            m, {"rule"_L1, "max_missing"_L1, "rounding"_L1, "note"_L1, "source"_L1}, missingAt);
        !keys)
        return keys.error();
    auto rule = text(m, "rule"_L1, missingAt);
    if (!rule)
        return rule.error();
    auto note = text(m, "note"_L1, missingAt);
    if (!note)
        return note.error();
    auto source = text(m, "source"_L1, missingAt);
    if (!source)
        return source.error();
    result.missing.note = note.value();
    result.missing.source = source.value();
    if (rule.value() == "require_all"_L1) {
        if (m.contains("max_missing"_L1) || m.contains("rounding"_L1))
            return missingAt.fail(
                Def::tr("\"max_missing\" and \"rounding\" belong to the \"prorate\" rule only"));
        result.missing.rule = Def::MissingRule::RequireAll;
    } else if (rule.value() == "prorate"_L1) {
        result.missing.rule = Def::MissingRule::Prorate;
        auto maxMissing = integer(m, "max_missing"_L1, missingAt);
        if (!maxMissing)
            return maxMissing.error();
        if (maxMissing.value() < 1 || maxMissing.value() >= result.items.size())
            return missingAt.key("max_missing"_L1)
                .fail(Def::tr("must be between 1 and %1").arg(result.items.size() - 1));
        result.missing.maxMissing = maxMissing.value();
        auto rounding = text(m, "rounding"_L1, missingAt);
        if (!rounding)
            return rounding.error();
        if (rounding.value() != "half_up"_L1)
            return missingAt.key("rounding"_L1).fail(Def::tr("only \"half_up\" is supported"));
    } else {
        return missingAt.key("rule"_L1).fail(
            Def::tr("“%1” is not a rule; use \"require_all\" or \"prorate\"").arg(rule.value()));
    }
    return result;
}

Parsed<QList<Def::Subscale>> readSubscales(const QJsonValue &value, const Where &where,
                                           const Known &known)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    QList<Def::Subscale> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(o, {"id"_L1, "title"_L1, "items"_L1}, at); !keys)
            return keys.error();
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        auto title = text(o, "title"_L1, at);
        if (!title)
            return title.error();
        auto members = itemIds(o, "items"_L1, at, known);
        if (!members)
            return members.error();
        result.append({id.value(), title.value(), members.value()});
    }
    return result;
}

Parsed<QList<Def::Band>> readBands(const QJsonValue &value, const Where &where,
                                   const Def::Total &total)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    QList<Def::Band> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(o, {"id"_L1, "min"_L1, "max"_L1, "label"_L1, "rank"_L1}, at);
            !keys)
            return keys.error();
        Def::Band band;
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        band.id = id.value();
        auto label = text(o, "label"_L1, at);
        if (!label)
            return label.error();
        band.label = label.value();
        auto min = integer(o, "min"_L1, at);
        if (!min)
            return min.error();
        auto max = integer(o, "max"_L1, at);
        if (!max)
            return max.error();
        auto rank = integer(o, "rank"_L1, at);
        if (!rank)
            return rank.error();
        band.min = min.value();
        band.max = max.value();
        band.rank = rank.value();

        const int expectedMin = result.isEmpty() ? total.min : result.last().max + 1;
        if (band.min != expectedMin)
            return at.key("min"_L1).fail(
                result.isEmpty()
                    ? Def::tr("is %1; the first band must start at the lowest total, %2")
                          .arg(band.min)
                          .arg(expectedMin)
                    : Def::tr("is %1; bands must follow each other without gap or overlap, so "
                              "it must be %2")
                          .arg(band.min)
                          .arg(expectedMin));
        if (band.max < band.min)
            return at.key("max"_L1).fail(Def::tr("is below \"min\""));
        if (!result.isEmpty() && band.rank <= result.last().rank)
            return at.key("rank"_L1).fail(Def::tr("must be greater than the previous band's rank"));
        result.append(band);
    }
    if (result.last().max != total.max)
        return where.index(result.size() - 1)
            .key("max"_L1)
            .fail(Def::tr("is %1; the last band must end at the highest total, %2")
                      .arg(result.last().max)
                      .arg(total.max));
    return result;
}

Parsed<QList<Def::Flag>> readFlags(const QJsonValue &value, const Where &where, const Known &known)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    QList<Def::Flag> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(o, {"id"_L1, "message"_L1, "when"_L1}, at); !keys)
            return keys.error();
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        auto message = text(o, "message"_L1, at);
        if (!message)
            return message.error();
        auto when = condition(o.value("when"_L1), at.key("when"_L1), known);
        if (!when)
            return when.error();
        result.append({id.value(), message.value(), std::move(when).value()});
    }
    return result;
}

Parsed<QList<Def::CriteriaRule>> readCriteria(const QJsonValue &value, const Where &where,
                                              const Known &known)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    QList<Def::CriteriaRule> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(
                o, {"id"_L1, "title"_L1, "description"_L1, "endorsed_at_least"_L1, "groups"_L1},
                at);
            !keys)
            return keys.error();
        Def::CriteriaRule rule;
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        rule.id = id.value();
        auto title = text(o, "title"_L1, at);
        if (!title)
            return title.error();
        rule.title = title.value();
        auto description = text(o, "description"_L1, at);
        if (!description)
            return description.error();
        rule.description = description.value();
        auto endorsed = integer(o, "endorsed_at_least"_L1, at);
        if (!endorsed)
            return endorsed.error();
        rule.endorsedAtLeast = endorsed.value();

        const Where groupsAt = at.key("groups"_L1);
        auto groups = asArray(o.value("groups"_L1), groupsAt);
        if (!groups)
            return groups.error();
        QSet<QString> groupIds;
        for (qsizetype g = 0; g < groups.value().size(); ++g) {
            const Where groupAt = groupsAt.index(g);
            auto groupObject = asObject(groups.value().at(g), groupAt);
            if (!groupObject)
                return groupObject.error();
            const QJsonObject &go = groupObject.value();
            if (auto keys =
                    onlyKeys(go, {"id"_L1, "title"_L1, "items"_L1, "min_count"_L1}, groupAt);
                !keys)
                return keys.error();
            Def::CriteriaGroup group;
            auto groupId = identifier(go, groupAt, groupIds);
            if (!groupId)
                return groupId.error();
            group.id = groupId.value();
            auto groupTitle = text(go, "title"_L1, groupAt);
            if (!groupTitle)
                return groupTitle.error();
            group.title = groupTitle.value();
            auto members = itemIds(go, "items"_L1, groupAt, known);
            if (!members)
                return members.error();
            group.items = members.value();
            for (const QString &member : std::as_const(group.items)) {
                const Def::Item *item = known.item(member);
                if (rule.endorsedAtLeast <= item->minScore() ||
                    rule.endorsedAtLeast > item->maxScore())
                    return at.key("endorsed_at_least"_L1)
                        .fail(Def::tr("%1 cannot tell endorsed from not endorsed for item “%2” "
                                      "(scores %3)")
                                  .arg(rule.endorsedAtLeast)
                                  .arg(member, itemList(item->options)));
            }
            auto minCount = integer(go, "min_count"_L1, groupAt);
            if (!minCount)
                return minCount.error();
            if (minCount.value() < 1 || minCount.value() > group.items.size())
                return groupAt.key("min_count"_L1)
                    .fail(Def::tr("must be between 1 and the group's %1 items")
                              .arg(group.items.size()));
            group.minCount = minCount.value();
            rule.groups.append(group);
        }
        result.append(rule);
    }
    return result;
}

Parsed<QList<Def::Threshold>> readThresholds(const QJsonValue &value, const Where &where,
                                             const Def::Total &total)
{
    auto array = asArray(value, where);
    if (!array)
        return array.error();
    const auto inRange = [&](int cutoff, const Where &at) -> Status<Failure> {
        if (cutoff <= total.min || cutoff > total.max)
            return at.fail(Def::tr("%1 is not a cut-off within the total's range %2–%3")
                               .arg(cutoff)
                               .arg(total.min)
                               .arg(total.max));
        return Done{};
    };
    QList<Def::Threshold> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        const Where at = where.index(i);
        auto object = asObject(array.value().at(i), at);
        if (!object)
            return object.error();
        const QJsonObject &o = object.value();
        if (auto keys = onlyKeys(o, {"id"_L1, "label"_L1, "min"_L1, "context"_L1}, at); !keys)
            return keys.error();
        Def::Threshold threshold;
        auto id = identifier(o, at, ids);
        if (!id)
            return id.error();
        threshold.id = id.value();
        auto label = text(o, "label"_L1, at);
        if (!label)
            return label.error();
        threshold.label = label.value();
        auto min = integer(o, "min"_L1, at);
        if (!min)
            return min.error();
        if (auto ok = inRange(min.value(), at.key("min"_L1)); !ok)
            return ok.error();
        threshold.min = min.value();

        if (o.contains("context"_L1)) {
            const Where contextAt = at.key("context"_L1);
            auto contextObject = asObject(o.value("context"_L1), contextAt);
            if (!contextObject)
                return contextObject.error();
            const QJsonObject &co = contextObject.value();
            if (auto keys =
                    onlyKeys(co, {"variable"_L1, "min_by_value"_L1, "min_otherwise"_L1}, contextAt);
                !keys)
                return keys.error();
            Def::ContextCutoff context;
            auto variable = text(co, "variable"_L1, contextAt);
            if (!variable)
                return variable.error();
            context.variable = variable.value();
            const Where byValueAt = contextAt.key("min_by_value"_L1);
            auto byValue = asObject(co.value("min_by_value"_L1), byValueAt);
            if (!byValue)
                return byValue.error();
            if (byValue.value().isEmpty())
                return byValueAt.fail(Def::tr("must not be empty"));
            for (auto it = byValue.value().begin(); it != byValue.value().end(); ++it) {
                const Where valueAt = byValueAt.key(it.key());
                auto cutoff = integer(it.value(), valueAt);
                if (!cutoff)
                    return cutoff.error();
                if (auto ok = inRange(cutoff.value(), valueAt); !ok)
                    return ok.error();
                context.minByValue.insert(it.key(), cutoff.value());
            }
            auto otherwise = integer(co, "min_otherwise"_L1, contextAt);
            if (!otherwise)
                return otherwise.error();
            if (auto ok = inRange(otherwise.value(), contextAt.key("min_otherwise"_L1)); !ok)
                return ok.error();
            context.minOtherwise = otherwise.value();
            threshold.context = context;
        }
        result.append(threshold);
    }
    return result;
}

Parsed<Def::RiskRule> readRisk(const QJsonValue &value, const Where &where, const Known &known)
{
    auto object = asObject(value, where);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    if (auto keys = onlyKeys(o, {"levels"_L1, "none"_L1}, where); !keys)
        return keys.error();
    Def::RiskRule result;
    QSet<QString> ids;
    QSet<int> ranks;

    const Where noneAt = where.key("none"_L1);
    auto none = asObject(o.value("none"_L1), noneAt);
    if (!none)
        return none.error();
    if (auto keys = onlyKeys(none.value(), {"id"_L1, "label"_L1, "rank"_L1}, noneAt); !keys)
        return keys.error();
    auto noneId = identifier(none.value(), noneAt, ids);
    if (!noneId)
        return noneId.error();
    auto noneLabel = text(none.value(), "label"_L1, noneAt);
    if (!noneLabel)
        return noneLabel.error();
    auto noneRank = integer(none.value(), "rank"_L1, noneAt);
    if (!noneRank)
        return noneRank.error();
    result.none = {noneId.value(), noneLabel.value(), noneRank.value(), {}};

    const Where levelsAt = where.key("levels"_L1);
    auto levels = asArray(o.value("levels"_L1), levelsAt);
    if (!levels)
        return levels.error();
    for (qsizetype i = 0; i < levels.value().size(); ++i) {
        const Where at = levelsAt.index(i);
        auto level = asObject(levels.value().at(i), at);
        if (!level)
            return level.error();
        const QJsonObject &lo = level.value();
        if (auto keys = onlyKeys(lo, {"id"_L1, "label"_L1, "rank"_L1, "when"_L1}, at); !keys)
            return keys.error();
        auto id = identifier(lo, at, ids);
        if (!id)
            return id.error();
        auto label = text(lo, "label"_L1, at);
        if (!label)
            return label.error();
        auto rank = integer(lo, "rank"_L1, at);
        if (!rank)
            return rank.error();
        if (rank.value() <= result.none.rank || ranks.contains(rank.value()))
            return at.key("rank"_L1).fail(
                Def::tr("ranks must be unique and above the rank of \"none\""));
        ranks.insert(rank.value());
        auto when = condition(lo.value("when"_L1), at.key("when"_L1), known);
        if (!when)
            return when.error();
        result.levels.append({id.value(), label.value(), rank.value(), std::move(when).value()});
    }
    // Highest rank first: the engine reports the first level that holds.
    std::sort(result.levels.begin(), result.levels.end(),
              [](const Def::RiskLevel &a, const Def::RiskLevel &b) { return a.rank > b.rank; });
    return result;
}

Parsed<Def::CareRules> readCareRules(const QJsonValue &value, const Where &where,
                                     const Def::Total &total)
{
    auto object = asObject(value, where);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    if (auto keys = onlyKeys(o, {"remission_below"_L1, "reliable_change_points"_L1}, where); !keys)
        return keys.error();
    Def::CareRules result;
    if (o.contains("remission_below"_L1)) {
        auto below = integer(o, "remission_below"_L1, where);
        if (!below)
            return below.error();
        if (below.value() <= total.min || below.value() > total.max)
            return where.key("remission_below"_L1)
                .fail(Def::tr("must lie within the total's range %1–%2")
                          .arg(total.min + 1)
                          .arg(total.max));
        result.remissionBelow = below.value();
    }
    if (o.contains("reliable_change_points"_L1)) {
        auto points = integer(o, "reliable_change_points"_L1, where);
        if (!points)
            return points.error();
        if (points.value() < 1 || points.value() > total.max - total.min)
            return where.key("reliable_change_points"_L1)
                .fail(Def::tr("must be between 1 and %1").arg(total.max - total.min));
        result.reliableChangePoints = points.value();
    }
    return result;
}

} // namespace

int InstrumentDefinition::Item::minScore() const
{
    int result = std::numeric_limits<int>::max();
    for (const Option &option : options)
        result = std::min(result, option.score);
    return result;
}

int InstrumentDefinition::Item::maxScore() const
{
    int result = std::numeric_limits<int>::min();
    for (const Option &option : options)
        result = std::max(result, option.score);
    return result;
}

bool InstrumentDefinition::Item::hasOption(int score) const
{
    return std::any_of(options.begin(), options.end(),
                       [score](const Option &option) { return option.score == score; });
}

const InstrumentDefinition::Item *InstrumentDefinition::item(QStringView id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

Result<InstrumentDefinition, QString> InstrumentDefinition::parse(QByteArrayView json,
                                                                  const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("%1: not valid JSON at offset %2: %3")
            .arg(source)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    const Where root{source, {}};
    if (!document.isObject())
        return root.fail(tr("expected an object")).message;
    const QJsonObject o = document.object();
    if (auto keys = onlyKeys(o,
                             {"id"_L1, "version"_L1, "title"_L1, "short_title"_L1, "citation"_L1,
                              "instructions"_L1, "option_sets"_L1, "items"_L1, "scoring"_L1},
                             root);
        !keys)
        return keys.error().message;

    InstrumentDefinition def;
    static const QRegularExpression idPattern(u"^[a-z0-9_]+$"_s);
    auto id = text(o, "id"_L1, root);
    if (!id)
        return id.error().message;
    if (!idPattern.match(id.value()).hasMatch())
        return root.key("id"_L1)
            .fail(tr("“%1” may contain only lower-case letters, digits and underscores")
                      .arg(id.value()))
            .message;
    def.m_id = id.value();
    auto version = integer(o, "version"_L1, root);
    if (!version)
        return version.error().message;
    if (version.value() < 1)
        return root.key("version"_L1).fail(tr("must be 1 or greater")).message;
    def.m_version = version.value();
    for (const auto &[key, field] :
         {std::pair{"title"_L1, &def.m_title}, std::pair{"short_title"_L1, &def.m_shortTitle},
          std::pair{"citation"_L1, &def.m_citation},
          std::pair{"instructions"_L1, &def.m_instructions}}) {
        auto value = text(o, key, root);
        if (!value)
            return value.error().message;
        *field = value.value();
    }

    Known known;
    if (o.contains("option_sets"_L1)) {
        const Where setsAt = root.key("option_sets"_L1);
        auto sets = asObject(o.value("option_sets"_L1), setsAt);
        if (!sets)
            return sets.error().message;
        for (auto it = sets.value().begin(); it != sets.value().end(); ++it) {
            auto set = options(it.value(), setsAt.key(it.key()));
            if (!set)
                return set.error().message;
            known.optionSets.insert(it.key(), set.value());
        }
    }
    auto parsedItems = readItems(o, root.key("items"_L1), known);
    if (!parsedItems)
        return parsedItems.error().message;
    def.m_items = parsedItems.value();

    const Where scoringAt = root.key("scoring"_L1);
    auto scoring = asObject(o.value("scoring"_L1), scoringAt);
    if (!scoring)
        return scoring.error().message;
    const QJsonObject &s = scoring.value();
    if (auto keys = onlyKeys(s,
                             {"total"_L1, "subscales"_L1, "bands"_L1, "flags"_L1, "criteria"_L1,
                              "thresholds"_L1, "risk"_L1, "measurement_based_care"_L1},
                             scoringAt);
        !keys)
        return keys.error().message;

    if (s.contains("total"_L1)) {
        auto parsed = readTotal(s.value("total"_L1), scoringAt.key("total"_L1), known);
        if (!parsed)
            return parsed.error().message;
        def.m_total = parsed.value();
    }
    // Rules over the total make no sense without one; say so rather than ignore them.
    for (const QLatin1StringView key : {"bands"_L1, "thresholds"_L1, "measurement_based_care"_L1}) {
        if (s.contains(key) && !def.m_total)
            return scoringAt.key(key).fail(tr("needs \"scoring.total\"")).message;
    }
    if (s.contains("subscales"_L1)) {
        auto parsed = readSubscales(s.value("subscales"_L1), scoringAt.key("subscales"_L1), known);
        if (!parsed)
            return parsed.error().message;
        def.m_subscales = parsed.value();
    }
    if (s.contains("bands"_L1)) {
        auto parsed = readBands(s.value("bands"_L1), scoringAt.key("bands"_L1), *def.m_total);
        if (!parsed)
            return parsed.error().message;
        def.m_bands = parsed.value();
    }
    if (s.contains("flags"_L1)) {
        auto parsed = readFlags(s.value("flags"_L1), scoringAt.key("flags"_L1), known);
        if (!parsed)
            return parsed.error().message;
        def.m_flags = parsed.value();
    }
    if (s.contains("criteria"_L1)) {
        auto parsed = readCriteria(s.value("criteria"_L1), scoringAt.key("criteria"_L1), known);
        if (!parsed)
            return parsed.error().message;
        def.m_criteria = parsed.value();
    }
    if (s.contains("thresholds"_L1)) {
        auto parsed =
            readThresholds(s.value("thresholds"_L1), scoringAt.key("thresholds"_L1), *def.m_total);
        if (!parsed)
            return parsed.error().message;
        def.m_thresholds = parsed.value();
    }
    if (s.contains("risk"_L1)) {
        auto parsed = readRisk(s.value("risk"_L1), scoringAt.key("risk"_L1), known);
        if (!parsed)
            return parsed.error().message;
        def.m_risk = parsed.value();
    }
    if (s.contains("measurement_based_care"_L1)) {
        auto parsed = readCareRules(s.value("measurement_based_care"_L1),
                                    scoringAt.key("measurement_based_care"_L1), *def.m_total);
        if (!parsed)
            return parsed.error().message;
        def.m_careRules = parsed.value();
    }
    if (!def.m_total && !def.m_risk && def.m_flags.isEmpty() && def.m_criteria.isEmpty())
        return scoringAt.fail(tr("defines nothing to score (no total, risk, flags or criteria)"))
            .message;
    return def;
}

Result<InstrumentDefinition, QString> InstrumentDefinition::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > MaxFileSize)
        return tr("%1: is too large to be an instrument definition").arg(name);
    return parse(file.readAll(), name);
}

} // namespace nm::core
