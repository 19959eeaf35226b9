#include "ui/workstation/ConflictsDialog.h"

#include "core/storage/ChangeJournal.h"
#include "core/storage/PatientRepository.h"
#include "core/sync/ConflictStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

QString entityLabel(const QString &entity)
{
    if (entity == "patient"_L1)
        return ConflictsDialog::tr("Patient details");
    if (entity == "clinical_note"_L1)
        return ConflictsDialog::tr("Note");
    if (entity == "assessment"_L1)
        return ConflictsDialog::tr("Assessment");
    if (entity == "medication"_L1)
        return ConflictsDialog::tr("Medication");
    if (entity == "appointment"_L1)
        return ConflictsDialog::tr("Appointment");
    if (entity == "observation"_L1)
        return ConflictsDialog::tr("Reading");
    return entity;
}

// The record fields a clinician is most likely to meet in a conflict, in words; any other field
// is shown with its name made readable ("emergency_contact.phone" → "Emergency contact phone").
QString fieldLabel(const QString &field)
{
    static const QList<std::pair<QString, const char *>> labels = {
        {u"phone"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "E-mail")},
        {u"pronouns"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Pronouns")},
        {u"preferred_name"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Preferred name")},
        {u"given_name"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Given name")},
        {u"family_name"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Family name")},
        {u"date_of_birth"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Date of birth")},
        {u"allergies"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Allergies")},
        {u"diagnosis_codes"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Diagnoses")},
        {u"risk_flags"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Risk flags")},
        {u"dose"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Dose")},
        {u"frequency"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Frequency")},
        {u"status"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Status")},
        {u"notes"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Notes")},
        {u"title"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Title")},
        {u"body"_s, QT_TRANSLATE_NOOP("nm::ui::ConflictsDialog", "Text")},
    };
    for (const auto &[name, label] : labels) {
        if (name == field)
            return ConflictsDialog::tr(label);
    }
    QString readable = field;
    readable.replace(u'_', u' ').replace(u'.', u' ');
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ConflictsDialog::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? ConflictsDialog::tr("yes") : ConflictsDialog::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? ConflictsDialog::tr("(empty)") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *view = new QTableWidget(parent);
    view->setObjectName(name);
    view->setColumnCount(int(headers.size()));
    view->setHorizontalHeaderLabels(headers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

ConflictsDialog::ConflictsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_conflicts(
          table(this, u"conflictsTable"_s,
                {tr("Record"), tr("Field"), tr("Your value"), tr("Server's value"), tr("Resolve")}))
    , m_rejected(table(this, u"rejectedTable"_s,
                       {tr("Record"), tr("Change"), tr("When"), tr("Why the server refused it")}))
    , m_problem(new QLabel(this))
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts and rejected changes"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_rejected->setAccessibleName(tr("Rejected changes"));
    m_problem->setStyleSheet(u"color: #b71c1c;"_s);
    m_problem->hide();

    auto *conflictsPage = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    auto *conflictsHelp =
        new QLabel(tr("You and someone else changed the same field. The server kept its value; "
                      "yours is kept here until you choose. \"Use mine\" sends your value again; "
                      "\"Keep server's\" closes the conflict."),
                   conflictsPage);
    conflictsHelp->setWordWrap(true);
    conflictsLayout->addWidget(conflictsHelp);
    conflictsLayout->addWidget(m_conflicts);
    auto *rejectedPage = new QWidget(this);
    auto *rejectedLayout = new QVBoxLayout(rejectedPage);
    auto *rejectedHelp = new QLabel(tr("The server refused these changes; they were not applied "
                                       "anywhere. Make the change again in the chart, correcting "
                                       "what the server names."),
                                    rejectedPage);
    rejectedHelp->setWordWrap(true);
    rejectedLayout->addWidget(rejectedHelp);
    rejectedLayout->addWidget(m_rejected);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(conflictsPage, tr("&Conflicts"));
    tabs->addTab(rejectedPage, tr("&Rejected changes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(960, 520);
    load();
}

QString ConflictsDialog::describeRecord(const QString &entity, const QString &recordId) const
{
    // Name the patient, so the clinician knows whose chart it is; the records of every entity
    // carry the patient's id.
    QString patientId = recordId;
    if (entity != "patient"_L1) {
        static const QStringList tables{u"clinical_notes"_s, u"assessments"_s, u"medications"_s,
                                        u"appointments"_s, u"observations"_s};
        for (const QString &name : tables) {
            QSqlQuery query(m_db);
            query.prepare(u"SELECT patient_id FROM "_s + name + u" WHERE id = ?"_s);
            query.addBindValue(recordId);
            if (query.exec() && query.next()) {
                patientId = query.value(0).toString();
                break;
            }
        }
    }
    const auto patient = core::PatientRepository(m_db).load(QUuid::fromString(patientId));
    if (patient && patient.value())
        return tr("%1 — %2, %3")
            .arg(entityLabel(entity), patient.value()->familyName, patient.value()->givenName);
    return entityLabel(entity);
}

void ConflictsDialog::load()
{
    m_conflicts->setRowCount(0);
    const auto open = core::ConflictStore(m_db).open();
    if (!open) {
        m_problem->setText(tr("The conflicts cannot be read: %1").arg(open.error()));
        m_problem->show();
    } else {
        for (const core::SyncConflict &conflict : open.value()) {
            const int row = m_conflicts->rowCount();
            m_conflicts->insertRow(row);
            m_conflicts->setItem(
                row, 0, new QTableWidgetItem(describeRecord(conflict.entity, conflict.recordId)));
            m_conflicts->setItem(row, 1, new QTableWidgetItem(fieldLabel(conflict.field)));
            m_conflicts->setItem(row, 2, new QTableWidgetItem(valueText(conflict.clientValue)));
            m_conflicts->setItem(row, 3, new QTableWidgetItem(valueText(conflict.serverValue)));
            auto *buttons = new QWidget(m_conflicts);
            auto *buttonsLayout = new QHBoxLayout(buttons);
            buttonsLayout->setContentsMargins(2, 2, 2, 2);
            auto *mine = new QPushButton(tr("Use mine"), buttons);
            mine->setObjectName(u"useMine_%1"_s.arg(conflict.id));
            auto *server = new QPushButton(tr("Keep server's"), buttons);
            server->setObjectName(u"keepServer_%1"_s.arg(conflict.id));
            buttonsLayout->addWidget(mine);
            buttonsLayout->addWidget(server);
            m_conflicts->setCellWidget(row, 4, buttons);
            const qint64 id = conflict.id;
            connect(mine, &QPushButton::clicked, this, [this, id] { resolve(id, true); });
            connect(server, &QPushButton::clicked, this, [this, id] { resolve(id, false); });
        }
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->resizeRowsToContents();

    m_rejected->setRowCount(0);
    const auto rejected = core::ChangeJournal(m_db).rejected();
    if (rejected) {
        const QLocale locale;
        for (const core::JournalEntry &entry : rejected.value()) {
            const int row = m_rejected->rowCount();
            m_rejected->insertRow(row);
            m_rejected->setItem(row, 0,
                                new QTableWidgetItem(describeRecord(entry.entity, entry.entityId)));
            const QString change = entry.op == core::JournalEntry::Op::Create   ? tr("created")
                                   : entry.op == core::JournalEntry::Op::Delete ? tr("deleted")
                                                                                : tr("changed");
            m_rejected->setItem(row, 1,
                                new QTableWidgetItem(tr("%1: %2").arg(
                                    change, QStringList(entry.fields.keys()).join(u", "_s))));
            m_rejected->setItem(
                row, 2,
                new QTableWidgetItem(locale.toString(
                    QDateTime::fromMSecsSinceEpoch(entry.createdAt, Qt::UTC).toLocalTime(),
                    QLocale::ShortFormat)));
            QStringList reasons;
            if (!entry.rejectDetail.isEmpty())
                reasons << entry.rejectDetail;
            for (const core::FieldError &error : entry.rejectErrors)
                reasons << tr("%1: %2").arg(fieldLabel(error.field), error.message);
            if (reasons.isEmpty())
                reasons << entry.rejectCode;
            m_rejected->setItem(row, 3, new QTableWidgetItem(reasons.join(u'\n')));
        }
    }
    m_rejected->resizeColumnsToContents();
    m_rejected->resizeRowsToContents();
}

void ConflictsDialog::resolve(qint64 conflictId, bool useMine)
{
    const auto resolved = core::ConflictStore(m_db).resolve(
        conflictId, useMine ? core::ConflictStore::Resolution::UseMine
                            : core::ConflictStore::Resolution::KeepServer);
    if (!resolved) {
        m_problem->setText(tr("The conflict could not be resolved: %1").arg(resolved.error()));
        m_problem->show();
        return;
    }
    m_problem->hide();
    load();
}

} // namespace nm::ui
