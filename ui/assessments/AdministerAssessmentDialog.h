#pragma once

#include "core/domain/Assessment.h"
#include "core/instruments/InstrumentDefinition.h"
#include "core/instruments/ScoreResult.h"
#include "core/instruments/ScoringContext.h"
#include "core/instruments/ScoringEngine.h"
#include "ui/common/ChartContext.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace nm::ui {

/// Administers one instrument to the chart's patient: the form is generated from the
/// InstrumentDefinition (items, options, skip logic), the footer shows what the core scoring
/// engine makes of the answers so far, and Save completes the assessment in the cache. The UI
/// never scores on its own, so what the clinician sees is what the chart stores.
class AdministerAssessmentDialog : public QDialog {
    Q_OBJECT

public:
    /// \a instrument must outlive the dialog (it lives in the chart's InstrumentRegistry).
    AdministerAssessmentDialog(ChartContext context, const core::InstrumentDefinition &instrument,
                               core::ScoringContext scoring = {}, QWidget *parent = nullptr);

    const core::InstrumentDefinition &instrument() const { return m_instrument; }
    /// The answers given so far, by item id; items not answered (or not asked) are absent.
    core::ScoringEngine::Responses responses() const;
    /// The radio button of \a itemId's option scoring \a score, or nullptr.
    QAbstractButton *optionButton(const QString &itemId, int score) const;
    /// The assessment Save stored; empty until then.
    const std::optional<core::Assessment> &savedAssessment() const { return m_saved; }

public Q_SLOTS:
    /// Save: completes the assessment when the answers allow it, otherwise points at the first
    /// unanswered item and keeps every answer.
    void accept() override;
    /// Cancel: asks before throwing answers away.
    void reject() override;

private:
    struct ItemView {
        const core::InstrumentDefinition::Item *item = nullptr;
        QFrame *frame = nullptr;
        QButtonGroup *group = nullptr;
        QList<QAbstractButton *> buttons;
        QToolButton *clear = nullptr;
        QLabel *notAsked = nullptr;
        bool asked = true;
    };

    QWidget *buildItem(ItemView &view, QWidget *parent);
    void answersChanged();
    void applySkipLogic();
    void updateFooter(const core::ScoreResult &result);
    void clearAnswer(ItemView &view);
    void setHighlighted(ItemView &view, bool highlighted);
    void pointAt(const QString &itemId, const QString &message);
    ItemView *view(const QString &itemId);
    bool save();
    QString itemLabel(const core::InstrumentDefinition::Item &item) const;

    ChartContext m_context;
    const core::InstrumentDefinition &m_instrument;
    core::ScoringContext m_scoring;
    QList<ItemView> m_items;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_saveButton = nullptr;
    std::optional<core::ScoreResult> m_result;
    std::optional<core::Assessment> m_saved;
};

} // namespace nm::ui
