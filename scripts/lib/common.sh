# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/demo, scripts/test and scripts/screenshot: install what is missing, configure, build.
# Sourced, not run.

crosskey_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Every Debian package the build, the tests, the demo and the screenshots need.
crosskey_packages=(
    cmake ninja-build g++ ccache git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
    dbus dbus-x11 gnome-keyring libsecret-tools openssl
    xvfb xauth x11-apps imagemagick
    desktop-file-utils appstream librsvg2-bin man-db
)
# Only scripts/package needs these (lintian alone pulls in ~120 packages).
crosskey_packaging_packages=(lintian dpkg-dev file)
# Node.js runs the schema test (tests/schema/run). Debian's only when no node is on PATH: a newer
# node installed another way is fine and stays.
if ! command -v node >/dev/null 2>&1; then
    crosskey_packages+=(nodejs npm)
fi

crosskey_missing_packages() {
    local missing=() pkg
    for pkg in "${crosskey_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]}"
}

# Installs the missing packages when root; otherwise prints the exact command and stops.
crosskey_install_packages() {
    local missing
    missing="$(crosskey_missing_packages)"
    [ -z "$missing" ] && return 0
    local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing"
    if [ "$(id -u)" -ne 0 ]; then
        echo "CrossKey needs these Debian packages: $missing" >&2
        echo "Install them as root, then run this script again:" >&2
        echo "  sudo sh -c '$cmd'" >&2
        exit 1
    fi
    echo "Installing: $missing"
    sh -c "$cmd"
}

# Configures (once) and builds with the given preset (dev or ci).
crosskey_build() {
    local preset="$1"
    cd "$crosskey_root"
    if [ ! -f build/build.ninja ] || [ "$(grep -s '^CROSSKEY_PRESET:' build/CMakeCache.txt | cut -d= -f2)" != "$preset" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}
