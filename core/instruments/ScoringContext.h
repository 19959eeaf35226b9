#pragma once

#include <QHash>
#include <QString>

namespace nm::core {

/// Facts about the patient that some scoring rules depend on, passed in by the caller (the chart
/// knows them; the answers do not). Variables are named as in the definitions' "context" rules.
struct ScoringContext {
    /// The variable AUDIT-C's cut-off depends on; values "female" / "male" (sex at birth).
    static inline const QString SexAtBirth = QStringLiteral("sex");

    QHash<QString, QString> variables;

    /// Empty when the caller did not supply \a name.
    QString value(const QString &name) const { return variables.value(name); }

    static ScoringContext withSexAtBirth(const QString &sex)
    {
        ScoringContext context;
        context.variables.insert(SexAtBirth, sex);
        return context;
    }
};

} // namespace nm::core
