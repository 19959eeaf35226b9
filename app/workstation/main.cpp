// novamind: the clinician workstation, or with `sync --headless` its command-line client.

#include "HeadlessSync.h"
#include "Workstation.h"

#include <cstring>

int main(int argc, char *argv[])
{
    // Decided before any application object exists: the command-line client must run with no
    // display at all.
    if (argc >= 2 && std::strcmp(argv[1], "sync") == 0)
        return runHeadlessSync(argc, argv);
    return runWorkstation(argc, argv);
}
