// The Notes tab driven as a clinician uses it, on real widgets and a real encrypted cache:
// templates, autosaved drafts, signing, addenda, drafts surviving a lock, and search.

#include "core/domain/ClinicalNote.h"
#include "core/domain/Patient.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/PatientRepository.h"
#include "tests/core/models/TestCache.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteSearchResultDelegate.h"
#include "ui/notes/NoteTemplates.h"
#include "ui/notes/NotesTab.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;
using nm::ui::NoteEditor;
using nm::ui::NoteSearchResultDelegate;
using nm::ui::NotesTab;
using nm::ui::NoteTemplates;

namespace {

const QDateTime Start(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);

/// What the next message box showed, and whether the test answered it.
struct ModalAnswer {
    bool shown = false;
    QString objectName;
    QString text;
    QString informativeText;
};

/// Answers the next modal message box with the button of \a role, from inside its exec().
/// Dropping the returned pointer stops waiting, so an unanswered expectation cannot answer a
/// later box.
std::shared_ptr<ModalAnswer> answerNextMessageBox(QMessageBox::ButtonRole role)
{
    auto answer = std::make_shared<ModalAnswer>();
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll,
                     [poll, weak = std::weak_ptr<ModalAnswer>(answer), role] {
                         const auto answer = weak.lock();
                         if (!answer) {
                             poll->stop();
                             poll->deleteLater();
                             return;
                         }
                         auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                         if (!box)
                             return;
                         answer->shown = true;
                         answer->objectName = box->objectName();
                         answer->text = box->text();
                         answer->informativeText = box->informativeText();
                         for (QAbstractButton *button : box->buttons()) {
                             if (box->buttonRole(button) == role) {
                                 button->click();
                                 break;
                             }
                         }
                         poll->stop();
                         poll->deleteLater();
                     });
    poll->start();
    return answer;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("NM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

template <typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("missing child widget: %s", qPrintable(name));
    return found;
}

} // namespace

class TestNotesTab final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    nm::ui::ChartContext m_context;
    Patient m_patient;
    std::shared_ptr<qint64> m_ticks;

    Patient makePatient(const QString &mrn, const QString &family, const QString &given)
    {
        Patient patient;
        patient.meta = RecordMeta::create(Clinician, Start);
        patient.mrn = mrn;
        patient.familyName = family;
        patient.givenName = given;
        patient.dateOfBirth = QDate(1980, 5, 1);
        return patient;
    }

    ClinicalNote storedNote(const QUuid &id) const
    {
        auto loaded = ClinicalNoteRepository(m_context.db).load(id);
        if (!loaded || !loaded.value())
            return {};
        return *loaded.value();
    }

    QList<ClinicalNote> notes() const
    {
        auto loaded = ClinicalNoteRepository(m_context.db).forPatient(m_patient.meta.id);
        return loaded ? loaded.value() : QList<ClinicalNote>();
    }

    ClinicalNote writeNote(const QUuid &patientId, const QString &title, const QString &body)
    {
        ClinicalNote note;
        note.meta = RecordMeta::create(Clinician, m_context.clock.now());
        note.patientId = patientId;
        note.type = ClinicalNote::Type::MedicationManagement;
        note.title = title;
        note.body = body;
        auto saved = ClinicalNoteRepository(m_context.db, m_context.clock).saveDraft(note);
        if (!saved)
            qWarning("note not saved: %s", qPrintable(saved.error().message));
        return note;
    }

private Q_SLOTS:
    void init()
    {
        m_cache.emplace();
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
        // Each reading of the clock is one second later, so notes have distinct times.
        m_ticks = std::make_shared<qint64>(0);
        m_context = {};
        m_context.db = m_cache->database();
        m_context.clock.now = [ticks = m_ticks] {
            return Start.addSecs((*ticks)++);
        };
        m_context.user.id = Clinician;
        m_context.user.username = u"abyrne"_s;
        m_context.user.displayName = u"Dr. Ada Byrne"_s;
        m_context.user.roles = {Role::Psychiatrist};
        m_context.user.permissions = {Permission::ClinicalRead, Permission::ClinicalWrite,
                                      Permission::NotesSign};
        m_patient = makePatient(u"MRN00001"_s, u"Silva"_s, u"Ana"_s);
        auto created = PatientRepository(m_context.db, m_context.clock).create(m_patient);
        QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
        m_context.patientId = m_patient.meta.id;
    }

    void cleanup()
    {
        m_context = {};
        m_cache.reset();
    }

    void templatesGiveEachTypeItsStructure_data()
    {
        QTest::addColumn<ClinicalNote::Type>("type");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("intake") << ClinicalNote::Type::Intake
                                << QStringList{
                                       u"REASON FOR REFERRAL"_s, u"HISTORY OF PRESENT ILLNESS"_s,
                                       u"PSYCHIATRIC HISTORY"_s, u"SUBSTANCE USE"_s,
                                       u"RISK ASSESSMENT"_s,     u"MENTAL STATUS EXAM"_s,
                                       u"FORMULATION"_s,         u"PLAN"_s};
        QTest::newRow("progress") << ClinicalNote::Type::Progress
                                  << QStringList{u"SUBJECTIVE"_s, u"MENTAL STATUS EXAM"_s,
                                                 u"ASSESSMENT"_s, u"PLAN"_s};
        QTest::newRow("medication management")
            << ClinicalNote::Type::MedicationManagement
            << QStringList{u"CURRENT MEDICATIONS"_s, u"RESPONSE AND SIDE EFFECTS"_s, u"CHANGES"_s,
                           u"MONITORING"_s};
        QTest::newRow("crisis") << ClinicalNote::Type::Crisis
                                << QStringList{u"SITUATION"_s, u"RISK ASSESSMENT"_s,
                                               u"SAFETY PLAN"_s, u"DISPOSITION"_s};
    }

    void templatesGiveEachTypeItsStructure()
    {
        QFETCH(ClinicalNote::Type, type);
        QFETCH(QStringList, headings);
        const QString body = NoteTemplates::body(type);
        qsizetype previous = -1;
        for (const QString &heading : headings) {
            const qsizetype at = body.indexOf(heading);
            QVERIFY2(at > previous, qPrintable(heading));
            previous = at;
        }
        QVERIFY(NoteTemplates::body(ClinicalNote::Type::Other).isEmpty());
    }

    void progressNoteAutosavesSignsAndTakesAnAddendum()
    {
        NotesTab tab(m_context);
        tab.resize(1100, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        NoteEditor *editor = tab.editor();
        auto *title = child<QLineEdit>(tab, u"noteTitle"_s);
        auto *body = child<QPlainTextEdit>(tab, u"noteBody"_s);
        auto *status = child<QLabel>(tab, u"noteStatus"_s);
        auto *signButton = child<QPushButton>(tab, u"signButton"_s);
        auto *addendumButton = child<QPushButton>(tab, u"addAddendumButton"_s);
        auto *list = child<QTreeWidget>(tab, u"notesList"_s);
        QVERIFY(title && body && status && signButton && addendumButton && list);
        QSignalSpy chartChanged(&tab, &nm::ui::ChartTab::chartChanged);

        auto *newProgress = tab.findChild<QAction *>(u"newNote_progress"_s);
        QVERIFY(newProgress);
        newProgress->trigger();
        QVERIFY(editor->hasNote());
        QVERIFY(body->toPlainText().startsWith(u"SUBJECTIVE\n"_s));
        QVERIFY(body->toPlainText().contains(u"MENTAL STATUS EXAM\nAppearance and behaviour: "_s));
        QVERIFY(body->toPlainText().contains(u"\nPLAN\n"_s));
        // An untouched template is not a note.
        QCOMPARE(notes().size(), 0);

        QTest::keyClicks(title, u"Follow-up visit"_s);
        body->setFocus();
        QTest::keyClicks(body, u"Sleeping better since the lithium was started."_s);
        QVERIFY(body->toPlainText().startsWith(
            u"SUBJECTIVE\nSleeping better since the lithium was started.\n"_s));
        const QUuid id = editor->noteId();
        // The typing pause saves the draft, text included, without any button.
        QTRY_VERIFY_WITH_TIMEOUT(
            storedNote(id).body.contains(u"Sleeping better since the lithium was started."_s),
            NoteEditor::DefaultAutosaveDelayMs + 3000);
        QCOMPARE(storedNote(id).title, u"Follow-up visit"_s);
        QCOMPARE(storedNote(id).status, ClinicalNote::Status::Draft);
        QCOMPARE(storedNote(id).type, ClinicalNote::Type::Progress);
        QVERIFY2(
            QRegularExpression(u"^Draft saved \\d\\d:\\d\\d$"_s).match(status->text()).hasMatch(),
            qPrintable(status->text()));
        QVERIFY(chartChanged.count() >= 1);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(NotesTab::StatusColumn), u"Draft"_s);
        QCOMPARE(list->topLevelItem(0)->text(NotesTab::TitleColumn), u"Follow-up visit"_s);

        // Cancelling the confirmation signs nothing.
        auto cancelled = answerNextMessageBox(QMessageBox::RejectRole);
        QTest::mouseClick(signButton, Qt::LeftButton);
        QVERIFY(cancelled->shown);
        QCOMPARE(storedNote(id).status, ClinicalNote::Status::Draft);
        QVERIFY(!body->isReadOnly());

        auto confirmed = answerNextMessageBox(QMessageBox::AcceptRole);
        QTest::mouseClick(signButton, Qt::LeftButton);
        QVERIFY(confirmed->shown);
        QCOMPARE(confirmed->objectName, u"signConfirmation"_s);
        QCOMPARE(confirmed->informativeText,
                 u"Signed notes cannot be changed; corrections are added as addenda."_s);
        const ClinicalNote signedNote = storedNote(id);
        QCOMPARE(signedNote.status, ClinicalNote::Status::Signed);
        QCOMPARE(signedNote.signedBy, Clinician);
        QVERIFY(signedNote.signedAt.isValid());
        QVERIFY(signedNote.body.contains(u"Sleeping better since the lithium was started."_s));
        QVERIFY(body->isReadOnly());
        QVERIFY(title->isReadOnly());
        QVERIFY(signButton->isHidden());
        auto *signature = child<QLabel>(tab, u"noteSignature"_s);
        QVERIFY(signature && signature->isVisible());
        QVERIFY2(signature->text().startsWith(u"Signed by Dr. Ada Byrne on 2026-11-25 "_s),
                 qPrintable(signature->text()));
        QTRY_COMPARE(list->topLevelItem(0)->text(NotesTab::StatusColumn), u"Signed"_s);

        // The correction is a new draft pointing at the signed note, then signed itself.
        QVERIFY(addendumButton->isVisible());
        QTest::mouseClick(addendumButton, Qt::LeftButton);
        QVERIFY(editor->noteId() != id);
        QVERIFY(!body->isReadOnly());
        QCOMPARE(title->text(), u"Addendum: Follow-up visit"_s);
        auto *parentLabel = child<QLabel>(tab, u"addendumParent"_s);
        QVERIFY(parentLabel && parentLabel->isVisible());
        QVERIFY(parentLabel->text().contains(u"Follow-up visit"_s));
        QTest::keyClicks(body, u"Lithium level 0.7 mmol/L on 24 Nov."_s);
        saveScreenshot(tab, u"notes-tab-addendum.png"_s);
        QString problem;
        QVERIFY2(tab.saveDrafts(&problem), qPrintable(problem));
        const QUuid addendumId = editor->noteId();
        ClinicalNote addendum = storedNote(addendumId);
        QCOMPARE(addendum.parentId, id);
        QCOMPARE(addendum.status, ClinicalNote::Status::Draft);
        QCOMPARE(addendum.body, u"Lithium level 0.7 mmol/L on 24 Nov."_s);
        QCOMPARE(addendum.patientId, m_patient.meta.id);
        // The signed parent is untouched.
        QCOMPARE(storedNote(id), signedNote);

        auto addendumConfirmed = answerNextMessageBox(QMessageBox::AcceptRole);
        QTest::mouseClick(signButton, Qt::LeftButton);
        QVERIFY(addendumConfirmed->shown);
        QCOMPARE(storedNote(addendumId).status, ClinicalNote::Status::Signed);
        QCOMPARE(storedNote(addendumId).parentId, id);

        // Shown under the note it amends.
        QTRY_COMPARE(list->topLevelItem(0)->child(0)->text(NotesTab::StatusColumn), u"Signed"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QTreeWidgetItem *addendumItem = list->topLevelItem(0)->child(0);
        QCOMPARE(addendumItem->data(0, NotesTab::NoteIdRole).toUuid(), addendumId);
        QCOMPARE(addendumItem->text(NotesTab::TypeColumn), u"Addendum"_s);
        QCOMPARE(list->currentItem(), addendumItem);

        // A second, still-draft note, so the picture shows both states.
        QVERIFY(tab.startNote(ClinicalNote::Type::Intake));
        QTest::keyClicks(title, u"Intake assessment"_s);
        QVERIFY(tab.saveDrafts(&problem));
        QVERIFY(tab.openNote(id));
        QCOMPARE(body->toPlainText(), signedNote.body);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        saveScreenshot(tab, u"notes-tab-signed-note.png"_s);
    }

    void signingWithoutTitlePointsAtTheTitleAndKeepsTheText()
    {
        NotesTab tab(m_context);
        tab.resize(1100, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *title = child<QLineEdit>(tab, u"noteTitle"_s);
        auto *body = child<QPlainTextEdit>(tab, u"noteBody"_s);
        auto *titleError = child<QLabel>(tab, u"noteTitleError"_s);
        auto *signButton = child<QPushButton>(tab, u"signButton"_s);
        QVERIFY(title && body && titleError && signButton);

        QVERIFY(tab.startNote(ClinicalNote::Type::Crisis));
        body->setFocus();
        QTest::keyClicks(body, u"Called by partner after an argument."_s);
        const QString typed = body->toPlainText();

        // A confirmation must not even be offered; answer one anyway so a failure cannot hang.
        auto unexpected = answerNextMessageBox(QMessageBox::RejectRole);
        QTest::mouseClick(signButton, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(!unexpected->shown);
        unexpected.reset();
        QVERIFY(titleError->isVisible());
        QCOMPARE(titleError->text(), u"Give the note a title before signing it."_s);
        QCOMPARE(tab.focusWidget(), title);
        QVERIFY(!title->styleSheet().isEmpty());
        QCOMPARE(body->toPlainText(), typed);
        const QUuid id = tab.editor()->noteId();
        QVERIFY(storedNote(id).status != ClinicalNote::Status::Signed);
        saveScreenshot(tab, u"notes-tab-title-missing.png"_s);

        // Giving it a title and signing clears the message.
        QTest::keyClicks(title, u"Crisis call"_s);
        auto confirmed = answerNextMessageBox(QMessageBox::AcceptRole);
        QTest::mouseClick(signButton, Qt::LeftButton);
        QVERIFY(confirmed->shown);
        QCOMPARE(storedNote(id).status, ClinicalNote::Status::Signed);
        QCOMPARE(storedNote(id).body, typed);
        QVERIFY(titleError->isHidden());
        QVERIFY(title->styleSheet().isEmpty());
    }

    void draftComesBackAfterLock()
    {
        QVariantMap state;
        QUuid id;
        QString typedBody;
        int cursor = -1;
        {
            NotesTab tab(m_context);
            tab.resize(1100, 700);
            tab.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            auto *title = child<QLineEdit>(tab, u"noteTitle"_s);
            auto *body = child<QPlainTextEdit>(tab, u"noteBody"_s);
            QVERIFY(title && body);
            QVERIFY(tab.startNote(ClinicalNote::Type::Progress));
            QTest::keyClicks(title, u"Session 4"_s);
            // Typed into the body and locked before any autosave could run.
            QTest::keyClicks(body, u"Mood 6/10, ruminating less."_s);
            typedBody = body->toPlainText();
            cursor = tab.editor()->bodyCursorPosition();
            id = tab.editor()->noteId();
            QVERIFY(tab.editor()->hasUnsavedChanges());
            QString problem;
            QVERIFY2(tab.saveDrafts(&problem), qPrintable(problem));
            state = tab.viewState();
        }
        QCOMPARE(storedNote(id).body, typedBody);
        QCOMPARE(storedNote(id).title, u"Session 4"_s);

        NotesTab tab(m_context);
        tab.resize(1100, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.restoreViewState(state);
        auto *title = child<QLineEdit>(tab, u"noteTitle"_s);
        auto *body = child<QPlainTextEdit>(tab, u"noteBody"_s);
        auto *list = child<QTreeWidget>(tab, u"notesList"_s);
        QVERIFY(title && body && list);
        QCOMPARE(tab.editor()->noteId(), id);
        QCOMPARE(body->toPlainText(), typedBody);
        QCOMPARE(title->text(), u"Session 4"_s);
        QVERIFY(!body->isReadOnly());
        QCOMPARE(tab.editor()->bodyCursorPosition(), cursor);
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(0, NotesTab::NoteIdRole).toUuid(), id);
    }

    void searchShowsHighlightedExcerptsAndOpensTheNote()
    {
        const ClinicalNote lithium =
            writeNote(m_patient.meta.id, u"Medication review"_s,
                      u"Lithium continued. Level <0.8 & stable; no tremor. Next level in "
                      "three months."_s);
        writeNote(m_patient.meta.id, u"Sleep"_s, u"Sleep hygiene discussed."_s);
        Patient other = makePatient(u"MRN00002"_s, u"Okafor"_s, u"Ben"_s);
        QVERIFY(PatientRepository(m_context.db, m_context.clock).create(other).ok());
        writeNote(other.meta.id, u"Other patient"_s, u"Lithium started."_s);

        NotesTab tab(m_context);
        tab.resize(1100, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *search = child<QLineEdit>(tab, u"notesSearch"_s);
        auto *results = child<QListWidget>(tab, u"notesSearchResults"_s);
        auto *list = child<QTreeWidget>(tab, u"notesList"_s);
        QVERIFY(search && results && list);
        QCOMPARE(list->topLevelItemCount(), 2);

        QTest::keyClicks(search, u"lith"_s);
        QTRY_VERIFY(results->isVisible());
        // Only this patient's note; the other patient's lithium note stays out.
        QTRY_COMPARE(results->count(), 1);
        QListWidgetItem *hit = results->item(0);
        QCOMPARE(hit->data(NotesTab::NoteIdRole).toUuid(), lithium.meta.id);
        const QString html = hit->data(NoteSearchResultDelegate::HtmlRole).toString();
        QVERIFY2(html.contains(u"font-weight:bold;\">Lithium</span>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;0.8 &amp; stable"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"<0.8"_s), qPrintable(html));
        QVERIFY(html.contains(u"<b>Medication review</b>"_s));
        // "lith" matches "Lithium" once; nothing else in the excerpt is marked.
        QCOMPARE(html.count(u"<span "_s), 1);

        QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                          results->visualItemRect(hit).center());
        QCOMPARE(tab.editor()->noteId(), lithium.meta.id);
        QCOMPARE(child<QLineEdit>(tab, u"noteTitle"_s)->text(), u"Medication review"_s);
        saveScreenshot(tab, u"notes-tab-search.png"_s);

        search->clear();
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!results->isVisible());

        tab.search(u"nothingmatches"_s);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->data(NotesTab::NoteIdRole).isNull());
        QVERIFY(results->item(0)->text().contains(u"nothingmatches"_s));
    }

    void snippetMarkupIsEscapedAroundHighlights()
    {
        NoteSearchHit hit;
        hit.title = u"<i>t</i>"_s;
        hit.snippet = u"a<b>lithium</b>\nz"_s;
        hit.highlights = {{4, 7}};
        const QString html = NoteSearchResultDelegate::snippetHtml(hit);
        QCOMPARE(html, u"a&lt;b&gt;<span style=\"background-color:#ffe066; color:#1b1b1b; "
                       "font-weight:bold;\">lithium</span>&lt;/b&gt; z"_s);
        QVERIFY(NoteSearchResultDelegate::html(hit, u"x"_s).contains(u"&lt;i&gt;t&lt;/i&gt;"_s));
    }

    void roleWithoutSigningRightCannotSign()
    {
        m_context.user.permissions = {Permission::ClinicalRead, Permission::ClinicalWrite};
        NotesTab tab(m_context);
        QVERIFY(tab.startNote(ClinicalNote::Type::Progress));
        auto *signButton = child<QPushButton>(tab, u"signButton"_s);
        QVERIFY(signButton);
        QVERIFY(!signButton->isEnabled());
        QVERIFY(!tab.editor()->sign());

        m_context.user.permissions = {Permission::ClinicalRead};
        NotesTab readOnly(m_context);
        auto *newNote = child<QWidget>(readOnly, u"newNoteButton"_s);
        QVERIFY(newNote && !newNote->isEnabled());
    }
};

QTEST_MAIN(TestNotesTab)
#include "tst_notestab.moc"
