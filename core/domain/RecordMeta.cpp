#include "core/domain/RecordMeta.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"
#include "core/domain/TimeOrderedUuid.h"

using namespace Qt::StringLiterals;

namespace nm::core {

RecordMeta RecordMeta::create(const QUuid &createdBy, const QDateTime &now)
{
    // Through the millisecond count so the value equals what a JSON round trip gives back.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    RecordMeta meta;
    meta.id = TimeOrderedUuid::create(at);
    meta.createdAt = at;
    meta.updatedAt = at;
    meta.createdBy = createdBy;
    return meta;
}

FieldErrors RecordMeta::validate() const
{
    FieldErrors errors;
    if (id.isNull())
        errors.add(u"id"_s, tr("The record has no id."));
    if (version < 0)
        errors.add(u"version"_s, tr("The version cannot be negative."));
    if (!createdAt.isValid())
        errors.add(u"created_at"_s, tr("The time the record was created is missing."));
    if (!updatedAt.isValid())
        errors.add(u"updated_at"_s, tr("The time the record was last changed is missing."));
    else if (createdAt.isValid() && updatedAt < createdAt)
        errors.add(u"updated_at"_s,
                   tr("The time the record was last changed cannot be before it was created."));
    if (createdBy.isNull())
        errors.add(u"created_by"_s, tr("The record does not say who created it."));
    return errors;
}

const QStringList &RecordMeta::jsonFields()
{
    static const QStringList fields = {u"id"_s,         u"version"_s,    u"created_at"_s,
                                       u"updated_at"_s, u"created_by"_s, u"deleted"_s};
    return fields;
}

void RecordMeta::writeTo(QJsonObject &object) const
{
    object.insert("id"_L1, JsonValues::fromUuid(id));
    object.insert("version"_L1, version);
    object.insert("created_at"_L1, JsonValues::fromInstant(createdAt));
    object.insert("updated_at"_L1, JsonValues::fromInstant(updatedAt));
    object.insert("created_by"_L1, JsonValues::fromUuid(createdBy));
    object.insert("deleted"_L1, deleted);
}

RecordMeta RecordMeta::readFrom(const QJsonObject &object, FieldErrors &errors)
{
    JsonReader reader(object, errors);
    RecordMeta meta;
    meta.id = reader.uuid("id"_L1);
    meta.version = reader.integer("version"_L1);
    meta.createdAt = reader.instant("created_at"_L1);
    meta.updatedAt = reader.instant("updated_at"_L1);
    meta.createdBy = reader.uuid("created_by"_L1);
    meta.deleted = reader.boolean("deleted"_L1);
    return meta;
}

} // namespace nm::core
