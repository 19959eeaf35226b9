#include "server/http/RoutePattern.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace nm::server {

RoutePattern::RoutePattern(const QString &pattern)
    : m_pattern(pattern)
{
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const bool parameter = part.size() > 2 && part.startsWith(u'<') && part.endsWith(u'>');
        m_segments.append({parameter ? part.mid(1, part.size() - 2) : part, parameter});
    }
}

QString RoutePattern::openApiPath() const
{
    QString path;
    for (const Segment &segment : m_segments)
        path += u'/' + (segment.parameter ? u'{' + segment.text + u'}' : segment.text);
    return path.isEmpty() ? u"/"_s : path;
}

QStringList RoutePattern::parameterNames() const
{
    QStringList names;
    for (const Segment &segment : m_segments) {
        if (segment.parameter)
            names.append(segment.text);
    }
    return names;
}

std::optional<QHash<QString, QString>> RoutePattern::match(const QString &path) const
{
    // Split without skipping empty parts, so "/api//v1" or a trailing slash is a different path
    // rather than silently the same one.
    QStringList parts = path.split(u'/');
    if (parts.isEmpty() || !parts.first().isEmpty())
        return std::nullopt;
    parts.removeFirst();
    if (m_segments.isEmpty())
        return parts == QStringList{QString()} ? std::optional(QHash<QString, QString>())
                                               : std::nullopt;
    if (parts.size() != m_segments.size())
        return std::nullopt;
    QHash<QString, QString> parameters;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        if (segment.parameter) {
            if (parts.at(i).isEmpty())
                return std::nullopt;
            // Matching runs on the encoded path, so an escaped '/' stays inside its segment.
            parameters.insert(segment.text, QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
        } else if (parts.at(i) != segment.text) {
            return std::nullopt;
        }
    }
    return parameters;
}

} // namespace nm::server
