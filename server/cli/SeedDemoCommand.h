#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace nm::server {

/// `novamind-server seed-demo`: fills an empty server with the demo practice (the same seeded
/// generator the tests use, every patient marked synthetic) and the demo accounts — an
/// administrator, two psychiatrists, a nurse and an auditor — with the documented passwords
/// printed at the end. Refuses a server that already holds accounts or clinical records.
class SeedDemoCommand {
    Q_DECLARE_TR_FUNCTIONS(SeedDemoCommand)

public:
    /// The demo accounts' shared password, printed by the command and in the README. Demo only:
    /// every account is the same, and everything they see is synthetic.
    static constexpr const char *DemoPassword = "novamind demo 2026";

    static QString help();
    static int run(const QStringList &arguments, const QProcessEnvironment &environment,
                   QTextStream &out, QTextStream &err);
};

} // namespace nm::server
