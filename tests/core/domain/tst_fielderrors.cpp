#include "core/domain/FieldErrors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;

class TestFieldErrors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void collectsPerField();
    void nestedFieldsAreDotted();
    void summaryNamesEachField();
};

void TestFieldErrors::startsEmpty()
{
    const FieldErrors errors;
    QVERIFY(errors.isEmpty());
    QCOMPARE(errors.size(), 0);
    QVERIFY(errors.fields().isEmpty());
    QVERIFY(errors.messagesFor(u"mrn").isEmpty());
    QCOMPARE(errors.toString(), QString());
}

void TestFieldErrors::collectsPerField()
{
    FieldErrors errors;
    errors.add(u"username"_s, u"Too short."_s);
    errors.add(u"email"_s, u"Bad shape."_s);
    errors.add(u"username"_s, u"Bad characters."_s);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.fields(), (QStringList{u"username"_s, u"email"_s}));
    QCOMPARE(errors.messagesFor(u"username"), (QStringList{u"Too short."_s, u"Bad characters."_s}));
    QVERIFY(errors.contains(u"email"));
    QVERIFY(!errors.contains(u"mail"));
    QCOMPARE(errors.list().at(1).field, u"email"_s);
}

void TestFieldErrors::nestedFieldsAreDotted()
{
    FieldErrors contact;
    contact.add(u"phone"_s, u"Too few digits."_s);
    FieldErrors errors;
    errors.add(u"mrn"_s, u"Required."_s);
    errors.append(contact, u"emergency_contact"_s);
    errors.append(contact);
    QCOMPARE(errors.fields(), (QStringList{u"mrn"_s, u"emergency_contact.phone"_s, u"phone"_s}));
    QCOMPARE(errors.messagesFor(u"emergency_contact.phone"), QStringList{u"Too few digits."_s});
}

void TestFieldErrors::summaryNamesEachField()
{
    FieldErrors errors;
    errors.add(u"date_of_birth"_s, u"Expected a date as YYYY-MM-DD."_s);
    errors.add(u"mrn"_s, u"Expected text."_s);
    QCOMPARE(errors.toString(),
             u"date_of_birth: Expected a date as YYYY-MM-DD.\nmrn: Expected text."_s);
}

QTEST_GUILESS_MAIN(TestFieldErrors)
#include "tst_fielderrors.moc"
