#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace nm::core {

/// The patient search text, parsed once, with the matching rule that both the SQL of
/// PatientListModel (through the FTS index of migration 0003) and the in-memory filter of
/// PatientFilterProxyModel apply, so the two always agree:
/// every word must prefix-match a word of the family name, given name, preferred name or MRN,
/// ignoring case and accents ("muller" finds "Müller"); a word that is a date (YYYY-MM-DD or
/// DD.MM.YYYY) must equal the date of birth instead. Words split as SQLite's unicode61 tokenizer
/// splits them (at anything that is not a letter or a digit), so "MRN-00" is the word sequence
/// "mrn" "00", matched as a phrase whose last word is a prefix.
class PatientSearchText {
public:
    PatientSearchText() = default;
    explicit PatientSearchText(QStringView text);

    /// Folded case, diacritics removed: the form unicode61 "remove_diacritics=1" indexes.
    static QString normalized(QStringView text);
    /// normalized() split into words at every character that is not a letter or a digit.
    static QStringList words(QStringView text);
    /// \a text as a date of birth, if it is written YYYY-MM-DD or DD.MM.YYYY.
    static QDate parseDate(QStringView text);

    bool isEmpty() const { return m_phrases.isEmpty() && m_dates.isEmpty(); }
    /// The FTS4 MATCH expression for the name words ("mu*" "mrn 00*"); empty when there are none.
    /// Built only from normalized letters and digits, so user input cannot inject FTS syntax.
    QString ftsMatch() const;
    /// The dates of birth the text requires (all must equal the patient's).
    const QList<QDate> &dates() const { return m_dates; }

    /// The rule over one patient's fields.
    bool matches(QStringView familyName, QStringView givenName, QStringView preferredName,
                 QStringView mrn, QDate dateOfBirth) const;

private:
    /// Each typed word as its word sequence; the last word of each is a prefix.
    QList<QStringList> m_phrases;
    QList<QDate> m_dates;
};

} // namespace nm::core
