#include "core/storage/CacheTables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// Qt binds a null QString as SQL NULL, and an empty JSON string can read back as a null QString;
// NOT NULL text columns get a real empty string.
QString text(const QJsonObject &doc, const QString &field)
{
    const QString value = doc.value(field).toString();
    return value.isNull() ? u""_s : value;
}

// Empty strings become NULL: an absent parent or clinician must not look like a reference.
QVariant textOrNull(const QJsonObject &doc, const QString &field)
{
    const QString value = doc.value(field).toString();
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant instantOrNull(const QJsonObject &doc, const QString &field)
{
    const QDateTime at = QDateTime::fromString(doc.value(field).toString(), Qt::ISODateWithMs);
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QVariant numberOrNull(const QJsonObject &doc, const QString &field)
{
    const QJsonValue value = doc.value(field);
    return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
}

// Space-separated ids ("suicide_risk self_harm"), so a filter can test membership with LIKE.
QString joined(const QJsonObject &doc, const QString &field)
{
    QStringList ids;
    for (const QJsonValue &value : doc.value(field).toArray())
        ids << value.toString();
    return ids.isEmpty() ? u""_s : ids.join(u' ');
}

Status<QString> writeCareTeam(QSqlDatabase &db, const QString &patientId, const QJsonObject &doc)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM patient_care_team WHERE patient_id = ?"_s);
    q.addBindValue(patientId);
    if (!q.exec())
        return q.lastError().text();
    q.prepare(
        u"INSERT OR IGNORE INTO patient_care_team (patient_id, clinician_id) VALUES (?, ?)"_s);
    for (const QJsonValue &clinician : doc.value(u"care_team"_s).toArray()) {
        q.bindValue(0, patientId);
        q.bindValue(1, clinician.toString());
        if (!q.exec())
            return q.lastError().text();
    }
    return Done{};
}

} // namespace

RecordTable CacheTables::patients()
{
    return {u"patient"_s,
            u"patients"_s,
            {u"mrn"_s, u"family_name"_s, u"given_name"_s, u"preferred_name"_s, u"date_of_birth"_s,
             u"risk_flags"_s, u"synthetic"_s},
            [](const QJsonObject &doc) {
                return QVariantList{text(doc, u"mrn"_s),
                                    text(doc, u"family_name"_s),
                                    text(doc, u"given_name"_s),
                                    text(doc, u"preferred_name"_s),
                                    textOrNull(doc, u"date_of_birth"_s),
                                    joined(doc, u"risk_flags"_s),
                                    doc.value(u"synthetic"_s).toBool() ? 1 : 0};
            },
            {},
            writeCareTeam};
}

RecordTable CacheTables::clinicalNotes()
{
    return {u"clinical_note"_s,
            u"clinical_notes"_s,
            {u"patient_id"_s, u"type"_s, u"status"_s, u"title"_s, u"body"_s, u"parent_id"_s,
             u"signed_at"_s},
            [](const QJsonObject &doc) {
                return QVariantList{text(doc, u"patient_id"_s),
                                    text(doc, u"type"_s),
                                    text(doc, u"status"_s),
                                    text(doc, u"title"_s),
                                    text(doc, u"body"_s),
                                    textOrNull(doc, u"parent_id"_s),
                                    instantOrNull(doc, u"signed_at"_s)};
            },
            [](const QJsonObject &doc) { return text(doc, u"status"_s) == "signed"_L1; },
            {}};
}

RecordTable CacheTables::assessments()
{
    return {u"assessment"_s,
            u"assessments"_s,
            {u"patient_id"_s, u"instrument_id"_s, u"status"_s, u"administered_at"_s,
             u"total_score"_s, u"band"_s, u"flags"_s},
            [](const QJsonObject &doc) {
                return QVariantList{text(doc, u"patient_id"_s),
                                    text(doc, u"instrument_id"_s),
                                    text(doc, u"status"_s),
                                    instantOrNull(doc, u"administered_at"_s),
                                    numberOrNull(doc, u"total_score"_s),
                                    textOrNull(doc, u"band"_s),
                                    joined(doc, u"flags"_s)};
            },
            [](const QJsonObject &doc) { return text(doc, u"status"_s) == "completed"_L1; },
            {}};
}

RecordTable CacheTables::medications()
{
    return {u"medication"_s,
            u"medications"_s,
            {u"patient_id"_s, u"name"_s, u"start_date"_s, u"stop_date"_s},
            [](const QJsonObject &doc) {
                return QVariantList{text(doc, u"patient_id"_s), text(doc, u"name"_s),
                                    textOrNull(doc, u"start_date"_s),
                                    textOrNull(doc, u"stop_date"_s)};
            },
            {},
            {}};
}

RecordTable CacheTables::appointments()
{
    return {u"appointment"_s,
            u"appointments"_s,
            {u"patient_id"_s, u"clinician_id"_s, u"start_at"_s, u"duration_minutes"_s, u"status"_s},
            [](const QJsonObject &doc) {
                return QVariantList{text(doc, u"patient_id"_s), textOrNull(doc, u"clinician_id"_s),
                                    instantOrNull(doc, u"start"_s),
                                    doc.value(u"duration_minutes"_s).toInt(),
                                    text(doc, u"status"_s)};
            },
            {},
            {}};
}

std::optional<RecordTable> CacheTables::forEntity(QStringView name)
{
    for (RecordTable table :
         {patients(), clinicalNotes(), assessments(), medications(), appointments()}) {
        if (table.entity == name)
            return table;
    }
    return std::nullopt;
}

} // namespace nm::core
