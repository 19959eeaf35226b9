#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace nm::server {

/// The three-way merge of one pushed update (DESIGN §7), per field: a field is applied when the
/// server's current value is the one the client started from (`old`); when the server already
/// holds the client's `new` value there is nothing to do; otherwise the server keeps its value
/// and the field is reported as a conflict, so the clinician's value is never silently lost and
/// never silently wins.
class ChangeMerger {
public:
    struct Outcome {
        QJsonObject merged;   ///< the current record with the applied fields
        QStringList applied;  ///< fields whose value changed
        QJsonArray conflicts; ///< [{field, server_value, client_value}]
    };

    /// \a fields is the push's {name: {old, new}}; \a serverOwned fields always conflict when the
    /// client tries to change them.
    static Outcome merge(const QJsonObject &current, const QJsonObject &fields,
                         const QStringList &serverOwned);
};

} // namespace nm::server
