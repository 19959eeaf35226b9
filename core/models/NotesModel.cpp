#include "core/models/NotesModel.h"

#include "core/models/ModelRoles.h"
#include "core/storage/ClinicalNoteRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QString instantText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

NotesModel::NotesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void NotesModel::setPatient(const QUuid &patientId)
{
    m_patientId = patientId;
    refresh();
}

void NotesModel::refresh()
{
    beginResetModel();
    m_notes.clear();
    m_lastError.clear();
    bool ok = true;
    if (!m_patientId.isNull()) {
        auto loaded = ClinicalNoteRepository(m_db).forPatient(m_patientId);
        if (loaded) {
            m_notes = std::move(loaded).value();
            // Newest first; the id breaks ties so the order never depends on the query plan.
            std::stable_sort(m_notes.begin(), m_notes.end(),
                             [](const ClinicalNote &a, const ClinicalNote &b) {
                                 if (a.meta.createdAt != b.meta.createdAt)
                                     return a.meta.createdAt > b.meta.createdAt;
                                 return a.meta.id.toString() < b.meta.id.toString();
                             });
        } else {
            ok = false;
            m_lastError = loaded.error().message;
        }
    }
    endResetModel();
    if (!ok)
        Q_EMIT loadFailed(m_lastError);
}

QString NotesModel::typeLabel(ClinicalNote::Type type)
{
    switch (type) {
    case ClinicalNote::Type::Intake:
        return tr("Intake");
    case ClinicalNote::Type::Progress:
        return tr("Progress");
    case ClinicalNote::Type::MedicationManagement:
        return tr("Medication management");
    case ClinicalNote::Type::Crisis:
        return tr("Crisis");
    case ClinicalNote::Type::Other:
        return tr("Other");
    }
    return {};
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::display(const ClinicalNote &note, int column) const
{
    switch (column) {
    case DateColumn:
        return instantText(note.meta.createdAt);
    case TypeColumn:
        return typeLabel(note.type);
    case TitleColumn:
        return note.title;
    case StatusColumn:
        return note.status == ClinicalNote::Status::Signed ? tr("Signed") : tr("Draft");
    case SignedAtColumn:
        return instantText(note.signedAt);
    case AddendumColumn:
        return note.isAddendum() ? tr("Addendum") : QString();
    default:
        return {};
    }
}

QVariant NotesModel::rawValue(const ClinicalNote &note, int column) const
{
    switch (column) {
    case DateColumn:
        return note.meta.createdAt.toMSecsSinceEpoch();
    case TypeColumn:
        return QString(enumId(note.type));
    case TitleColumn:
        return note.title;
    case StatusColumn:
        return QString(enumId(note.status));
    case SignedAtColumn:
        return note.signedAt.isValid() ? QVariant(note.signedAt.toMSecsSinceEpoch()) : QVariant();
    case AddendumColumn:
        return note.isAddendum() ? 1 : 0;
    default:
        return {};
    }
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClinicalNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(note, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AddendumColumn && note.isAddendum())
            return tr("A correction or addition to a signed note");
        return display(note, index.column());
    case ModelRoles::RawValueRole:
        return rawValue(note, index.column());
    case ModelRoles::IdRole:
        return note.meta.id;
    default:
        return {};
    }
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SignedAtColumn:
        return tr("Signed at");
    case AddendumColumn:
        return tr("Addendum");
    default:
        return {};
    }
}

} // namespace nm::core
