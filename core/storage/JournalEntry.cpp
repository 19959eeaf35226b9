#include "core/storage/JournalEntry.h"

using namespace Qt::StringLiterals;

namespace nm::core {

QString JournalEntry::opName(Op op)
{
    switch (op) {
    case Op::Create:
        return u"create"_s;
    case Op::Update:
        return u"update"_s;
    case Op::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<JournalEntry::Op> JournalEntry::opFromName(QStringView name)
{
    if (name == "create"_L1)
        return Op::Create;
    if (name == "update"_L1)
        return Op::Update;
    if (name == "delete"_L1)
        return Op::Delete;
    return std::nullopt;
}

} // namespace nm::core
