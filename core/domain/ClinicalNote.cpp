#include "core/domain/ClinicalNote.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

using namespace Qt::StringLiterals;

namespace nm::core {

FieldErrors ClinicalNote::validate() const
{
    FieldErrors errors = meta.validate();
    if (patientId.isNull())
        errors.add(u"patient_id"_s, tr("The note is not linked to a patient."));
    if (FieldRules::characterCount(title) > MaxTitleLength)
        errors.add(u"title"_s,
                   tr("The title can be at most %n characters.", nullptr, int(MaxTitleLength)));

    if (status == Status::Signed) {
        if (FieldRules::isBlank(body))
            errors.add(u"body"_s, tr("A note cannot be signed without text."));
        if (!signedAt.isValid())
            errors.add(u"signed_at"_s, tr("A signed note must record when it was signed."));
        if (signedBy.isNull())
            errors.add(u"signed_by"_s, tr("A signed note must record who signed it."));
    } else {
        // A draft carrying a signature would look signed to a reader that checks only one field.
        if (signedAt.isValid())
            errors.add(u"signed_at"_s, tr("A draft note cannot have a signing time."));
        if (!signedBy.isNull())
            errors.add(u"signed_by"_s, tr("A draft note cannot have a signer."));
    }

    if (isAddendum() && parentId == meta.id)
        errors.add(u"parent_id"_s, tr("A note cannot be an addendum to itself."));
    return errors;
}

FieldErrors ClinicalNote::validateAsAddendumTo(const ClinicalNote &parent) const
{
    FieldErrors errors;
    if (parentId.isNull() || parentId != parent.meta.id) {
        errors.add(u"parent_id"_s, tr("This addendum does not refer to that note."));
        return errors;
    }
    if (parent.status != Status::Signed)
        errors.add(u"parent_id"_s, tr("An addendum can only amend a signed note; edit the draft "
                                      "itself instead."));
    if (parent.meta.deleted)
        errors.add(u"parent_id"_s, tr("An addendum cannot amend a deleted note."));
    if (parent.patientId != patientId)
        errors.add(u"parent_id"_s,
                   tr("An addendum must be about the same patient as the note it amends."));
    return errors;
}

QJsonObject ClinicalNote::toJson() const
{
    QJsonObject object{
        {"patient_id"_L1, JsonValues::fromUuid(patientId)},
        {"type"_L1, enumId(type)},
        {"title"_L1, title},
        {"body"_L1, body},
        {"status"_L1, enumId(status)},
        {"signed_at"_L1, JsonValues::fromInstant(signedAt)},
        {"signed_by"_L1, JsonValues::fromUuid(signedBy)},
        {"parent_id"_L1, JsonValues::fromUuid(parentId)},
    };
    meta.writeTo(object);
    return object;
}

Result<ClinicalNote, FieldErrors> ClinicalNote::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    ClinicalNote note;
    note.meta = RecordMeta::readFrom(object, errors);
    note.patientId = reader.uuid("patient_id"_L1);
    note.type = reader.enumValue("type"_L1, Type::Progress);
    note.title = reader.string("title"_L1);
    note.body = reader.string("body"_L1);
    note.status = reader.enumValue("status"_L1, Status::Draft);
    note.signedAt = reader.instant("signed_at"_L1);
    note.signedBy = reader.uuid("signed_by"_L1);
    note.parentId = reader.uuid("parent_id"_L1);
    if (!errors.isEmpty())
        return errors;
    return note;
}

} // namespace nm::core
