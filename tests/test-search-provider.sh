#!/usr/bin/env bash
# The GNOME Shell search provider, for real: the app started as a D-Bus
# service on the test's private session bus, called with gdbus as the shell
# calls it. Prints TAP. Needs a display for ActivateResult (meson's default
# test setup gives each test its own Xvfb and session bus).
set -uo pipefail

for tool in gdbus xwininfo; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is missing (build-aux/setup.sh test installs it)"
    exit 0
  fi
done

app=${SEROCU_OUTREACH:?set SEROCU_OUTREACH to the built binary}
name=uk.police.serocu.Outreach
path=/uk/police/serocu/Outreach/SearchProvider
iface=org.gnome.Shell.SearchProvider2
n=0 failed=0

ok() {  # ok DESCRIPTION COMMAND…
  local description=$1; shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $description"; else echo "not ok $n - $description"; failed=1; fi
}

call() {
  gdbus call --session --dest "$name" --object-path "$path" --method "$iface.$1" "${@:2}"
}

expect() {  # expect EXPECTED METHOD ARGS…
  local expected=$1; shift
  local got
  got=$(call "$@" 2>&1)
  if [ "$got" != "$expected" ]; then
    echo "# $1: expected: $expected" >&2
    echo "# $1: got:      $got" >&2
    return 1
  fi
}

echo "1..7"

GSETTINGS_BACKEND=memory GTK_A11Y=none "$app" --gapplication-service 2>/tmp/outreach-provider.$$.log &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f /tmp/outreach-provider.$$.log' EXIT

ok "the app owns its name on the session bus" gdbus wait --session --timeout 20 "$name"

ok "GetInitialResultSet finds the cyber crime unit and its teams, best first" \
  expect "(['cyber', 'cyber-pursue', 'cyber-protect', 'cyber-prevent', 'jody', 'home', 'serocu', 'dark-web', 'charlotte'],)" \
  GetInitialResultSet "['cyber']"

ok "GetInitialResultSet takes several words, in any case" \
  expect "(['fist'],)" GetInitialResultSet "['Money', 'LAUNDERING']"

ok "GetSubsearchResultSet narrows the previous results" \
  expect "(['cyber-pursue', 'cyber'],)" GetSubsearchResultSet "['cyber', 'cyber-pursue', 'cyber-protect']" "['cyber', 'pursue']"

ok "GetResultMetas names each result and says what it is" \
  expect "([{'id': <'rct'>, 'name': <'Regional Cash Team'>, 'description': <'Team · RCT'>, 'gicon': <'uk.police.serocu.Outreach'>}, {'id': <'jody'>, 'name': <'Jody'>, 'description': <'Person · Cyber High Tech Investigator'>, 'gicon': <'uk.police.serocu.Outreach'>}],)" \
  GetResultMetas "['rct', 'no-such-id', 'jody']"

ok "ActivateResult answers" expect "()" ActivateResult "rct" "['gatwick']" 0

window_shows() {  # the page's window appears on the display
  for _ in $(seq 100); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"$1\"" && return 0
    sleep 0.1
  done
  return 1
}
ok "ActivateResult opens the app on that page" window_shows "Regional Cash Team – SEROCU"

exit $failed
