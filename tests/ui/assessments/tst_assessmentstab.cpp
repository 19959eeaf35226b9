// The Assessments tab of a chart, driven through its real widgets on a real encrypted cache:
// administering an instrument, the live score, skip logic, incomplete answers, and the safety
// alert a positive PHQ-9 item 9 must raise.

#include "core/domain/Assessment.h"
#include "core/domain/Patient.h"
#include "core/domain/RiskFlag.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/models/AssessmentHistoryModel.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PatientRepository.h"
#include "tests/core/models/TestCache.h"
#include "tests/ui/support/ModalWatch.h"
#include "ui/assessments/AdministerAssessmentDialog.h"
#include "ui/assessments/AssessmentsTab.h"
#include "ui/assessments/SafetyAlertDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;
using nm::test::ModalWatch;
using nm::test::whenModal;
using nm::ui::AdministerAssessmentDialog;
using nm::ui::AssessmentsTab;
using nm::ui::ChartContext;
using nm::ui::SafetyAlertDialog;

namespace {

const QDateTime Start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);

QString labelText(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

bool labelShown(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label && label->isVisible();
}

void answer(AdministerAssessmentDialog *dialog, const QString &itemId, int score)
{
    QAbstractButton *button = dialog->optionButton(itemId, score);
    QVERIFY2(button, qPrintable(u"no option %1 for item %2"_s.arg(score).arg(itemId)));
    QVERIFY2(button->isEnabled(), qPrintable(u"item %1 is disabled"_s.arg(itemId)));
    button->click();
    QVERIFY(button->isChecked());
}

void answerAll(AdministerAssessmentDialog *dialog, const QList<int> &scores)
{
    for (qsizetype i = 0; i < scores.size(); ++i)
        answer(dialog, QString::number(i + 1), scores.at(i));
}

void clickSave(QWidget *dialog)
{
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save);
    save->click();
}

} // namespace

class TestAssessmentsTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void positivePhq9ItemNineAlertsAndMarksTheChart();
    void screenNowOpensTheCssrsScreener();
    void gad7SavesWithoutAlert();
    void saveWithMissingItemPointsAtItAndKeepsAnswers();
    void prorationIsConfirmedBeforeSaving();
    void footerFollowsTheAnswers();
    void skipLogicDisablesAndClearsItems();
    void filterShowsOneInstrument();
    void renderScreenshots();

private:
    ChartContext chartContext() const;
    std::unique_ptr<AssessmentsTab> openTab();
    void triggerAdminister(AssessmentsTab *tab, const QString &instrumentId);
    Patient storedPatient() const;
    void saveScreenshot(QWidget *widget, const QString &name);

    std::optional<InstrumentRegistry> m_registry;
    std::unique_ptr<TestCache> m_cache;
    QUuid m_patientId;
    std::shared_ptr<QDateTime> m_now;
    // Closes a modal dialog a failed step left open, so a broken test fails instead of hanging.
    QTimer m_watchdog;
    QPointer<QWidget> m_lastModal;
    QDeadlineTimer m_modalSince;
};

void TestAssessmentsTab::initTestCase()
{
    auto loaded = InstrumentRegistry::loadBuiltIn();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    m_registry.emplace(std::move(loaded).value());

    m_watchdog.setInterval(200);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != m_lastModal) {
            m_lastModal = modal;
            m_modalSince = QDeadlineTimer(15000);
            return;
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && m_modalSince.hasExpired()) {
            QTest::qFail("a modal dialog was left open", __FILE__, __LINE__);
            dialog->done(QDialog::Rejected);
        }
    });
    m_watchdog.start();
}

void TestAssessmentsTab::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
    m_now = std::make_shared<QDateTime>(Start);

    Patient patient;
    patient.meta = RecordMeta::create(Clinician, Start);
    patient.mrn = u"MRN00042"_s;
    patient.givenName = u"Ana"_s;
    patient.familyName = u"Silva"_s;
    patient.dateOfBirth = QDate(1984, 6, 12);
    patient.sexAtBirth = Patient::SexAtBirth::Female;
    m_patientId = patient.meta.id;
    PatientRepository patients(m_cache->database(), chartContext().clock);
    const auto created = patients.create(patient);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
}

void TestAssessmentsTab::cleanup()
{
    m_cache.reset();
}

ChartContext TestAssessmentsTab::chartContext() const
{
    ChartContext context;
    context.db = m_cache->database();
    context.patientId = m_patientId;
    context.user.id = Clinician;
    context.user.username = u"rivera"_s;
    context.user.displayName = u"Dr Rivera"_s;
    context.user.permissions = {Permission::ClinicalRead, Permission::ClinicalWrite,
                                Permission::AssessmentsWrite};
    context.instruments = &*m_registry;
    // Each reading of the clock is a minute later, so administrations have a stable order.
    context.clock.now = [now = m_now] {
        *now = now->addSecs(60);
        return *now;
    };
    return context;
}

std::unique_ptr<AssessmentsTab> TestAssessmentsTab::openTab()
{
    auto tab = std::make_unique<AssessmentsTab>(chartContext());
    tab->resize(1100, 480);
    tab->show();
    return tab;
}

void TestAssessmentsTab::triggerAdminister(AssessmentsTab *tab, const QString &instrumentId)
{
    auto *menu = tab->findChild<QMenu *>(u"administerMenu"_s);
    QVERIFY(menu);
    auto *button = tab->findChild<QPushButton *>(u"administerButton"_s);
    QVERIFY(button && button->isEnabled());
    QAction *action = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->data().toString() == instrumentId)
            action = candidate;
    }
    QVERIFY2(action, qPrintable(instrumentId));
    action->trigger();
}

Patient TestAssessmentsTab::storedPatient() const
{
    PatientRepository patients(m_cache->database());
    auto loaded = patients.load(m_patientId);
    if (!loaded || !loaded.value())
        return {};
    return *loaded.value();
}

void TestAssessmentsTab::positivePhq9ItemNineAlertsAndMarksTheChart()
{
    auto tab = openTab();
    QSignalSpy changed(tab.get(), &AssessmentsTab::chartChanged);
    QCOMPARE(tab->historyModel()->rowCount(), 0);
    QVERIFY(labelShown(tab.get(), u"emptyHistory"_s));

    QString footerBeforeSave;
    QString flagsBeforeSave;
    auto administered = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        QCOMPARE(d->instrument().id(), u"phq9"_s);
        // Items 1–8 sum to 10, item 9 adds 1: total 11, moderate depression.
        answerAll(d, {2, 2, 1, 1, 1, 1, 1, 1, 1});
        footerBeforeSave = labelText(d, u"scoreSummary"_s);
        flagsBeforeSave =
            labelShown(d, u"flagMessages"_s) ? labelText(d, u"flagMessages"_s) : QString();
        clickSave(d);
    });
    QString alertResponses;
    QString alertChartStatus;
    bool alertOffersScreening = false;
    auto alerted = whenModal<SafetyAlertDialog>([&](SafetyAlertDialog *alert) {
        alertResponses = labelText(alert, u"safetyResponses"_s);
        alertChartStatus = labelText(alert, u"safetyChartStatus"_s);
        alertOffersScreening = alert->screenButton() != nullptr;
        // Escape must not dismiss the alert.
        QTest::keyClick(alert, Qt::Key_Escape);
        QVERIFY(alert->isVisible());
        alert->acknowledgeButton()->click();
    });
    triggerAdminister(tab.get(), u"phq9"_s);

    QVERIFY(administered->seen);
    QVERIFY(alerted->seen);
    QCOMPARE(footerBeforeSave, u"Total 11 of 27 · Moderate depression"_s);
    QVERIFY2(flagsBeforeSave.contains(u"item 9 is positive"_s), qPrintable(flagsBeforeSave));
    QVERIFY2(alertResponses.contains(u"PHQ-9 item 9"_s), qPrintable(alertResponses));
    QVERIFY2(alertResponses.contains(u"“Several days” (score 1)"_s), qPrintable(alertResponses));
    QVERIFY2(alertChartStatus.contains(u"now marked"_s), qPrintable(alertChartStatus));
    QVERIFY(alertOffersScreening);

    auto *model = tab->historyModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AssessmentHistoryModel::InstrumentColumn).data().toString(),
             u"PHQ-9"_s);
    QCOMPARE(model->index(0, AssessmentHistoryModel::TotalColumn).data().toString(), u"11"_s);
    QCOMPARE(model->index(0, AssessmentHistoryModel::BandColumn).data().toString(),
             u"Moderate depression"_s);
    QVERIFY(model->index(0, AssessmentHistoryModel::FlagsColumn)
                .data()
                .toString()
                .contains(u"item 9 is positive"_s));
    QVERIFY(!labelShown(tab.get(), u"emptyHistory"_s));
    QVERIFY(tab->findChild<QTableView *>(u"historyTable"_s)->isVisible());

    // What was stored: every answer, scored by the engine.
    AssessmentRepository assessments(m_cache->database(), *m_registry);
    auto stored = assessments.forPatient(m_patientId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 1);
    const Assessment &assessment = stored.value().constFirst();
    QCOMPARE(assessment.status, Assessment::Status::Completed);
    QCOMPARE(assessment.totalScore, std::optional<double>(11));
    QCOMPARE(assessment.responses.size(), 9);
    QCOMPARE(assessment.responses.at(8).score, std::optional<double>(1));
    QCOMPARE(assessment.administeredBy, Clinician);
    QVERIFY(assessment.flags.contains(u"suicide_risk"_s));

    QVERIFY(storedPatient().riskFlags.contains(RiskFlag::SuicideRisk));
    QCOMPARE(storedPatient().riskFlags.count(RiskFlag::SuicideRisk), 1);
    QCOMPARE(changed.size(), 1);

    // A second positive PHQ-9 alerts again but does not add the flag twice.
    auto again = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        answerAll(d, {0, 0, 0, 0, 0, 0, 0, 0, 2});
        clickSave(d);
    });
    auto alertedAgain = whenModal<SafetyAlertDialog>([&](SafetyAlertDialog *alert) {
        alertChartStatus = labelText(alert, u"safetyChartStatus"_s);
        alert->acknowledgeButton()->click();
    });
    triggerAdminister(tab.get(), u"phq9"_s);
    QVERIFY(again->seen);
    QVERIFY(alertedAgain->seen);
    QVERIFY2(alertChartStatus.contains(u"already carries"_s), qPrintable(alertChartStatus));
    QCOMPARE(storedPatient().riskFlags.count(RiskFlag::SuicideRisk), 1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AssessmentHistoryModel::TotalColumn).data().toString(), u"2"_s);
    QCOMPARE(model->index(0, AssessmentHistoryModel::ChangeColumn).data().toString(), u"−9"_s);
    QCOMPARE(model->index(0, AssessmentHistoryModel::RemissionColumn).data().toString(), u"Yes"_s);
    QCOMPARE(changed.size(), 2);
}

void TestAssessmentsTab::screenNowOpensTheCssrsScreener()
{
    auto tab = openTab();
    QSignalSpy changed(tab.get(), &AssessmentsTab::chartChanged);
    auto phq9 = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        answerAll(d, {1, 1, 1, 1, 1, 1, 1, 1, 3});
        clickSave(d);
    });
    QPointer<QWidget> cssrsDialog;
    // Chained: the C-SSRS dialog only comes up after the alert's button.
    std::shared_ptr<ModalWatch> cssrs;
    auto alerted = whenModal<SafetyAlertDialog>([&](SafetyAlertDialog *alert) {
        QVERIFY(alert->screenButton());
        cssrs = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
            cssrsDialog = d;
            QCOMPARE(d->instrument().id(), u"cssrs_screener"_s);
            answer(d, u"1"_s, 1);
            answer(d, u"2"_s, 0);
            answer(d, u"6"_s, 0);
            QVERIFY2(labelText(d, u"scoreSummary"_s).contains(u"Low risk"_s),
                     qPrintable(labelText(d, u"scoreSummary"_s)));
            clickSave(d);
        });
        alert->screenButton()->click();
    });
    triggerAdminister(tab.get(), u"phq9"_s);
    QVERIFY(phq9->seen);
    QVERIFY(alerted->seen);
    QVERIFY(cssrs && cssrs->seen);

    auto *model = tab->historyModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AssessmentHistoryModel::InstrumentColumn).data().toString(),
             u"C-SSRS Screener"_s);
    QCOMPARE(model->index(1, AssessmentHistoryModel::TotalColumn).data().toString(), u"11"_s);
    QVERIFY(storedPatient().riskFlags.contains(RiskFlag::SuicideRisk));
    QCOMPARE(changed.size(), 2);
}

void TestAssessmentsTab::gad7SavesWithoutAlert()
{
    auto tab = openTab();
    QSignalSpy changed(tab.get(), &AssessmentsTab::chartChanged);
    auto administered = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        QCOMPARE(d->instrument().items().size(), 7);
        QVERIFY(!d->optionButton(u"9"_s, 1)); // GAD-7 has no item 9
        answerAll(d, {3, 3, 3, 3, 3, 3, 3});
        QCOMPARE(labelText(d, u"scoreSummary"_s), u"Total 21 of 21 · Severe anxiety"_s);
        QVERIFY(!labelShown(d, u"flagMessages"_s));
        clickSave(d);
    });
    auto alert =
        whenModal<SafetyAlertDialog>([](SafetyAlertDialog *a) { a->acknowledgeButton()->click(); });
    triggerAdminister(tab.get(), u"gad7"_s);
    QVERIFY(administered->seen);
    // The event loop had its chance: the alert would be up before exec() returned.
    QTest::qWait(50);
    QVERIFY(!alert->seen);
    alert->stop();

    QCOMPARE(tab->historyModel()->rowCount(), 1);
    QCOMPARE(tab->historyModel()->index(0, AssessmentHistoryModel::TotalColumn).data().toString(),
             u"21"_s);
    QVERIFY(storedPatient().riskFlags.isEmpty());
    QCOMPARE(changed.size(), 1);
}

void TestAssessmentsTab::saveWithMissingItemPointsAtItAndKeepsAnswers()
{
    auto tab = openTab();
    QSignalSpy changed(tab.get(), &AssessmentsTab::chartChanged);
    ScoringEngine::Responses kept;
    ScoringEngine::Responses afterFailedSave;
    QString problem;
    bool stayedOpen = false;
    bool focusOnItem = false;
    bool scrolledToItem = false;
    bool highlighted = false;
    bool problemClearedByAnswer = false;
    auto administered = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        // PCL-5 needs all 20 answers for a total; item 17 is left out, far down the form.
        for (int item = 1; item <= 20; ++item) {
            if (item != 17)
                answer(d, QString::number(item), item % 5);
        }
        kept = d->responses();
        QCOMPARE(kept.size(), 19);
        QCOMPARE(labelText(d, u"scoreSummary"_s), u"Total: incomplete"_s);
        auto *scroll = d->findChild<QScrollArea *>(u"itemsScrollArea"_s);
        scroll->ensureVisible(0, 0); // back to the top, as if the clinician scrolled up
        QCoreApplication::processEvents();

        clickSave(d);
        QCoreApplication::processEvents();
        stayedOpen = d->isVisible() && d->result() != QDialog::Accepted;
        afterFailedSave = d->responses();
        problem = labelShown(d, u"saveProblem"_s) ? labelText(d, u"saveProblem"_s) : QString();
        auto *frame = d->findChild<QFrame *>(u"item_17"_s);
        QWidget *focused = d->focusWidget();
        focusOnItem = focused && frame && frame->isAncestorOf(focused);
        const QRect inViewport(frame->mapTo(scroll->viewport(), QPoint(0, 0)), frame->size());
        scrolledToItem = scroll->viewport()->rect().intersects(inViewport);
        highlighted = frame->styleSheet().contains(u"#c62828"_s);

        answer(d, u"17"_s, 2);
        problemClearedByAnswer = !labelShown(d, u"saveProblem"_s);
        clickSave(d);
    });
    triggerAdminister(tab.get(), u"pcl5"_s);
    QVERIFY(administered->seen);
    QVERIFY(stayedOpen);
    QCOMPARE(afterFailedSave, kept);
    QVERIFY2(problem.startsWith(u"Item 17 is not answered."_s), qPrintable(problem));
    QVERIFY(focusOnItem);
    QVERIFY(scrolledToItem);
    QVERIFY(highlighted);
    QVERIFY(problemClearedByAnswer);

    // Saved once item 17 was answered: 1..20 scored item % 5 (17 → 2, answered 2 anyway).
    int expected = 0;
    for (int item = 1; item <= 20; ++item)
        expected += item % 5;
    QCOMPARE(tab->historyModel()->rowCount(), 1);
    QCOMPARE(tab->historyModel()->index(0, AssessmentHistoryModel::TotalColumn).data().toString(),
             QString::number(expected));
    QCOMPARE(changed.size(), 1);
}

void TestAssessmentsTab::prorationIsConfirmedBeforeSaving()
{
    auto tab = openTab();
    QString problem;
    bool stayedOpen = false;
    auto administered = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        // Item 4 left out: PHQ-9 prorates one missing item, but asks first.
        for (int item = 1; item <= 9; ++item) {
            if (item != 4)
                answer(d, QString::number(item), item == 9 ? 0 : 1);
        }
        QCOMPARE(labelText(d, u"scoreSummary"_s), u"Total 8 of 27 (prorated) · Mild depression"_s);
        auto goBack = whenModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->objectName(), u"prorateQuestion"_s);
            box->findChild<QPushButton *>(u"goToItem"_s)->click();
        });
        clickSave(d);
        QVERIFY(goBack->seen);
        stayedOpen = d->isVisible();
        problem = labelText(d, u"saveProblem"_s);
        auto saveAnyway = whenModal<QMessageBox>(
            [](QMessageBox *box) { box->findChild<QPushButton *>(u"saveProrated"_s)->click(); });
        clickSave(d);
        QVERIFY(saveAnyway->seen);
    });
    triggerAdminister(tab.get(), u"phq9"_s);
    QVERIFY(administered->seen);
    QVERIFY(stayedOpen);
    QCOMPARE(problem, u"Item 4 is not answered."_s);
    QCOMPARE(tab->historyModel()->rowCount(), 1);
    // 7 answered items of 1 and item 9 = 0: mean 7/8 × 9 = 7.875 → 8.
    QCOMPARE(tab->historyModel()->index(0, AssessmentHistoryModel::TotalColumn).data().toString(),
             u"8"_s);
}

void TestAssessmentsTab::footerFollowsTheAnswers()
{
    AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"phq9"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s), u"Total: incomplete"_s);
    QVERIFY(labelText(&dialog, u"scoreDetails"_s).startsWith(u"0 of 9 items answered"_s));
    QVERIFY(!labelShown(&dialog, u"flagMessages"_s));

    for (int item = 1; item <= 6; ++item)
        answer(&dialog, QString::number(item), 2);
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s), u"Total: incomplete"_s);
    answer(&dialog, u"7"_s, 2); // two missing: prorated, 14/7 × 9 = 18
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s),
             u"Total 18 of 27 (prorated) · Moderately severe depression"_s);
    answer(&dialog, u"8"_s, 0);
    answer(&dialog, u"9"_s, 0);
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s), u"Total 14 of 27 · Moderate depression"_s);
    QVERIFY(!labelShown(&dialog, u"flagMessages"_s));

    // Item 9 raises the safety flag at once, before any save.
    answer(&dialog, u"9"_s, 1);
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s),
             u"Total 15 of 27 · Moderately severe depression"_s);
    QVERIFY(labelShown(&dialog, u"flagMessages"_s));
    QVERIFY(labelText(&dialog, u"flagMessages"_s).contains(u"Assess suicide risk now"_s));

    // Clearing an answer takes it out of the total again.
    auto *clear = dialog.findChild<QAbstractButton *>(u"item_1_clear"_s);
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QVERIFY(!dialog.responses().contains(u"1"_s));
    // 13 from the 8 answered items: 13 / 8 × 9 = 14.625, rounded to 15.
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s),
             u"Total 15 of 27 (prorated) · Moderately severe depression"_s);

    // Keyboard: arrow keys move the answer within an item.
    QAbstractButton *first = dialog.optionButton(u"2"_s, 2);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Right);
    QCOMPARE(dialog.responses().value(u"2"_s), std::optional<int>(3));
    QCOMPARE(dialog.optionButton(u"2"_s, 0)->accessibleName(), u"Not at all"_s);
    QVERIFY(
        dialog.findChild<QFrame *>(u"item_2"_s)->accessibleName().startsWith(u"Feeling down"_s));
}

void TestAssessmentsTab::skipLogicDisablesAndClearsItems()
{
    AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"cssrs_screener"_s));
    dialog.show();
    answer(&dialog, u"2"_s, 1);
    answer(&dialog, u"3"_s, 1);
    QVERIFY(dialog.optionButton(u"4"_s, 0)->isEnabled());

    answer(&dialog, u"2"_s, 0); // "No" to 2: questions 3–5 are not asked
    for (const QString &item : {u"3"_s, u"4"_s, u"5"_s}) {
        QVERIFY2(!dialog.optionButton(item, 0)->isEnabled(), qPrintable(item));
        QVERIFY2(!dialog.optionButton(item, 1)->isEnabled(), qPrintable(item));
    }
    QVERIFY(!dialog.optionButton(u"3"_s, 1)->isChecked());
    QVERIFY(!dialog.responses().contains(u"3"_s));
    QVERIFY(dialog.optionButton(u"6"_s, 0)->isEnabled());
    answer(&dialog, u"6"_s, 0);
    QVERIFY(!dialog.optionButton(u"6b"_s, 0)->isEnabled()); // asked only after "Yes" to 6

    answer(&dialog, u"1"_s, 0);
    answer(&dialog, u"6"_s, 1);
    QVERIFY(dialog.optionButton(u"6b"_s, 1)->isEnabled());
    answer(&dialog, u"6b"_s, 1);
    QCOMPARE(labelText(&dialog, u"scoreSummary"_s), u"Risk level: High risk"_s);
    QVERIFY(labelShown(&dialog, u"flagMessages"_s));
}

void TestAssessmentsTab::filterShowsOneInstrument()
{
    AssessmentRepository assessments(m_cache->database(), *m_registry, chartContext().clock);
    const auto add = [&](const QString &instrument, QList<int> scores) {
        Assessment assessment;
        assessment.meta = RecordMeta::create(Clinician, Start);
        assessment.patientId = m_patientId;
        assessment.instrumentId = instrument;
        for (qsizetype i = 0; i < scores.size(); ++i)
            assessment.responses.append({QString::number(i + 1), double(scores.at(i))});
        return assessments.complete(assessment).ok();
    };
    QVERIFY(add(u"phq9"_s, {1, 1, 1, 1, 1, 1, 1, 1, 0}));
    QVERIFY(add(u"gad7"_s, {1, 1, 1, 1, 1, 1, 1}));

    auto tab = openTab();
    QCOMPARE(tab->historyModel()->rowCount(), 2);
    auto *filter = tab->findChild<QComboBox *>(u"instrumentFilter"_s);
    QCOMPARE(filter->itemText(0), u"All instruments"_s);
    filter->setCurrentIndex(filter->findData(u"gad7"_s));
    QCOMPARE(tab->historyModel()->rowCount(), 1);
    QCOMPARE(
        tab->historyModel()->index(0, AssessmentHistoryModel::InstrumentColumn).data().toString(),
        u"GAD-7"_s);
    QCOMPARE(tab->viewState().value(u"instrument"_s).toString(), u"gad7"_s);

    filter->setCurrentIndex(filter->findData(u"pcl5"_s));
    QCOMPARE(tab->historyModel()->rowCount(), 0);
    QVERIFY(labelShown(tab.get(), u"emptyHistory"_s));

    auto restored = openTab();
    restored->restoreViewState({{u"instrument"_s, u"gad7"_s}});
    QCOMPARE(restored->historyModel()->rowCount(), 1);
}

void TestAssessmentsTab::saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap image = widget->grab();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    const QString directory = qEnvironmentVariable("NM_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QVERIFY(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestAssessmentsTab::renderScreenshots()
{
    {
        AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"phq9"_s));
        dialog.resize(900, 700);
        dialog.show();
        answerAll(&dialog, {2, 2, 1, 1, 1, 1, 1, 1, 1});
        saveScreenshot(&dialog, u"assessments-administer-phq9.png"_s);
    }
    {
        AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"pcl5"_s));
        dialog.resize(900, 700);
        dialog.show();
        for (int item = 1; item <= 20; ++item) {
            if (item != 3)
                answer(&dialog, QString::number(item), item % 5);
        }
        clickSave(&dialog); // item 3 missing: the dialog points at it
        saveScreenshot(&dialog, u"assessments-administer-pcl5-missing.png"_s);
    }
    {
        AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"asrm"_s));
        dialog.resize(900, 700);
        dialog.show();
        answer(&dialog, u"1"_s, 2);
        saveScreenshot(&dialog, u"assessments-administer-asrm.png"_s);
    }
    {
        AdministerAssessmentDialog dialog(chartContext(), *m_registry->find(u"cssrs_screener"_s));
        dialog.resize(900, 700);
        dialog.show();
        answer(&dialog, u"1"_s, 1);
        answer(&dialog, u"2"_s, 0);
        saveScreenshot(&dialog, u"assessments-administer-cssrs.png"_s);
    }
    {
        SafetyAlertDialog::Content content;
        content.instrument = u"PHQ-9"_s;
        content.responses << u"PHQ-9 item 9, “Thoughts that you would be better off dead or of "
                             "hurting yourself in some way”, was answered “Several days” "
                             "(score 1)."_s;
        content.flagMessages << m_registry->find(u"phq9"_s)->flags().constFirst().message;
        content.chartStatus = u"The chart is now marked with a suicide-risk flag, shown in the "
                              "patient list and on the overview."_s;
        SafetyAlertDialog alert(content);
        alert.show();
        saveScreenshot(&alert, u"assessments-safety-alert.png"_s);
    }

    auto tab = openTab();
    saveScreenshot(tab.get(), u"assessments-tab-empty.png"_s);
    auto first = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        answerAll(d, {3, 3, 2, 2, 2, 2, 2, 2, 1});
        clickSave(d);
    });
    auto ack =
        whenModal<SafetyAlertDialog>([](SafetyAlertDialog *a) { a->acknowledgeButton()->click(); });
    triggerAdminister(tab.get(), u"phq9"_s);
    QVERIFY(first->seen && ack->seen);
    auto second = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        answerAll(d, {1, 1, 1, 1, 1, 0, 0, 0, 0});
        clickSave(d);
    });
    triggerAdminister(tab.get(), u"phq9"_s);
    QVERIFY(second->seen);
    auto third = whenModal<AdministerAssessmentDialog>([&](AdministerAssessmentDialog *d) {
        answerAll(d, {2, 2, 2, 1, 1, 1, 1});
        clickSave(d);
    });
    triggerAdminister(tab.get(), u"gad7"_s);
    QVERIFY(third->seen);
    QCOMPARE(tab->historyModel()->rowCount(), 3);
    saveScreenshot(tab.get(), u"assessments-tab-history.png"_s);
}

QTEST_MAIN(TestAssessmentsTab)
#include "tst_assessmentstab.moc"
