#!/usr/bin/env bash
# Runs every benchmark (issue 8) as BENCHMARKS.md reports them: installs
# what they need, builds, and runs `meson test --benchmark` under Xvfb on a
# private D-Bus session. The figures go to the terminal (and meson's log,
# _build/meson-logs/testlog.txt). Takes about two minutes.
#   bench/run.sh                 all of them
#   bench/run.sh startup         only some (names as in bench/meson.build)
set -euo pipefail
cd "$(dirname "$0")/.."
build-aux/setup.sh bench
build-aux/build.sh
builddir=${BUILDDIR:-_build}
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  meson test -C "$builddir" --benchmark --num-processes 1 "$@"
