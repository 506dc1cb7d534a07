#!/usr/bin/env bash
# Runs the app on the current (virtual) display, saves a screenshot once it
# is up, and keeps running when interactive (Ctrl+C stops it).
set -uo pipefail
app=$1 shot=$2
shift 2
export NO_AT_BRIDGE=1
"$app" "$@" &
pid=$!
# wait for the window to map (bounded): xwininfo lists it by name
for _ in $(seq 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q 'South East Regional\|SEROCU'; then break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
sleep 1   # let the first frames settle before the picture; not a test
if command -v xwd >/dev/null && command -v convert >/dev/null; then
  xwd -root -silent | convert xwd:- "$shot" && echo "run: screenshot saved to $shot"
fi
if ! kill -0 "$pid" 2>/dev/null; then
  wait "$pid"; exit $?
fi
if [ -t 0 ]; then
  echo "run: the app is running (pid $pid); press Ctrl+C to stop"
  wait "$pid"
else
  echo "run: the app started and is running; stopping it (not interactive)"
  kill "$pid"; wait "$pid" 2>/dev/null
  exit 0
fi
