#!/usr/bin/env bash
# Installs what SEROCU Outreach needs on Debian 12 and that is missing.
#   build-aux/setup.sh          what building and running the app needs
#   build-aux/setup.sh test     and what the test suite needs (Xvfb, D-Bus, …)
#   build-aux/setup.sh headless and what running it with no display needs
#   build-aux/setup.sh fuzz     and clang with libFuzzer (build-aux/fuzz.sh)
#   build-aux/setup.sh bench    and what the benchmarks need (bench/, BENCHMARKS.md)
# Runs apt-get as root, or through sudo.
set -euo pipefail

build_packages=(
  meson ninja-build pkg-config gcc gettext
  libgtk-4-dev libjson-glib-dev libglib2.0-dev libglib2.0-bin libqrencode-dev
  desktop-file-utils appstream adwaita-icon-theme fonts-cantarell
)
test_packages=(
  xvfb xauth dbus dbus-x11 locales python3 x11-utils zbar-tools librsvg2-bin
  cage grim xwayland imagemagick xdotool dconf-cli
  valgrind python3-pyatspi at-spi2-core systemd procps python3-jsonschema
  mutter util-linux poppler-utils
  debootstrap
)

fuzz_packages=(clang libclang-rt-dev)

# the start-up benchmark watches the X server (XDamage) and compares with
# gnome-text-editor; it runs under Xvfb like the tests
bench_packages=(libx11-dev libxdamage-dev gnome-text-editor xvfb xauth dbus dbus-x11 python3)

headless_packages=(
  xvfb xauth dbus dbus-x11 x11-utils x11-apps imagemagick
)

wanted=("${build_packages[@]}")
case "${1:-}" in
  test) wanted+=("${test_packages[@]}") ;;
  headless) wanted+=("${headless_packages[@]}") ;;
  fuzz) wanted+=("${fuzz_packages[@]}") ;;
  bench) wanted+=("${bench_packages[@]}") ;;
esac

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing+=("$package") ;;
  esac
done

as_root_who=setup
. "$(dirname "${BASH_SOURCE[0]}")/as-root.sh"

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# gtk_test_init() asks for en_US.UTF-8 (without it, non-ASCII test output
# turns to "?"); the Welsh translation's test runs under cy_GB.UTF-8.
if [ "${1:-}" = test ]; then
  for wanted_locale in en_US cy_GB; do
    if ! locale -a 2>/dev/null | grep -qi "^${wanted_locale}\.utf-\?8$"; then
      echo "setup: generating the ${wanted_locale}.UTF-8 locale"
      as_root sed -i "s/^# *\(${wanted_locale}.UTF-8 UTF-8\)/\1/" /etc/locale.gen
      regenerate=1
    fi
  done
  if [ -n "${regenerate:-}" ]; then
    as_root locale-gen >/dev/null
  fi
fi
