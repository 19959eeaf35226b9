#pragma once

#include "core/Result.h"
#include "core/demo/DemoPractice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nm::core {

/// Loads a generated practice into a cache as if it had been synced from the server: records are
/// stored as they are and nothing is queued for upload. One transaction: all of it or none.
class DemoPracticeWriter {
    Q_DECLARE_TR_FUNCTIONS(DemoPracticeWriter)

public:
    static Status<QString> write(const DemoPractice &practice, QSqlDatabase db);
};

} // namespace nm::core
