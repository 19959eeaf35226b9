// RequestBody: a body that is not a JSON object, or has fields of the wrong type, answers 422
// invalid_body. (QHttpServerRequest has no public constructor in Qt 6.4, so the bytes overload
// is what this tests; object(request) only forwards request.body().)

#include "core/domain/JsonReader.h"
#include "server/http/RequestBody.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::RequestBody;

class TestServerRequestBody final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsAnObject()
    {
        const auto body = RequestBody::object(QByteArray(R"({"username":"kim","extra":1})"));
        QVERIFY(body.ok());
        QCOMPARE(body.value().value(u"username"_s).toString(), u"kim"_s);
    }

    void refusesWhatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray(R"("text")");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("truncated") << QByteArray(R"({"a":)");
        QTest::newRow("not json") << QByteArray("password=hunter2");
    }

    void refusesWhatIsNotAnObject()
    {
        QFETCH(QByteArray, body);
        const auto parsed = RequestBody::object(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().status(), 422);
        QCOMPARE(parsed.error().code(), u"invalid_body"_s);
        QCOMPARE(parsed.error().toResponse().mimeType(), QByteArray("application/problem+json"));
        // The body may hold a secret; the answer never echoes it.
        QVERIFY(!parsed.error().toResponse().data().contains("hunter2"));
    }

    void wrongTypesNameEveryField()
    {
        const auto body =
            RequestBody::object(QByteArray(R"({"username":7,"display_name":"Kim","roles":"x"})"));
        QVERIFY(body.ok());
        nm::core::FieldErrors errors;
        nm::core::JsonReader reader(body.value(), errors);
        reader.string("username"_L1);
        reader.stringList("roles"_L1);
        QCOMPARE(errors.size(), 2);

        const nm::server::ProblemDetails problem = RequestBody::invalid(errors);
        QCOMPARE(problem.status(), 422);
        QCOMPARE(problem.code(), u"invalid_body"_s);
        const QJsonArray listed = problem.toJson().value(u"errors"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(u"field"_s).toString(), u"username"_s);
        QCOMPARE(listed.at(1).toObject().value(u"field"_s).toString(), u"roles"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerRequestBody)
#include "tst_serverrequestbody.moc"
