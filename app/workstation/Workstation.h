#pragma once

/// The windowed workstation: sign-in, charts, sync; the exit code.
int runWorkstation(int argc, char *argv[]);
