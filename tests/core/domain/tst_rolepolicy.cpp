#include "core/domain/RolePolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::Permission;
using nm::core::Role;
using nm::core::RolePolicy;

Q_DECLARE_METATYPE(nm::core::Role)

class TestRolePolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrixIsExactlyDesign7_data();
    void matrixIsExactlyDesign7();
    void safetyBoundaries();
    void rolesCombineAsUnion();
    void permissionIdsAreStableAndRoundTrip();
    void roleIdsAreStableAndRoundTrip();
};

void TestRolePolicy::matrixIsExactlyDesign7_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("permissions");
    // Written out as ids, not enumerators, so renaming an enumerator cannot hide a change.
    QTest::newRow("admin") << Role::Admin << QStringList{u"users.manage"_s, u"audit.read"_s};
    QTest::newRow("psychiatrist") << Role::Psychiatrist
                                  << QStringList{u"clinical.read"_s,      u"clinical.write"_s,
                                                 u"notes.sign"_s,         u"medications.write"_s,
                                                 u"observations.write"_s, u"assessments.write"_s,
                                                 u"appointments.write"_s, u"break_glass"_s};
    QTest::newRow("nurse") << Role::Nurse
                           << QStringList{u"clinical.read"_s, u"observations.write"_s,
                                          u"assessments.write"_s, u"appointments.write"_s};
    QTest::newRow("auditor") << Role::Auditor << QStringList{u"audit.read"_s};
    QTest::newRow("researcher") << Role::Researcher << QStringList{u"export.deidentified"_s};
}

void TestRolePolicy::matrixIsExactlyDesign7()
{
    QFETCH(Role, role);
    QFETCH(QStringList, permissions);
    QCOMPARE(RolePolicy::permissionIds({role}), permissions);
    // Every permission is either granted or refused, exactly as listed.
    for (Permission permission : nm::core::enumValues<Permission>())
        QCOMPARE(RolePolicy::allows({role}, permission),
                 permissions.contains(nm::core::enumId(permission)));
}

void TestRolePolicy::safetyBoundaries()
{
    // The lines DESIGN §7 draws in words, checked one by one.
    const QList<Permission> clinical{Permission::ClinicalRead,      Permission::ClinicalWrite,
                                     Permission::NotesSign,         Permission::MedicationsWrite,
                                     Permission::ObservationsWrite, Permission::AssessmentsWrite,
                                     Permission::AppointmentsWrite, Permission::BreakGlass};
    for (Permission permission : clinical) {
        QVERIFY(!RolePolicy::allows({Role::Admin}, permission));
        QVERIFY(!RolePolicy::allows({Role::Auditor}, permission));
        QVERIFY(!RolePolicy::allows({Role::Researcher}, permission));
    }
    QVERIFY(!RolePolicy::allows({Role::Nurse}, Permission::NotesSign));
    QVERIFY(!RolePolicy::allows({Role::Nurse}, Permission::MedicationsWrite));
    QVERIFY(!RolePolicy::allows({Role::Nurse}, Permission::BreakGlass));
    QVERIFY(RolePolicy::allows({Role::Psychiatrist}, Permission::BreakGlass));
    QVERIFY(!RolePolicy::allows({Role::Psychiatrist}, Permission::UsersManage));
    QVERIFY(!RolePolicy::allows({Role::Psychiatrist}, Permission::AuditRead));
    QVERIFY(!RolePolicy::allows({Role::Psychiatrist}, Permission::ExportDeidentified));
    QVERIFY(RolePolicy::permissionsFor(QList<Role>{}).isEmpty());
}

void TestRolePolicy::rolesCombineAsUnion()
{
    QCOMPARE(RolePolicy::permissionIds({Role::Auditor, Role::Admin, Role::Auditor}),
             (QStringList{u"users.manage"_s, u"audit.read"_s}));
    QCOMPARE(RolePolicy::permissionIds({Role::Researcher, Role::Nurse}),
             (QStringList{u"clinical.read"_s, u"observations.write"_s, u"assessments.write"_s,
                          u"appointments.write"_s, u"export.deidentified"_s}));
    QVERIFY(RolePolicy::allows({Role::Nurse, Role::Auditor}, Permission::AuditRead));
}

void TestRolePolicy::permissionIdsAreStableAndRoundTrip()
{
    QCOMPARE(nm::core::enumIds<Permission>(),
             (QStringList{u"users.manage"_s, u"audit.read"_s, u"clinical.read"_s,
                          u"clinical.write"_s, u"notes.sign"_s, u"medications.write"_s,
                          u"observations.write"_s, u"assessments.write"_s, u"appointments.write"_s,
                          u"export.deidentified"_s, u"break_glass"_s}));
    for (Permission permission : nm::core::enumValues<Permission>())
        QCOMPARE(nm::core::enumFromId<Permission>(QString(nm::core::enumId(permission))),
                 permission);
    QVERIFY(!nm::core::enumFromId<Permission>(u"Users.Manage").has_value());
    QVERIFY(!nm::core::enumFromId<Permission>(u"").has_value());
}

void TestRolePolicy::roleIdsAreStableAndRoundTrip()
{
    QCOMPARE(nm::core::enumIds<Role>(), (QStringList{u"admin"_s, u"psychiatrist"_s, u"nurse"_s,
                                                     u"auditor"_s, u"researcher"_s}));
    for (Role role : nm::core::enumValues<Role>())
        QCOMPARE(nm::core::enumFromId<Role>(QString(nm::core::enumId(role))), role);
}

QTEST_GUILESS_MAIN(TestRolePolicy)
#include "tst_rolepolicy.moc"
