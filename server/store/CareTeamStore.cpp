#include "server/store/CareTeamStore.h"

#include "server/store/SqlSupport.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {} // namespace

CareTeamStore::CareTeamStore(const ServerDatabase &database)
    : m_database(database)
{}

nm::core::Result<QList<CareTeamStore::Member>, QString>
CareTeamStore::members(const QUuid &patientId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT c.user_id, u.username, u.display_name, u.roles, c.assigned_by, "
              "c.assigned_at FROM care_team c JOIN users u ON u.id = c.user_id "
              "WHERE c.patient_id = ? ORDER BY u.username"_s);
    q.addBindValue(idText(patientId));
    if (!q.exec())
        return sqlFailure(u"Reading the care team"_s, q);
    QList<Member> members;
    while (q.next())
        members.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toString().split(u' ', Qt::SkipEmptyParts),
                        QUuid::fromString(q.value(4).toString()),
                        QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)});
    return members;
}

nm::core::Status<QString> CareTeamStore::replace(const QUuid &patientId,
                                                 const QList<QUuid> &userIds,
                                                 const QUuid &assignedBy, qint64 nowMs)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Saving the care team failed: cannot begin a transaction"_s;
    auto fail = [&db](const QString &doing, const QSqlQuery &q) {
        const QString message = sqlFailure(doing, q);
        db.rollback();
        return message;
    };
    // Writes only, no read first: on SQLite a transaction that reads before it writes fails with
    // SQLITE_BUSY_SNAPSHOT when another request wrote in between.
    QStringList keep;
    for (const QUuid &id : userIds)
        keep << idText(id);
    QSqlQuery remove(db);
    QString placeholders = keep.isEmpty() ? QString() : u"?"_s;
    for (qsizetype i = 1; i < keep.size(); ++i)
        placeholders += u", ?"_s;
    remove.prepare(
        keep.isEmpty()
            ? u"DELETE FROM care_team WHERE patient_id = ?"_s
            : u"DELETE FROM care_team WHERE patient_id = ? AND user_id NOT IN (%1)"_s.arg(
                  placeholders));
    remove.addBindValue(idText(patientId));
    for (const QString &userId : std::as_const(keep))
        remove.addBindValue(userId);
    if (!remove.exec())
        return fail(u"Removing care team members"_s, remove);
    for (const QString &userId : std::as_const(keep)) {
        // Members who stay keep their original assignment. (The casts tell PostgreSQL the
        // parameters' types, which a bare SELECT list does not.)
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO care_team (patient_id, user_id, assigned_by, assigned_at) "
                    "SELECT CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS bigint) "
                    "WHERE NOT EXISTS (SELECT 1 FROM care_team "
                    "WHERE patient_id = ? AND user_id = ?)"_s);
        add.addBindValue(idText(patientId));
        add.addBindValue(userId);
        add.addBindValue(idText(assignedBy));
        add.addBindValue(nowMs);
        add.addBindValue(idText(patientId));
        add.addBindValue(userId);
        if (!add.exec())
            return fail(u"Adding a care team member"_s, add);
    }
    if (!db.commit()) {
        db.rollback();
        return u"Saving the care team failed: the commit was refused"_s;
    }
    return nm::core::Done{};
}

nm::core::Result<bool, QString> CareTeamStore::mayAccess(const QUuid &userId,
                                                         const QUuid &patientId, qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT (SELECT count(*) FROM care_team WHERE patient_id = ? AND user_id = ?) + "
              "(SELECT count(*) FROM break_glass_grants WHERE patient_id = ? AND user_id = ? "
              "AND expires_at > ?)"_s);
    q.addBindValue(idText(patientId));
    q.addBindValue(idText(userId));
    q.addBindValue(idText(patientId));
    q.addBindValue(idText(userId));
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return sqlFailure(u"Checking access to the patient"_s, q);
    return q.value(0).toLongLong() > 0;
}

} // namespace nm::server
