#pragma once

#include "core/domain/RecordMeta.h"

#include <QJsonDocument>
#include <QJsonObject>

// Shared by the domain tests: fixed values, so no test depends on the clock or on randomness.
namespace nm::test {

inline nm::core::RecordMeta fixedMeta()
{
    using namespace Qt::StringLiterals;
    nm::core::RecordMeta meta;
    meta.id = QUuid(u"6f1c2a34-8e0b-4c5d-9a7e-1b2c3d4e5f60"_s);
    meta.version = 42;
    meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    meta.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 250), Qt::UTC);
    meta.createdBy = QUuid(u"0a0b0c0d-1111-4222-8333-444455556666"_s);
    return meta;
}

inline QUuid patientId()
{
    using namespace Qt::StringLiterals;
    return QUuid(u"5e5e5e5e-1234-4abc-8def-0123456789ab"_s);
}

inline QUuid clinicianId()
{
    using namespace Qt::StringLiterals;
    return QUuid(u"11111111-2222-4333-8444-555555555555"_s);
}

/// Through text and back, as a record crosses the network.
inline QJsonObject reparsed(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace nm::test
