#!/usr/bin/env bash
# Configures (once) and builds into $BUILDDIR (default _build). Extra
# arguments go to `meson setup` when the build folder is first made.
set -euo pipefail
cd "$(dirname "$0")/.."
builddir=${BUILDDIR:-_build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$@" >/dev/null
fi
ninja -C "$builddir" >/dev/null
