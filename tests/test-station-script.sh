#!/usr/bin/env bash
# The station's session script (data/serocu-outreach-station.in) on its
# own, with stand-ins for the app and the compositor: it starts the app
# again whatever ends it, and it ends when its compositor ends, ending an
# app that hangs, which nothing else would. Prints TAP.
set -uo pipefail

station=${SEROCU_OUTREACH_STATION:?set SEROCU_OUTREACH_STATION to the station session script}
work=$(mktemp -d /tmp/outreach-station-XXXXXX)
trap 'pkill -KILL -f "$work/" 2>/dev/null; rm -rf "$work"' EXIT

# the stand-in app: notes each start, then ends at once (quits) or hangs,
# deaf to the signals a session's end sends
cat > "$work/app" <<'APP'
#!/bin/sh
echo start >> "$(dirname "$0")/starts"
env > "$(dirname "$0")/environ"
[ -e "$(dirname "$0")/hang" ] || exit 3
trap '' HUP TERM INT
while :; do sleep 1; done
APP
chmod 755 "$work/app"

echo "1..4"
n=0 failed=0
ok() {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
# wait_for CONDITION TENTHS: until CONDITION holds, TENTHS tenths of a second at most
wait_for() {
  local i=0
  until eval "$1"; do
    i=$((i + 1)); [ "$i" -gt "$2" ] && return 1
    sleep 0.1
  done
}
starts() { [ -e "$work/starts" ] && wc -l < "$work/starts" || echo 0; }

# The compositor's stand-in is a shell that runs the station as its child,
# as cage does, and ends when told to (a file). There is no session bus
# (as when the bus ends with the compositor): the watchdog cannot tell a
# hung app by asking it. The environment is one that would weaken a station
(
  cd "$work" && env DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" SEROCU_OUTREACH="$work/app" SEROCU_OUTREACH_WATCHDOG=1 \
    GTK_DEBUG=interactive GTK_INSPECTOR_DISPLAY=x GSETTINGS_BACKEND=memory XDG_CONFIG_HOME="$work/config" \
    GTK_MODULES=x GIO_EXTRA_MODULES="$work/modules" GTK_THEME=HighContrast LD_LIBRARY_PATH="$work/lib" \
    sh -c '/bin/sh "$1" 2> "$2/station.log" & until [ -e "$2/end" ]; do sleep 0.1; done' compositor "$station" "$work"
) &
ok "an app that ends is started again (twice within 5 s)" 'wait_for "[ \$(starts) -ge 2 ]" 50'
ok "the app runs with none of GTK_DEBUG, GTK_INSPECTOR_*, GSETTINGS_BACKEND, XDG_CONFIG_HOME, GTK_MODULES, GIO_EXTRA_MODULES, GTK_THEME, LD_LIBRARY_PATH, and no shader cache" \
  '! grep -qE "^(GTK_DEBUG|GTK_INSPECTOR_[A-Z_]*|GSETTINGS_BACKEND|XDG_CONFIG_HOME|GTK_MODULES|GIO_EXTRA_MODULES|GTK_THEME|LD_LIBRARY_PATH)=" "$work/environ" &&
   grep -qx MESA_SHADER_CACHE_DISABLE=true "$work/environ"'

touch "$work/hang"
before=$(starts)
wait_for "[ \$(starts) -gt $before ]" 50
hung=$(pgrep -f "^/bin/sh $work/app" | head -1)
touch "$work/end"
ok "when the compositor ends, the session script ends (10 s at most)" \
  'wait_for "! pgrep -f \"^/bin/sh $station\" >/dev/null" 100'
ok "and the app that hung ends with it" '[ -n "$hung" ] && wait_for "! kill -0 $hung 2>/dev/null" 50'
[ $failed -eq 0 ] || sed 's/^/# station: /' "$work/station.log"
exit $failed
