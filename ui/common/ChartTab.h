#pragma once

#include "ui/common/ChartContext.h"

#include <QVariantMap>
#include <QWidget>

namespace nm::ui {

/// One tab of a patient's chart (overview, notes, assessments, medications, appointments).
/// The chart window refreshes every tab when one of them writes, and asks each for its view
/// state before the workstation locks (the cache closes and the tabs are destroyed) so the same
/// place comes back after unlock.
class ChartTab : public QWidget {
    Q_OBJECT

public:
    explicit ChartTab(ChartContext context, QWidget *parent = nullptr);

    const ChartContext &context() const { return m_context; }

    /// Reads the patient's records again (another tab wrote, or a sync brought changes).
    virtual void refresh() = 0;
    /// Writes anything typed and not yet saved (drafts) to the cache. Called before the
    /// workstation locks or the tab closes; returns false with a message the user must see when
    /// it could not be saved, and the tab then stays open.
    virtual bool saveDrafts(QString *problem);
    /// Where the user is in this tab (e.g. which note is open), to restore after unlock.
    virtual QVariantMap viewState() const;
    virtual void restoreViewState(const QVariantMap &state);

Q_SIGNALS:
    /// This tab wrote to the patient's chart: other tabs and the pending-changes count refresh.
    void chartChanged();

private:
    ChartContext m_context;
};

} // namespace nm::ui
