#pragma once

#include "core/domain/Observation.h"
#include "core/sync/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nm::core {

/// One page of GET /api/v1/sync/changes, decoded: what SyncEngine writes into the cache. Built
/// off the GUI thread (decode() is thread-safe), so the workstation parses the next page while it
/// writes this one.
class PulledPage {
    Q_DECLARE_TR_FUNCTIONS(PulledPage)

public:
    struct Change {
        QString entity;
        QString id;
        /// The server's record: meta fields and the entity's own.
        QJsonObject data;
        /// For an observation: the reading decoded from data, or std::nullopt if it does not
        /// decode (the page is then refused as a whole).
        std::optional<Observation> observation;
    };

    /// Decodes the body of a page; a Kind::Decode error if it is not one.
    static Result<PulledPage, ApiError> decode(const QByteArray &body);
    /// The cursor of the page after this one from the answer's Link header
    /// (`</api/v1/sync/changes?since=N&…>; rel="next"`); empty when there is none.
    static QString nextFromLink(const QByteArray &link);

    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
    /// Rows after this page, when the request asked (count=true); -1 otherwise.
    qint64 remaining = -1;
};

} // namespace nm::core
