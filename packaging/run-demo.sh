#!/usr/bin/env bash
# Builds Novamind and launches it on its embedded default: novamind-server on loopback with its
# SQLite database and the synthetic demo practice, and the workstation connected to it. Run as
# root on a fresh Debian 12 (it installs what it needs) or as a user with the packages present.
#
#   NOVAMIND_DEMO_DIR       where the demo server and workstation keep their data
#                           (default ~/.local/share/novamind-demo; delete it to start over)
#   NOVAMIND_DEMO_PATIENTS  size of the demo practice at the first run (default 200)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./packaging/install-deps.sh
cmake --preset release > /dev/null
cmake --build --preset release --target novamind novamind-server

bin="$root/build/release/app"
data="${NOVAMIND_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/novamind-demo}"
server_data="$data/server"
mkdir -p "$data"

# The practice is generated once; its accounts are kept beside it so every run can list them.
if [[ ! -e "$server_data/demo-accounts.txt" ]]; then
    rm -rf "$server_data"
    echo "Generating the demo practice (${NOVAMIND_DEMO_PATIENTS:-200} patients)…"
    "$bin/server/novamind-server" seed-demo --data-dir "$server_data" \
        --patients "${NOVAMIND_DEMO_PATIENTS:-200}" > "$data/seed.txt"
    sed -n '/^Demo accounts/,$p' "$data/seed.txt" > "$server_data/demo-accounts.txt"
fi

# The server picks a free loopback port and says which on its first line; MFA is off for the
# demo accounts so every role can sign in with the password alone.
log="$data/server.log"
coproc SERVER {
    exec "$bin/server/novamind-server" serve --data-dir "$server_data" \
        --listen 127.0.0.1:0 --mfa-required-roles none 2>> "$log"
}
server_pid=$SERVER_PID
trap 'kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true' EXIT
if ! read -r -t 30 first <&"${SERVER[0]}" || [[ "$first" != "listening on "* ]]; then
    echo "novamind-server did not start; see $log" >&2
    exit 1
fi
url="${first#listening on }"
# Keep reading the server's output so it never blocks on a full pipe (a background job does not
# inherit the coprocess's descriptor, so it gets a copy).
exec {server_out}<&"${SERVER[0]}"
cat <&"$server_out" >> "$log" &

echo
echo "novamind-server: $url (data in $server_data, log in $log)"
cat "$server_data/demo-accounts.txt"
echo

workstation=("$bin/workstation/novamind" --server "$url" --data-dir "$data/workstation")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running the workstation under Xvfb (invisible). Run this from a desktop"
    echo "session, or with DISPLAY set, to see it. Ctrl+C stops both."
    xvfb-run -a -s "-screen 0 1600x1000x24" "${workstation[@]}"
else
    "${workstation[@]}"
fi
