#!/usr/bin/env bash
# The GNOME Shell search provider, for real: the app started as a D-Bus
# service on the test's private session bus, called with gdbus as the shell
# calls it; first with the built-in pack, then with another unit's pack set
# in a dconf system database, as a managed machine sets it (README, "One pack
# for every entry point"). Prints TAP. Needs a display for ActivateResult
# (meson's default test setup gives each test its own Xvfb and session bus).
set -uo pipefail

for tool in gdbus xwininfo dconf gsettings; do
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

echo "1..14"

work=$(mktemp -d /tmp/outreach-provider-XXXXXX)
GSETTINGS_BACKEND=memory GTK_A11Y=none "$app" --gapplication-service 2>"$work/log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT

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

# Another unit's pack, set system-wide as the README says: a profile line,
# a key file and `dconf update` (here `dconf compile`, the same without
# root, into a file-db: that stands for system-db:local), and its lock.
kill $pid
wait $pid 2>/dev/null
pack=$(cd "$(dirname "$0")/data" && pwd)/other-unit.json
mkdir -p "$work/local.d/locks"
printf 'user-db:user\nfile-db:%s\n' "$work/local" > "$work/profile"
printf '[uk/police/serocu/Outreach]\ncontent-file=%s\n' "'$pack'" > "$work/local.d/00-outreach"
echo /uk/police/serocu/Outreach/content-file > "$work/local.d/locks/00-outreach"
managed() {  # managed COMMAND…: with the settings of that machine (and a user database of our own)
  env -u GSETTINGS_BACKEND DCONF_PROFILE="$work/profile" XDG_CONFIG_HOME="$work/config" "$@"
}
ok "the managed machine's database compiles, and sets content-file for everyone, locked" \
  eval 'dconf compile "$work/local" "$work/local.d" &&
        [ "$(managed gsettings get uk.police.serocu.Outreach content-file)" = "'"'$pack'"'" ] &&
        [ "$(managed gsettings writable uk.police.serocu.Outreach content-file)" = false ]'

managed GTK_A11Y=none "$app" --gapplication-service 2>>"$work/log" &
pid=$!
ok "the app, started by the bus on that machine, owns its name" gdbus wait --session --timeout 20 "$name"

ok "GetInitialResultSet answers from the configured pack" \
  expect "(['home', 'nfcd', 'smuggling-group', 'broadcast-desk'],)" GetInitialResultSet "['moors']"

ok "GetResultMetas names the configured pack's pages, and their kind as the pack does" \
  expect "([{'id': <'nfcd'>, 'name': <'Northmoor Fictional Crime Directorate'>, 'description': <'Directorate · NFCD'>, 'gicon': <'uk.police.serocu.Outreach'>}],)" \
  GetResultMetas "['nfcd', 'rct']"

no_trace_of_serocu() {
  local terms got ids metas
  # the built-in pack's words find nothing
  for terms in "['serocu']" "['south', 'east']" "['cyber']" "['rct']" "['jody']" "['recruitment']"; do
    got=$(call GetInitialResultSet "$terms" 2>&1)
    [ "$got" = "(@as [],)" ] || { echo "# $terms found: $got" >&2; return 1; }
  done
  # and what the configured pack's words find says nothing of it (the icon
  # is the app's, named by its id)
  for terms in "['desk']" "['group']" "['moors']" "['crime']" "['north']"; do
    ids=$(call GetInitialResultSet "$terms" | sed 's/^(\(.*\),)$/\1/; s/^@as //')
    [ "$ids" != "[]" ] || { echo "# $terms found nothing" >&2; return 1; }
    metas=$(call GetResultMetas "$ids" | sed "s/'gicon': <'[^']*'>//g")
    if echo "$metas" | grep -qiE "serocu|south ?east"; then
      echo "# $terms: $metas" >&2
      return 1
    fi
  done
}
ok "no trace of SEROCU in the search's answers" no_trace_of_serocu

ok "ActivateResult opens the app on that page of the configured pack" \
  expect "()" ActivateResult "livestock-desk" "['sheep']" 0
ok "its window shows the configured pack" window_shows "Livestock Desk – NFCD"

exit $failed
