#include "core/storage/ClinicalNoteRepository.h"

#include "core/storage/CacheTables.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// Markers FTS4 puts around matched terms in snippets: control characters no note contains.
constexpr char16_t MatchStart = 0x02;
constexpr char16_t MatchEnd = 0x03;

// The user's words as an FTS4 query: runs of letters and digits, each a prefix term, all
// required. Everything else (quotes, *, parentheses, NEAR, AND/OR as operators) is dropped or
// lowered, so no input can be a syntax error or an unintended operator.
QString matchExpression(const QString &text)
{
    QStringList terms;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            terms << current + u'*';
            current.clear();
        }
    }
    if (!current.isEmpty())
        terms << current + u'*';
    return terms.join(u' ');
}

// BM25 (k1 = 1.2, b = 0.75) from FTS4's matchinfo 'pcnalx'; a title match weighs double.
// idf is the always-positive form log(1 + (N - df + 0.5) / (df + 0.5)).
double bm25(const QByteArray &matchinfo)
{
    const auto *m = reinterpret_cast<const quint32 *>(matchinfo.constData());
    const qsizetype words = matchinfo.size() / qsizetype(sizeof(quint32));
    if (words < 3)
        return 0;
    const quint32 phrases = m[0];
    const quint32 columns = m[1];
    const double documents = m[2];
    if (words < qsizetype(3 + 2 * columns + 3 * phrases * columns))
        return 0;
    const quint32 *average = m + 3;
    const quint32 *length = average + columns;
    const quint32 *hits = length + columns;
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const double weights[] = {2.0, 1.0}; // title, body
    double score = 0;
    for (quint32 p = 0; p < phrases; ++p) {
        for (quint32 c = 0; c < columns; ++c) {
            const quint32 *x = hits + 3 * (p * columns + c);
            const double tf = x[0];
            if (tf == 0)
                continue;
            const double df = x[2];
            const double idf = std::log(1 + (documents - df + 0.5) / (df + 0.5));
            const double avg = average[c] ? double(average[c]) : 1.0;
            const double norm = k1 * (1 - b + b * length[c] / avg);
            score += (c < 2 ? weights[c] : 1.0) * idf * tf * (k1 + 1) / (tf + norm);
        }
    }
    return score;
}

void takeHighlights(NoteSearchHit &hit, const QString &marked)
{
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c.unicode() == MatchStart) {
            start = hit.snippet.size();
        } else if (c.unicode() == MatchEnd) {
            if (start >= 0)
                hit.highlights.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet += c;
        }
    }
}

} // namespace

ClinicalNoteRepository::ClinicalNoteRepository(QSqlDatabase db, RecordStore::Clock clock)
    : m_db(db)
    , m_notes(
          std::move(db), CacheTables::clinicalNotes(),
          [](const ClinicalNote &note) { return note.validate(); }, std::move(clock))
{}

Result<std::optional<ClinicalNote>, RepositoryError>
ClinicalNoteRepository::load(const QUuid &id) const
{
    return m_notes.load(id);
}

Status<RepositoryError> ClinicalNoteRepository::saveDraft(const ClinicalNote &note)
{
    if (note.status != ClinicalNote::Status::Draft)
        return RepositoryError{RepositoryError::Kind::Invalid,
                               tr("Only a draft can be saved; sign the note to finish it"),
                               {}};
    auto existing = m_notes.load(note.meta.id);
    if (!existing)
        return existing.error();
    return existing.value() ? m_notes.update(note) : m_notes.create(note);
}

Status<RepositoryError> ClinicalNoteRepository::sign(const QUuid &noteId, const QUuid &signer,
                                                     const QDateTime &at)
{
    auto existing = m_notes.load(noteId);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->meta.deleted)
        return RepositoryError{
            RepositoryError::Kind::NotFound, tr("The note no longer exists"), {}};
    ClinicalNote note = *existing.value();
    if (note.status == ClinicalNote::Status::Signed)
        return RepositoryError{RepositoryError::Kind::Final,
                               tr("The note is already signed; write an addendum to correct it"),
                               {}};
    note.status = ClinicalNote::Status::Signed;
    note.signedBy = signer;
    note.signedAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    return m_notes.update(note);
}

Status<RepositoryError> ClinicalNoteRepository::addAddendum(const ClinicalNote &addendum)
{
    if (!addendum.isAddendum())
        return RepositoryError{RepositoryError::Kind::Invalid,
                               tr("An addendum must refer to the note it corrects"),
                               {}};
    auto parent = m_notes.load(addendum.parentId);
    if (!parent)
        return parent.error();
    if (!parent.value() || parent.value()->meta.deleted)
        return RepositoryError{RepositoryError::Kind::NotFound,
                               tr("The note this addendum corrects no longer exists"),
                               {}};
    const FieldErrors problems = addendum.validateAsAddendumTo(*parent.value());
    if (!problems.isEmpty())
        return RepositoryError{RepositoryError::Kind::Invalid, tr("Some fields need attention"),
                               problems};
    return m_notes.create(addendum);
}

Result<QList<ClinicalNote>, RepositoryError>
ClinicalNoteRepository::forPatient(const QUuid &patientId) const
{
    return m_notes.loadWhere(u"patient_id = ? AND deleted = 0"_s,
                             {patientId.toString(QUuid::WithoutBraces)}, u"created_at, id"_s);
}

Result<QList<NoteSearchHit>, RepositoryError>
ClinicalNoteRepository::search(const QString &text, const QUuid &patientId, int limit) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return QList<NoteSearchHit>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT n.id, n.patient_id, n.title, "
              "snippet(clinical_notes_fts, char(2), char(3), '…', -1, 12), "
              "matchinfo(clinical_notes_fts, 'pcnalx') "
              "FROM clinical_notes_fts JOIN clinical_notes n ON n.rowid = clinical_notes_fts.docid "
              "WHERE clinical_notes_fts MATCH ? AND n.deleted = 0"_s +
              (patientId.isNull() ? QString() : u" AND n.patient_id = ?"_s));
    q.addBindValue(expression);
    if (!patientId.isNull())
        q.addBindValue(patientId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return RepositoryError{RepositoryError::Kind::Storage,
                               tr("The notes could not be searched: %1").arg(q.lastError().text()),
                               {}};
    QList<NoteSearchHit> hits;
    while (q.next()) {
        NoteSearchHit hit;
        hit.noteId = QUuid::fromString(q.value(0).toString());
        hit.patientId = QUuid::fromString(q.value(1).toString());
        hit.title = q.value(2).toString();
        takeHighlights(hit, q.value(3).toString());
        hit.rank = bm25(q.value(4).toByteArray());
        hits.append(std::move(hit));
    }
    // FTS4 has no ORDER BY rank; the matches of one cache are few enough to rank here.
    std::stable_sort(hits.begin(), hits.end(), [](const NoteSearchHit &a, const NoteSearchHit &b) {
        return a.rank > b.rank;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace nm::core
