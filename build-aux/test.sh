#!/usr/bin/env bash
# Quick start: install what is missing, build, run the whole test suite and
# count it. `meson test` runs each test headless on its own Xvfb and private
# D-Bus session (tests/meson.build). Ends with "N passed, N failed" (and
# ", N skipped" if any were).
#   build-aux/test.sh                 the suite
#   build-aux/test.sh --sanitize      the suite again, built with AddressSanitizer
#                                     and UndefinedBehaviorSanitizer (in _build-sanitize):
#                                     any report fails the test that made it
#   build-aux/test.sh --suite model   only some suites (other arguments go to meson test)
set -euo pipefail
cd "$(dirname "$0")/.."

setup_args=()
if [ "${1:-}" = --sanitize ]; then
  shift
  export BUILDDIR=${BUILDDIR:-_build-sanitize}
  setup_args=(-Db_sanitize=address,undefined)
  # Leaks are valgrind's job in the normal suite (GTK's caches and Mesa's
  # would drown LeakSanitizer's report); every other report stops the test.
  export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=1:print_summary=1
  export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:print_summary=1
fi

build-aux/setup.sh test
build-aux/build.sh "${setup_args[@]}"
builddir=${BUILDDIR:-_build}

status=0
meson test -C "$builddir" --print-errorlogs "$@" || status=$?
python3 build-aux/count-tests.py "$builddir/meson-logs/testlog.json"
exit $status
