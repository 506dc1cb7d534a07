#!/usr/bin/env bash
# Quick start: install what is missing, build, and run the app with its
# built-in content. Arguments go to the app (e.g. --show=rart).
set -euo pipefail
cd "$(dirname "$0")/.."
build-aux/setup.sh
build-aux/build.sh
builddir=${BUILDDIR:-_build}

# run uninstalled: the build's own settings schema
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
app="$PWD/$builddir/src/serocu-outreach"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

# No display (a server, a container): show that it runs, under Xvfb, and
# save a screenshot of what a user would see.
echo "run: no display here; starting the app under Xvfb instead"
build-aux/setup.sh headless
shot="$PWD/$builddir/screenshot.png"
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  build-aux/headless-run.sh "$app" "$shot" "$@"
