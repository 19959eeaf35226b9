#include "core/sync/PulledPage.h"

#include "core/sync/ApiClient.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

Result<PulledPage, ApiError> PulledPage::decode(const QByteArray &body)
{
    auto object = ApiClient::parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject &page = object.value();
    PulledPage pulled;
    pulled.nextCursor = page.value(u"next_cursor"_s).toString();
    if (pulled.nextCursor.isEmpty())
        return ApiError::decode(tr("the pulled page"));
    pulled.hasMore = page.value(u"has_more"_s).toBool();
    if (page.contains(u"remaining"_s))
        pulled.remaining = page.value(u"remaining"_s).toInteger();
    const QJsonArray changes = page.value(u"changes"_s).toArray();
    pulled.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        Change change{value[u"entity"].toString(), value[u"id"].toString(),
                      value[u"data"].toObject(), std::nullopt};
        if (change.entity == "observation"_L1) {
            if (auto observation = Observation::fromJson(change.data))
                change.observation = std::move(observation).value();
        }
        pulled.changes.append(std::move(change));
    }
    return pulled;
}

QString PulledPage::nextFromLink(const QByteArray &link)
{
    const qsizetype open = link.indexOf('<');
    const qsizetype close = link.indexOf('>', open + 1);
    if (open < 0 || close < 0 || !link.mid(close).contains("rel=\"next\""))
        return {};
    const QUrl url(QString::fromLatin1(link.mid(open + 1, close - open - 1)));
    bool ok = false;
    const QString since = QUrlQuery(url).queryItemValue(u"since"_s);
    return since.toLongLong(&ok) >= 0 && ok ? since : QString();
}

} // namespace nm::core
