#include "server/http/HttpMetrics.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

// Label values are route patterns and methods today; escaping keeps the format valid whatever
// a future label holds.
QString labelValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return escaped;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

void HttpMetrics::recordRequest(const QString &route, QLatin1StringView method, int status,
                                double seconds)
{
    const QMutexLocker lock(&m_mutex);
    ++m_requests[{route, QString(method), status}];
    Histogram &histogram = m_durations[route];
    for (size_t i = 0; i < BucketBounds.size(); ++i) {
        if (seconds <= BucketBounds[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void HttpMetrics::incrementLoginFailures()
{
    const QMutexLocker lock(&m_mutex);
    ++m_loginFailures;
}

quint64 HttpMetrics::loginFailures() const
{
    const QMutexLocker lock(&m_mutex);
    return m_loginFailures;
}

QByteArray HttpMetrics::prometheusText() const
{
    const QMutexLocker lock(&m_mutex);
    QString text;
    text += u"# HELP novamind_http_requests_total HTTP requests answered, by route pattern, "
            u"method and status.\n"
            u"# TYPE novamind_http_requests_total counter\n"_s;
    for (const auto &[key, count] : m_requests) {
        const auto &[route, method, status] = key;
        text += u"novamind_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} %4\n"_s
                    .arg(labelValue(route), labelValue(method))
                    .arg(status)
                    .arg(count);
    }

    text += u"# HELP novamind_http_request_duration_seconds Time from a request's arrival to its "
            u"answer, by route pattern.\n"
            u"# TYPE novamind_http_request_duration_seconds histogram\n"_s;
    for (const auto &[route, histogram] : m_durations) {
        const QString label = labelValue(route);
        for (size_t i = 0; i < BucketBounds.size(); ++i)
            text += u"novamind_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n"_s
                        .arg(label, number(BucketBounds[i]))
                        .arg(histogram.buckets[i]);
        text += u"novamind_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"_s
                    .arg(label)
                    .arg(histogram.count);
        text += u"novamind_http_request_duration_seconds_sum{route=\"%1\"} %2\n"_s.arg(
            label, number(histogram.sum));
        text += u"novamind_http_request_duration_seconds_count{route=\"%1\"} %2\n"_s.arg(label).arg(
            histogram.count);
    }

    text += u"# HELP novamind_login_failures_total Rejected login attempts.\n"
            u"# TYPE novamind_login_failures_total counter\n"_s;
    text += u"novamind_login_failures_total %1\n"_s.arg(m_loginFailures);
    return text.toUtf8();
}

} // namespace nm::server
