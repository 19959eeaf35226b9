#include "core/demo/DemoPracticeGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/ScoringEngine.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

using Archetype = DemoPractice::Archetype;

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

// Invented syllables: names made of them belong to nobody in particular, unlike a list of real
// first and last names.
constexpr std::array<const char *, 28> Syllables{
    "ka",  "lo",  "ven", "mi",  "ra",  "sel", "to", "ri",  "na", "dor", "vi",  "len", "sa",  "mor",
    "eth", "bri", "an",  "tal", "quo", "zen", "fa", "rel", "ou", "nim", "cas", "pe",  "dra", "wyn"};

struct Diagnosis {
    const char *code;
    const char *description;
    int weight;
};

constexpr std::array<Diagnosis, 7> Diagnoses{{
    {"F32.1", "major depressive disorder, single episode, moderate", 25},
    {"F33.1", "major depressive disorder, recurrent, moderate", 20},
    {"F41.1", "generalized anxiety disorder", 18},
    {"F43.10", "post-traumatic stress disorder", 10},
    {"F31.81", "bipolar II disorder, current episode depressed", 9},
    {"F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type", 9},
    {"F10.20", "alcohol dependence, uncomplicated", 9},
}};

constexpr const char *Ptsd = "F43.10";
constexpr const char *Bipolar = "F31.81";
constexpr const char *Adhd = "F90.0";
constexpr const char *Alcohol = "F10.20";
constexpr const char *Anxiety = "F41.1";
constexpr const char *RecurrentDepression = "F33.1";

struct Drug {
    const char *name;
    double startDose;
    /// 0 = the dose is not titrated.
    double step;
    double maxDose;
    const char *frequency;
};

constexpr std::array<Drug, 6> Antidepressants{{
    {"sertraline", 50, 50, 200, "once daily"},
    {"escitalopram", 10, 10, 20, "once daily"},
    {"fluoxetine", 20, 20, 60, "once daily in the morning"},
    {"bupropion XL", 150, 150, 450, "once daily in the morning"},
    {"venlafaxine XR", 75, 75, 225, "once daily with food"},
    {"mirtazapine", 15, 15, 45, "at bedtime"},
}};
constexpr std::array<Drug, 3> MoodStabilisers{{
    {"lithium carbonate", 300, 150, 900, "twice daily"},
    {"quetiapine", 50, 50, 300, "at bedtime"},
    {"lamotrigine", 25, 25, 200, "once daily"},
}};
constexpr std::array<Drug, 2> AdhdDrugs{{
    {"methylphenidate ER", 18, 18, 54, "once daily in the morning"},
    {"atomoxetine", 40, 40, 100, "once daily"},
}};
constexpr Drug Naltrexone{"naltrexone", 50, 0, 50, "once daily"};
constexpr Drug Aripiprazole{"aripiprazole", 2, 0, 2, "once daily"};

// Another drug of the same class (the next one in its table), or nullptr when there is none.
const Drug *alternativeTo(const Drug *drug)
{
    const auto next = [drug](const auto &table) -> const Drug * {
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (&table[i] == drug)
                return &table[(i + 1) % table.size()];
        }
        return nullptr;
    };
    if (const Drug *found = next(Antidepressants))
        return found;
    if (const Drug *found = next(MoodStabilisers))
        return found;
    return next(AdhdDrugs);
}

constexpr std::array<const char *, 5> SideEffects{"nausea", "sexual side effects", "insomnia",
                                                  "headache", "weight gain"};
constexpr std::array<const char *, 4> Allergies{"penicillin", "sulfonamides", "latex", "peanuts"};
constexpr std::array<const char *, 6> AreaCodes{"202", "312", "415", "503", "617", "718"};
constexpr std::array<const char *, 4> Relationships{"partner", "mother", "sibling", "friend"};
constexpr std::array<const char *, 3> WearableSources{"apple_health", "fitbit", "garmin"};
constexpr std::array<int, 3> LongerVisitMinutes{45, 50, 60};

// Mean heart rate above the resting rate for each hour of the day (UTC is the demo's local time):
// lowest asleep, highest in the active daytime hours. Integers and linear interpolation keep the
// minute series exact without sin/cos.
constexpr std::array<int, 25> HourlyHeartRateOffset{-4, -5, -5, -6, -5, -3, 2,  10, 14,
                                                    13, 12, 14, 16, 13, 12, 14, 17, 18,
                                                    15, 12, 10, 7,  2,  -2, -4};

QString syllableName(DemoRandom &rng, int minSyllables, int maxSyllables)
{
    QString name;
    const int count = rng.between(minSyllables, maxSyllables);
    for (int i = 0; i < count; ++i)
        name += QLatin1StringView(rng.pick(Syllables));
    name[0] = name[0].toUpper();
    return name;
}

QString fictionalPhone(DemoRandom &rng)
{
    // 555-0100 to 555-0199 are reserved for fiction in the North American numbering plan.
    return u"+1 "_s + QLatin1StringView(rng.pick(AreaCodes)) + u" 555 01"_s +
           QString::number(rng.between(0, 99)).rightJustified(2, u'0');
}

double lerp(double from, double to, double fraction)
{
    return from + (to - from) * fraction;
}

int roundToInt(double value)
{
    return int(std::floor(value + 0.5));
}

QString formatDose(double dose)
{
    return QString::number(dose, 'g', 6);
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

// The PHQ-9 total the patient's symptoms follow, day by day (before noise). Piecewise linear in
// the fraction of the treatment period elapsed, so the course scales with the period's length.
struct Course {
    Archetype archetype = Archetype::Responder;
    int baseline = 0;
    int end = 0;
    /// Fraction of the period after which the end level is reached (non-relapse courses).
    double plateau = 0.5;
    int nadir = 0;
    int intakeDay = 0;
    int lastDay = 0;

    double fraction(int day) const
    {
        return double(day - intakeDay) / double(std::max(1, lastDay - intakeDay));
    }

    double level(int day) const
    {
        if (day <= intakeDay)
            return baseline;
        const double t = fraction(day);
        if (archetype == Archetype::Relapse) {
            if (t < 0.3)
                return lerp(baseline, nadir, t / 0.3);
            if (t < 0.55)
                return nadir;
            if (t < 0.75)
                return lerp(nadir, end, (t - 0.55) / 0.2);
            return end;
        }
        return t >= plateau ? end : lerp(baseline, end, t / plateau);
    }
};

Course makeCourse(DemoRandom &rng, Archetype archetype)
{
    Course course;
    course.archetype = archetype;
    switch (archetype) {
    case Archetype::Responder:
        course.baseline = rng.between(12, 23);
        course.end = rng.between(1, 4);
        course.plateau = rng.uniform(0.35, 0.6);
        break;
    case Archetype::PartialResponder: {
        course.baseline = rng.between(12, 23);
        // A drop d with 25 % ≤ d / baseline < 50 %, in whole points.
        const int least = (course.baseline + 3) / 4;
        const int most = (course.baseline - 1) / 2;
        course.end = course.baseline - rng.between(least, most);
        course.plateau = rng.uniform(0.4, 0.6);
        break;
    }
    case Archetype::NonResponder:
        course.baseline = rng.between(14, 24);
        // Less than a 25 % drop, or a little worse.
        course.end = std::min(course.baseline - rng.between(-2, (course.baseline - 1) / 4), 24);
        course.plateau = 0.5;
        break;
    case Archetype::Relapse:
        course.baseline = rng.between(17, 22);
        course.nadir = rng.between(2, 4);
        course.end = rng.between(15, 19);
        break;
    }
    return course;
}

// The first five patients cover every archetype (and the item-9 patient) even in a small
// practice; the rest follow a fixed 20-patient pattern: 9 responders, 6 partial, 5 non-responders.
Archetype archetypeFor(int index)
{
    switch (index) {
    case 0:
        return Archetype::Responder;
    case 1:
        return Archetype::PartialResponder;
    case 2:
        return Archetype::NonResponder;
    case 3:
        return Archetype::Relapse;
    case 4:
        return Archetype::PartialResponder;
    default:
        break;
    }
    const int slot = index % 20;
    if (slot < 9)
        return Archetype::Responder;
    if (slot < 15)
        return Archetype::PartialResponder;
    return Archetype::NonResponder;
}

bool itemNineFor(int index)
{
    return index == 4 || index % 50 == 25;
}

// Spreads \a total points over items, one point at a time, to a random item with room left
// (weighted, so core items carry more); caps[i] = 0 keeps item i at 0.
QList<int> distribute(DemoRandom &rng, int total, const QList<int> &caps, const QList<int> &weights)
{
    QList<int> scores(caps.size(), 0);
    for (int point = 0; point < total; ++point) {
        int available = 0;
        for (qsizetype i = 0; i < caps.size(); ++i) {
            if (scores[i] < caps[i])
                available += weights[i];
        }
        if (available == 0)
            break;
        int draw = rng.between(0, available - 1);
        for (qsizetype i = 0; i < caps.size(); ++i) {
            if (scores[i] >= caps[i])
                continue;
            if (draw < weights[i]) {
                ++scores[i];
                break;
            }
            draw -= weights[i];
        }
    }
    return scores;
}

RecordMeta makeMeta(DemoRandom &rng, const QUuid &by, const QDateTime &at)
{
    RecordMeta meta;
    meta.id = rng.uuid(at);
    meta.createdAt = at;
    meta.updatedAt = at;
    meta.createdBy = by;
    return meta;
}

struct Visit {
    int day = 0;
    QDateTime start;
    int durationMinutes = 30;
    Appointment::Kind kind = Appointment::Kind::InPerson;
    Appointment::Status status = Appointment::Status::Scheduled;

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
};

struct ActiveMedication {
    /// Index into the patient's medication list.
    qsizetype index = 0;
    const Drug *drug = nullptr;
    double dose = 0;
};

// Everything one patient's generation needs and produces; the records are appended to the
// practice when the patient is complete.
class PatientBuilder {
public:
    PatientBuilder(const DemoPracticeOptions &options, const InstrumentRegistry &registry,
                   int index, DemoRandom rng)
        : m_options(options)
        , m_registry(registry)
        , m_index(index)
        , m_rng(rng)
        , m_wearableRng(m_rng.fork(1))
        , m_heartRateRng(m_rng.fork(2))
        , m_firstDayMs(
              options.today.addDays(-(options.days - 1)).startOfDay(Qt::UTC).toMSecsSinceEpoch())
    {}

    Result<Done, QString> build(DemoPractice &practice, bool minuteHeartRate);

private:
    QDateTime at(int day, qint64 offsetMs) const
    {
        return QDateTime::fromMSecsSinceEpoch(m_firstDayMs + day * MsPerDay + offsetMs, Qt::UTC);
    }
    QDate date(int day) const { return m_options.today.addDays(day - (m_options.days - 1)); }

    void makePatient();
    void makeDailySignals();
    void planVisits();
    Result<Done, QString> runVisits();
    Result<Assessment, QString> assess(const QString &instrumentId, const QList<int> &scores,
                                       const QDateTime &when);
    Result<Done, QString> assessAtVisit(const Visit &visit, int completedIndex, bool last);
    QList<int> phq9Items(int total, bool itemNine);
    QString medicationEvents(const Visit &visit, int completedIndex);
    void startMedication(const Drug &drug, double dose, const Visit &visit);
    void stopMedication(const ActiveMedication &active, QDate stopDate, const QString &reason,
                        const QDateTime &recordedAt);
    QString currentMedicationText() const;
    void writeNotes(const Visit &visit, int completedIndex, bool last, const QString &plan);
    void addNote(ClinicalNote::Type type, const QString &title, const QString &body,
                 const Visit &visit, bool sign);
    void makeObservations(QList<Observation> &out) const;
    void makeMinuteHeartRate(QList<Observation> &out);

    const DemoPracticeOptions &m_options;
    const InstrumentRegistry &m_registry;
    const int m_index;
    DemoRandom m_rng;
    DemoRandom m_wearableRng;
    DemoRandom m_heartRateRng;
    const qint64 m_firstDayMs;

    Patient m_patient;
    QUuid m_clinician;
    Course m_course;
    bool m_itemNine = false;
    bool m_hasGad = false;
    double m_gadRatio = 1;
    double m_pclRatio = 1;
    int m_auditBase = 0;
    bool m_sideEffectSwitch = false;
    int m_restingBase = 60;
    double m_hrvBase = 45;
    QString m_source;

    std::vector<double> m_sleep;
    std::vector<double> m_steps;
    std::vector<double> m_restingHr;
    std::vector<double> m_hrv;
    std::vector<double> m_mood;

    QList<Visit> m_visits;
    QList<ClinicalNote> m_notes;
    QList<Assessment> m_assessments;
    QList<Medication> m_medications;
    QList<Appointment> m_appointments;
    /// Current medications, the one the course is about first.
    QList<ActiveMedication> m_active;

    // State carried from visit to visit, for the notes and the medication plan.
    int m_lastPhq9 = 0;
    QString m_lastPhq9Band;
    std::optional<int> m_lastGad7;
    bool m_lastItemNine = false;
    bool m_crisisWritten = false;
    bool m_doseIncreased = false;
    bool m_switched = false;
    bool m_augmented = false;
    /// Set once the relapse patient has stopped their medication.
    const Drug *m_relapseDrug = nullptr;
    bool m_relapseRestarted = false;
};

void PatientBuilder::makePatient()
{
    const Archetype archetype = archetypeFor(m_index);
    m_itemNine = itemNineFor(m_index);

    // Diagnosis: weighted choice; the relapse patient has recurrent depression.
    int totalWeight = 0;
    for (const Diagnosis &diagnosis : Diagnoses)
        totalWeight += diagnosis.weight;
    int draw = m_rng.between(0, totalWeight - 1);
    const Diagnosis *primary = &Diagnoses.front();
    for (const Diagnosis &diagnosis : Diagnoses) {
        if (draw < diagnosis.weight) {
            primary = &diagnosis;
            break;
        }
        draw -= diagnosis.weight;
    }
    QStringList codes{QLatin1StringView(primary->code)};
    if (archetype == Archetype::Relapse)
        codes = QStringList{QLatin1StringView(RecurrentDepression)};
    if (m_rng.chance(0.3) && !codes.contains(QLatin1StringView(Anxiety)))
        codes.append(QLatin1StringView(Anxiety));
    else if (m_rng.chance(0.08) && !codes.contains(QLatin1StringView(Alcohol)))
        codes.append(QLatin1StringView(Alcohol));

    const qsizetype clinicianCount = m_options.clinicians.size();
    m_clinician = m_options.clinicians.at(m_index % clinicianCount);
    QList<QUuid> careTeam{m_clinician};
    if (clinicianCount > 1 && m_rng.chance(0.25))
        careTeam.append(m_options.clinicians.at((m_index + 1) % clinicianCount));

    m_course = makeCourse(m_rng, archetype);
    m_course.lastDay = m_options.days - 1;
    // Intake early in the period so every course has time to unfold; the relapse patient starts
    // on the first day because that course needs the longest run.
    m_course.intakeDay =
        archetype == Archetype::Relapse ? 0 : m_rng.between(0, std::min(60, m_options.days / 4));

    m_hasGad = codes.contains(QLatin1StringView(Anxiety)) || m_rng.chance(0.75);
    m_gadRatio = m_rng.uniform(0.6, 1.0);
    m_pclRatio = m_rng.uniform(0.9, 1.3);
    m_auditBase = m_rng.between(6, 10);
    // Patient 2 always switches for side effects, so even a small practice shows one.
    m_sideEffectSwitch = m_index == 2 || (archetype != Archetype::Relapse && m_rng.chance(0.15));
    m_restingBase = m_rng.between(56, 72);
    m_hrvBase = m_rng.uniform(30, 70);
    m_source = QLatin1StringView(m_rng.pick(WearableSources));

    Patient &p = m_patient;
    p.givenName = syllableName(m_rng, 2, 3);
    p.familyName = syllableName(m_rng, 2, 3);
    if (m_rng.chance(0.25))
        p.preferredName = p.givenName.left(p.givenName.size() > 4 ? 3 : p.givenName.size());
    // NM + 6 digits; the multiplier is coprime with 900000, so the first 900000 are distinct.
    p.mrn = u"NM"_s + QString::number(100000 + (qint64(m_index) * 7919 + 1234) % 900000);
    const int age = m_rng.between(18, 84);
    p.dateOfBirth = m_options.today.addYears(-age).addDays(-m_rng.between(0, 364));

    const double sexDraw = m_rng.uniform();
    const bool nonBinary = m_rng.chance(0.08);
    if (sexDraw < 0.55) {
        p.sexAtBirth = Patient::SexAtBirth::Female;
        p.genderIdentity = nonBinary ? u"non-binary"_s : u"woman"_s;
        p.pronouns = nonBinary ? u"they/them"_s : u"she/her"_s;
    } else if (sexDraw < 0.985) {
        p.sexAtBirth = Patient::SexAtBirth::Male;
        p.genderIdentity = nonBinary ? u"non-binary"_s : u"man"_s;
        p.pronouns = nonBinary ? u"they/them"_s : u"he/him"_s;
    } else if (sexDraw < 0.995) {
        p.sexAtBirth = Patient::SexAtBirth::Intersex;
        p.pronouns = u"they/them"_s;
    } else {
        p.sexAtBirth = Patient::SexAtBirth::Unknown;
    }

    p.phone = fictionalPhone(m_rng);
    // example.org is reserved for documentation (RFC 2606): mail to it goes nowhere.
    p.email = p.givenName.toLower() + u'.' + p.familyName.toLower() + u'.' +
              QString::number(m_index) + u"@example.org"_s;
    p.address.line1 =
        QString::number(m_rng.between(1, 240)) + u' ' + syllableName(m_rng, 2, 2) + u" Lane"_s;
    p.address.city = syllableName(m_rng, 2, 3);
    p.emergencyContact.name = syllableName(m_rng, 2, 3) + u' ' + p.familyName;
    p.emergencyContact.relationship = QLatin1StringView(m_rng.pick(Relationships));
    p.emergencyContact.phone = fictionalPhone(m_rng);
    p.diagnosisCodes = codes;
    if (m_rng.chance(0.15))
        p.allergies.append(QLatin1StringView(m_rng.pick(Allergies)));
    if (m_itemNine)
        p.riskFlags.append(RiskFlag::SuicideRisk);
    p.careTeam = careTeam;
    p.synthetic = true;

    const int registeredDay = m_course.intakeDay - m_rng.between(1, 10);
    p.meta = makeMeta(m_rng, m_clinician, at(registeredDay, 9 * MsPerHour));
}

void PatientBuilder::makeDailySignals()
{
    const auto days = std::size_t(m_options.days);
    m_sleep.resize(days);
    m_steps.resize(days);
    m_restingHr.resize(days);
    m_hrv.resize(days);
    m_mood.resize(days);
    DemoRandom &rng = m_wearableRng;
    for (std::size_t day = 0; day < days; ++day) {
        // Symptom burden 0–1 drives every signal: worse depression, less sleep, fewer steps,
        // higher resting heart rate, lower HRV, lower mood.
        const double burden = m_course.level(int(day)) / 27.0;
        m_sleep[day] =
            std::clamp(double(roundToInt(455 - 110 * burden + rng.normal(0, 35))), 150.0, 720.0);
        m_steps[day] = std::clamp(double(roundToInt(8800 - 5200 * burden + rng.normal(0, 1500))),
                                  200.0, 30000.0);
        m_restingHr[day] = std::clamp(
            double(roundToInt(m_restingBase + 7 * burden + rng.normal(0, 2))), 40.0, 110.0);
        m_hrv[day] = std::clamp(
            roundToInt((m_hrvBase - 14 * burden + rng.normal(0, 5)) * 10) / 10.0, 5.0, 150.0);
        m_mood[day] =
            std::clamp(double(roundToInt(8.5 - 7 * burden + rng.normal(0, 0.9))), 0.0, 10.0);
    }
}

void PatientBuilder::planVisits()
{
    const int lastDay = m_options.days - 1;
    const int span = lastDay - m_course.intakeDay;
    // Every 2–4 weeks; in a short period the upper bound shrinks so enough visits fit, and the
    // relapse patient comes fortnightly so the low point and the relapse are both measured.
    const int longest =
        m_course.archetype == Archetype::Relapse ? 14 : std::clamp(span / 4, 14, 28);
    int day = m_course.intakeDay;
    int upcoming = 0;
    while (upcoming < 2) {
        Visit visit;
        visit.day = day;
        const bool intake = m_visits.isEmpty();
        visit.start = at(day, m_rng.between(16, 32) * 30 * MsPerMinute); // 08:00–16:00
        visit.durationMinutes =
            intake ? 60 : (m_rng.chance(0.5) ? 30 : m_rng.pick(LongerVisitMinutes));
        visit.kind = m_rng.chance(0.35) ? Appointment::Kind::Video : Appointment::Kind::InPerson;
        if (day < lastDay || intake) {
            visit.status = Appointment::Status::Completed;
        } else {
            visit.status = Appointment::Status::Scheduled;
            ++upcoming;
        }
        m_visits.append(visit);
        day += m_rng.between(14, longest);
    }

    // A few missed visits: never the intake, the last visit before today (the course's end
    // point) or the relapse patient's (whose course hinges on each one).
    qsizetype lastPast = -1;
    for (qsizetype i = 0; i < m_visits.size(); ++i) {
        if (m_visits[i].status == Appointment::Status::Completed)
            lastPast = i;
    }
    if (m_course.archetype == Archetype::Relapse)
        return;
    for (qsizetype i = 1; i < lastPast; ++i) {
        const double draw = m_rng.uniform();
        if (draw < 0.06)
            m_visits[i].status = Appointment::Status::NoShow;
        else if (draw < 0.10)
            m_visits[i].status = Appointment::Status::Cancelled;
    }
}

QList<int> PatientBuilder::phq9Items(int total, bool itemNine)
{
    // Items 1 (anhedonia), 2 (low mood) and 4 (fatigue) carry the most weight, as they do in
    // depressed samples; item 9 is set on its own so it is positive exactly when intended.
    const QList<int> caps{3, 3, 3, 3, 3, 3, 3, 3, 0};
    const QList<int> weights{4, 4, 3, 4, 2, 3, 2, 1, 1};
    int itemNineScore = 0;
    if (itemNine) {
        itemNineScore = total >= 20 ? 2 : 1;
        total -= itemNineScore;
    }
    QList<int> scores = distribute(m_rng, std::clamp(total, 0, 24), caps, weights);
    scores[8] = itemNineScore;
    return scores;
}

Result<Assessment, QString> PatientBuilder::assess(const QString &instrumentId,
                                                   const QList<int> &scores, const QDateTime &when)
{
    const InstrumentDefinition *definition = m_registry.find(instrumentId);
    if (!definition)
        return u"The built-in instrument “%1” is missing."_s.arg(instrumentId);
    const QList<InstrumentDefinition::Item> &items = definition->items();

    ScoringEngine::Responses responses;
    Assessment assessment;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int score = std::clamp(scores.value(i), items[i].minScore(), items[i].maxScore());
        responses.insert(items[i].id, score);
        assessment.responses.append({items[i].id, double(score)});
    }
    // Only AUDIT-C's cut-off depends on context; giving it to every instrument is harmless.
    const auto scored = ScoringEngine::score(
        *definition, responses,
        ScoringContext::withSexAtBirth(enumId(m_patient.sexAtBirth).toString()));
    if (!scored)
        return scored.error();
    const ScoreResult &result = scored.value();

    assessment.meta = makeMeta(m_rng, m_clinician, when);
    assessment.patientId = m_patient.meta.id;
    assessment.instrumentId = definition->id();
    assessment.instrumentVersion = definition->version();
    assessment.administeredAt = when;
    assessment.status = Assessment::Status::Completed;
    assessment.totalScore = result.total;
    for (const ScoreResult::SubscaleScore &subscale : result.subscales) {
        if (subscale.score)
            assessment.subscaleScores.insert(subscale.id, *subscale.score);
    }
    if (result.band)
        assessment.band = result.band->id;
    for (const ScoreResult::RaisedFlag &flag : result.flags)
        assessment.flags.append(flag.id);
    assessment.administeredBy = m_clinician;
    return assessment;
}

Result<Done, QString> PatientBuilder::assessAtVisit(const Visit &visit, int completedIndex,
                                                    bool last)
{
    // Questionnaires are filled in just before the visit.
    const QDateTime when = visit.start.addSecs(-10 * 60);
    const double level = m_course.level(visit.day);
    const int cap = m_itemNine ? 27 : 24;

    int phq9 = roundToInt(level);
    // The first and the last measurement are the course's end points; those between wobble.
    if (completedIndex > 0 && !last)
        phq9 += m_rng.between(-1, 1);
    phq9 = std::clamp(phq9, 0, cap);
    // Item 9 is positive while the patient is still at least moderately depressed in the first
    // half of treatment.
    const bool itemNine =
        m_itemNine && phq9 >= 10 && (completedIndex == 0 || m_course.fraction(visit.day) < 0.5);

    auto phq = assess(u"phq9"_s, phq9Items(phq9, itemNine), when);
    if (!phq)
        return failure(phq.error());
    m_lastPhq9 = int(phq.value().totalScore.value_or(0));
    m_lastPhq9Band = phq.value().band;
    m_lastItemNine = phq.value().flags.contains(u"suicide_risk"_s);
    m_assessments.append(phq.value());

    m_lastGad7.reset();
    if (m_hasGad) {
        const int gad7 =
            std::clamp(roundToInt(level * m_gadRatio * 21.0 / 27.0) + m_rng.between(-1, 1), 0, 21);
        auto gad =
            assess(u"gad7"_s, distribute(m_rng, gad7, {3, 3, 3, 3, 3, 3, 3}, {3, 3, 2, 2, 2, 2, 2}),
                   when.addSecs(60));
        if (!gad)
            return failure(gad.error());
        m_lastGad7 = int(gad.value().totalScore.value_or(0));
        m_assessments.append(gad.value());
    }

    const QStringList &codes = m_patient.diagnosisCodes;
    if (codes.contains(QLatin1StringView(Ptsd)) && completedIndex % 3 == 0) {
        const int pcl5 =
            std::clamp(roundToInt(level / 27.0 * 80.0 * m_pclRatio) + m_rng.between(-3, 3), 0, 80);
        auto pcl = assess(u"pcl5"_s, distribute(m_rng, pcl5, QList<int>(20, 4), QList<int>(20, 1)),
                          when.addSecs(120));
        if (!pcl)
            return failure(pcl.error());
        m_assessments.append(pcl.value());
    }

    int auditc = -1;
    if (codes.contains(QLatin1StringView(Alcohol)) && completedIndex % 2 == 0)
        auditc = std::clamp(
            roundToInt(m_auditBase * (0.4 + 0.6 * level / std::max(1, m_course.baseline))), 0, 12);
    else if (completedIndex == 0 && m_rng.chance(0.25))
        auditc = m_rng.between(0, 3);
    if (auditc >= 0) {
        auto audit =
            assess(u"auditc"_s, distribute(m_rng, auditc, {4, 4, 4}, {3, 2, 1}), when.addSecs(180));
        if (!audit)
            return failure(audit.error());
        m_assessments.append(audit.value());
    }

    if (codes.contains(QLatin1StringView(Bipolar))) {
        const int asrm = m_rng.chance(0.08) ? m_rng.between(6, 9) : m_rng.between(0, 4);
        auto mania = assess(u"asrm"_s, distribute(m_rng, asrm, {4, 4, 4, 4, 4}, {1, 1, 1, 1, 1}),
                            when.addSecs(240));
        if (!mania)
            return failure(mania.error());
        m_assessments.append(mania.value());
    }
    return Done{};
}

void PatientBuilder::startMedication(const Drug &drug, double dose, const Visit &visit)
{
    Medication medication;
    medication.meta = makeMeta(m_rng, m_clinician, visit.end());
    medication.patientId = m_patient.meta.id;
    medication.name = QLatin1StringView(drug.name);
    medication.dose = dose;
    medication.unit = u"mg"_s;
    medication.route = Medication::Route::Oral;
    medication.frequency = QLatin1StringView(drug.frequency);
    medication.startDate = date(visit.day);
    medication.prescriberId = m_clinician;
    m_active.append({m_medications.size(), &drug, dose});
    m_medications.append(medication);
}

void PatientBuilder::stopMedication(const ActiveMedication &active, QDate stopDate,
                                    const QString &reason, const QDateTime &recordedAt)
{
    Medication &medication = m_medications[active.index];
    medication.stopDate = std::max(stopDate, medication.startDate);
    medication.reasonStopped = reason;
    medication.meta.updatedAt = std::max(recordedAt, medication.meta.createdAt);
}

QString PatientBuilder::currentMedicationText() const
{
    QStringList parts;
    for (const ActiveMedication &active : m_active)
        parts.append(QLatin1StringView(active.drug->name) + u' ' + formatDose(active.dose) +
                     u" mg "_s + QLatin1StringView(active.drug->frequency));
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

QString PatientBuilder::medicationEvents(const Visit &visit, int completedIndex)
{
    const QDateTime recordedAt = visit.end();
    const QDate today = date(visit.day);
    const double t = m_course.fraction(visit.day);
    const QStringList &codes = m_patient.diagnosisCodes;
    const auto describe = [](const Drug &drug, double dose) -> QString {
        return QLatin1StringView(drug.name) + u' ' + formatDose(dose) + u" mg "_s +
               QLatin1StringView(drug.frequency);
    };
    // Replaces the first (course) medication by a new record, keeping it first.
    const auto replaceFirst = [&](const Drug &drug, double dose, const QString &reason) {
        stopMedication(m_active.first(), today, reason, recordedAt);
        m_active.removeFirst();
        startMedication(drug, dose, visit);
        m_active.move(m_active.size() - 1, 0);
    };

    if (completedIndex == 0) {
        const Drug *drug = &m_rng.pick(Antidepressants);
        if (codes.first() == QLatin1StringView(Bipolar))
            drug = &m_rng.pick(MoodStabilisers);
        else if (codes.first() == QLatin1StringView(Adhd))
            drug = &m_rng.pick(AdhdDrugs);
        else if (codes.first() == QLatin1StringView(Alcohol))
            drug = &Naltrexone;
        startMedication(*drug, drug->startDose, visit);
        return u"Started "_s + describe(*drug, drug->startDose) + u'.';
    }

    if (m_relapseDrug && !m_relapseRestarted && t >= 0.65) {
        m_relapseRestarted = true;
        startMedication(*m_relapseDrug, m_relapseDrug->startDose, visit);
        m_active.move(m_active.size() - 1, 0);
        return u"Depressive symptoms have returned since stopping "_s +
               QLatin1StringView(m_relapseDrug->name) + u"; restarted "_s +
               describe(*m_relapseDrug, m_relapseDrug->startDose) + u'.';
    }
    if (m_active.isEmpty())
        return {};

    const ActiveMedication primary = m_active.first();
    const Archetype archetype = m_course.archetype;

    if (completedIndex == 1 && m_sideEffectSwitch) {
        const QString effect = QLatin1StringView(m_rng.pick(SideEffects));
        const Drug *next = alternativeTo(primary.drug);
        if (!next) {
            // No alternative of the same class here (naltrexone): stop it and say so.
            stopMedication(primary, today, u"side effects: "_s + effect, recordedAt);
            m_active.removeFirst();
            return u"Stopped "_s + QLatin1StringView(primary.drug->name) + u" because of "_s +
                   effect + u'.';
        }
        replaceFirst(*next, next->startDose, u"side effects: "_s + effect);
        return u"Stopped "_s + QLatin1StringView(primary.drug->name) + u" because of "_s + effect +
               u"; started "_s + describe(*next, next->startDose) + u'.';
    }

    if (archetype == Archetype::Relapse) {
        if (!m_relapseDrug && t >= 0.5) {
            // The patient stopped a little after feeling well; it is recorded at this visit.
            const int stopDay =
                m_course.intakeDay + roundToInt(0.45 * (m_course.lastDay - m_course.intakeDay));
            m_relapseDrug = primary.drug;
            stopMedication(primary, date(std::min(stopDay, visit.day)),
                           u"stopped by patient: felt well"_s, recordedAt);
            m_active.removeFirst();
            return u"Patient stopped "_s + QLatin1StringView(m_relapseDrug->name) +
                   u" on their own after feeling well; discussed the risk of relapse."_s;
        }
        return {};
    }

    if (!m_doseIncreased && completedIndex >= 2 &&
        (archetype != Archetype::Responder || m_rng.chance(0.5)) && primary.drug->step > 0 &&
        primary.dose + primary.drug->step <= primary.drug->maxDose) {
        m_doseIncreased = true;
        const double dose = primary.dose + primary.drug->step;
        replaceFirst(*primary.drug, dose, u"dose increased"_s);
        return u"Increased "_s + describe(*primary.drug, dose) + u'.';
    }

    if (archetype == Archetype::NonResponder && !m_switched && completedIndex >= 3 && t >= 0.5) {
        m_switched = true;
        const Drug *next = &Antidepressants[std::size_t(m_index) % Antidepressants.size()];
        if (next == primary.drug)
            next = alternativeTo(next);
        replaceFirst(*next, next->startDose, u"insufficient response after an adequate trial"_s);
        return u"Little response to "_s + QLatin1StringView(primary.drug->name) +
               u"; switched to "_s + describe(*next, next->startDose) + u'.';
    }

    if (archetype == Archetype::PartialResponder && !m_augmented && t >= 0.5 && m_rng.chance(0.5)) {
        m_augmented = true;
        startMedication(Aripiprazole, Aripiprazole.startDose, visit);
        return u"Partial response; added "_s + describe(Aripiprazole, Aripiprazole.startDose) +
               u" as augmentation."_s;
    }
    return {};
}

void PatientBuilder::addNote(ClinicalNote::Type type, const QString &title, const QString &body,
                             const Visit &visit, bool sign)
{
    ClinicalNote note;
    const QDateTime written = visit.end();
    note.meta = makeMeta(m_rng, m_clinician, written);
    note.patientId = m_patient.meta.id;
    note.type = type;
    note.title = title;
    note.body = body;
    if (sign) {
        note.status = ClinicalNote::Status::Signed;
        note.signedAt = written.addSecs(m_rng.between(10, 240) * 60);
        note.signedBy = m_clinician;
        note.meta.updatedAt = note.signedAt;
    }
    m_notes.append(note);
}

void PatientBuilder::writeNotes(const Visit &visit, int completedIndex, bool last,
                                const QString &plan)
{
    const Patient &p = m_patient;
    const QString name = p.preferredName.isEmpty() ? p.givenName : p.preferredName;
    const InstrumentDefinition *phq9 = m_registry.find(u"phq9");
    QString band = m_lastPhq9Band;
    for (const InstrumentDefinition::Band &candidate : phq9->bands()) {
        if (candidate.id == m_lastPhq9Band)
            band = candidate.label.toLower();
    }
    const int from = std::max(0, visit.day - 7);
    const int to = std::max(from + 1, visit.day);
    double sleepSum = 0;
    for (int day = from; day < to; ++day)
        sleepSum += m_sleep[std::size_t(day)];
    const QString sleepHours = oneDecimal(sleepSum / (to - from) / 60.0);
    const QString gad = m_lastGad7 ? u" GAD-7 %1."_s.arg(*m_lastGad7) : QString();
    const QString safety = m_lastItemNine ? u" PHQ-9 item 9 is positive: asked directly about "
                                            u"suicidal thoughts; safety plan reviewed and "
                                            u"crisis numbers given."_s
                                          : QString();
    const QString visitKind =
        visit.kind == Appointment::Kind::Video ? u"video visit"_s : u"in person"_s;

    if (completedIndex == 0) {
        QStringList problems;
        for (const QString &code : p.diagnosisCodes) {
            for (const Diagnosis &diagnosis : Diagnoses) {
                if (code == QLatin1StringView(diagnosis.code))
                    problems.append(QLatin1StringView(diagnosis.description) + u" ("_s + code +
                                    u')');
            }
        }
        const QString body =
            u"Intake assessment (%1). %2 presents with %3. PHQ-9 %4 (%5).%6 Sleeps about %7 "
            u"hours a night on wearable data.%8\nPlan: %9 Review in 2 to 4 weeks."_s.arg(
                visitKind, name, problems.join(u"; "_s), QString::number(m_lastPhq9), band, gad,
                sleepHours, safety, plan);
        addNote(ClinicalNote::Type::Intake, u"Intake assessment"_s, body, visit, true);
    } else {
        const int change = m_lastPhq9 - m_course.baseline;
        const QString changeText = change == 0 ? u"unchanged from"_s
                                               : (change < 0 ? u"down %1 points from"_s.arg(-change)
                                                             : u"up %1 points from"_s.arg(change));
        const QString planText = plan.isEmpty() ? u"No change to medication."_s : plan;
        QString body;
        switch (m_rng.between(0, 2)) {
        case 0:
            body = u"Follow-up (%1). PHQ-9 today %2 (%3), %4 the intake score of %5.%6 Reports "
                   u"sleeping about %7 hours a night over the past week. Current medication: "
                   u"%8.%9\nPlan: %10"_s.arg(visitKind, QString::number(m_lastPhq9), band,
                                             changeText, QString::number(m_course.baseline), gad,
                                             sleepHours, currentMedicationText(), safety, planText);
            break;
        case 1:
            body = u"Reviewed mood, sleep and medication with %1. PHQ-9 %2, %3; baseline %4. "
                   u"Average sleep %5 h per night on wearable data.%6%7\nMedication: %8.\n%9"_s.arg(
                       name, QString::number(m_lastPhq9), band, QString::number(m_course.baseline),
                       sleepHours, gad, safety, currentMedicationText(), planText);
            break;
        default:
            body = u"Seen for medication review (%1). Symptoms: PHQ-9 %2 (%3).%4 Sleep %5 "
                   u"h/night. %6%7\nTaking: %8."_s.arg(visitKind, QString::number(m_lastPhq9), band,
                                                       gad, sleepHours, planText, safety,
                                                       currentMedicationText());
            break;
        }
        const bool medicationChange = !plan.isEmpty();
        // The most recent note is sometimes still a draft, as it is in a real chart.
        const bool sign = !last || m_rng.chance(0.7);
        addNote(medicationChange ? ClinicalNote::Type::MedicationManagement
                                 : ClinicalNote::Type::Progress,
                medicationChange ? u"Medication management"_s : u"Progress note"_s, body, visit,
                sign);
    }

    if (m_lastItemNine && !m_crisisWritten) {
        m_crisisWritten = true;
        addNote(ClinicalNote::Type::Crisis, u"Safety assessment"_s,
                u"PHQ-9 item 9 scored positive today. %1 reports passive thoughts of being "
                u"better off dead, no plan or intent, no recent self-harm. Protective factors "
                u"discussed. Safety plan written together; crisis line numbers given; "
                u"emergency contact (%2) informed with consent. Suicide-risk flag added to the "
                u"chart. Review in one week."_s.arg(name, p.emergencyContact.relationship),
                visit, true);
    }

    if (completedIndex == 0 && m_index % 10 == 0 && visit.day + 2 <= m_options.days - 1) {
        const ClinicalNote &intake = m_notes.first();
        ClinicalNote addendum;
        const QDateTime written = at(visit.day + 2, 11 * MsPerHour);
        addendum.meta = makeMeta(m_rng, m_clinician, written);
        addendum.patientId = p.meta.id;
        addendum.type = ClinicalNote::Type::Other;
        addendum.title = u"Addendum to intake assessment"_s;
        addendum.body = u"Addendum: records from the previous provider arrived after the intake "
                        u"visit. They confirm an earlier depressive episode and no previous "
                        u"psychiatric admission. The plan is unchanged."_s;
        addendum.status = ClinicalNote::Status::Signed;
        addendum.signedAt = written.addSecs(5 * 60);
        addendum.signedBy = m_clinician;
        addendum.meta.updatedAt = addendum.signedAt;
        addendum.parentId = intake.meta.id;
        m_notes.append(addendum);
    }
}

Result<Done, QString> PatientBuilder::runVisits()
{
    qsizetype lastCompleted = -1;
    for (qsizetype i = 0; i < m_visits.size(); ++i) {
        if (m_visits[i].status == Appointment::Status::Completed)
            lastCompleted = i;
    }
    int completedIndex = 0;
    for (qsizetype i = 0; i < m_visits.size(); ++i) {
        const Visit &visit = m_visits[i];
        Appointment appointment;
        appointment.meta = makeMeta(
            m_rng, m_clinician,
            visit.start.addDays(-m_rng.between(7, 21)).addSecs(-m_rng.between(1, 8) * 3600));
        appointment.patientId = m_patient.meta.id;
        appointment.clinicianId = m_clinician;
        appointment.start = visit.start;
        appointment.durationMinutes = visit.durationMinutes;
        appointment.kind = visit.kind;
        appointment.status = visit.status;
        switch (visit.status) {
        case Appointment::Status::NoShow:
            appointment.notes = u"Did not attend; outreach call made and visit rebooked."_s;
            appointment.meta.updatedAt = visit.start.addSecs(30 * 60);
            break;
        case Appointment::Status::Cancelled:
            appointment.notes = u"Cancelled by the patient the day before; rebooked."_s;
            appointment.meta.updatedAt = visit.start.addDays(-1);
            break;
        case Appointment::Status::Completed:
            appointment.meta.updatedAt = appointment.end();
            break;
        case Appointment::Status::Scheduled:
            break;
        }
        // A cancellation is recorded after the booking was made.
        appointment.meta.updatedAt =
            std::max(appointment.meta.updatedAt, appointment.meta.createdAt);
        m_appointments.append(appointment);

        if (visit.status != Appointment::Status::Completed)
            continue;
        const bool last = i == lastCompleted;
        if (auto assessed = assessAtVisit(visit, completedIndex, last); !assessed)
            return assessed;
        const QString plan = medicationEvents(visit, completedIndex);
        writeNotes(visit, completedIndex, last, plan);
        ++completedIndex;
    }
    return Done{};
}

void PatientBuilder::makeObservations(QList<Observation> &out) const
{
    struct Series {
        Observation::Kind kind;
        const std::vector<double> *values;
        qint64 offsetMs;
        QString source;
    };
    // Daily totals at the end of the day, overnight measures in the morning, the mood rating in
    // the evening.
    const std::array<Series, 5> series{{
        {Observation::Kind::SleepMinutes, &m_sleep, 7 * MsPerHour, m_source},
        {Observation::Kind::Steps, &m_steps, 23 * MsPerHour + 59 * MsPerMinute, m_source},
        {Observation::Kind::RestingHeartRate, &m_restingHr, 7 * MsPerHour, m_source},
        {Observation::Kind::HrvRmssd, &m_hrv, 7 * MsPerHour, m_source},
        {Observation::Kind::Mood, &m_mood, 20 * MsPerHour, u"patient_app"_s},
    }};
    std::array<QString, 5> units;
    for (std::size_t k = 0; k < series.size(); ++k)
        units[k] = Observation::unitFor(series[k].kind);

    DemoRandom rng = m_wearableRng;
    Observation observation;
    observation.patientId = m_patient.meta.id;
    observation.meta.createdBy = m_clinician;
    for (int day = 0; day < m_options.days; ++day) {
        for (std::size_t k = 0; k < series.size(); ++k) {
            const QDateTime when = at(day, series[k].offsetMs);
            observation.meta.id = rng.uuid(when);
            observation.meta.createdAt = when;
            observation.meta.updatedAt = when;
            observation.at = when;
            observation.kind = series[k].kind;
            observation.value = (*series[k].values)[std::size_t(day)];
            observation.unit = units[k];
            observation.source = series[k].source;
            out.append(observation);
        }
    }
}

void PatientBuilder::makeMinuteHeartRate(QList<Observation> &out)
{
    DemoRandom &rng = m_heartRateRng;
    Observation observation;
    observation.patientId = m_patient.meta.id;
    observation.meta.createdBy = m_clinician;
    observation.kind = Observation::Kind::HeartRate;
    observation.unit = Observation::unitFor(Observation::Kind::HeartRate);
    observation.source = m_source;

    double wander = 0;
    int burstLeft = 0;
    double burst = 0;
    for (int day = 0; day < m_options.days; ++day) {
        const double resting = m_restingHr[std::size_t(day)];
        const qint64 dayMs = m_firstDayMs + day * MsPerDay;
        for (int minute = 0; minute < 24 * 60; ++minute) {
            const int hour = minute / 60;
            const double circadian =
                lerp(HourlyHeartRateOffset[std::size_t(hour)],
                     HourlyHeartRateOffset[std::size_t(hour) + 1], (minute % 60) / 60.0);
            // Bouts of activity (a walk, stairs) while awake.
            if (burstLeft == 0 && hour >= 7 && hour < 22 && rng.chance(0.004)) {
                burstLeft = rng.between(5, 40);
                burst = rng.uniform(20, 55);
            }
            const double activity = burstLeft > 0 ? burst : 0;
            if (burstLeft > 0)
                --burstLeft;
            // Slowly wandering noise (first-order autoregressive), as a real trace looks.
            wander = 0.85 * wander + 1.2 * rng.normal();
            const double value = std::clamp(
                double(roundToInt(resting + circadian + activity + wander)), 35.0, 200.0);
            const QDateTime when =
                QDateTime::fromMSecsSinceEpoch(dayMs + minute * MsPerMinute, Qt::UTC);
            observation.meta.id = rng.uuid(when);
            observation.meta.createdAt = when;
            observation.meta.updatedAt = when;
            observation.at = when;
            observation.value = value;
            out.append(observation);
        }
    }
}

Result<Done, QString> PatientBuilder::build(DemoPractice &practice, bool minuteHeartRate)
{
    makePatient();
    makeDailySignals();
    planVisits();
    if (auto visits = runVisits(); !visits)
        return visits;

    practice.patients.append(m_patient);
    practice.archetypes.insert(m_patient.meta.id, m_course.archetype);
    practice.notes.append(m_notes);
    practice.assessments.append(m_assessments);
    practice.medications.append(m_medications);
    practice.appointments.append(m_appointments);
    makeObservations(practice.observations);
    if (minuteHeartRate) {
        practice.minuteHeartRatePatient = m_patient.meta.id;
        makeMinuteHeartRate(practice.observations);
    }
    return Done{};
}

} // namespace

QStringList DemoPracticeGenerator::nameSyllables()
{
    QStringList syllables;
    for (const char *syllable : Syllables)
        syllables.append(QLatin1StringView(syllable));
    return syllables;
}

Result<DemoPractice, QString> DemoPracticeGenerator::generate(const DemoPracticeOptions &options)
{
    if (!options.today.isValid())
        return tr("The demo practice needs the date of its last day.");
    if (options.patients < 0 || options.patients > MaxPatients)
        return tr("The demo practice can have 0 to %1 patients.").arg(MaxPatients);
    if (options.days < 1 || options.days > MaxDays)
        return tr("The demo period can be 1 to %1 days long.").arg(MaxDays);
    if (options.clinicians.isEmpty())
        return tr("The demo practice needs at least one clinician.");
    QSet<QUuid> seen;
    for (const QUuid &clinician : options.clinicians) {
        if (clinician.isNull() || seen.contains(clinician))
            return tr("The demo clinicians must be distinct, non-null ids.");
        seen.insert(clinician);
    }

    auto registry = InstrumentRegistry::loadBuiltIn();
    if (!registry)
        return registry.error();

    DemoPractice practice;
    const qsizetype dailyKinds = 5;
    practice.observations.reserve(qsizetype(options.patients) * options.days * dailyKinds +
                                  (options.minuteHeartRate ? qsizetype(options.days) * 1440 : 0));
    practice.patients.reserve(options.patients);

    // The relapse patient carries the minute-level heart rate: its course makes the most
    // interesting year to pan through. In a practice too small to have one, the first patient.
    const int minuteHeartRateIndex = options.minuteHeartRate ? (options.patients > 3 ? 3 : 0) : -1;

    DemoRandom master(options.seed);
    for (int index = 0; index < options.patients; ++index) {
        // One stream per patient, forked whether or not the patient needs it, so options that
        // add data (minute heart rate) leave every other record unchanged.
        PatientBuilder builder(options, registry.value(), index, master.fork(quint64(index)));
        if (auto built = builder.build(practice, index == minuteHeartRateIndex); !built)
            return built.error();
    }
    return practice;
}

} // namespace nm::core
