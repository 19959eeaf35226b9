#include "core/domain/FieldRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

bool matches(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

int digitCount(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            ++digits;
    }
    return digits;
}

} // namespace

qsizetype FieldRules::characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The low half of a surrogate pair belongs to the character already counted.
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++count;
    }
    return count;
}

bool FieldRules::isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool FieldRules::isMrn(QStringView text)
{
    static const QRegularExpression pattern(u"^(?=.{6,12}$)[A-Z0-9]+(-[A-Z0-9]+)?$"_s);
    return matches(pattern, text);
}

bool FieldRules::isEmail(QStringView text)
{
    static const QRegularExpression pattern(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= MaxEmailLength && matches(pattern, text);
}

bool FieldRules::isPhone(QStringView text)
{
    static const QRegularExpression pattern(u"^\\+?[0-9 ()-]+$"_s);
    const int digits = digitCount(text);
    return matches(pattern, text) && digits >= MinPhoneDigits && digits <= MaxPhoneDigits;
}

bool FieldRules::isIcd10Cm(QStringView text)
{
    static const QRegularExpression pattern(u"^[A-Z][0-9][A-Z0-9](\\.[A-Z0-9]{1,4})?$"_s);
    return matches(pattern, text);
}

QString FieldRules::phoneProblem(QStringView phone)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ()-]+$"_s);
    if (phone.isEmpty())
        return {};
    if (!matches(allowed, phone))
        return tr("A phone number may contain only digits, spaces, hyphens, parentheses and a "
                  "leading +, for example +1 (555) 123-4567.");
    const int digits = digitCount(phone);
    if (digits < MinPhoneDigits || digits > MaxPhoneDigits)
        return tr("A phone number must have 7 to 15 digits; this one has %n.", nullptr, digits);
    return {};
}

QString FieldRules::emailProblem(QStringView email)
{
    if (email.isEmpty() || isEmail(email))
        return {};
    return tr("An e-mail address must look like name@example.com, with no spaces.");
}

} // namespace nm::core
