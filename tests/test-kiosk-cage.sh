#!/usr/bin/env bash
# A display station for real: the app in kiosk mode as the only client of
# cage (Wayland kiosk compositor), as an unprivileged user (cage refuses
# root), screenshots taken with grim inside the session. Prints TAP.
#
# cage runs on its X11 backend inside the test's Xvfb, not on its headless
# backend: Debian 12's cage 0.1.4 scans a full-screen client's buffer out
# directly, and on the headless backend grim then reads back the last frame
# cage composited itself (black, or the window's first, smaller frame), not
# what is on the output. Measured: a bare full-screen GTK window shows the
# same. The X11 backend presents what a real output would.
#
# Set OUTREACH_KIOSK_SHOTS=DIR to keep the screenshots (the README's come
# from here). Needs root to create the user, or to be run as a normal user.
set -uo pipefail

app=${SEROCU_OUTREACH:?set SEROCU_OUTREACH to the built binary}
station=${SEROCU_OUTREACH_STATION:?set SEROCU_OUTREACH_STATION to the station session script}
schemas=${GSETTINGS_SCHEMA_DIR:?set GSETTINGS_SCHEMA_DIR to the compiled schemas}
user=${OUTREACH_KIOSK_USER:-outreach-kiosk}

if [ -z "${DISPLAY:-}" ]; then
  echo "1..0 # SKIP no X display for cage's X11 backend (meson's default test setup starts one)"
  exit 0
fi

for tool in cage grim Xwayland convert identify dbus-run-session gdbus xdotool pgrep pkill; do
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
fi
work=$(mktemp -d /tmp/outreach-kiosk-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/schemas" "$work/runtime" "$work/shots"
cp "$app" "$work/bin/serocu-outreach"
cp "$station" "$work/bin/serocu-outreach-station"
chmod 755 "$work/bin/serocu-outreach-station"
cp "$schemas/gschemas.compiled" "$work/schemas/"
# the station's user may talk to this X server: a copy of its cookie
if [ -n "${XAUTHORITY:-}" ] && [ -r "$XAUTHORITY" ]; then
  cp "$XAUTHORITY" "$work/xauthority"
fi
chmod -R a+rX "$work"
chmod 700 "$work/runtime"
[ "$(id -u)" -eq 0 ] && chown -R "$user" "$work/runtime" "$work/shots"

# What runs inside cage: the app, then screenshots once each screen has
# painted (the app's frame log says when; every wait is bounded).
cat > "$work/session.sh" <<'SESSION'
#!/bin/sh
work=$1
log=$work/runtime/frames.log
export GSETTINGS_SCHEMA_DIR=$work/schemas GSETTINGS_BACKEND=memory GTK_A11Y=none
export OUTREACH_FRAME_LOG=$log
: > "$log"

wait_frame() {   # wait_frame WHAT COUNT: until WHAT has painted COUNT times
  i=0
  while [ "$(grep -c "^FRAME $1 " "$log")" -lt "$2" ]; do
    i=$((i + 1)); [ $i -gt 300 ] && { echo "timeout waiting for $1" >> "$work/shots/errors"; return 1; }
    sleep 0.1
  done
}

# the station's own session script runs the app, as on a real station
SEROCU_OUTREACH="$work/bin/serocu-outreach" "$work/bin/serocu-outreach-station" --idle-seconds=8 \
  2> "$work/runtime/station.log" &
station=$!
wait_frame fullscreen 1 && sleep 0.5 && grim "$work/shots/home.png"

gdbus call --session --dest uk.police.serocu.Outreach --object-path /uk/police/serocu/Outreach \
  --method org.gtk.Actions.Activate compose "[<'hr:cyber'>]" "{}" >/dev/null
wait_frame sheet 1 && sleep 0.5 && grim "$work/shots/qr.png"

# left alone, it starts again and shows the attract screen
wait_frame attract 1 && sleep 1.5 && grim "$work/shots/attract.png"

# the app dies without warning: the station brings it back, on a fresh screen
pid=$(pgrep -f "^$work/bin/serocu-outreach --kiosk" | head -1)
painted=$(grep -c "^FRAME fullscreen " "$log")
killed=$(date +%s%N)
kill -KILL "$pid"
if wait_frame fullscreen $((painted + 1)); then
  echo $(( ($(date +%s%N) - killed) / 1000000 )) > "$work/shots/restart-ms"
  sleep 0.5 && grim "$work/shots/restarted.png"
fi

# stop the station's loop first, then ask the app to quit
kill "$station" 2>/dev/null
wait "$station" 2>/dev/null
gdbus call --session --dest uk.police.serocu.Outreach --object-path /uk/police/serocu/Outreach \
  --method org.gtk.Actions.Activate quit "[]" "{}" >/dev/null 2>&1
pkill -f "^$work/bin/serocu-outreach --kiosk"
exit 0
SESSION
chmod 755 "$work/session.sh"

# cage's X11 output is a window on this display: the pointer, which starts
# in the middle of the screen, would move into the station and count as a
# visitor
xdotool mousemove 5000 5000 2>/dev/null

echo "1..8"
n=0 failed=0
ok() {
  n=$((n + 1))
  if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=1; fi
}
skip() {  # skip DESCRIPTION REASON
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

xauth_env=()
[ -f "$work/xauthority" ] && xauth_env=(XAUTHORITY="$work/xauthority")
timeout 120 "${run_as[@]}" env XDG_RUNTIME_DIR="$work/runtime" DISPLAY="$DISPLAY" "${xauth_env[@]}" \
  WLR_BACKENDS=x11 WLR_X11_OUTPUTS=1 WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  dbus-run-session -- cage -- "$work/session.sh" "$work" > "$work/cage.log" 2>&1
status=$?
ok "cage ran the station and ended when asked ($status)" '[ $status -eq 0 ] && [ ! -s "$work/shots/errors" ]'
[ -s "$work/shots/errors" ] && sed 's/^/# /' "$work/shots/errors"

# A screenshot shows the app full screen and not blank: the compositor's
# output size, no black border of cage's background around a window, and
# many colours (text, buttons), not one.
fills_screen() {
  local shot=$1 w h colours corners
  [ -s "$shot" ] || return 1
  read -r w h < <(identify -format '%w %h\n' "$shot")
  colours=$(identify -format '%k' "$shot")
  corners=$(convert "$shot" -format "%[pixel:p{0,0}] %[pixel:p{$((w - 1)),0}] %[pixel:p{0,$((h - 1))}] %[pixel:p{$((w - 1)),$((h - 1))}]" info: 2>/dev/null)
  echo "# $(basename "$shot"): ${w}x$h, $colours colours, corners $corners"
  [ "$w" -ge 800 ] && [ "$h" -ge 600 ] && [ "$colours" -gt 16 ] && [[ "$corners" != *"srgb(0,0,0)"* ]]
}

ok "Home fills the screen" 'fills_screen "$work/shots/home.png"'
ok "a message shows as a QR code, full screen" 'fills_screen "$work/shots/qr.png"'
ok "after the idle time the attract screen shows" 'fills_screen "$work/shots/attract.png"'
ok "the attract screen is the unit's dark blue, not the page" \
  '[ "$(convert "$work/shots/attract.png" -format "%[pixel:p{20,20}]" info:)" = "srgb(11,31,79)" ]'
if command -v zbarimg >/dev/null; then
  ok "the QR code on the station reads back as the message" \
    'zbarimg -q --raw "$work/shots/qr.png" 2>/dev/null | grep -q "^mailto:SEHR@ThamesValley.pnn.police.uk?subject=Attachment%20enquiry:%20Regional%20Cyber%20Crime%20Unit"'
else
  skip "the QR code on the station reads back as the message" \
    "zbarimg is missing (build-aux/setup.sh test installs it)"
fi

restart_ms=$(cat "$work/shots/restart-ms" 2>/dev/null || echo none)
ok "killing the app brings the station back within 10 s (took $restart_ms ms)" \
  '[ "$restart_ms" != none ] && [ "$restart_ms" -lt 10000 ]'
ok "the station comes back full screen, at its start (not a blank or stale screen)" \
  'fills_screen "$work/shots/restarted.png" && [ "$(convert "$work/shots/restarted.png" -format "%[pixel:p{20,20}]" info:)" != "srgb(11,31,79)" ]'

if [ -n "${OUTREACH_KIOSK_SHOTS:-}" ]; then
  mkdir -p "$OUTREACH_KIOSK_SHOTS" && cp "$work"/shots/*.png "$work"/runtime/frames.log "$work"/cage.log "$OUTREACH_KIOSK_SHOTS"/
fi
[ $failed -eq 0 ] || sed 's/^/# cage: /' "$work/cage.log" | tail -20
exit $failed
