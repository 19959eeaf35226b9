#pragma once

#include "core/Result.h"
#include "core/instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace nm::core {

/// Every instrument definition of one directory, looked up by id. The shipped set lives in the
/// resource directory ":/instruments"; tests load their own directories.
class InstrumentRegistry {
    Q_DECLARE_TR_FUNCTIONS(InstrumentRegistry)

public:
    /// The resource directory the shipped definitions are embedded under.
    static QString builtInDirectory();

    /// Loads the shipped definitions.
    static Result<InstrumentRegistry, QString> loadBuiltIn();
    /// Loads every *.json of \a directory. One bad file fails the whole load, naming the file and
    /// field: a broken definition must never be half-used. Each file must be named <id>.json and
    /// ids must be unique.
    static Result<InstrumentRegistry, QString> loadDirectory(const QString &directory);

    /// The definition with \a id, or nullptr; valid as long as this registry is.
    const InstrumentDefinition *find(QStringView id) const;
    /// Ids in file-name order.
    QStringList ids() const;
    const QList<InstrumentDefinition> &definitions() const { return m_definitions; }

private:
    InstrumentRegistry() = default;

    QList<InstrumentDefinition> m_definitions;
};

} // namespace nm::core
