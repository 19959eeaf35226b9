#include "core/instruments/ScoreResult.h"

#include <algorithm>

namespace nm::core {

namespace {

template <typename T> const T *findById(const QList<T> &list, QStringView id)
{
    const auto it =
        std::find_if(list.begin(), list.end(), [id](const T &entry) { return entry.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

bool ScoreResult::hasFlag(QStringView id) const
{
    return findById(flags, id) != nullptr;
}

const ScoreResult::SubscaleScore *ScoreResult::subscale(QStringView id) const
{
    return findById(subscales, id);
}

const ScoreResult::CriteriaOutcome *ScoreResult::criterion(QStringView id) const
{
    return findById(criteria, id);
}

const ScoreResult::ThresholdOutcome *ScoreResult::threshold(QStringView id) const
{
    return findById(thresholds, id);
}

} // namespace nm::core
