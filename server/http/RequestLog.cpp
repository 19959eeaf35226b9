#include "server/http/RequestLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nm::server {

RequestLog::RequestLog(Format format, std::FILE *out)
    : m_format(format)
    , m_out(out)
{}

void RequestLog::write(const Entry &entry) const
{
    const QByteArray text = line(m_format, entry) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), m_out);
    std::fflush(m_out);
}

QByteArray RequestLog::line(Format format, const Entry &entry)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const double milliseconds = entry.durationSeconds * 1000.0;
    const QString requestId = QString::fromLatin1(entry.requestId);
    if (format == Format::Json) {
        const QJsonObject object{
            {u"ts"_s, at},
            {u"level"_s, u"info"_s},
            {u"msg"_s, u"request"_s},
            {u"request_id"_s, requestId},
            {u"method"_s, QString(entry.method)},
            {u"route"_s, entry.route},
            {u"status"_s, entry.status},
            {u"duration_ms"_s, qRound(milliseconds * 1000.0) / 1000.0},
        };
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    // Every value is a route pattern, a method, a number or a checked request id, so none can
    // contain a space or a line break that would forge a second record.
    return u"%1 info request request_id=%2 method=%3 route=%4 status=%5 duration_ms=%6"_s
        .arg(at, requestId, entry.method, entry.route)
        .arg(entry.status)
        .arg(milliseconds, 0, 'f', 3)
        .toUtf8();
}

} // namespace nm::server
