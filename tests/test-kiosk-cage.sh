#!/usr/bin/env bash
# A display station for real: the station's own session script as the only
# client of cage (Wayland kiosk compositor), as an unprivileged user (cage
# refuses root), its settings from a locked dconf system database as the
# README sets one up, driven with xdotool's keyboard and mouse, screenshots
# taken with grim inside the session. Prints TAP.
#
# cage runs on its X11 backend inside an X server of this test's own, not on
# its headless backend: Debian 12's cage 0.1.4 scans a full-screen client's
# buffer out directly, and on the headless backend grim then reads back the
# last frame cage composited itself (black, or the window's first, smaller
# frame), not what is on the output. The X11 backend presents what a real
# output would, and takes input as a real keyboard and mouse give it. The X
# screen is 1920×1920: cage's output window is 1920×1080, then 1080×1920.
#
# As root, the settings go to /etc/dconf (a profile and a database of a
# name of this run's own, removed afterwards) and `dconf update`; as another
# user, to a file-db profile in the work folder (`dconf compile`).
#
# Set OUTREACH_KIOSK_SHOTS=DIR to keep the screenshots (the README's come
# from here). Needs root to create the user, or to be run as a normal user.
set -uo pipefail

app=${SEROCU_OUTREACH:?set SEROCU_OUTREACH to the built binary}
station=${SEROCU_OUTREACH_STATION:?set SEROCU_OUTREACH_STATION to the station session script}
schemas=${GSETTINGS_SCHEMA_DIR:?set GSETTINGS_SCHEMA_DIR to the compiled schemas}
srcdir=${G_TEST_SRCDIR:-$(dirname "$0")}
example=$srcdir/../data/dconf/db/serocu-station.d
user=${OUTREACH_KIOSK_USER:-outreach-kiosk}

for tool in cage grim Xwayland Xvfb xauth convert compare identify dbus-run-session gdbus xdotool \
            xwininfo dconf pgrep pkill ps sha256sum; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is missing (build-aux/setup.sh test installs it)"
    exit 0
  fi
done

# the station's user, and a folder it can read: the build may sit under /root
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id "$user" >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin "$user"
  run_as=(runuser -u "$user" --)
else
  user=$(id -un)
fi
work=$(mktemp -d /tmp/outreach-kiosk-XXXXXX)
db_name=serocu-station-test-$$
xvfb_pid=''
cleanup() {
  # what this run started and left behind: processes under its own folder
  pkill -KILL -f "^(/bin/(ba)?sh )?$work/" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if [ "$(id -u)" -eq 0 ]; then
    rm -rf "/etc/dconf/profile/$db_name" "/etc/dconf/db/$db_name.d" "/etc/dconf/db/$db_name"
    for dir in $made_dirs; do rmdir "$dir" 2>/dev/null; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# a signal (meson's timeout) ends the run through the clean-up too
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
made_dirs=''
if [ "$(id -u)" -eq 0 ]; then
  for dir in /etc/dconf/profile /etc/dconf/db /etc/dconf; do
    [ -d "$dir" ] || made_dirs="$made_dirs $dir"
  done
fi
mkdir -p "$work/bin" "$work/schemas" "$work/runtime" "$work/out" "$work/db.d/locks"
cp "$app" "$work/bin/serocu-outreach"
cp "$station" "$work/bin/serocu-outreach-station"
chmod 755 "$work/bin/serocu-outreach-station"
cp "$schemas/gschemas.compiled" "$work/schemas/"

# The staff PIN as the README sets it: its hash, from the app
pin_hash=$(printf '2468\n' | "$app" --hash-exit-pin 2>/dev/null)
pin_value=$pin_hash
[[ "$pin_hash" == 'pbkdf2-sha256$'* ]] || pin_value=2468

# The station's settings: the shipped example key file and locks, with a
# short idle time (the app's default is 90 s) and the PIN (its base64 may
# hold "/", so that line's delimiter is "|")
sed -e "s/^kiosk-idle-seconds=.*/kiosk-idle-seconds=uint32 8/" \
    -e "s/^kiosk-warning-seconds=.*/kiosk-warning-seconds=uint32 5/" \
    -e "s/^kiosk-attract-seconds=.*/kiosk-attract-seconds=uint32 3/" \
    -e "s|^kiosk-exit-pin=.*|kiosk-exit-pin='$pin_value'|" \
    "$example/00-station" > "$work/db.d/00-station"
cp "$example/locks/00-station" "$work/db.d/locks/"
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p /etc/dconf/profile /etc/dconf/db
  echo "system-db:$db_name" > "/etc/dconf/profile/$db_name"
  cp -r "$work/db.d" "/etc/dconf/db/$db_name.d"
  dconf update
  profile=$db_name
  dconf_how="/etc/dconf/profile/$db_name and dconf update"
else
  dconf compile "$work/station.db" "$work/db.d"
  echo "file-db:$work/station.db" > "$work/profile"
  profile=$work/profile
  dconf_how="a file-db profile (not root: /etc/dconf is not ours)"
fi

# An X server of our own, big enough for both orientations; only clients
# with its cookie may connect (the station's user gets a copy)
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
touch "$work/server-auth" "$work/xauthority"
xauth -q -f "$work/server-auth" add :0 MIT-MAGIC-COOKIE-1 "$cookie"
mkfifo "$work/display-fifo"
Xvfb -displayfd 3 -screen 0 1920x1920x24 -nolisten tcp -noreset -auth "$work/server-auth" \
  3> "$work/display-fifo" > "$work/xvfb.log" 2>&1 < /dev/null &
xvfb_pid=$!
read -r -t 30 display_number < "$work/display-fifo"
if [ -z "${display_number:-}" ]; then
  echo "1..0 # SKIP Xvfb did not start: $(tr '\n' ' ' < "$work/xvfb.log")"
  exit 0
fi
xdisplay=:$display_number
xauth -q -f "$work/xauthority" add "$xdisplay" MIT-MAGIC-COOKIE-1 "$cookie"

chmod -R a+rX "$work"
chmod 700 "$work/runtime"
[ "$(id -u)" -eq 0 ] && chown -R "$user" "$work/runtime" "$work/out"
home=$("${run_as[@]}" sh -c 'echo "$HOME"')

# What cage runs: the driver below in the background, and the station's
# session script in its place (exec), as cage's own client, as on a station.
# The environment is a developer's worst: GTK's Inspector asked for.
cat > "$work/session.sh" <<'SESSION'
#!/bin/sh
work=$1
export OUTREACH_CAGE_PID=$PPID
export GSETTINGS_SCHEMA_DIR=$work/schemas GTK_A11Y=none
export OUTREACH_FRAME_LOG=$work/out/frames.log
export GTK_DEBUG=interactive GTK_INSPECTOR_DISPLAY=$WAYLAND_DISPLAY
# the station's watchdog asks the app every 2 s (30 on a station)
export SEROCU_OUTREACH_WATCHDOG=2
: > "$OUTREACH_FRAME_LOG"
"$work/driver.sh" "$work" > "$work/out/driver.log" 2>&1 &
SEROCU_OUTREACH=$work/bin/serocu-outreach exec "$work/bin/serocu-outreach-station" 2> "$work/out/station.log"
SESSION

# The visitor, and the camera: everything inside the session, as the
# station's user. Each result is a file in out/; every wait is bounded.
cat > "$work/driver.sh" <<'DRIVER'
#!/bin/bash
work=$1 out=$1/out
log=$out/frames.log
x() { DISPLAY=$OUTREACH_XDISPLAY XAUTHORITY=$work/xauthority xdotool "$@"; }
note() { echo "$*" >> "$out/errors"; }
wait_frame() {   # wait_frame WHAT COUNT [TENTHS]: until WHAT has painted COUNT times (10 s at most)
  local i=0
  while [ "$(grep -c "^FRAME $1 " "$log")" -lt "$2" ]; do
    i=$((i + 1)); [ $i -gt "${3:-100}" ] && { note "timeout waiting for $1 ($2)"; return 1; }
    sleep 0.1
  done
}
# shot NAME: a screenshot once the screen has stopped changing: two grabs
# alike but for a few hundred pixels (a text cursor blinks), 4 s at most: a
# revealer or a resize may still be moving
shot() {
  local i=0 d
  grim "$out/$1.png"
  while [ $i -lt 12 ]; do
    sleep 0.1
    grim "$out/$1.next.png"
    d=$(compare -metric AE "$out/$1.png" "$out/$1.next.png" null: 2>&1 | awk '{ printf "%d", $1 }')
    mv "$out/$1.next.png" "$out/$1.png"
    [ "$d" -lt 400 ] 2>/dev/null && return 0
    i=$((i + 1))
  done
  note "screen still changing for $1"
}
# field_changes_from SHOT NEW: the search field (at 1920×1080) comes to
# differ from SHOT within 3 s: a paste shows there, and only there (the
# countdown may come up elsewhere on the screen meanwhile)
field_changes_from() {
  local d deadline=$(( $(now_ms) + 3000 ))
  # (3 s of the clock, however slow each grab is on a busy machine: the
  # station's 8 s idle time must not pass meanwhile, or its reset would
  # look like a change)
  while [ "$(now_ms)" -lt "$deadline" ]; do
    grim "$out/$2.png"
    convert "$out/$1.png" -crop 1920x70+0+72 +repage "$out/field-a.png"
    convert "$out/$2.png" -crop 1920x70+0+72 +repage "$out/field-b.png"
    d=$(compare -metric AE -fuzz 3% "$out/field-a.png" "$out/field-b.png" null: 2>&1 | awk '{ printf "%d", $1 }')
    [ "$d" -gt 150 ] 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
# changes_from SHOT NEW: the screen comes to differ from SHOT in more than
# 2% of its pixels within 3 s (a paste lands asynchronously); the last grab
# is NEW.png
changes_from() {
  local d
  for _ in $(seq 15); do
    grim "$out/$2.png"
    d=$(compare -metric AE -fuzz 3% "$out/$1.png" "$out/$2.png" null: 2>&1 | awk '{ printf "%d", $1 }')
    [ "$d" -gt 40000 ] 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
step() { echo "$(cut -d ' ' -f 1 /proc/uptime) $*" >> "$out/steps"; }
# every process of the session (from cage's parent down), but this driver's
# (and but the station's watchdog, which comes and goes: the station's
# session script asking the app over the bus)
snapshot_processes() {
  local top station
  top=$(ps -o ppid= -p "$OUTREACH_CAGE_PID" | tr -d ' ')
  station=$(pgrep -o -f "^/bin/sh $work/bin/serocu-outreach-station")
  ps -e -o pid=,ppid=,comm= | awk -v top="$top" -v driver="$$" -v station="$station" -v app="$(app_pid)" '
    { parent[$1] = $2; name[$1] = $3 }
    END {
      for (p in parent) {
        q = p; inside = 0; watchdog = 0
        while (q in parent && q != 1) {
          if (q == driver) { inside = 0; break }
          if (q == top) inside = 1
          if (parent[q] == station && q != app) watchdog = 1
          q = parent[q]
        }
        if (watchdog) continue
        if (inside && p != top) print name[p]
      }
    }' | sort
}
# every file under the user's home and runtime folder: kind, size, time, sum
snapshot_files() {
  find "$HOME" "$XDG_RUNTIME_DIR" -xdev \( -type f -printf '%p %s %T@ ' -exec sh -c 'sha256sum < "$1" | cut -c1-16' sh {} \; \) \
    -o \( ! -type f -printf '%y %p %T@\n' \) 2>/dev/null | sort
}
app_pid() { pgrep -n -f "^$work/bin/serocu-outreach --kiosk"; }

wait_frame fullscreen 1 || exit 1
# the station's output is cage's window on the X server. The pointer rests
# on the header's title, where nothing reacts to it: keys go to the window
# under the pointer (no window manager), and none would reach cage from
# outside its window.
xwindow=$(DISPLAY=$OUTREACH_XDISPLAY XAUTHORITY=$work/xauthority xwininfo -root -children | awk '/^ +0x/ { print $1; exit }')
x windowsize "$xwindow" 1920 1080
# keys go to the X server's focus: cage's window (with no window manager,
# nothing else gives it the focus)
x windowfocus "$xwindow"
rest() { x mousemove "$1" 30; }
rest 960
# the first frame at the full size: cage's output window has just been
# resized, and on a busy machine the app may not have filled it yet when
# two grabs first look alike; the corners say (10 s at most, and a
# station that never fills its screen still fails "Home fills" below)
for _ in $(seq 20); do
  shot home
  corners=$(convert "$out/home.png" -format "%[pixel:p{0,0}] %[pixel:p{1919,1079}]" info: 2>/dev/null)
  [[ "$corners" != *"srgb(0,0,0)"* ]] && break
  sleep 0.5
done

tr '\0' '\n' < "/proc/$(app_pid)/environ" > "$out/app-environ"
snapshot_files > "$out/files-before"
touch "$out/stamp"

# 1. Every key and gesture that could leave, close or inspect: nothing happens
step "1. Every key"
snapshot_processes > "$out/processes-before"
# the search field: GTK's emoji shortcuts, right click and long press (its
# context menu), then on the page
rest 960
x type --delay 40 cyber
shot search
step "typed"
x key ctrl+period Escape ctrl+semicolon Escape   # GTK's emoji chooser
x mousemove 960 105 click 3
step "search right click"
x mousedown 1; sleep 1.2; x mouseup 1
step "search long press"
rest 960
x key Escape Escape
for key in alt+F4 ctrl+q ctrl+w Escape F11 super Super_L alt+Tab F10 shift+F10 Menu \
           ctrl+shift+d ctrl+shift+i ctrl+question F1 ctrl+o ctrl+p ctrl+s ctrl+comma \
           ctrl+alt+BackSpace F10 Return; do
  x key "$key"
  step "key $key"
done
x mousemove 960 700 click 3
step "page right click"
rest 960
x key Escape
step "escape keys done"
# a message sheet from the keyboard (Ctrl+E): it paints after what came before
x key ctrl+e
wait_frame sheet 1
x key Return   # Done, which has the focus
shot after-escape
snapshot_processes > "$out/processes-after"

# 2. A visit that leaves everything a visitor can: the page scrolled, a
# branch of the tree open, the sidebar dragged wider, a search, copied to
# the clipboard, text zoomed, a QR sheet open
step "2. A visit"
x mousemove 960 700 click --repeat 5 5
x mousemove 18 216 click 1
x mousemove 320 700 mousedown 1 mousemove 400 700 mousemove 600 700 mouseup 1
rest 960
x type --delay 40 cyber
shot visit-search
# copied, and pasted at the end: the clipboard works in this session, and
# a paste shows within 3 s
x key ctrl+a ctrl+c End ctrl+v
pasted_at=$(now_ms)
if field_changes_from visit-search visit-pasted; then
  echo $(( $(now_ms) - pasted_at )) > "$out/paste-ms"
fi
x key ctrl+plus ctrl+plus ctrl+plus
x key ctrl+e
last_input=$(now_ms)
wait_frame sheet 2
shot visit
# then nobody: the reset, at the idle time the locked database gives (8 s)
step "then nobody"
attract_before=$(grep -c "^FRAME attract " "$log")
wait_frame attract $((attract_before + 1)) && echo $(( $(now_ms) - last_input )) > "$out/reset-ms"
snapshot_files > "$out/files-after"
find "$HOME" "$XDG_RUNTIME_DIR" -xdev -newer "$out/stamp" > "$out/files-newer" 2>/dev/null
# the attract screen fades its slide in: wait for more than its blue (3 s at most)
for _ in $(seq 10); do
  grim "$out/attract.png"
  [ "$(identify -format '%k' "$out/attract.png")" -gt 16 ] && break
  sleep 0.2
done
# the next visitor: a touch wakes it on Home; Ctrl+V in the search field
# pastes nothing of the last visitor's
step "the next visitor"
x click 1
shot home-again
x key ctrl+f
shot search-opened
x key ctrl+v
field_changes_from search-opened search-pasted && echo yes > "$out/pasted-after-reset"
# nor does Ctrl+Z bring back the last visitor's search (GTK keeps typed
# text in the field's undo history after the field is emptied)
x key ctrl+z
field_changes_from search-opened search-undone && echo yes > "$out/undone-after-reset"

# 3. The other way up: 1080×1920
step "3. The other way"
x windowsize "$xwindow" 1080 1920
rest 540
x key Escape
shot portrait-home
gdbus call --session --dest uk.police.serocu.Outreach --object-path /uk/police/serocu/Outreach \
  --method org.gtk.Actions.Activate compose "[<'hr:cyber'>]" "{}" >/dev/null
wait_frame sheet 3
shot portrait-qr
x windowsize "$xwindow" 1920 1080
rest 960
wait_frame sheet 3 && shot qr
x key Return   # Done

# 4. Staff leave: a long press on the title at the top, the PIN typed on the
# pad, and then the desktop's shortcuts work again (Ctrl+? shows them)
step "4. Staff"
echo "MARK staff" >> "$log"
# the window is back at 1920×1080 first: in the portrait layout the
# title's place holds Start Again
rest 960
shot before-staff
x mousemove 960 30 mousedown 1; sleep 1.5; x mouseup 1
x type --delay 100 2468
x key Return
rest 960
shot after-staff
x key ctrl+question
for _ in $(seq 50); do
  grep -q "^FRAME toplevel GtkShortcutsWindow " "$log" && { echo left > "$out/staff-left"; break; }
  sleep 0.1
done
x key Escape

# 5. The app dies without warning: the station brings it back, on a fresh screen
step "5. The app dies"
painted=$(grep -c "^FRAME fullscreen " "$log")
killed=$(now_ms)
kill -KILL "$(app_pid)"
if wait_frame fullscreen $((painted + 1)); then
  echo $(( $(now_ms) - killed )) > "$out/restart-ms"
  # its first full-screen frame can take a while to settle on a loaded
  # machine (CI once saw black corners): looked at again until its corners
  # are drawn, a bounded number of times (the check is fills_screen's, below)
  for _ in $(seq 20); do
    shot restarted
    corners=$(convert "$out/restarted.png" -format '%[pixel:p{0,0}] %[pixel:p{1919,0}] %[pixel:p{0,1079}] %[pixel:p{1919,1079}]' info: 2>/dev/null)
    [[ -n "$corners" && "$corners" != *"srgb(0,0,0)"* ]] && break
  done
fi

# 5b. The app hangs (stopped): the station's watchdog ends it, and it is back
step "5b. The app hangs"
painted=$(grep -c "^FRAME fullscreen " "$log")
frozen=$(now_ms)
kill -STOP "$(app_pid)"
if wait_frame fullscreen $((painted + 1)) 300; then
  echo $(( $(now_ms) - frozen )) > "$out/unfrozen-ms"
fi

step "6. The compositor"
# 6. The compositor ends (as when systemd stops it; Debian's cage 0.1.4
# then aborts in wl_display_terminate, status 134): the station's session
# script must end with it, and start nothing in a later one; even when the
# app has hung just then (it is stopped here), or both would stay forever
pgrep -f "^/bin/sh $work/bin/serocu-outreach-station" > "$out/station-pid"
app_pid > "$out/app-pid"
echo done > "$out/driver-done"
kill -STOP "$(cat "$out/app-pid")"
kill -TERM "$OUTREACH_CAGE_PID"
DRIVER
chmod 755 "$work/session.sh" "$work/driver.sh"
chmod -R a+rX "$work/bin" "$work/schemas"

echo "1..27"
n=0 failed=0
ok() {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
skip() {  # skip DESCRIPTION REASON
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

echo "# settings: $dconf_how; PIN ${pin_hash:+hashed}${pin_hash:-in plain text (no --hash-exit-pin)}"
started=$(date +%s)
timeout 100 "${run_as[@]}" env -u GSETTINGS_BACKEND -u DISPLAY -u WAYLAND_DISPLAY \
  XDG_RUNTIME_DIR="$work/runtime" HOME="$home" DCONF_PROFILE="$profile" \
  OUTREACH_XDISPLAY="$xdisplay" DISPLAY="$xdisplay" XAUTHORITY="$work/xauthority" \
  WLR_BACKENDS=x11 WLR_X11_OUTPUTS=1 WLR_RENDERER=pixman \
  dbus-run-session -- cage -- "$work/session.sh" "$work" > "$work/cage.log" 2>&1
status=$?
out=$work/out
echo "# cage ended with status $status after $(( $(date +%s) - started )) s"
ok "the driver went through every step in cage, with every wait in time" \
  '[ -s "$out/driver-done" ] && [ ! -s "$out/errors" ]'
[ -s "$out/errors" ] && sed 's/^/# /' "$out/errors"

# The session script ends when its compositor does, and the hung app with
# it (10 s at most: the watchdog looks every 2 s here)
station_pid=$(cat "$out/station-pid" 2>/dev/null)
hung_pid=$(cat "$out/app-pid" 2>/dev/null)
ended() {
  [ -n "$station_pid" ] && [ -n "$hung_pid" ] || return 1
  for _ in $(seq 100); do
    kill -0 "$station_pid" 2>/dev/null || kill -0 "$hung_pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}
ok "the station's session script ends when cage ends, and a hung app with it" ended

ok "the station runs the app with no GTK debugging variable (GTK_DEBUG=interactive was set) and no shader cache on disk" \
  '! grep -qE "^(GTK_DEBUG|GTK_INSPECTOR_[A-Z_]*)=" "$out/app-environ" && grep -qx "MESA_SHADER_CACHE_DISABLE=true" "$out/app-environ"'
ok "the app read the locked dconf database, not the memory backend" \
  '! grep -q "^GSETTINGS_BACKEND=" "$out/app-environ" && grep -qx "DCONF_PROFILE=$profile" "$out/app-environ"'
ok "the staff PIN is set as a salted hash (serocu-outreach --hash-exit-pin)" '[[ "$pin_hash" == "pbkdf2-sha256\$"* ]]'
# gsettings as the station's user, with no session bus: refused, not a
# silent success, and the locked value stays
locked() {
  local got
  "${run_as[@]}" env -u GSETTINGS_BACKEND -u DBUS_SESSION_BUS_ADDRESS DCONF_PROFILE="$profile" \
    GSETTINGS_SCHEMA_DIR="$work/schemas" XDG_RUNTIME_DIR="$work/runtime" \
    gsettings set uk.police.serocu.Outreach kiosk-exit-pin 1111 2>/dev/null && return 1
  got=$("${run_as[@]}" env -u GSETTINGS_BACKEND DCONF_PROFILE="$profile" GSETTINGS_SCHEMA_DIR="$work/schemas" \
          gsettings get uk.police.serocu.Outreach kiosk-exit-pin)
  [ "$got" = "'$pin_value'" ]
}
ok "the station's user cannot change its settings: gsettings set fails and the PIN stays" locked

# A screenshot shows the app full screen and not blank: the output's size,
# no black border of cage's background around a window, and many colours
# (text, buttons), not one.
fills_screen() {  # fills_screen SHOT WIDTH HEIGHT
  local shot=$out/$1.png w h colours corners
  [ -s "$shot" ] || return 1
  read -r w h < <(identify -format '%w %h\n' "$shot")
  colours=$(identify -format '%k' "$shot")
  corners=$(convert "$shot" -format "%[pixel:p{0,0}] %[pixel:p{$((w - 1)),0}] %[pixel:p{0,$((h - 1))}] %[pixel:p{$((w - 1)),$((h - 1))}]" info: 2>/dev/null)
  echo "# $1.png: ${w}x$h, $colours colours, corners $corners"
  [ "$w" -eq "$2" ] && [ "$h" -eq "$3" ] && [ "$colours" -gt 16 ] && [[ "$corners" != *"srgb(0,0,0)"* ]]
}
# differs A B: two screenshots differ in more than 2% of their pixels (a
# focus ring that keys bring out, anti-aliasing: tens of thousands)
differs() {
  local d
  d=$(compare -metric AE -fuzz 3% "$out/$1.png" "$out/$2.png" null: 2>&1 | awk '{ printf "%d", $1 }')
  echo "# $1 against $2: $d pixels differ"
  [ "$d" -gt 40000 ] 2>/dev/null
}
same() { ! differs "$@"; }
pixel() { convert "$out/$1.png" -format "%[pixel:p{$2,$3}]" info: 2>/dev/null; }

ok "Home fills a 1920×1080 screen" 'fills_screen home 1920 1080'

# 1. No escape
ok "after every key and gesture that could leave or inspect, the station still shows Home" \
  'same home after-escape'
other_windows=$(awk '/^MARK staff/ { exit } $1 == "FRAME" && $2 == "toplevel" && $3 != "OutreachWindow" { print $3 }' "$out/frames.log" | sort -u | tr '\n' ' ')
ok "no other window appeared (Inspector, dialog, About, shortcuts): ${other_windows:-none}" '[ -z "$other_windows" ]'
popups=$(awk '/^MARK staff/ { exit } $1 == "FRAME" && $2 == "popup" && $3 != "GtkTooltipWindow" { print $3 }' "$out/frames.log" | sort -u | tr '\n' ' ')
ok "no menu or pop-up appeared (context menu, emoji chooser): ${popups:-none}" '[ -z "$popups" ]'
new_processes=$(comm -13 "$out/processes-before" "$out/processes-after" 2>/dev/null | tr '\n' ' ')
ok "no other process started in the session: ${new_processes:-none}" \
  '[ -s "$out/processes-before" ] && [ -z "$new_processes" ] && grep -qx serocu-outreach "$out/processes-after"'

# 2. The visit, and the reset
ok "the visit changed the screen (scrolled, tree, sidebar, a search, zoomed text, a QR sheet)" 'differs home visit'
reset_ms=$(cat "$out/reset-ms" 2>/dev/null || echo none)
ok "the reset came 8 ± 1 s after the last key, the idle time in the locked database (took $reset_ms ms)" \
  '[ "$reset_ms" != none ] && [ "$reset_ms" -ge 7000 ] && [ "$reset_ms" -le 9000 ]'
ok "the attract screen is the unit's dark blue, full screen" \
  'fills_screen attract 1920 1080 && [ "$(pixel attract 20 20)" = "srgb(11,31,79)" ]'
ok "the next visitor's touch shows Home as it was at the start (scroll, tree, sidebar width, search, zoom, sheet)" \
  'same home home-again'
paste_ms=$(cat "$out/paste-ms" 2>/dev/null || echo none)
ok "during the visit, Ctrl+A Ctrl+C then Ctrl+V in the search field pastes (in $paste_ms ms)" \
  '[ "$paste_ms" != none ]'
ok "after the reset, the search field opens empty, and Ctrl+V in it pastes nothing of the last visitor's (3 s watched)" \
  'differs home-again search-opened && [ ! -e "$out/pasted-after-reset" ]'
ok "after the reset, Ctrl+Z in the search field brings back nothing of the last visitor's (3 s watched)" \
  '[ ! -e "$out/undone-after-reset" ]'
changed=$(diff "$out/files-before" "$out/files-after" 2>/dev/null | grep '^[<>]' | cut -c1-160)
newer=$(grep -v "^$work/runtime$" "$out/files-newer" 2>/dev/null)
ok "no file under the station user's home ($home) or runtime folder changed during the visit" \
  '[ -s "$out/files-before" ] && [ -z "$changed" ] && [ -z "$newer" ]'
[ -n "$changed$newer" ] && printf '%s\n%s\n' "$changed" "$newer" | grep . | sed 's/^/#   /'

# 3. 1080×1920, and the QR code
ok "Home fills a 1080×1920 screen" 'fills_screen portrait-home 1080 1920'
ok "a message's QR sheet fills a 1080×1920 screen" 'fills_screen portrait-qr 1080 1920'
ok "a message's QR sheet fills a 1920×1080 screen" 'fills_screen qr 1920 1080'
if command -v zbarimg >/dev/null; then
  qr_reads() {
    zbarimg -q --raw "$out/$1.png" 2>/dev/null |
      grep -q "^mailto:SEHR@ThamesValley.pnn.police.uk?subject=Attachment%20enquiry:%20Regional%20Cyber%20Crime%20Unit"
  }
  ok "the QR code on the station reads back as the message, both ways up" 'qr_reads qr && qr_reads portrait-qr'
else
  skip "the QR code on the station reads back as the message, both ways up" \
    "zbarimg is missing (build-aux/setup.sh test installs it)"
fi

ok "staff leave with a long press on the title and the PIN typed, then Ctrl+? shows the shortcuts" \
  '[ -s "$out/staff-left" ]'

# 5. Killed, it comes back
restart_ms=$(cat "$out/restart-ms" 2>/dev/null || echo none)
unfrozen_ms=$(cat "$out/unfrozen-ms" 2>/dev/null || echo none)
ok "killing the app brings the station back within 10 s (took $restart_ms ms)" \
  '[ "$restart_ms" != none ] && [ "$restart_ms" -lt 10000 ]'
ok "the station comes back full screen, at its start (not a blank or stale screen)" \
  'fills_screen restarted 1920 1080 && [ "$(pixel restarted 20 20)" != "srgb(11,31,79)" ]'
ok "an app that hangs is ended by the station's watchdog and is back within 30 s (took $unfrozen_ms ms; 3 missed answers at 2 s, each waited for 2 s)" \
  '[ "$unfrozen_ms" != none ] && [ "$unfrozen_ms" -lt 30000 ] && grep -q "has not answered" "$out/station.log"'

if [ -n "${OUTREACH_KIOSK_SHOTS:-}" ]; then
  mkdir -p "$OUTREACH_KIOSK_SHOTS" && cp "$out"/*.png "$out"/*.log "$out"/files-* "$out"/steps "$work/cage.log" "$OUTREACH_KIOSK_SHOTS"/
fi
[ $failed -eq 0 ] || sed 's/^/# cage: /' "$work/cage.log" | grep -v "X11 error" | tail -20
exit $failed
