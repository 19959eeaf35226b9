#pragma once

/// `novamind sync --headless …`: one unattended sync from the command line; the exit code.
int runHeadlessSync(int argc, char *argv[]);
