// The problem+json document every API error is.

#include "server/http/ProblemDetails.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::ProblemDetails;

class TestProblemDetails final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void carriesTheStandardMembersAndAStableCode()
    {
        ProblemDetails problem(422, u"invalid_field"_s, u"Some fields need attention"_s,
                               u"date_of_birth: expected a date as YYYY-MM-DD"_s);
        problem.with(u"errors"_s, QJsonArray{u"date_of_birth"_s});
        const QJsonObject body = problem.toJson();
        QCOMPARE(body.value(u"status"_s).toInt(), 422);
        QCOMPARE(body.value(u"code"_s).toString(), u"invalid_field"_s);
        QCOMPARE(body.value(u"title"_s).toString(), u"Some fields need attention"_s);
        QCOMPARE(body.value(u"detail"_s).toString(),
                 u"date_of_birth: expected a date as YYYY-MM-DD"_s);
        QCOMPARE(body.value(u"type"_s).toString(),
                 u"https://novamind.example/problems/invalid_field"_s);
        QCOMPARE(body.value(u"errors"_s).toArray(), QJsonArray{u"date_of_birth"_s});
        QVERIFY(
            !ProblemDetails(404, u"not_found"_s, u"Not found"_s).toJson().contains(u"detail"_s));
    }

    void becomesAProblemJsonResponse()
    {
        const QHttpServerResponse response =
            ProblemDetails(413, u"payload_too_large"_s, u"The request body is too large"_s)
                .toResponse();
        QCOMPARE(int(response.statusCode()), 413);
        QCOMPARE(response.mimeType(), QByteArray("application/problem+json"));
        QVERIFY(response.data().contains("\"code\":\"payload_too_large\""));
    }
};

QTEST_GUILESS_MAIN(TestProblemDetails)
#include "tst_problemdetails.moc"
