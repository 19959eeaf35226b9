#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QMutex>
#include <QString>

#include <array>
#include <map>
#include <tuple>

namespace nm::server {

/// The server's Prometheus metrics: requests by route pattern, method and status, a latency
/// histogram by route pattern, and failed logins. Labels are route patterns, never concrete
/// paths, so the series stay few and carry no ids. Safe to update from any thread.
class HttpMetrics {
public:
    /// Upper bounds of the latency buckets, in seconds (a +Inf bucket follows).
    static constexpr std::array<double, 11> BucketBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                         0.5,   1.0,  2.5,   5.0,  10.0};

    void recordRequest(const QString &route, QLatin1StringView method, int status, double seconds);
    /// Called by the authentication code for every rejected login.
    void incrementLoginFailures();

    quint64 loginFailures() const;
    /// The text exposition format (version 0.0.4) served at /metrics.
    QByteArray prometheusText() const;

private:
    struct Histogram {
        std::array<quint64, BucketBounds.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };

    mutable QMutex m_mutex;
    std::map<std::tuple<QString, QString, int>, quint64> m_requests;
    std::map<QString, Histogram> m_durations;
    quint64 m_loginFailures = 0;
};

} // namespace nm::server
