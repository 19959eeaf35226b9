#include "core/crypto/KdfParams.h"

#include <QTest>

using nm::core::KdfParams;

class TestKdfParams final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recommendedIs64MiBSixPassesOneLane();
    void floorAndCeiling();
    void bounds_data();
    void bounds();
    void equality();
};

void TestKdfParams::recommendedIs64MiBSixPassesOneLane()
{
    const KdfParams params = KdfParams::recommended();
    QCOMPARE(params.memoryKiB, 65536u);
    QCOMPARE(params.iterations, 6u);
    QCOMPARE(params.parallelism, 1u);
    QVERIFY(params.isWithinBounds());
}

void TestKdfParams::floorAndCeiling()
{
    QVERIFY(KdfParams::floor() == (KdfParams{8192, 1, 1}));
    QVERIFY(KdfParams::ceiling() == (KdfParams{1048576, 32, 8}));
    QVERIFY(KdfParams::floor().isWithinBounds());
    QVERIFY(KdfParams::ceiling().isWithinBounds());
}

void TestKdfParams::bounds_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("parallelism");
    QTest::addColumn<bool>("within");

    QTest::newRow("default-constructed") << 0u << 0u << 0u << false;
    QTest::newRow("memory below floor") << 8191u << 1u << 1u << false;
    QTest::newRow("memory above ceiling") << 1048577u << 1u << 1u << false;
    QTest::newRow("memory at 1 GiB") << 1048576u << 1u << 1u << true;
    QTest::newRow("memory terabytes") << 0xffffffffu << 1u << 1u << false;
    QTest::newRow("no iterations") << 8192u << 0u << 1u << false;
    QTest::newRow("iterations above ceiling") << 8192u << 33u << 1u << false;
    QTest::newRow("32 iterations") << 8192u << 32u << 1u << true;
    QTest::newRow("no lanes") << 8192u << 1u << 0u << false;
    QTest::newRow("8 lanes") << 8192u << 1u << 8u << true;
    QTest::newRow("9 lanes") << 8192u << 1u << 9u << false;
}

void TestKdfParams::bounds()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, parallelism);
    QFETCH(bool, within);

    QCOMPARE((KdfParams{memoryKiB, iterations, parallelism}.isWithinBounds()), within);
}

void TestKdfParams::equality()
{
    QVERIFY((KdfParams{8192, 2, 1}) == (KdfParams{8192, 2, 1}));
    QVERIFY(!((KdfParams{8192, 2, 1}) == (KdfParams{8192, 2, 2})));
    QVERIFY((KdfParams{8192, 2, 1}) != (KdfParams{8192, 3, 1}));
    QVERIFY((KdfParams{8192, 2, 1}) != (KdfParams{16384, 2, 1}));
}

QTEST_GUILESS_MAIN(TestKdfParams)
#include "tst_kdfparams.moc"
