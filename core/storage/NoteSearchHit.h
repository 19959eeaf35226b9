#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <utility>

namespace nm::core {

/// One note found by full-text search: where it is, an excerpt around the matches and which
/// characters of the excerpt matched, so a view can highlight them however it draws text.
struct NoteSearchHit {
    QUuid noteId;
    QUuid patientId;
    QString title;
    QString snippet;
    QList<std::pair<qsizetype, qsizetype>> highlights; ///< (start, length) within snippet
    double rank = 0;                                   ///< BM25; higher is more relevant
};

} // namespace nm::core
