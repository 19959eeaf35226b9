#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace nm::core {

/// One field both this workstation and the server changed (DESIGN §7): the server kept its
/// value, and the clinician's waits here to be chosen or dismissed in the Conflicts view.
struct SyncConflict {
    qint64 id = 0;
    QString changeId;
    QString entity;
    QString recordId;
    QString field;
    QJsonValue serverValue;
    QJsonValue clientValue;
    QDateTime createdAt;
};

} // namespace nm::core
