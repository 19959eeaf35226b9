#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace nm::server {

/// `novamind-server user add`: creates an account from the command line, as operators and tests
/// do before any admin exists. The password is read from standard input (--password-stdin) and
/// never taken as an argument, where it would end up in shell history and the process list.
/// Prints the new user's id. Exit codes: 0 done, 1 failed, 2 bad usage or invalid account.
class UserAddCommand {
    Q_DECLARE_TR_FUNCTIONS(UserAddCommand)

public:
    static QString help();
    static int run(const QStringList &arguments, const QProcessEnvironment &environment,
                   QIODevice &input, QTextStream &out, QTextStream &err);
};

} // namespace nm::server
