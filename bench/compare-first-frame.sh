#!/usr/bin/env bash
# Compares the app's first frame, pixel for pixel, between two builds:
# the window a person sees must be the same after a start-up change
# (issue 20). Each build's app is run under its own Xvfb until its frame
# log says the window has painted, then a second more, and the screen is
# taken (ImageMagick's import) and compared (compare -metric AE).
#   bench/compare-first-frame.sh OLD_BUILDDIR NEW_BUILDDIR [APP OPTIONS...]
# e.g. bench/compare-first-frame.sh /tmp/old/_build _build --show=finance
# Prints the number of pixels that differ; exits 1 if any do. The
# screenshots and the difference are left in $TMPDIR (or /tmp).
set -euo pipefail
old=$1 new=$2
shift 2
out=$(mktemp -d)

shoot () {
  local build=$1 png=$2
  shift 2
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
    build=$1 png=$2; shift 2
    log=$(mktemp)
    GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$build/data NO_AT_BRIDGE=1 \
      OUTREACH_FRAME_LOG=$log "$build/src/serocu-outreach" "$@" &
    pid=$!
    for _ in $(seq 1 3000); do
      grep -q "FRAME window" "$log" 2>/dev/null && break
      sleep 0.01
    done
    sleep 1   # the screen settled (a tooltip or a transition would show in both)
    import -window root "$png"
    kill $pid
    wait $pid 2>/dev/null || true
    rm -f "$log"' shoot "$build" "$png" "$@" 2>/dev/null
}

shoot "$old" "$out/old.png" "$@"
shoot "$new" "$out/new.png" "$@"
differ=$(compare -metric AE "$out/old.png" "$out/new.png" "$out/difference.png" 2>&1 || true)
echo "$differ pixels differ ($out/old.png, $out/new.png, $out/difference.png)"
[ "$differ" = 0 ]
