#!/usr/bin/env bash
# Quick start: install what is missing, build, and run the whole test suite
# under Xvfb on a private D-Bus session. Ends with "N passed, N failed".
#   build-aux/test.sh                 the suite
#   build-aux/test.sh --suite model   only some suites (arguments go to meson test)
set -euo pipefail
cd "$(dirname "$0")/.."
build-aux/setup.sh test
build-aux/build.sh
builddir=${BUILDDIR:-_build}

status=0
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  meson test -C "$builddir" --print-errorlogs "$@" || status=$?

# Count the test cases (GTest prints TAP), not just the executables: an
# executable that crashed or bailed out counts as one failure more.
python3 build-aux/count-tests.py "$builddir/meson-logs/testlog.json"
exit $status
