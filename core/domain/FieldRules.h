#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace nm::core {

/// Shape checks shared by several entities. The predicates are public so forms can check as the
/// user types; the *Problem() functions return the translated message to show, or an empty
/// string when the value is acceptable. Optional fields: an empty value is acceptable.
class FieldRules {
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    /// Names (given, family, preferred, display, contact) are at most this many characters.
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr qsizetype MaxEmailLength = 254;
    static constexpr int MinPhoneDigits = 7;
    static constexpr int MaxPhoneDigits = 15;

    /// Characters as a reader counts them (Unicode code points), so "José 🙂" is 6, not 7.
    static qsizetype characterCount(QStringView text);
    /// Empty or only white space.
    static bool isBlank(QStringView text);

    /// 6–12 characters in total; A–Z and 0–9, and at most one hyphen, neither first nor last.
    static bool isMrn(QStringView text);
    /// local@domain.tld: no white space, exactly one @, a dot-separated domain with no empty label.
    static bool isEmail(QStringView text);
    /// Digits with an optional leading +, spaces, hyphens and parentheses; 7–15 digits (E.164).
    static bool isPhone(QStringView text);
    /// ICD-10-CM: a capital letter, a digit, a capital letter or digit, then optionally a dot and
    /// 1–4 capital letters or digits ("F32.1", "F41.1", "Z91.5", "T43.224A").
    static bool isIcd10Cm(QStringView text);

    static QString phoneProblem(QStringView phone);
    static QString emailProblem(QStringView email);
};

} // namespace nm::core
