#!/usr/bin/env bash
# Runs one command (a test) under GNOME's compositor with the monitors asked
# for: a headless mutter (Wayland only, no Xwayland) with one virtual monitor
# per size, in a private D-Bus session bus and a private XDG_RUNTIME_DIR, all
# stopped and removed however the command ends. Xvfb cannot give GTK 4 two
# monitors, mutter can; it also honours full-screen requests.
#   build-aux/test-session-mutter.sh [--tap] MONITORS -- COMMAND [ARGUMENT…]
#   e.g. build-aux/test-session-mutter.sh "1280x800 1024x768" -- tests/test-presenter-monitors
# Monitors sit side by side, left to right, in the order given. The command
# runs with GDK_BACKEND=wayland and WAYLAND_DISPLAY set, and no DISPLAY.
# Its status is the script's. Without mutter it says why and exits 77 (a
# skip); with --tap it says so as a TAP plan (`1..0 # SKIP …`) and exits 0,
# as meson's protocol: 'tap' needs.
set -uo pipefail

tap=''
if [ "${1:-}" = --tap ]; then
  tap=1
  shift
fi
if [ $# -lt 3 ] || [ "$2" != -- ]; then
  echo "usage: $0 [--tap] MONITORS -- COMMAND [ARGUMENT…]   (MONITORS: \"1280x800 1024x768\")" >&2
  exit 2
fi
monitors=$1
shift 2

monitor_args=()
for size in $monitors; do
  if ! [[ $size =~ ^[0-9]+x[0-9]+(@[0-9.]+)?$ ]]; then
    echo "test-session-mutter: '$size' is not a monitor size (WIDTHxHEIGHT)" >&2
    exit 2
  fi
  monitor_args+=(--virtual-monitor "$size")
done
if [ "${#monitor_args[@]}" -eq 0 ]; then
  echo "test-session-mutter: no monitor asked for" >&2
  exit 2
fi

skip() {
  echo "test-session-mutter: $1: skipping the test" >&2
  if [ -n "$tap" ]; then
    echo "1..0 # SKIP $1"
    exit 0
  fi
  exit 77
}
for tool in mutter dbus-daemon setpriv pkill; do
  command -v "$tool" >/dev/null || skip "$tool is missing (build-aux/setup.sh test installs it)"
done

# stop, end_leftovers, trap_signals, servers_die_with_us
source "$(dirname "$0")/session-lib.sh"

# mktemp -d makes it 0700, as XDG_RUNTIME_DIR must be
work=$(mktemp -d "${TMPDIR:-/tmp}/outreach-mutter-XXXXXX") || exit 1
chmod 0700 "$work"
# and it goes even when this script is killed (SIGKILL, where no trap runs):
# this reaper waits for the end of a pipe only the script holds open
exec {reaper}> >(exec > /dev/null 2>&1; trap '' TERM INT HUP; cat; rm -rf "$work")
mutter_pid='' bus_pid='' test_pid=''

cleanup() {
  trap '' TERM INT HUP
  # what the test left behind, as in test-session.sh
  end_leftovers
  [ -n "$test_pid" ] && stop "$test_pid"
  # the compositor before the bus it is on
  [ -n "$mutter_pid" ] && stop "$mutter_pid"
  [ -n "$bus_pid" ] && stop "$bus_pid"
  rm -rf "$work"
}
trap_signals

# The session bus, started and stopped by us (dbus-run-session leaves its
# daemon behind on a signal). What the bus starts writes to the test's
# standard error, never its standard output, which meson reads as TAP.
mkfifo "$work/bus"
"${servers_die_with_us[@]}" dbus-daemon --session --nofork --nopidfile --print-address=3 \
  3> "$work/bus" >&2 < /dev/null {reaper}>&- &
bus_pid=$!
address=''
read -r -t 30 address < "$work/bus"
if [ -z "$address" ]; then
  echo "test-session-mutter: dbus-daemon did not start" >&2
  exit 1
fi

mkdir -m 0700 "$work/runtime" "$work/tmp"
export XDG_RUNTIME_DIR="$work/runtime" DBUS_SESSION_BUS_ADDRESS="$address"
export TMPDIR="$work/tmp"
unset DISPLAY XAUTHORITY WAYLAND_SOCKET DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE
wayland_display=outreach-test

# mutter without the test's G_DEBUG (fatal-warnings: mutter warns that there
# is no colord nor locale1 here) and without its settings and schemas (its
# own come from the system), its files in the session's folder.
"${servers_die_with_us[@]}" env -u G_DEBUG -u GSETTINGS_SCHEMA_DIR -u GDK_BACKEND \
  -u WAYLAND_DISPLAY GSETTINGS_BACKEND=memory \
  XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" \
  mutter --headless --wayland --no-x11 --wayland-display="$wayland_display" "${monitor_args[@]}" \
  > "$work/mutter.log" 2>&1 < /dev/null {reaper}>&- &
mutter_pid=$!

# Ready once its socket is there (the monitors are added before it): a
# bounded wait, 20 s at most, that ends as soon as the socket appears or
# mutter dies.
socket="$XDG_RUNTIME_DIR/$wayland_display"
deadline=$((SECONDS + 20))
until [ -S "$socket" ]; do
  if ! kill -0 "$mutter_pid" 2>/dev/null; then
    echo "test-session-mutter: mutter ended before its Wayland socket appeared:" >&2
    sed 's/^/test-session-mutter:   /' "$work/mutter.log" >&2
    mutter_pid=''
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "test-session-mutter: no Wayland socket from mutter after 20 s:" >&2
    sed 's/^/test-session-mutter:   /' "$work/mutter.log" >&2
    exit 1
  fi
  sleep 0.02
done
export WAYLAND_DISPLAY="$wayland_display" GDK_BACKEND=wayland

# In the background, so that a signal reaches the traps above at once; with
# the test's standard input, which a background job would otherwise lose.
# It too gets TERM if this script is killed.
"${servers_die_with_us[@]}" "$@" <&0 {reaper}>&- &
test_pid=$!
wait "$test_pid"
status=$?
test_pid=''
# a failure may be the compositor's: say what it said
if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
  echo "test-session-mutter: the command ended with status $status; mutter said:" >&2
  sed 's/^/test-session-mutter:   /' "$work/mutter.log" >&2
fi
exit $status
