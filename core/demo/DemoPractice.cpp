#include "core/demo/DemoPractice.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

template <typename Record>
void appendLines(QByteArray &out, QLatin1StringView entity, const QList<Record> &records)
{
    for (const Record &record : records) {
        // QJsonObject keeps its keys sorted, so the text depends on the values alone.
        const QJsonObject line{{"entity"_L1, entity}, {"data"_L1, record.toJson()}};
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
}

} // namespace

QByteArray DemoPractice::toJsonLines() const
{
    QByteArray out;
    appendLines(out, "patient"_L1, patients);
    appendLines(out, "clinical_note"_L1, notes);
    appendLines(out, "assessment"_L1, assessments);
    appendLines(out, "medication"_L1, medications);
    appendLines(out, "appointment"_L1, appointments);
    appendLines(out, "observation"_L1, observations);
    return out;
}

} // namespace nm::core
