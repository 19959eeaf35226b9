#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace nm::core {

/// What ScoringEngine::score() found for one set of answers. Everything a chart stores and a
/// clinician sees comes from here; no caller re-derives a band or a flag on its own.
struct ScoreResult {
    struct SubscaleScore {
        QString id;
        QString title;
        /// Absent unless every item of the subscale is answered.
        std::optional<int> score;
    };

    struct Band {
        QString id;
        QString label;
        int rank = 0;
    };

    struct RaisedFlag {
        QString id;
        QString message;
    };

    struct GroupCount {
        QString id;
        QString title;
        int endorsed = 0;
        int required = 0;
        /// Unanswered items of the group: while they could still reach `required`, the group's
        /// outcome is unknown.
        int missing = 0;
    };

    struct CriteriaOutcome {
        QString id;
        QString title;
        /// Absent when missing answers could change the outcome.
        std::optional<bool> met;
        QList<GroupCount> groups;
    };

    struct ThresholdOutcome {
        QString id;
        QString label;
        /// The cut-off applied (it may depend on the scoring context).
        int cutoff = 0;
        /// Absent when there is no total.
        std::optional<bool> met;
        /// The context variable the cut-off depends on was absent or had an unlisted value, so the
        /// definition's fallback cut-off was used.
        bool contextFallback = false;
    };

    struct RiskLevel {
        QString id;
        QString label;
        int rank = 0;
    };

    QString instrumentId;
    int instrumentVersion = 0;

    /// The total used for bands, thresholds and measurement-based care: a whole number. When
    /// prorated it is exactTotal rounded half up (the published proration reports whole points
    /// and the bands are defined on whole points). Absent when the missing-item rule allows none.
    std::optional<double> total;
    /// The total before rounding; differs from `total` only when prorated (e.g. 4.5 vs 5).
    std::optional<double> exactTotal;
    bool prorated = false;
    /// Items that should have been answered and were not (items skipped by the instrument's own
    /// skip logic are not missing).
    int missingCount = 0;
    QStringList missingItems;
    /// Items the skip logic left out for these answers.
    QStringList skippedItems;
    /// Every item that was to be asked is answered.
    bool complete = false;

    QList<SubscaleScore> subscales;
    std::optional<Band> band;
    QList<RaisedFlag> flags;
    QList<CriteriaOutcome> criteria;
    QList<ThresholdOutcome> thresholds;
    /// Absent when the instrument has no risk rule, or when unanswered items leave it open.
    std::optional<RiskLevel> riskLevel;
    /// The reported risk level is a lower bound: an unanswered item could still raise it.
    bool riskLevelProvisional = false;

    bool hasFlag(QStringView id) const;
    /// Lookups by id; nullptr when the instrument defines no such rule.
    const SubscaleScore *subscale(QStringView id) const;
    const CriteriaOutcome *criterion(QStringView id) const;
    const ThresholdOutcome *threshold(QStringView id) const;
};

} // namespace nm::core
