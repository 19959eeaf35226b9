#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nm::server {

/// A path with named parameters, "/api/v1/admin/users/<id>": each `<name>` matches one non-empty
/// path segment. The pattern, not the concrete path, is what logs and metrics name, because a
/// concrete path may carry ids.
class RoutePattern {
public:
    /// Implicit, so a route table entry reads as the path it serves.
    RoutePattern(const QString &pattern);

    QString pattern() const { return m_pattern; }
    /// The OpenAPI spelling, "/api/v1/admin/users/{id}".
    QString openApiPath() const;
    QStringList parameterNames() const;

    /// The parameters of \a path when it matches, keyed by name; empty when it does not.
    std::optional<QHash<QString, QString>> match(const QString &path) const;

    friend bool operator==(const RoutePattern &a, const RoutePattern &b)
    {
        return a.m_pattern == b.m_pattern;
    }

private:
    struct Segment {
        QString text;
        bool parameter = false;
    };

    QString m_pattern;
    QList<Segment> m_segments;
};

} // namespace nm::server
