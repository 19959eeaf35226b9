#pragma once

#include <QtGlobal>

namespace nm::core {

/// Argon2id cost parameters. They are stored beside every wrapped key, so raising the defaults
/// later never locks out a key file written with the old ones.
struct KdfParams {
    quint32 memoryKiB = 0;
    quint32 iterations = 0;
    quint32 parallelism = 0;

    /// What new key files use; see the .cpp for how it was chosen.
    static KdfParams recommended();
    /// The weakest parameters accepted when reading a key file, so a file edited down to trivial
    /// costs is refused rather than becoming cheap to brute-force.
    static KdfParams floor();
    /// The strongest parameters accepted, so a tampered file cannot make us allocate terabytes or
    /// spin for hours before the password is even checked.
    static KdfParams ceiling();

    /// True when every parameter lies between floor() and ceiling().
    bool isWithinBounds() const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

} // namespace nm::core
