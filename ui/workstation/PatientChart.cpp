#include "ui/workstation/PatientChart.h"

#include "core/storage/PatientRepository.h"
#include "ui/appointments/AppointmentsTab.h"
#include "ui/assessments/AssessmentsTab.h"
#include "ui/common/ChartTab.h"
#include "ui/medications/MedicationsTab.h"
#include "ui/notes/NotesTab.h"
#include "ui/workstation/OverviewTab.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

PatientChart::PatientChart(ChartContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"patientChart"_s);
    m_header->setObjectName(u"chartHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_header->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_header->setFont(font);
    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);

    addTab(new OverviewTab(m_context, m_tabs), tr("&Overview"));
    addTab(new NotesTab(m_context, m_tabs), tr("&Notes"));
    addTab(new AssessmentsTab(m_context, m_tabs), tr("&Assessments"));
    addTab(new MedicationsTab(m_context, m_tabs), tr("&Medications"));
    addTab(new AppointmentsTab(m_context, m_tabs), tr("A&ppointments"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    readHeader();
}

ChartTab *PatientChart::tab(const QString &name) const
{
    for (ChartTab *tab : m_chartTabs) {
        if (tab->objectName() == name)
            return tab;
    }
    return nullptr;
}

void PatientChart::addTab(ChartTab *tab, const QString &label)
{
    m_chartTabs.append(tab);
    m_tabs->addTab(tab, label);
    connect(tab, &ChartTab::chartChanged, this, [this, tab] {
        for (ChartTab *other : std::as_const(m_chartTabs)) {
            if (other != tab)
                other->refresh();
        }
        readHeader();
        Q_EMIT chartChanged();
    });
}

void PatientChart::readHeader()
{
    const auto loaded = core::PatientRepository(m_context.db).load(m_context.patientId);
    if (!loaded || !loaded.value()) {
        m_title = m_context.patientId.toString(QUuid::WithoutBraces);
        m_header->setText(tr("This chart cannot be read from the local cache."));
        return;
    }
    const core::Patient &patient = *loaded.value();
    m_title = patient.familyName + u", "_s + patient.givenName;
    m_risk = !patient.riskFlags.isEmpty();
    QStringList parts{m_title, tr("MRN %1").arg(patient.mrn)};
    if (patient.dateOfBirth.isValid())
        parts << tr("born %1").arg(QLocale().toString(patient.dateOfBirth, QLocale::ShortFormat));
    m_header->setText(parts.join(u"   ·   "_s));
}

void PatientChart::refresh()
{
    readHeader();
    for (ChartTab *tab : std::as_const(m_chartTabs))
        tab->refresh();
}

bool PatientChart::saveDrafts(QString *problem)
{
    for (ChartTab *tab : std::as_const(m_chartTabs)) {
        if (!tab->saveDrafts(problem))
            return false;
    }
    return true;
}

QVariantMap PatientChart::viewState() const
{
    QVariantMap state{{u"current"_s, m_tabs->currentIndex()}};
    for (const ChartTab *tab : m_chartTabs) {
        const QVariantMap tabState = tab->viewState();
        if (!tabState.isEmpty())
            state.insert(tab->objectName(), tabState);
    }
    return state;
}

void PatientChart::restoreViewState(const QVariantMap &state)
{
    for (ChartTab *tab : std::as_const(m_chartTabs)) {
        if (state.contains(tab->objectName()))
            tab->restoreViewState(state.value(tab->objectName()).toMap());
    }
    m_tabs->setCurrentIndex(state.value(u"current"_s, 0).toInt());
}

} // namespace nm::ui
