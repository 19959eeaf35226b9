#pragma once

#include "core/domain/ClinicalNote.h"

#include <QCoreApplication>
#include <QString>

namespace nm::ui {

/// The structure a new note of each type starts from: the headings a psychiatric note of that
/// kind is expected to cover, so nothing required (risk, mental status, plan) is forgotten and
/// notes read alike across clinicians. Plain text, as the note body is plain text.
class NoteTemplates {
    Q_DECLARE_TR_FUNCTIONS(NoteTemplates)

public:
    /// The body a new note of \a type starts with, in the current UI language.
    static QString body(core::ClinicalNote::Type type);
    /// Where the cursor goes in body(): the start of the line under the first heading, so the
    /// clinician types straight into the first section.
    static qsizetype firstInsertPosition(core::ClinicalNote::Type type);
};

} // namespace nm::ui
