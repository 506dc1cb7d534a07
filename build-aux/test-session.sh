#!/usr/bin/env bash
# Runs one command (a test) in a session of its own: a private X server
# (Xvfb, 1280x800x24, or $OUTREACH_TEST_SCREEN) and a private D-Bus session bus, both stopped however
# the command ends. Meson's default test setup runs every test through it
# (tests/meson.build), so `meson test` alone needs no display and no bus.
#   build-aux/test-session.sh COMMAND [ARGUMENT…]
#
# The X server picks a free display itself and says which (-displayfd): no
# display number is checked and then started, so two suites at once cannot
# be handed the same one. It starts before the bus, so that what the bus
# starts (the accessibility bus and registry) inherits DISPLAY.
set -uo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGUMENT…]" >&2
  exit 2
fi
# Without the servers, a test runs as it is: a model test needs neither, and
# a widget test then fails for want of a display, saying so.
for tool in Xvfb xauth dbus-daemon setpriv pkill; do
  if ! command -v "$tool" >/dev/null; then
    echo "test-session: $tool is missing (build-aux/setup.sh test installs it):" \
      "running the test with no display or bus of its own" >&2
    exec "$@"
  fi
done

# stop, end_leftovers, trap_signals, servers_die_with_us
source "$(dirname "$0")/session-lib.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/outreach-session-XXXXXX") || exit 1
xvfb_pid='' bus_pid='' test_pid=''

cleanup() {
  trap '' TERM INT HUP
  end_leftovers
  [ -n "$test_pid" ] && stop "$test_pid"
  [ -n "$bus_pid" ] && stop "$bus_pid"
  [ -n "$xvfb_pid" ] && stop "$xvfb_pid"
  rm -rf "$work"
}
trap_signals

# Reads the one line a server writes to FIFO once it is ready (bounded).
# A server that dies first closes the FIFO, and the line is empty.
read_ready_line() {
  local line=''
  read -r -t 30 line < "$1"
  printf '%s' "$line"
}

# The X server: only clients with this cookie may connect. The server takes
# every cookie in its -auth file whatever display it names; clients look
# theirs up by display, which is known only once the server has chosen.
# -noreset: by default the server resets when its last client leaves, and a
# client that connects meanwhile is refused ("cannot open display"): seen
# under load in test-a11y, and with two xdpyinfo at once in a loop.
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
touch "$work/server-auth" "$work/xauthority"
xauth -q -f "$work/server-auth" add :0 MIT-MAGIC-COOKIE-1 "$cookie"
mkfifo "$work/display"
"${servers_die_with_us[@]}" Xvfb -displayfd 3 -screen 0 "${OUTREACH_TEST_SCREEN:-1280x800x24}" -nolisten tcp -noreset \
  -auth "$work/server-auth" 3> "$work/display" > "$work/xvfb.log" 2>&1 < /dev/null &
xvfb_pid=$!
display=$(read_ready_line "$work/display")
if [ -z "$display" ]; then
  echo "test-session: Xvfb did not start:" >&2
  sed 's/^/test-session:   /' "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$display" XAUTHORITY="$work/xauthority"
xauth -q -f "$XAUTHORITY" add "$DISPLAY" MIT-MAGIC-COOKIE-1 "$cookie"

# The session bus, as dbus-run-session starts it, but stopped by us: on a
# signal, dbus-run-session would leave its daemon behind. What the bus
# starts writes to the daemon's output: the test's standard error, never
# its standard output, which meson reads as TAP.
mkfifo "$work/bus"
"${servers_die_with_us[@]}" dbus-daemon --session --nofork --nopidfile --print-address=3 \
  3> "$work/bus" >&2 < /dev/null &
bus_pid=$!
address=$(read_ready_line "$work/bus")
if [ -z "$address" ]; then
  echo "test-session: dbus-daemon did not start" >&2
  exit 1
fi
export DBUS_SESSION_BUS_ADDRESS=$address
unset DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE WAYLAND_DISPLAY
# the test's temporary files go with the session, even when it is killed
mkdir "$work/tmp"
export TMPDIR="$work/tmp"

# In the background, so that a signal reaches the traps above at once; with
# the test's standard input, which a background job would otherwise lose.
"$@" <&0 &
test_pid=$!
wait "$test_pid"
status=$?
test_pid=''
exit $status
