#include "core/domain/Assessment.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

FieldErrors Assessment::validate() const
{
    FieldErrors errors = meta.validate();
    if (patientId.isNull())
        errors.add(u"patient_id"_s, tr("The assessment is not linked to a patient."));
    if (FieldRules::isBlank(instrumentId))
        errors.add(u"instrument_id"_s, tr("Choose the instrument."));
    if (instrumentVersion < 1)
        errors.add(u"instrument_version"_s, tr("The instrument version must be 1 or higher."));
    if (status == Status::Completed && !administeredAt.isValid())
        errors.add(u"administered_at"_s,
                   tr("A completed assessment must record when it was administered."));

    QSet<QString> seenItems;
    bool reportedBlank = false;
    for (const ItemResponse &response : responses) {
        if (FieldRules::isBlank(response.itemId)) {
            if (!reportedBlank)
                errors.add(u"responses"_s, tr("A response does not name its item."));
            reportedBlank = true;
            continue;
        }
        if (seenItems.contains(response.itemId))
            errors.add(u"responses"_s,
                       tr("Item “%1” is answered more than once.").arg(response.itemId));
        seenItems.insert(response.itemId);
        if (response.score && !std::isfinite(*response.score))
            errors.add(u"responses"_s,
                       tr("The score of item “%1” is not a number.").arg(response.itemId));
    }
    return errors;
}

QJsonObject Assessment::toJson() const
{
    QJsonArray responseArray;
    for (const ItemResponse &response : responses)
        responseArray.append(QJsonObject{{"item_id"_L1, response.itemId},
                                         {"score"_L1, JsonValues::fromNumber(response.score)}});
    QJsonObject subscales;
    for (auto it = subscaleScores.cbegin(); it != subscaleScores.cend(); ++it)
        subscales.insert(it.key(), it.value());

    QJsonObject object{
        {"patient_id"_L1, JsonValues::fromUuid(patientId)},
        {"instrument_id"_L1, instrumentId},
        {"instrument_version"_L1, instrumentVersion},
        {"responses"_L1, responseArray},
        {"administered_at"_L1, JsonValues::fromInstant(administeredAt)},
        {"status"_L1, enumId(status)},
        {"total_score"_L1, JsonValues::fromNumber(totalScore)},
        {"subscale_scores"_L1, subscales},
        {"band"_L1, band},
        {"flags"_L1, QJsonArray::fromStringList(flags)},
        {"administered_by"_L1, JsonValues::fromUuid(administeredBy)},
    };
    meta.writeTo(object);
    return object;
}

Result<Assessment, FieldErrors> Assessment::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Assessment assessment;
    assessment.meta = RecordMeta::readFrom(object, errors);
    assessment.patientId = reader.uuid("patient_id"_L1);
    assessment.instrumentId = reader.string("instrument_id"_L1);
    assessment.instrumentVersion = reader.int32("instrument_version"_L1, 1);

    const QJsonArray responseArray = reader.array("responses"_L1);
    for (const QJsonValue &element : responseArray) {
        // Each response is read with its own reader; a bad one is reported on "responses" so a
        // form can point at the list, with the item named where it is known.
        FieldErrors responseErrors;
        JsonReader responseReader(element.toObject(), responseErrors);
        ItemResponse response;
        response.itemId = responseReader.string("item_id"_L1);
        response.score = responseReader.number("score"_L1);
        if (!element.isObject() || !responseErrors.isEmpty()) {
            errors.add(u"responses"_s, tr("Expected a list of objects, each with an item id "
                                          "(text) and a score (a number or null)."));
            break;
        }
        assessment.responses.append(response);
    }

    assessment.administeredAt = reader.instant("administered_at"_L1);
    assessment.status = reader.enumValue("status"_L1, Status::InProgress);
    assessment.totalScore = reader.number("total_score"_L1);

    const QJsonObject subscales = reader.object("subscale_scores"_L1);
    for (auto it = subscales.constBegin(); it != subscales.constEnd(); ++it) {
        if (!it.value().isDouble()) {
            errors.add(u"subscale_scores"_s,
                       tr("Expected an object whose values are numbers, one per subscale."));
            break;
        }
        assessment.subscaleScores.insert(it.key(), it.value().toDouble());
    }

    assessment.band = reader.string("band"_L1);
    assessment.flags = reader.stringList("flags"_L1);
    assessment.administeredBy = reader.uuid("administered_by"_L1);
    if (!errors.isEmpty())
        return errors;
    return assessment;
}

} // namespace nm::core
