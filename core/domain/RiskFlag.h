#pragma once

#include "core/domain/EnumIds.h"

namespace nm::core {

/// Safety flags on a patient's chart, shown prominently wherever the patient is.
enum class RiskFlag {
    SuicideRisk,
    ViolenceRisk,
    SelfHarm,
    OverdoseRisk,
    Safeguarding,
};

template <> struct EnumTraits<RiskFlag> {
    static constexpr std::array<EnumId<RiskFlag>, 5> ids{{
        {RiskFlag::SuicideRisk, "suicide_risk"},
        {RiskFlag::ViolenceRisk, "violence_risk"},
        {RiskFlag::SelfHarm, "self_harm"},
        {RiskFlag::OverdoseRisk, "overdose_risk"},
        {RiskFlag::Safeguarding, "safeguarding"},
    }};
};

} // namespace nm::core
