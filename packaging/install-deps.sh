#!/usr/bin/env bash
# Installs the Debian 12 packages Novamind needs to build, test and benchmark.
# Idempotent: when every package is already installed it changes nothing and needs no network.
# Run as root (or with sudo available). Safe under CI=true with no terminal.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config
    # Qt 6.4: Core/Sql/Network/Gui, moc/rcc, Qt Test, the plain SQLite driver (test control and
    # benchmark baseline)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    # the workstation: Qt Charts, SVG icons, Qt Linguist (lupdate/lrelease) and Qt's own German
    # and Spanish strings for its standard dialogs; a font for the offscreen platform the UI
    # tests and screenshots render on, and Xvfb to run the workstation without a display
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n fonts-dejavu-core xvfb xauth
    # the server: Qt HttpServer, the PostgreSQL driver and a private PostgreSQL for its tests
    # (qt6-websockets-dev: Qt6HttpServerConfig.cmake requires it, the Debian package does not)
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql postgresql
    # encrypted cache, crypto primitives, password hashing / key derivation, TOTP, QR codes
    libsqlcipher-dev libssl-dev libargon2-dev liboath-dev libqrencode-dev
    # benchmarks (wrk loads the server from a second process)
    libbenchmark-dev wrk
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are already installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y "${missing[@]}"
