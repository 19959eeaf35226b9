#include "core/instruments/ScoringEngine.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

using Def = InstrumentDefinition;

// The answers once validated: skipped items are known to have no value and never will, so a
// comparison on them is false; an unanswered asked item is unknown.
struct Answers {
    const ScoringEngine::Responses &responses;
    QSet<QString> skipped;

    std::optional<int> value(const QString &id) const { return responses.value(id); }
};

// Three-valued: std::nullopt when unanswered items leave the outcome open.
std::optional<bool> evaluate(const Def::Condition &condition, const Answers &answers)
{
    switch (condition.kind) {
    case Def::Condition::Kind::Item: {
        if (answers.skipped.contains(condition.item))
            return false;
        const std::optional<int> answer = answers.value(condition.item);
        if (!answer)
            return std::nullopt;
        return (!condition.min || *answer >= *condition.min) &&
               (!condition.max || *answer <= *condition.max);
    }
    case Def::Condition::Kind::Any: {
        bool unknown = false;
        for (const Def::Condition &child : condition.children) {
            const std::optional<bool> outcome = evaluate(child, answers);
            if (outcome == true)
                return true;
            unknown = unknown || !outcome;
        }
        return unknown ? std::nullopt : std::optional<bool>(false);
    }
    case Def::Condition::Kind::All: {
        bool unknown = false;
        for (const Def::Condition &child : condition.children) {
            const std::optional<bool> outcome = evaluate(child, answers);
            if (outcome == false)
                return false;
            unknown = unknown || !outcome;
        }
        return unknown ? std::nullopt : std::optional<bool>(true);
    }
    }
    return std::nullopt;
}

QString optionList(const Def::Item &item)
{
    QStringList scores;
    for (const Def::Option &option : item.options)
        scores.append(QString::number(option.score));
    return scores.join(u", "_s);
}

} // namespace

Result<ScoreResult, QString> ScoringEngine::score(const InstrumentDefinition &definition,
                                                  const Responses &responses,
                                                  const ScoringContext &context)
{
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const Def::Item *item = definition.item(it.key());
        if (!item)
            return tr("%1 has no item “%2”").arg(definition.shortTitle(), it.key());
        if (it.value() && !item->hasOption(*it.value()))
            return tr("%1 item “%2”: %3 is not one of its answer scores (%4)")
                .arg(definition.shortTitle(), item->id)
                .arg(*it.value())
                .arg(optionList(*item));
    }

    ScoreResult result;
    result.instrumentId = definition.id();
    result.instrumentVersion = definition.version();

    // Skip logic only looks back, so one pass in item order settles every gate.
    Answers answers{responses, {}};
    for (const Def::Item &item : definition.items()) {
        const bool answered = responses.value(item.id).has_value();
        if (item.askedIf && evaluate(*item.askedIf, answers) == false) {
            if (answered)
                return tr("%1 item “%2” is not asked after the answers given to the items before "
                          "it, so it must be left unanswered")
                    .arg(definition.shortTitle(), item.id);
            answers.skipped.insert(item.id);
            result.skippedItems.append(item.id);
        } else if (!answered) {
            result.missingItems.append(item.id);
        }
    }
    result.missingCount = int(result.missingItems.size());
    result.complete = result.missingItems.isEmpty();

    if (const auto &total = definition.total()) {
        int sum = 0;
        int answered = 0;
        for (const QString &id : total->items) {
            if (const std::optional<int> answer = responses.value(id)) {
                sum += *answer;
                ++answered;
            }
        }
        const int count = int(total->items.size());
        const int missing = count - answered;
        if (missing == 0) {
            result.total = sum;
            result.exactTotal = sum;
        } else if (total->missing.rule == Def::MissingRule::Prorate &&
                   missing <= total->missing.maxMissing) {
            result.prorated = true;
            result.exactTotal = double(sum) * count / answered;
            // Half up in integers: floor(sum × count / answered + ½) without floating-point error
            // at the .5 boundary, which decides a band edge (4.5 → 5, "mild").
            result.total = (2 * sum * count + answered) / (2 * answered);
        }
        if (result.total) {
            for (const Def::Band &band : definition.bands()) {
                if (*result.total >= band.min && *result.total <= band.max)
                    result.band = ScoreResult::Band{band.id, band.label, band.rank};
            }
        }
    }

    for (const Def::Subscale &subscale : definition.subscales()) {
        std::optional<int> score = 0;
        for (const QString &id : subscale.items) {
            const std::optional<int> answer = responses.value(id);
            if (!answer) {
                score.reset();
                break;
            }
            *score += *answer;
        }
        result.subscales.append({subscale.id, subscale.title, score});
    }

    for (const Def::Flag &flag : definition.flags()) {
        if (evaluate(flag.when, answers) == true)
            result.flags.append({flag.id, flag.message});
    }

    for (const Def::CriteriaRule &rule : definition.criteria()) {
        ScoreResult::CriteriaOutcome outcome{rule.id, rule.title, true, {}};
        bool unknown = false;
        for (const Def::CriteriaGroup &group : rule.groups) {
            ScoreResult::GroupCount count{group.id, group.title, 0, group.minCount, 0};
            for (const QString &id : group.items) {
                if (answers.skipped.contains(id))
                    continue;
                const std::optional<int> answer = responses.value(id);
                if (!answer)
                    ++count.missing;
                else if (*answer >= rule.endorsedAtLeast)
                    ++count.endorsed;
            }
            if (count.endorsed + count.missing < count.required)
                outcome.met = false;
            else if (count.endorsed < count.required)
                unknown = true;
            outcome.groups.append(count);
        }
        if (outcome.met == true && unknown)
            outcome.met.reset();
        result.criteria.append(outcome);
    }

    for (const Def::Threshold &threshold : definition.thresholds()) {
        ScoreResult::ThresholdOutcome outcome{
            threshold.id, threshold.label, threshold.min, {}, false};
        if (threshold.context) {
            const QString value = context.value(threshold.context->variable);
            const auto cutoff = threshold.context->minByValue.constFind(value);
            outcome.contextFallback = cutoff == threshold.context->minByValue.cend();
            outcome.cutoff =
                outcome.contextFallback ? threshold.context->minOtherwise : cutoff.value();
        }
        if (result.total)
            outcome.met = *result.total >= outcome.cutoff;
        result.thresholds.append(outcome);
    }

    if (const auto &risk = definition.risk()) {
        // Levels are sorted highest rank first. A level that holds is reported even while
        // answers are missing: a "yes" already given is a fact, and the flag that goes with it
        // must not wait for the rest of the form.
        bool higherUnknown = false;
        bool anyUnknown = false;
        for (const Def::RiskLevel &level : risk->levels) {
            const std::optional<bool> holds = evaluate(level.when, answers);
            if (holds == true) {
                result.riskLevel = ScoreResult::RiskLevel{level.id, level.label, level.rank};
                result.riskLevelProvisional = higherUnknown;
                break;
            }
            if (!holds) {
                higherUnknown = true;
                anyUnknown = true;
            }
        }
        if (!result.riskLevel && !anyUnknown)
            result.riskLevel =
                ScoreResult::RiskLevel{risk->none.id, risk->none.label, risk->none.rank};
    }
    return result;
}

} // namespace nm::core
