#pragma once

#include "core/domain/ClinicalNote.h"
#include "core/storage/NoteSearchHit.h"
#include "core/storage/Repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace nm::core {

/// Clinical notes in the cache: drafts are saved freely, signing makes a note final (DESIGN §5),
/// corrections are addenda pointing at a signed note, and full-text search ranks notes with BM25
/// and returns highlighted excerpts.
class ClinicalNoteRepository {
    Q_DECLARE_TR_FUNCTIONS(ClinicalNoteRepository)

public:
    explicit ClinicalNoteRepository(QSqlDatabase db,
                                    RecordStore::Clock clock = RecordStore::Clock());

    /// Creates or updates a draft. A signed note is refused: use addAddendum().
    Status<RepositoryError> saveDraft(const ClinicalNote &note);
    /// Signs the draft \a noteId as \a signer at \a at; from then on it is immutable.
    Status<RepositoryError> sign(const QUuid &noteId, const QUuid &signer, const QDateTime &at);
    /// Stores \a addendum, whose parent must be a signed note of the same patient.
    Status<RepositoryError> addAddendum(const ClinicalNote &addendum);
    Result<std::optional<ClinicalNote>, RepositoryError> load(const QUuid &id) const;
    /// The patient's notes that are not deleted, oldest first.
    Result<QList<ClinicalNote>, RepositoryError> forPatient(const QUuid &patientId) const;
    /// Notes matching every word of \a text (each word may be a prefix: "lith" finds "lithium";
    /// accents are ignored), best first; only \a patientId's notes when it is not null.
    Result<QList<NoteSearchHit>, RepositoryError>
    search(const QString &text, const QUuid &patientId = {}, int limit = 50) const;

private:
    QSqlDatabase m_db;
    Repository<ClinicalNote> m_notes;
};

} // namespace nm::core
