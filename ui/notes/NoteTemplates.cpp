#include "ui/notes/NoteTemplates.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

struct Section {
    QString heading;
    /// Sub-headings with a colon, each on its own line, for sections with a known structure.
    QStringList prompts;
};

QString render(const QList<Section> &sections)
{
    QString text;
    for (const Section &section : sections) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        // A heading without prompts is followed by the empty line the clinician writes on.
        text += section.heading.toUpper() + u'\n';
        if (!section.prompts.isEmpty())
            text += section.prompts.join(u": \n"_s) + u": "_s;
    }
    return text;
}

} // namespace

QString NoteTemplates::body(core::ClinicalNote::Type type)
{
    using Type = core::ClinicalNote::Type;
    // The mental status exam has the same items in every note that records one.
    const QStringList mse{
        tr("Appearance and behaviour"),
        tr("Speech"),
        tr("Mood (patient's words)"),
        tr("Affect"),
        tr("Thought process"),
        tr("Thought content (incl. suicidal / homicidal ideation)"),
        tr("Perception"),
        tr("Cognition"),
        tr("Insight and judgement"),
    };
    const QStringList risk{
        tr("Suicidal ideation, intent, plan"),
        tr("Self-harm"),
        tr("Harm to others"),
        tr("Protective factors"),
        tr("Overall risk level"),
    };

    switch (type) {
    case Type::Intake:
        return render({
            {tr("Reason for referral"), {}},
            {tr("History of present illness"), {}},
            {tr("Psychiatric history"),
             {tr("Previous diagnoses"), tr("Hospitalisations"), tr("Previous treatments")}},
            {tr("Medical history and current medications"), {}},
            {tr("Substance use"), {tr("Alcohol"), tr("Cannabis"), tr("Other substances")}},
            {tr("Family and social history"), {}},
            {tr("Risk assessment"), risk},
            {tr("Mental status exam"), mse},
            {tr("Formulation"), {}},
            {tr("Diagnosis"), {}},
            {tr("Plan"), {}},
        });
    case Type::Progress:
        return render({
            {tr("Subjective"), {}},
            {tr("Mental status exam"), mse},
            {tr("Assessment"), {}},
            {tr("Plan"), {}},
        });
    case Type::MedicationManagement:
        return render({
            {tr("Current medications"), {}},
            {tr("Response and side effects"),
             {tr("Response"), tr("Side effects"), tr("Adherence")}},
            {tr("Changes"), {}},
            {tr("Monitoring"), {tr("Laboratory tests"), tr("Vital signs"), tr("Next review")}},
        });
    case Type::Crisis:
        return render({
            {tr("Situation"), {}},
            {tr("Risk assessment"), risk},
            {tr("Mental status exam"), mse},
            {tr("Safety plan"),
             {tr("Warning signs"), tr("Coping strategies"), tr("People and places to contact"),
              tr("Means restriction")}},
            {tr("Disposition"), {}},
        });
    case Type::Other:
        return QString();
    }
    return QString();
}

qsizetype NoteTemplates::firstInsertPosition(core::ClinicalNote::Type type)
{
    const QString text = body(type);
    const qsizetype lineEnd = text.indexOf(u'\n');
    return lineEnd < 0 ? text.size() : lineEnd + 1;
}

} // namespace nm::ui
