#include "core/instruments/InstrumentRegistry.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nm::core {

QString InstrumentRegistry::builtInDirectory()
{
    return u":/instruments"_s;
}

Result<InstrumentRegistry, QString> InstrumentRegistry::loadBuiltIn()
{
    return loadDirectory(builtInDirectory());
}

Result<InstrumentRegistry, QString> InstrumentRegistry::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return tr("The instrument directory %1 does not exist")
            .arg(QDir::toNativeSeparators(directory));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return tr("The instrument directory %1 holds no definitions")
            .arg(QDir::toNativeSeparators(directory));

    InstrumentRegistry registry;
    for (const QString &file : files) {
        auto definition = InstrumentDefinition::load(dir.filePath(file));
        if (!definition)
            return definition.error();
        // The file name is the id so a copied file whose id was not changed cannot shadow the
        // instrument it was copied from.
        const QString expected = definition.value().id() + u".json"_s;
        if (file != expected)
            return tr("%1: id: “%2” does not match the file name; the file must be named %3")
                .arg(file, definition.value().id(), expected);
        registry.m_definitions.append(std::move(definition).value());
    }
    return registry;
}

const InstrumentDefinition *InstrumentRegistry::find(QStringView id) const
{
    for (const InstrumentDefinition &definition : m_definitions) {
        if (definition.id() == id)
            return &definition;
    }
    return nullptr;
}

QStringList InstrumentRegistry::ids() const
{
    QStringList result;
    for (const InstrumentDefinition &definition : m_definitions)
        result.append(definition.id());
    return result;
}

} // namespace nm::core
