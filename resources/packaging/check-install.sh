#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Install checks run by CTest (resources/packaging/CMakeLists.txt):
#   check-install.sh tree <build-dir> <cmake> <cpack>   cmake --install into a temporary prefix
#   check-install.sh deb  <build-dir> <cmake> <cpack>   build the .deb, check its control data,
#                                                       unpack it with dpkg-deb -x
# Both then check every installed file, run desktop-file-validate and appstreamcli validate, and
# start the installed program. The temporary root is removed afterwards.
set -euo pipefail
mode=$1 build=$2 cmake=$3 cpack=$4
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

case "$mode" in
tree)
    "$cmake" --install "$build" --prefix "$root/usr" >"$root/install.log"
    ;;
deb)
    "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$root/cpack" >"$root/cpack.log" 2>&1 \
        || { cat "$root/cpack.log"; exit 1; }
    debs=("$root"/cpack/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { cat "$root/cpack.log"; echo "FAIL: no .deb"; exit 1; }
    deb=${debs[0]}
    echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
    dpkg-deb -f "$deb" Package Version Section Installed-Size Recommends Suggests
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    # The libraries the binaries link (found by dpkg-shlibdeps) and the ones Qt loads at run time.
    for lib in libqt6keychain1 libqt6widgets6 libqt6network6 libqt6svg6 \
               libsecret-1-0 libc6; do
        grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = runai-access-console ] || fail "package name"
    echo "files:"
    dpkg-deb -c "$deb" | awk '{print "  " $NF}'
    dpkg-deb -x "$deb" "$root"
    ;;
*)
    echo "usage: $0 tree|deb <build-dir> <cmake> <cpack>"; exit 2 ;;
esac

usr="$root/usr"
expect() { [ -f "$usr/$1" ] || fail "missing $1"; }
for f in bin/runai-access bin/runai-sandbox share/applications/runai-access.desktop \
         share/icons/hicolor/scalable/apps/runai-access.svg \
         share/metainfo/invalid.example.RunaiAccessConsole.metainfo.xml \
         share/doc/runai-access-console/copyright; do
    expect "$f"
done
for b in runai-access runai-sandbox; do
    [ -x "$usr/bin/$b" ] || fail "$b not executable"
    if command -v file >/dev/null; then
        file -b "$usr/bin/$b" | grep -q ELF || fail "$b is not an ELF program"
    fi
done
if command -v file >/dev/null; then
    file -b "$usr/share/icons/hicolor/scalable/apps/runai-access.svg" | grep -qi svg \
        || fail "the icon is not an SVG"
fi

desktop="$usr/share/applications/runai-access.desktop"
grep -qx 'Exec=runai-access' "$desktop" || fail "Exec= does not start runai-access"
grep -qx 'Icon=runai-access' "$desktop" || fail "Icon= does not name the installed icon"
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate: $out"
    echo "desktop-file-validate: ok"
else
    echo "SKIP: desktop-file-validate not installed"
fi
metainfo="$usr/share/metainfo/invalid.example.RunaiAccessConsole.metainfo.xml"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
    # The metadata names the installed desktop file and binaries.
    grep -q '<launchable type="desktop-id">runai-access.desktop</launchable>' "$metainfo" \
        || fail "metainfo does not launch runai-access.desktop"
else
    echo "SKIP: appstreamcli not installed"
fi

# The installed programs start (no build-tree paths baked in).
version=$(QT_QPA_PLATFORM=offscreen "$usr/bin/runai-access" --version 2>&1) || fail "runai-access --version"
grep -q '^runai-access [0-9]' <<<"$version" || fail "runai-access --version said: $version"
"$usr/bin/runai-sandbox" --help >/dev/null 2>&1 || fail "runai-sandbox --help"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "install ($mode): all checks passed"
