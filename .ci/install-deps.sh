#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian package the project needs to build, test and run (Debian 12 / Ubuntu 24.04).
# Runs apt-get as root, or through sudo.
set -euo pipefail
packages=(
    # build
    cmake ninja-build g++ clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
    # run: a real Secret Service for the keychain, an X server for screenshots
    gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth
    # tests and benchmarks: throwaway certificates, the documentation's curl recipe, screenshots,
    # a keep-alive load generator, install checks
    openssl curl imagemagick x11-apps wrk desktop-file-utils appstream file
)
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
