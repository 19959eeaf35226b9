#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace nm::core {

/// One standardized assessment (PHQ-9, GAD-7, …) as described by its JSON definition: items,
/// answer options and every scoring rule. Only parse() creates one, and parse() accepts a
/// definition only when it is complete and self-consistent, so the scoring engine never has to
/// second-guess the data. The JSON schema is documented at the top of InstrumentDefinition.cpp.
class InstrumentDefinition {
    Q_DECLARE_TR_FUNCTIONS(InstrumentDefinition)

public:
    struct Option {
        int score = 0;
        QString text;
    };

    /// A predicate over the answers, used by flags, risk levels and skip logic. Three-valued when
    /// evaluated: an item that has no answer makes a comparison unknown rather than false.
    struct Condition {
        enum class Kind {
            /// The answer to `item` lies within [min, max] (either bound may be absent).
            Item,
            /// At least one child holds.
            Any,
            /// Every child holds.
            All,
        };
        Kind kind = Kind::Item;
        QString item;
        std::optional<int> min;
        std::optional<int> max;
        std::vector<Condition> children;
    };

    struct Item {
        QString id;
        QString text;
        QList<Option> options;
        /// Skip logic: the item is asked only when this holds; otherwise it must stay unanswered.
        std::optional<Condition> askedIf;

        int minScore() const;
        int maxScore() const;
        bool hasOption(int score) const;
    };

    enum class MissingRule {
        /// No total unless every item of the total is answered.
        RequireAll,
        /// Total = mean of the answered items × number of items, rounded half up, as long as no
        /// more than maxMissing items are missing; otherwise no total.
        Prorate,
    };

    struct MissingPolicy {
        MissingRule rule = MissingRule::RequireAll;
        int maxMissing = 0;
        /// Clinician-facing statement of the rule and where it comes from.
        QString note;
        QString source;
    };

    struct Total {
        QStringList items;
        int min = 0;
        int max = 0;
        MissingPolicy missing;
    };

    struct Subscale {
        QString id;
        QString title;
        QStringList items;
    };

    /// A severity band over the total; the bands of a definition cover the total's range exactly.
    struct Band {
        QString id;
        int min = 0;
        int max = 0;
        QString label;
        /// 0 for the least severe band, increasing with severity.
        int rank = 0;
    };

    struct Flag {
        QString id;
        /// Shown to the clinician when the flag is raised.
        QString message;
        Condition when;
    };

    struct CriteriaGroup {
        QString id;
        QString title;
        QStringList items;
        int minCount = 0;
    };

    /// "At least minCount items of each group rated endorsedAtLeast or higher" (e.g. the
    /// PCL-5 provisional DSM-5 diagnosis).
    struct CriteriaRule {
        QString id;
        QString title;
        QString description;
        int endorsedAtLeast = 0;
        QList<CriteriaGroup> groups;
    };

    /// The cut-off of a threshold for one value of a context variable (e.g. sex at birth).
    struct ContextCutoff {
        QString variable;
        QMap<QString, int> minByValue;
        /// Used when the variable is absent or has a value not in minByValue.
        int minOtherwise = 0;
    };

    /// total ≥ min (or the context-dependent cut-off) means the threshold is met.
    struct Threshold {
        QString id;
        QString label;
        int min = 0;
        std::optional<ContextCutoff> context;
    };

    struct RiskLevel {
        QString id;
        QString label;
        int rank = 0;
        Condition when;
    };

    /// The reported level is the highest-ranked one whose condition holds; `none` is reported only
    /// when every condition is known to be false.
    struct RiskRule {
        QList<RiskLevel> levels;
        RiskLevel none;
    };

    /// Measurement-based-care parameters; absent when the instrument does not define them.
    struct CareRules {
        /// Remission: total strictly below this value.
        std::optional<int> remissionBelow;
        /// Reliable change: an absolute change of at least this many points.
        std::optional<int> reliableChangePoints;
    };

    /// Parses and validates one definition. \a source (a file name) prefixes every error message,
    /// which also names the offending field, e.g. "phq9.json: scoring.bands[2].max: …".
    static Result<InstrumentDefinition, QString> parse(QByteArrayView json, const QString &source);
    /// Reads and parses the file at \a path (a resource path works too).
    static Result<InstrumentDefinition, QString> load(const QString &path);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString shortTitle() const { return m_shortTitle; }
    QString citation() const { return m_citation; }
    QString instructions() const { return m_instructions; }

    const QList<Item> &items() const { return m_items; }
    /// The item with \a id, or nullptr.
    const Item *item(QStringView id) const;

    /// Absent for instruments without a numeric total (the C-SSRS screener).
    const std::optional<Total> &total() const { return m_total; }
    const QList<Subscale> &subscales() const { return m_subscales; }
    const QList<Band> &bands() const { return m_bands; }
    const QList<Flag> &flags() const { return m_flags; }
    const QList<CriteriaRule> &criteria() const { return m_criteria; }
    const QList<Threshold> &thresholds() const { return m_thresholds; }
    const std::optional<RiskRule> &risk() const { return m_risk; }
    const CareRules &careRules() const { return m_careRules; }

private:
    InstrumentDefinition() = default;

    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_shortTitle;
    QString m_citation;
    QString m_instructions;
    QList<Item> m_items;
    std::optional<Total> m_total;
    QList<Subscale> m_subscales;
    QList<Band> m_bands;
    QList<Flag> m_flags;
    QList<CriteriaRule> m_criteria;
    QList<Threshold> m_thresholds;
    std::optional<RiskRule> m_risk;
    CareRules m_careRules;
};

} // namespace nm::core
