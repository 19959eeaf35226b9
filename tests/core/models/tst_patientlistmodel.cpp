// The patient list: lazy pages, SQL search and sort over every patient, and the filter proxy that
// applies the same rules over any source.

#include "core/domain/Patient.h"
#include "core/models/ModelRoles.h"
#include "core/models/PatientFilterProxyModel.h"
#include "core/models/PatientListModel.h"
#include "core/storage/CacheTables.h"
#include "core/storage/Repository.h"
#include "tests/core/models/TestCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;

namespace {

constexpr int PatientCount = 1000;
const QDate Today(2026, 11, 25);
const QDateTime Now(Today, QTime(9, 30), Qt::UTC);
const QUuid ClinicianA(u"11111111-2222-4333-8444-555555555555"_s);
const QUuid ClinicianB(u"aaaaaaaa-2222-4333-8444-555555555555"_s);

const QStringList FamilyNames = {u"Müller"_s, u"Muñoz"_s,    u"García"_s,  u"O'Brien"_s,
                                 u"Silva"_s,  u"Okafor"_s,   u"Nguyen"_s,  u"Murphy"_s,
                                 u"Smith"_s,  u"Ólafsson"_s, u"Kowalski"_s};
const QStringList GivenNames = {u"Ana"_s, u"Jürgen"_s, u"Mei"_s,   u"Oluwaseun"_s, u"Liam"_s,
                                u"Zoë"_s, u"Anders"_s, u"Maria"_s, u"Ben"_s};
const QStringList PreferredNames = {QString(), u"Annie"_s, QString(), u"Mo"_s,
                                    QString(), u"Jay"_s,   QString()};

Patient makePatient(int i)
{
    Patient patient;
    patient.meta = RecordMeta::create(ClinicianA, Now);
    patient.mrn = u"MRN%1"_s.arg(i, 5, 10, QChar(u'0'));
    patient.familyName = FamilyNames[i % FamilyNames.size()];
    patient.givenName = GivenNames[(i / 3) % GivenNames.size()];
    patient.preferredName = PreferredNames[i % PreferredNames.size()];
    patient.dateOfBirth = QDate(1940, 1, 1).addDays((i * 37) % 25000);
    if (i % 10 == 0)
        patient.riskFlags = {RiskFlag::SuicideRisk};
    if (i % 15 == 0)
        patient.riskFlags.append(RiskFlag::Safeguarding);
    if (i % 4 == 0)
        patient.careTeam.append(ClinicianA);
    if (i % 5 == 0)
        patient.careTeam.append(ClinicianB);
    return patient;
}

bool isTombstoned(int i)
{
    return i % 97 == 5;
}

QList<QUuid> idsOf(const QAbstractItemModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ModelRoles::IdRole).toUuid();
    return ids;
}

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end(),
              [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    return ids;
}

// A minimal in-memory patient model: what the proxy must work over without any SQL.
class PlainPatientModel final : public QAbstractTableModel {
public:
    explicit PlainPatientModel(QList<Patient> patients)
        : m_patients(std::move(patients))
    {}

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_patients.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : PatientListModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Patient &p = m_patients.at(index.row());
        QStringList flags;
        for (RiskFlag flag : p.riskFlags)
            flags << QString(enumId(flag));
        switch (role) {
        case Qt::DisplayRole:
            return p.familyName;
        case ModelRoles::IdRole:
            return p.meta.id;
        case ModelRoles::FamilyNameRole:
            return p.familyName;
        case ModelRoles::GivenNameRole:
            return p.givenName;
        case ModelRoles::PreferredNameRole:
            return p.preferredName;
        case ModelRoles::MrnRole:
            return p.mrn;
        case ModelRoles::DateOfBirthRole:
            return p.dateOfBirth;
        case ModelRoles::RiskFlagsRole:
            return flags;
        case ModelRoles::CareTeamRole:
            return QVariant::fromValue(p.careTeam);
        case ModelRoles::DeletedRole:
            return p.meta.deleted;
        case ModelRoles::RawValueRole:
            switch (index.column()) {
            case PatientListModel::NameColumn:
                return QString(p.familyName + QChar(0x0001) + p.givenName);
            case PatientListModel::MrnColumn:
                return p.mrn;
            case PatientListModel::DateOfBirthColumn:
                return p.dateOfBirth;
            default:
                return {};
            }
        default:
            return {};
        }
    }

private:
    QList<Patient> m_patients;
};

} // namespace

class TestPatientListModel final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    QList<Patient> m_all;  ///< every stored patient, tombstones included (meta.deleted set)
    QList<Patient> m_live; ///< the ones the list must show

    QList<QUuid> expectedIds(const std::function<bool(const Patient &)> &accept) const
    {
        QList<QUuid> ids;
        for (const Patient &p : m_live) {
            if (accept(p))
                ids << p.meta.id;
        }
        return ids;
    }

    static QString fold(const QString &text)
    {
        QString stripped;
        for (QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (!c.isMark())
                stripped.append(c);
        }
        return stripped.toLower();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache.emplace();
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
        QSqlDatabase db = m_cache->database();
        Repository<Patient> patients(db, CacheTables::patients(),
                                     [](const Patient &p) { return p.validate(Today); });
        // A handful through create() (as the UI writes), the bulk through put() in one
        // transaction (as a sync page arrives).
        QVERIFY(db.transaction());
        for (int i = 0; i < PatientCount; ++i) {
            const Patient patient = makePatient(i);
            const auto stored = i < 5 ? patients.create(patient) : patients.put(patient);
            QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
            m_all << patient;
        }
        QVERIFY(db.commit());
        for (int i = 0; i < PatientCount; ++i) {
            if (isTombstoned(i)) {
                QVERIFY(patients.remove(m_all[i].meta.id));
                m_all[i].meta.deleted = true;
            } else {
                m_live << m_all[i];
            }
        }
        QVERIFY(m_live.size() < PatientCount);
    }

    void cleanupTestCase() { m_cache.reset(); }

    void firstLoadHoldsOnePageAndFetchMoreAppendsTheRest()
    {
        PatientListModel model(m_cache->database());
        QCOMPARE(model.rowCount(), PatientListModel::DefaultPageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int expectedFirst = model.rowCount();
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            QCOMPARE(inserted.size(), 1);
            const QList<QVariant> args = inserted.takeFirst();
            QCOMPARE(args.at(1).toInt(), expectedFirst);
            QCOMPARE(args.at(2).toInt(), model.rowCount() - 1);
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <=
                    PatientListModel::DefaultPageSize);
            expectedFirst = model.rowCount();
        }
        QCOMPARE(model.rowCount(), int(m_live.size()));
        model.fetchMore(QModelIndex()); // nothing more: no signal
        QCOMPARE(inserted.size(), 0);
        // Every live patient exactly once, no tombstone.
        QCOMPARE(sorted(idsOf(model)), sorted(expectedIds([](const Patient &) { return true; })));
    }

    void aPageSizeThatDividesTheListEndsWithoutAnEmptyFetch()
    {
        PatientListModel model(m_cache->database());
        constexpr int Pages = 23; // 989 live patients = 23 pages of 43
        QCOMPARE(int(m_live.size()) % Pages, 0);
        model.setPageSize(int(m_live.size()) / Pages);
        model.refresh();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        fetchAll(model);
        QCOMPARE(inserted.size(), Pages - 1);
        QCOMPARE(model.rowCount(), int(m_live.size()));
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void sortMatchesAnIndependentSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = 0; column < PatientListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                    << column << order;
            }
        }
    }

    void sortMatchesAnIndependentSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        PatientListModel model(m_cache->database());
        model.setPageSize(64); // many keyset continuations
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(reset.size(), 1);
        fetchAll(model);

        // Keys compared as SQLite's BINARY collation does (code points), then the id text.
        const auto key = [column](const Patient &p) -> QStringList {
            const QString dob = p.dateOfBirth.toString(Qt::ISODate);
            switch (column) {
            case PatientListModel::NameColumn:
                return {p.familyName, p.givenName};
            case PatientListModel::PreferredNameColumn:
                return {p.preferredName};
            case PatientListModel::MrnColumn:
                return {p.mrn};
            case PatientListModel::DateOfBirthColumn:
                return {dob};
            case PatientListModel::AgeColumn: // older first when descending: days of age
                return {QString::number(Today.toJulianDay() - p.dateOfBirth.toJulianDay())
                            .rightJustified(8, u'0')};
            default: {
                QStringList flags;
                for (RiskFlag flag : p.riskFlags)
                    flags << QString(enumId(flag));
                return {flags.join(u' ')};
            }
            }
        };
        QList<Patient> expected = m_live;
        std::sort(expected.begin(), expected.end(), [&](const Patient &a, const Patient &b) {
            const QStringList ka = key(a);
            const QStringList kb = key(b);
            for (qsizetype i = 0; i < ka.size(); ++i) {
                if (const int c = QString::compare(ka[i], kb[i]); c != 0)
                    return c < 0;
            }
            return a.meta.id.toString() < b.meta.id.toString();
        });
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QList<QUuid> expectedOrder;
        for (const Patient &p : expected)
            expectedOrder << p.meta.id;
        QCOMPARE(idsOf(model), expectedOrder);

        // The proxy's own comparison (raw value, then id) agrees with the SQL order.
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        fetchAll(proxy);
        QCOMPARE(idsOf(proxy), expectedOrder);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("riskOnly");
        QTest::addColumn<QUuid>("clinician");
        QTest::addColumn<int>("filter"); // which expectation below

        QTest::newRow("family prefix") << u"Mur"_s << false << QUuid() << 0;
        QTest::newRow("accent-insensitive") << u"muller"_s << false << QUuid() << 1;
        QTest::newRow("accented query") << u"MÜLL"_s << false << QUuid() << 1;
        QTest::newRow("given name") << u"jurgen"_s << false << QUuid() << 2;
        QTest::newRow("preferred name") << u"annie"_s << false << QUuid() << 3;
        QTest::newRow("mrn prefix") << u"mrn0012"_s << false << QUuid() << 4;
        QTest::newRow("two words") << u"muller ana"_s << false << QUuid() << 5;
        QTest::newRow("apostrophe") << u"o'bri"_s << false << QUuid() << 6;
        QTest::newRow("iso date of birth") << u"1940-01-01"_s << false << QUuid() << 7;
        QTest::newRow("dotted date of birth") << u"01.01.1940"_s << false << QUuid() << 7;
        QTest::newRow("risk only") << QString() << true << QUuid() << 8;
        QTest::newRow("my patients") << QString() << false << ClinicianB << 9;
        QTest::newRow("all three") << u"s"_s << true << ClinicianA << 10;
        QTest::newRow("no match") << u"zzzz"_s << false << QUuid() << 11;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(bool, riskOnly);
        QFETCH(QUuid, clinician);
        QFETCH(int, filter);
        const auto words = [](const QString &name) {
            QStringList result;
            for (const QString &w :
                 fold(name).split(QRegularExpression(u"[^\\w]+"_s), Qt::SkipEmptyParts))
                result << w;
            return result;
        };
        const auto anyStartsWith = [&](const QStringList &names, const QString &prefix) {
            for (const QString &name : names) {
                for (const QString &w : words(name)) {
                    if (w.startsWith(prefix))
                        return true;
                }
            }
            return false;
        };
        const QList<std::function<bool(const Patient &)>> expectations = {
            [](const Patient &p) { return p.familyName.startsWith(u"Mur"_s); },
            [](const Patient &p) { return p.familyName == u"Müller"_s; },
            [](const Patient &p) { return p.givenName == u"Jürgen"_s; },
            [](const Patient &p) { return p.preferredName == u"Annie"_s; },
            [](const Patient &p) { return p.mrn.startsWith(u"MRN0012"_s); },
            [&](const Patient &p) {
                return p.familyName == u"Müller"_s &&
                       anyStartsWith({p.familyName, p.givenName, p.preferredName, p.mrn}, u"ana"_s);
            },
            [](const Patient &p) { return p.familyName == u"O'Brien"_s; },
            [](const Patient &p) { return p.dateOfBirth == QDate(1940, 1, 1); },
            [](const Patient &p) { return !p.riskFlags.isEmpty(); },
            [](const Patient &p) { return p.careTeam.contains(ClinicianB); },
            [&](const Patient &p) {
                return !p.riskFlags.isEmpty() && p.careTeam.contains(ClinicianA) &&
                       anyStartsWith({p.familyName, p.givenName, p.preferredName, p.mrn}, u"s"_s);
            },
            [](const Patient &) { return false; },
        };
        const QList<QUuid> expected = sorted(expectedIds(expectations[filter]));
        if (filter != 11)
            QVERIFY(!expected.isEmpty()); // the case tests something

        PatientListModel model(m_cache->database());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PatientQuery query;
        query.text = text;
        query.riskOnly = riskOnly;
        query.careTeamMember = clinician;
        model.setQuery(query);
        QCOMPARE(reset.size(), 1);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        fetchAll(model);
        QCOMPARE(sorted(idsOf(model)), expected);

        // The proxy over the SQL model pushes the criteria down.
        PatientListModel source(m_cache->database());
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setSearchText(text);
        proxy.setRiskOnly(riskOnly);
        proxy.setMyPatients(clinician);
        QCOMPARE(source.query().text, text);
        QCOMPARE(source.query().riskOnly, riskOnly);
        QCOMPARE(source.query().careTeamMember, clinician);
        fetchAll(proxy);
        QCOMPARE(sorted(idsOf(proxy)), expected);

        // The proxy over a plain model (tombstones included) applies the same rules itself.
        PlainPatientModel plain(m_all);
        PatientFilterProxyModel plainProxy;
        plainProxy.setSourceModel(&plain);
        plainProxy.setSearchText(text);
        plainProxy.setRiskOnly(riskOnly);
        plainProxy.setMyPatients(clinician);
        QCOMPARE(sorted(idsOf(plainProxy)), expected);
    }

    void eachKeystrokeResetsOnce()
    {
        PatientListModel source(m_cache->database());
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QSignalSpy sourceReset(&source, &QAbstractItemModel::modelReset);
        QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setSearchText(u"m"_s);
        proxy.setSearchText(u"mu"_s);
        QCOMPARE(sourceReset.size(), 2);
        QCOMPARE(proxyReset.size(), 2);
        proxy.setSearchText(u"mu"_s); // unchanged: nothing to do
        QCOMPARE(sourceReset.size(), 2);
        proxy.sort(PatientListModel::MrnColumn, Qt::DescendingOrder);
        QCOMPARE(source.query().sortColumn, int(PatientListModel::MrnColumn));
        QCOMPARE(source.query().order, Qt::DescendingOrder);
        QCOMPARE(sourceReset.size(), 3);
    }

    void passesTheModelTester()
    {
        PatientListModel model(m_cache->database());
        model.setPageSize(150);
        // The tester fetches more on its own after every insertion, so this walks every page.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), int(m_live.size()));
        model.sort(PatientListModel::AgeColumn, Qt::DescendingOrder);
        model.setQuery(
            {u"mu"_s, true, ClinicianA, PatientListModel::RiskColumn, Qt::AscendingOrder});
        fetchAll(model);
        model.refresh();
    }

    void theProxyPassesTheModelTester()
    {
        PatientListModel source(m_cache->database());
        PatientFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setSearchText(u"an"_s);
        proxy.sort(PatientListModel::NameColumn, Qt::DescendingOrder);
        fetchAll(proxy);
        proxy.setRiskOnly(true);
        proxy.setMyPatients(ClinicianB);
    }

    void displayAndRoles()
    {
        PatientListModel model(m_cache->database());
        model.setToday(Today);
        model.setQuery({u"MRN00010"_s, false, QUuid(), 0, Qt::AscendingOrder});
        QCOMPARE(model.rowCount(), 1);
        const Patient &p = m_all[10];
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(PatientListModel::NameColumn).toString(),
                 p.familyName + u", "_s + p.givenName);
        QCOMPARE(cell(PatientListModel::MrnColumn).toString(), p.mrn);
        QCOMPARE(cell(PatientListModel::DateOfBirthColumn).toString(),
                 p.dateOfBirth.toString(Qt::ISODate));
        QCOMPARE(cell(PatientListModel::DateOfBirthColumn, ModelRoles::RawValueRole).toDate(),
                 p.dateOfBirth);
        int age = Today.year() - p.dateOfBirth.year();
        if (QDate(Today.year(), p.dateOfBirth.month(), p.dateOfBirth.day()) > Today)
            --age;
        QCOMPARE(cell(PatientListModel::AgeColumn).toInt(), age);
        QCOMPARE(cell(PatientListModel::RiskColumn).toString(), u"Suicide risk"_s);
        QCOMPARE(cell(0, ModelRoles::RiskFlagsRole).toStringList(), QStringList{u"suicide_risk"_s});
        QCOMPARE(cell(0, ModelRoles::IdRole).toUuid(), p.meta.id);
        QCOMPARE(cell(0, ModelRoles::CareTeamRole).value<QList<QUuid>>(),
                 (QList<QUuid>{ClinicianB}));
        QCOMPARE(model.headerData(PatientListModel::RiskColumn, Qt::Horizontal).toString(),
                 u"Risk"_s);
    }

    void refreshShowsNewAndHidesDeletedPatients()
    {
        PatientListModel model(m_cache->database());
        model.setQuery({u"Zebedee"_s, false, QUuid(), 0, Qt::AscendingOrder});
        QCOMPARE(model.rowCount(), 0);
        Repository<Patient> patients(m_cache->database(), CacheTables::patients(),
                                     [](const Patient &p) { return p.validate(Today); });
        Patient added = makePatient(PatientCount + 1);
        added.familyName = u"Zebedee"_s;
        QVERIFY(patients.create(added));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(patients.remove(added.meta.id));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPatientListModel)
#include "tst_patientlistmodel.moc"
