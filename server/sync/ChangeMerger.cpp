#include "server/sync/ChangeMerger.h"

#include "core/domain/RecordMeta.h"

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

// An absent field and an explicit null are the same value to the protocol.
QJsonValue valueOf(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

ChangeMerger::Outcome ChangeMerger::merge(const QJsonObject &current, const QJsonObject &fields,
                                          const QStringList &serverOwned)
{
    Outcome outcome;
    outcome.merged = current;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString field = it.key();
        const QJsonObject change = it.value().toObject();
        const QJsonValue before = valueOf(change, u"old"_s);
        const QJsonValue after = valueOf(change, u"new"_s);
        const QJsonValue server = valueOf(current, field);
        if (server == after)
            continue; // already there: both sides agree
        // Identity and bookkeeping are never the client's to change, nor server-owned fields.
        const bool owned =
            serverOwned.contains(field) || nm::core::RecordMeta::jsonFields().contains(field);
        if (!owned && server == before) {
            if (after.isNull())
                outcome.merged.remove(field);
            else
                outcome.merged.insert(field, after);
            outcome.applied << field;
            continue;
        }
        outcome.conflicts.append(QJsonObject{
            {u"field"_s, field}, {u"server_value"_s, server}, {u"client_value"_s, after}});
    }
    return outcome;
}

} // namespace nm::server
