#include "core/models/PatientSearchText.h"

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// The phrase occurs in \a fieldWords: consecutive words equal to the phrase's, the last one only
// starting with the phrase's last word.
bool phraseIn(const QStringList &phrase, const QStringList &fieldWords)
{
    const qsizetype last = phrase.size() - 1;
    for (qsizetype start = 0; start + last < fieldWords.size(); ++start) {
        bool found = true;
        for (qsizetype i = 0; i < last && found; ++i)
            found = fieldWords[start + i] == phrase[i];
        if (found && fieldWords[start + last].startsWith(phrase[last]))
            return true;
    }
    return false;
}

} // namespace

PatientSearchText::PatientSearchText(QStringView text)
{
    for (QStringView typed : text.split(u' ', Qt::SkipEmptyParts)) {
        if (const QDate date = parseDate(typed); date.isValid()) {
            m_dates.append(date);
            continue;
        }
        if (QStringList phrase = words(typed); !phrase.isEmpty())
            m_phrases.append(std::move(phrase));
    }
}

QString PatientSearchText::normalized(QStringView text)
{
    // NFD splits "ü" into "u" and a combining mark, which is then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            stripped.append(c);
    }
    return stripped.toCaseFolded();
}

QStringList PatientSearchText::words(QStringView text)
{
    const QString folded = normalized(text);
    QStringList result;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QDate PatientSearchText::parseDate(QStringView text)
{
    if (text.size() != 10)
        return {};
    const QString value = text.toString();
    QDate date = QDate::fromString(value, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        date = QDate::fromString(value, u"dd.MM.yyyy"_s);
    return date;
}

QString PatientSearchText::ftsMatch() const
{
    QStringList terms;
    for (const QStringList &phrase : m_phrases)
        terms.append(u'"' + phrase.join(u' ') + u"*\""_s);
    return terms.join(u' ');
}

bool PatientSearchText::matches(QStringView familyName, QStringView givenName,
                                QStringView preferredName, QStringView mrn, QDate dateOfBirth) const
{
    for (const QDate &date : m_dates) {
        if (date != dateOfBirth)
            return false;
    }
    if (m_phrases.isEmpty())
        return true;
    const QList<QStringList> fields = {words(familyName), words(givenName), words(preferredName),
                                       words(mrn)};
    for (const QStringList &phrase : m_phrases) {
        bool found = false;
        for (const QStringList &field : fields) {
            if (phraseIn(phrase, field)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace nm::core
