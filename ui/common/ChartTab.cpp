#include "ui/common/ChartTab.h"

namespace nm::ui {

ChartTab::ChartTab(ChartContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{}

bool ChartTab::saveDrafts(QString *)
{
    return true;
}

QVariantMap ChartTab::viewState() const
{
    return {};
}

void ChartTab::restoreViewState(const QVariantMap &) {}

} // namespace nm::ui
