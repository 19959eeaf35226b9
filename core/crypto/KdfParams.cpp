#include "core/crypto/KdfParams.h"

namespace nm::core {

KdfParams KdfParams::recommended()
{
    // 64 MiB, 6 passes, 1 lane measured ~205-215 ms per derivation on the reference workstation,
    // inside the product's 150-400 ms unlock budget (DESIGN §4). Three passes (~120 ms) fell
    // below the budget. One lane keeps the cost independent of how many cores a workstation has.
    return {65536, 6, 1};
}

KdfParams KdfParams::floor()
{
    return {8192, 1, 1};
}

KdfParams KdfParams::ceiling()
{
    // The most a key file may ask of a workstation: a file whose (unkeyed) digest was recomputed
    // after raising the costs must not exhaust memory or hang the unlock. 1 GiB and 32 passes is
    // still 16x the memory and about 85x the time of recommended().
    return {1048576, 32, 8};
}

bool KdfParams::isWithinBounds() const
{
    const KdfParams low = floor();
    const KdfParams high = ceiling();
    return memoryKiB >= low.memoryKiB && memoryKiB <= high.memoryKiB &&
           iterations >= low.iterations && iterations <= high.iterations &&
           parallelism >= low.parallelism && parallelism <= high.parallelism;
}

} // namespace nm::core
