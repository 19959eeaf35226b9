#include "core/domain/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::Role;
using nm::core::User;

namespace {

User admin()
{
    User u;
    u.id = QUuid(u"3b8f1c2e-5d6a-4e7f-8091-a2b3c4d5e6f7"_s);
    u.username = u"m.dupont-2_admin"_s;
    u.displayName = u"Dr. Marie-Hélène Dupont 🩺"_s;
    u.email = u"marie-helene.dupont@clinic.example"_s;
    u.roles = {Role::Admin, Role::Psychiatrist};
    u.active = false;
    u.mfaEnrolled = true;
    u.mustChangePassword = true;
    return u;
}

} // namespace

class TestUser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminIsValid();
    void usernameShapes_data();
    void usernameShapes();
    void everyProblemIsReportedAtOnce();
    void jsonRoundTripsEveryField();
    void missingFlagsTakeDefaults();
    void wrongTypesNameTheField();
};

void TestUser::adminIsValid()
{
    const FieldErrors errors = admin().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestUser::usernameShapes_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("messages");
    const QString length = u"A username must be 3 to 64 characters long."_s;
    const QString characters = u"A username may contain only letters A–Z and a–z, digits 0–9, "
                               "dots, underscores and hyphens."_s;
    QTest::newRow("3") << u"abc"_s << QStringList();
    QTest::newRow("64") << QString(64, u'a') << QStringList();
    QTest::newRow("2") << u"ab"_s << QStringList{length};
    QTest::newRow("65") << QString(65, u'a') << QStringList{length};
    QTest::newRow("all allowed") << u"A.z_0-9"_s << QStringList();
    QTest::newRow("space") << u"marie dupont"_s << QStringList{characters};
    QTest::newRow("at sign") << u"marie@clinic"_s << QStringList{characters};
    QTest::newRow("accent") << u"hélène"_s << QStringList{characters};
    QTest::newRow("short and bad") << u"é"_s << QStringList{length, characters};
    QTest::newRow("empty") << QString() << QStringList{u"Enter a username."_s};
}

void TestUser::usernameShapes()
{
    QFETCH(QString, username);
    QFETCH(QStringList, messages);
    QCOMPARE(User::isUsername(username), messages.isEmpty());
    User u = admin();
    u.username = username;
    QCOMPARE(u.validate().messagesFor(u"username"), messages);
}

void TestUser::everyProblemIsReportedAtOnce()
{
    User u;
    u.email = u"nobody"_s;
    const FieldErrors errors = u.validate();
    QCOMPARE(errors.fields(),
             (QStringList{u"id"_s, u"username"_s, u"display_name"_s, u"email"_s, u"roles"_s}));
    QCOMPARE(errors.messagesFor(u"roles"), QStringList{u"Choose at least one role."_s});
    QCOMPARE(errors.messagesFor(u"display_name"),
             QStringList{u"Enter the name to show for this account."_s});
}

void TestUser::jsonRoundTripsEveryField()
{
    const User original = admin();
    const QJsonObject json = original.toJson();
    const auto decoded = User::fromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object());
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
    QVERIFY(decoded.value() == original);
    QCOMPARE(decoded.value().toJson(), json);
    QCOMPARE(json.value("roles"_L1).toArray(), (QJsonArray{u"admin"_s, u"psychiatrist"_s}));
    QCOMPARE(json.value("id"_L1).toString(), u"3b8f1c2e-5d6a-4e7f-8091-a2b3c4d5e6f7"_s);
    QCOMPARE(json.value("must_change_password"_L1).toBool(), true);

    User every = original;
    every.roles = nm::core::enumValues<Role>();
    every.email.clear();
    QVERIFY(User::fromJson(every.toJson()).value() == every);
}

void TestUser::missingFlagsTakeDefaults()
{
    const auto decoded =
        User::fromJson(QJsonObject{{"username"_L1, u"nurse.kim"_s}, {"extra"_L1, 1}});
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().active, true);
    QCOMPARE(decoded.value().mfaEnrolled, false);
    QCOMPARE(decoded.value().mustChangePassword, false);
    QVERIFY(decoded.value().roles.isEmpty());
}

void TestUser::wrongTypesNameTheField()
{
    QJsonObject json = admin().toJson();
    json.insert("roles"_L1, QJsonArray{u"admin"_s, u"superuser"_s});
    json.insert("active"_L1, 1);
    const auto decoded = User::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), (QStringList{u"roles"_s, u"active"_s}));
    QCOMPARE(decoded.error().messagesFor(u"roles"),
             QStringList{u"Expected a list whose entries are each one of: admin, psychiatrist, "
                         "nurse, auditor, researcher."_s});
}

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
