#!/usr/bin/env bash
# The Debian packages (issue 19), installed into a clean Debian 12 root: a
# minimal debootstrap chroot that the test makes and removes, apt resolving
# the packages' dependencies from Debian's mirror. Checks the installed
# files, runs the app there, verifies the station's unit, reads the station's
# locked settings back as its user, sets the PIN and enables the unit as the
# README says, then removes the station package and checks that the machine
# is as it was, the app still working. Prints TAP.
#   tests/test-deb.sh [SOURCE_DIR]
# The packages are built by build-aux/deb.sh from a clean clone of HEAD (what
# is committed), or taken from SEROCU_OUTREACH_DEBS (a folder holding both
# .debs). It needs root, to make the chroot and mount /proc and /dev in it:
# without root (or where chroot is refused, as in an unprivileged container)
# it is skipped. The base root (debootstrap --variant=minbase bookworm) and
# the packages apt downloads are kept in SEROCU_OUTREACH_DEB_CACHE
# (/var/cache/serocu-outreach-test; "none": nothing kept) between runs.
set -uo pipefail
source_dir=$(realpath "${1:-$(dirname "$0")/..}")
mirror=http://deb.debian.org/debian
cache=${SEROCU_OUTREACH_DEB_CACHE:-/var/cache/serocu-outreach-test}
user=serocu-station
n=0 failed=0

skip_all() {
  echo "1..0 # SKIP $1"
  exit 0
}
[ "$(id -u)" -eq 0 ] || skip_all "making a chroot needs root (CI runs the suite as root)"
chroot / true 2>/dev/null || skip_all "chroot is refused here (no CAP_SYS_CHROOT)"

work=$(mktemp -d /tmp/outreach-deb-XXXXXX)
root=$work/root
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null
  done
  # nothing is removed while anything is still mounted in it
  if ! grep -q " $root" /proc/self/mounts; then
    rm -rf "$work"
  else
    echo "# left $work: something is still mounted in it" >&2
  fi
}
trap cleanup EXIT
# killed (a timeout), it still unmounts: never a /dev left bound in /tmp
trap 'exit 1' INT TERM HUP

ok() {  # ok DESCRIPTION COMMAND...: one TAP line, the output as a comment if it fails
  local description=$1
  shift
  n=$((n + 1))
  if "$@" >"$work/out" 2>&1; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    sed 's/^/# /' "$work/out" | tail -n 40
    failed=1
  fi
}
bail() {  # without a root there is nothing more to check
  echo "Bail out! $1"
  exit 1
}
# a command in the chroot, as root or (in_root_as USER) as the station's
# user, with a clean environment: not the test suite's
in_root() {
  # (root's home in /tmp: GLib's dconf cache there is no change to the machine)
  mkdir -p "$root/tmp/home"
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 HOME=/tmp/home \
    DEBIAN_FRONTEND=noninteractive "$@"
}
in_root_as() {
  local who=$1
  shift
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
    /usr/sbin/runuser -u "$who" -- /usr/bin/env HOME=/var/lib/serocu-station "$@"
}
apt_in_root() {
  in_root apt-get -q -y -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}
# what is on the machine, to compare before the station's install and after
# its purge: every file with its type, mode, owner and size, the accounts
# and the contents of /etc (dpkg's and apt's own records, caches, logs and
# the shadow tools' backups, /etc/passwd- and the like, left out)
snapshot() {
  (cd "$root" && find . -xdev \
     \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./run -o -path ./tmp -o \
        -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o \
        -path ./etc/ld.so.cache -o -path './etc/*-' \) -prune -o \
     -printf '%p %y %m %u %g %s\n' | LC_ALL=C sort
   cd "$root" && find ./etc -xdev -type f ! -name '*-' ! -name ld.so.cache -exec md5sum {} + |
     LC_ALL=C sort -k 2)
}

# One run at a time uses the cache (apt's downloads are shared by bind mount):
# a second suite on the machine waits here
if [ "$cache" != none ]; then
  mkdir -p "$cache" && exec 9>"$cache/lock" && flock 9
fi

# 1. The packages
echo "# packages: ${SEROCU_OUTREACH_DEBS:-built by build-aux/deb.sh}"
if [ -n "${SEROCU_OUTREACH_DEBS:-}" ]; then
  debs=$(realpath "$SEROCU_OUTREACH_DEBS")
else
  debs=$work/debs
  "$source_dir/build-aux/deb.sh" "$debs" > "$work/deb.log" 2>&1 ||
    { sed 's/^/# /' "$work/deb.log"; bail "build-aux/deb.sh failed"; }
  sed 's/^/# /' "$work/deb.log"
fi
app_deb=$(ls "$debs"/serocu-outreach_*.deb 2>/dev/null | tail -1)
station_deb=$(ls "$debs"/serocu-outreach-station_*.deb 2>/dev/null | tail -1)
[ -n "$app_deb" ] && [ -n "$station_deb" ] || bail "no serocu-outreach and serocu-outreach-station packages in $debs"
version=$(sed -n "s/^  version: '\([^']*\)',$/\1/p" "$source_dir/meson.build")

echo "1..37"

# 2. A clean Debian 12 root, from the cache if it holds one from the last week
base=$cache/bookworm-minbase.tar
make_root() {
  mkdir -p "$root"
  if [ "$cache" != none ] && [ -n "$(find "$base" -mtime -7 2>/dev/null)" ]; then
    echo "the base root: $base"
    tar -C "$root" -xpf "$base" || return 1
  else
    echo "the base root: debootstrap --variant=minbase bookworm $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1 ||
      { tail -n 20 "$work/debootstrap.log"; return 1; }
    rm -f "$root"/var/cache/apt/archives/*.deb
    if [ "$cache" != none ]; then
      mkdir -p "$cache" && tar -C "$root" -cpf "$base.new" . && mv -f "$base.new" "$base"
    fi
  fi
  # the whole of bookworm, as the machine's apt sees it
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
    "$mirror" "$mirror" "$mirror" > "$root/etc/apt/sources.list"
  # nothing installed starts a service in the chroot
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" && chmod 755 "$root/usr/sbin/policy-rc.d"
  mount -t proc proc "$root/proc" && mounted+=("$root/proc") || return 1
  mount --bind /dev "$root/dev" && mounted+=("$root/dev") || return 1
  if [ "$cache" != none ]; then
    mkdir -p "$cache/archives/partial" &&
      mount --bind "$cache/archives" "$root/var/cache/apt/archives" &&
      mounted+=("$root/var/cache/apt/archives") || return 1
  fi
  cp "$app_deb" "$station_deb" "$root/tmp/"
}
if ! make_root > "$work/out" 2>&1; then
  sed 's/^/# /' "$work/out"
  bail "could not make a Debian 12 root in $root"
fi
sed 's/^/# /' "$work/out"
app_in_root=/tmp/$(basename "$app_deb")
station_in_root=/tmp/$(basename "$station_deb")

# 3. The app with apt, its dependencies from the mirror; then what the
# station's package needs besides (as its Depends say: nothing added here
# that the package should pull in itself), and the tools this test uses
# (systemd-analyze, dbus-run-session), so that the snapshot before the
# station's install holds all of them
station_depends=$(dpkg-deb -f "$station_deb" Depends | tr ',' '\n' |
  sed 's/([^)]*)//; s/|.*//; s/ //g' | grep -v '^serocu-outreach$' | sort -u | xargs)
ok "apt installs serocu-outreach in a clean Debian 12 root, its dependencies from the mirror" \
  apt_in_root install -o APT::Get::Update=1 "$app_in_root"
ok "apt installs what the station needs ($station_depends) and the test's tools (systemd, D-Bus)" \
  apt_in_root install $station_depends systemd dbus

# An account named serocu-station that is not the package's (a person's,
# with a home in /home and a shell), or a folder /var/lib/serocu-station
# that nobody's account owns: the install stops before unpacking anything,
# says why, and leaves both as they were
refuses_to_take_over() {
  in_root useradd -m -s /bin/bash $user || return 1
  mkdir -p "$root/var/lib/serocu-station" && echo precious > "$root/var/lib/serocu-station/data.txt"
  local entry out status
  entry=$(in_root getent passwd $user)
  out=$(apt_in_root install "$station_in_root" 2>&1)
  status=$?
  echo "$out" | grep "serocu-outreach-station:"
  [ $status -ne 0 ] || { echo "installed over a person's account"; return 1; }
  echo "$out" | grep -q "an account named $user already exists" || return 1
  in_root dpkg-query -W -f='${Status}\n' serocu-outreach-station 2>/dev/null | grep -q ' installed$' &&
    { echo "the package is installed"; return 1; }
  [ "$(in_root getent passwd $user)" = "$entry" ] || { echo "the account changed"; return 1; }
  in_root userdel -r $user || return 1
  # the folder alone, with no account
  out=$(apt_in_root install "$station_in_root" 2>&1)
  status=$?
  echo "$out" | grep "serocu-outreach-station:"
  [ $status -ne 0 ] && echo "$out" | grep -q "/var/lib/serocu-station already exists" || return 1
  in_root getent passwd $user && { echo "an account was made"; return 1; }
  grep -qx precious "$root/var/lib/serocu-station/data.txt" || { echo "data.txt is gone"; return 1; }
  rm -rf "$root/var/lib/serocu-station"
}
ok "a $user account or /var/lib/serocu-station that is not the package's: the install refuses, and leaves them" \
  refuses_to_take_over
snapshot > "$work/before"

ok "apt installs serocu-outreach-station" apt_in_root install "$station_in_root"

# 4. What is installed
app=uk.police.serocu.Outreach
app_files() {
  local f missing=0
  for f in /usr/bin/serocu-outreach /usr/share/applications/$app.desktop \
           /usr/share/metainfo/$app.metainfo.xml /usr/share/glib-2.0/schemas/$app.gschema.xml \
           /usr/share/icons/hicolor/scalable/apps/$app.svg \
           /usr/share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
           /usr/share/gnome-shell/search-providers/$app.search-provider.ini \
           /usr/share/dbus-1/services/$app.service \
           /usr/share/locale/cy/LC_MESSAGES/serocu-outreach.mo \
           /usr/share/serocu-outreach/$app.content.schema.json; do
    [ -s "$root$f" ] || { echo "missing: $f"; missing=1; }
  done
  grep -q "^Exec=/usr/bin/serocu-outreach --gapplication-service$" "$root/usr/share/dbus-1/services/$app.service" ||
    { echo "the D-Bus service does not start /usr/bin/serocu-outreach"; missing=1; }
  # the schema compiled by GLib's trigger
  in_root gsettings get $app kiosk | grep -qx false || { echo "the schema is not compiled"; missing=1; }
  return $missing
}
ok "serocu-outreach installed the program, desktop file, metainfo, schema (compiled), icons, search provider, D-Bus service, Welsh and the pack schema" app_files
station_files() {
  local f missing=0
  for f in /usr/bin/serocu-outreach-station /usr/sbin/serocu-outreach-station-pin; do
    [ -x "$root$f" ] || { echo "missing: $f"; missing=1; }
  done
  for f in /lib/systemd/system/serocu-outreach-station@.service /etc/dconf/profile/serocu-station \
           /etc/dconf/db/serocu-station.d/00-station /etc/dconf/db/serocu-station.d/locks/00-station \
           /etc/dconf/db/serocu-station; do
    [ -s "$root$f" ] || { echo "missing: $f"; missing=1; }
  done
  [ "$(cat "$root/etc/dconf/profile/serocu-station")" = system-db:serocu-station ] ||
    { echo "the profile is not system-db:serocu-station alone"; missing=1; }
  grep -q '^ExecStart=/usr/bin/cage -- /usr/bin/serocu-outreach-station$' \
    "$root/lib/systemd/system/serocu-outreach-station@.service" || { echo "ExecStart"; missing=1; }
  return $missing
}
ok "serocu-outreach-station installed its session, PIN command, unit, dconf profile, keys, locks and the compiled database" station_files
station_user() {
  local entry uid
  entry=$(in_root getent passwd $user) || { echo "no user $user"; return 1; }
  echo "$entry"
  uid=$(echo "$entry" | cut -d: -f3)
  [ "$uid" -lt 1000 ] && [ "$(echo "$entry" | cut -d: -f6)" = /var/lib/serocu-station ] &&
    [ "$(echo "$entry" | cut -d: -f7)" = /usr/sbin/nologin ] &&
    [ "$(in_root stat -c %U /var/lib/serocu-station)" = $user ]
}
ok "the station's system user exists (a system uid, no login shell, home /var/lib/serocu-station)" station_user
ok "the station's home is its user's alone (0700)" \
  sh -c "[ \"\$(stat -c %a '$root/var/lib/serocu-station')\" = 700 ]"
ok "the session's watchdog (gdbus) and the README's checks (gsettings) are there, pulled in by the package" \
  in_root sh -c 'command -v gdbus && command -v gsettings'

# 5. The app runs there
ok "serocu-outreach --version in the root says the project's version ($version)" \
  sh -c "chroot '$root' /usr/bin/env -i LC_ALL=C.UTF-8 /usr/bin/serocu-outreach --version | grep -qx 'serocu-outreach $version'"
# shellcheck disable=SC2120  # (ok passes the user)
validates() {  # validates [USER]
  local got
  if [ -n "${1:-}" ]; then got=$(in_root_as "$1" serocu-outreach --validate 2>&1); else got=$(in_root serocu-outreach --validate 2>&1); fi
  echo "$got"
  echo "$got" | grep -q "^built-in content: valid: "
}
ok "serocu-outreach --validate in the root: the built-in content is valid" validates
ok "serocu-outreach --validate as the station's user, with the station's settings" \
  validates $user
verify_unit() {
  local out
  cp "$root/lib/systemd/system/serocu-outreach-station@.service" "$root/tmp/serocu-outreach-station@$user.service"
  # --man=no: the unit's Documentation=man:cage(1) needs man-db, which a
  # minimal Debian has not (PLATFORM-NOTES.md)
  out=$(in_root systemd-analyze verify --man=no "/tmp/serocu-outreach-station@$user.service" 2>&1)
  local status=$?
  echo "$out"
  [ $status -eq 0 ] && [ -z "$out" ]
}
ok "systemd-analyze verify accepts the station's unit (serocu-outreach-station@$user.service)" verify_unit
hardened() {
  local directive missing=0
  for directive in NoNewPrivileges=yes RestrictSUIDSGID=yes LockPersonality=yes RestrictRealtime=yes \
                   ProtectKernelTunables=yes ProtectKernelModules=yes ProtectKernelLogs=yes \
                   ProtectControlGroups=yes ProtectSystem=full UMask=0077; do
    grep -qx "$directive" "$root/lib/systemd/system/serocu-outreach-station@.service" ||
      { echo "no $directive"; missing=1; }
  done
  # and nothing that would hide the console's devices or cage's runtime folder
  grep -E '^(PrivateDevices|DeviceAllow|DevicePolicy|ProtectHome|ProtectClock|MemoryDenyWriteExecute)=' \
    "$root/lib/systemd/system/serocu-outreach-station@.service" && missing=1
  return $missing
}
ok "the station's unit is hardened (no new privileges, the kernel's settings protected …), nothing a console needs taken" hardened

# 6. The station's settings, as its user sees them
dconf_reads() {
  local got
  got=$(in_root_as $user env DCONF_PROFILE=serocu-station sh -c '
    for key in /uk/police/serocu/Outreach/kiosk /uk/police/serocu/Outreach/kiosk-idle-seconds \
               /uk/police/serocu/Outreach/kiosk-warning-seconds /uk/police/serocu/Outreach/kiosk-attract-seconds \
               /uk/police/serocu/Outreach/kiosk-exit-pin /org/gtk/gtk4/settings/debug/enable-inspector-keybinding; do
      echo "$key=$(dconf read $key)"
    done' | tr '\n' ' ')
  echo "read: $got"
  [ "$got" = "/uk/police/serocu/Outreach/kiosk=true /uk/police/serocu/Outreach/kiosk-idle-seconds=uint32 90 /uk/police/serocu/Outreach/kiosk-warning-seconds=uint32 20 /uk/police/serocu/Outreach/kiosk-attract-seconds=uint32 8 /uk/police/serocu/Outreach/kiosk-exit-pin='' /org/gtk/gtk4/settings/debug/enable-inspector-keybinding=false " ]
}
ok "dconf read as the station's user: station mode, 90/20/8 s, no PIN yet, GTK's Inspector keys off" dconf_reads
gsettings_reads() {
  local got
  got=$(in_root_as $user env DCONF_PROFILE=serocu-station sh -c '
    gsettings get uk.police.serocu.Outreach kiosk
    gsettings get uk.police.serocu.Outreach kiosk-idle-seconds
    gsettings get org.gtk.gtk4.Settings.Debug enable-inspector-keybinding
    for key in kiosk kiosk-idle-seconds kiosk-warning-seconds kiosk-attract-seconds kiosk-exit-pin content-file; do
      gsettings writable uk.police.serocu.Outreach $key
    done
    gsettings writable org.gtk.gtk4.Settings.Debug enable-inspector-keybinding
    gsettings writable org.gtk.gtk4.Settings.Debug inspector-warning
    gsettings writable org.gtk.gtk4.Settings.EmojiChooser recent-emoji' | tr '\n' ' ')
  echo "read: $got"
  [ "$got" = "true uint32 90 false false false false false false false false false false " ]
}
ok "gsettings as the station's user: the app and GTK read them, and none of them is writable" gsettings_reads
dconf_write_refused() {  # dconf_write_refused PROFILE
  local out
  if out=$(in_root_as $user env DCONF_PROFILE="$1" dbus-run-session -- \
             dconf write /uk/police/serocu/Outreach/kiosk false 2>&1); then
    echo "dconf write succeeded: $out"
    return 1
  fi
  echo "refused: $out"
  [ "$(in_root_as $user env DCONF_PROFILE="$1" dconf read /uk/police/serocu/Outreach/kiosk)" = true ]
}
ok "dconf write of a station key is refused for the station's user" dconf_write_refused serocu-station
# the locks themselves: with a user database in front of the station's, the
# locked keys still refuse a write, and an unlocked one is written
printf 'user-db:user\nsystem-db:serocu-station\n' > "$root/tmp/with-user-db"
ok "with a user database in front, dconf write of a locked key is still refused (the locks hold)" \
  dconf_write_refused /tmp/with-user-db
unlocked_write() {
  in_root_as $user env DCONF_PROFILE=/tmp/with-user-db dbus-run-session -- sh -c '
    dconf write /uk/police/serocu/Outreach/window-width 1000 && dconf read /uk/police/serocu/Outreach/window-width' |
    grep -qx 1000
}
ok "... while an unlocked key is written there (so the refusal is the lock's)" unlocked_write
rm -rf "$root/var/lib/serocu-station/.config"

# 7. The README's two steps: the PIN, the unit
set_pin() {
  printf '24681357\n' | in_root serocu-outreach-station-pin || return 1
  local got
  got=$(in_root_as $user env DCONF_PROFILE=serocu-station sh -c '
    gsettings get uk.police.serocu.Outreach kiosk-exit-pin
    gsettings writable uk.police.serocu.Outreach kiosk-exit-pin' | tr '\n' ' ')
  echo "read: $got"
  case $got in "'pbkdf2-sha256\$"*"' false ") ;; *) return 1 ;; esac
  ! grep -r 24681357 "$root/etc/dconf"
}
ok "serocu-outreach-station-pin sets the staff PIN: its hash, locked, read by the station's user (never the PIN)" set_pin
ok "serocu-outreach-station-pin refuses to run for anyone but root" \
  sh -c "! printf '24681357\n' | chroot '$root' /usr/sbin/runuser -u $user -- /usr/sbin/serocu-outreach-station-pin"
enable_unit() {
  in_root systemctl enable serocu-outreach-station@$user.service &&
    [ -L "$root/etc/systemd/system/graphical.target.wants/serocu-outreach-station@$user.service" ]
}
ok "systemctl enable serocu-outreach-station@$user.service enables the station" enable_unit

# 8. Upgrades and hand edits. The next version: these packages, the
# station's 00-station changed (as a release may change its defaults)
make_next() {
  local d=$work/next
  rm -rf "$d" && mkdir -p "$d" &&
    dpkg-deb -R "$station_deb" "$d/pkg" &&
    sed -i 's/^Version: .*/&+next1/' "$d/pkg/DEBIAN/control" &&
    echo '# (a comment changed in the next version)' >> "$d/pkg/etc/dconf/db/serocu-station.d/00-station" &&
    dpkg-deb -b "$d/pkg" "$root/tmp/station-next.deb"
}
station_reads() {  # station_reads KEY: its value as the station's user reads it
  in_root_as $user env DCONF_PROFILE=serocu-station dconf read "/uk/police/serocu/Outreach/$1"
}
db_dir=$root/etc/dconf/db/serocu-station.d
# the README's way: the administrator's own settings in 90-local, which the
# package never ships; an upgrade asks nothing, and they hold
upgrade_keeps_local() {
  make_next || return 1
  printf '[uk/police/serocu/Outreach]\nkiosk-idle-seconds=uint32 120\n' > "$db_dir/90-local"
  in_root dconf update || return 1
  apt_in_root install /tmp/station-next.deb < /dev/null || return 1
  local idle pin
  idle=$(station_reads kiosk-idle-seconds) pin=$(station_reads kiosk-exit-pin)
  echo "read: $idle $pin"
  [ "$idle" = "uint32 120" ] && case $pin in "'pbkdf2-sha256\$"*) ;; *) false ;; esac
}
ok "an upgrade with no terminal asks nothing, and keeps the settings in 90-local and the PIN" upgrade_keeps_local
# the way 0.2.0's README said: 00-station edited; an upgrade that keeps the
# edited file (dpkg's default answer) leaves 00-station.dpkg-dist, which
# must not be compiled over it
edited_kept() {
  rm -f "$db_dir/90-local"
  sed -i 's/^kiosk-idle-seconds=.*/kiosk-idle-seconds=uint32 150/' "$db_dir/00-station"
  in_root dconf update || return 1
  apt_in_root install --allow-downgrades -o Dpkg::Options::=--force-confold "$station_in_root" || return 1
  ls -R "$db_dir" "$root/etc/dconf/serocu-station.dpkg-files"
  local idle
  idle=$(station_reads kiosk-idle-seconds)
  echo "read: $idle"
  [ "$idle" = "uint32 150" ] && [ -z "$(find "$db_dir" -name '*.dpkg-*')" ] &&
    [ -f "$root/etc/dconf/serocu-station.dpkg-files/00-station.dpkg-dist" ]
}
ok "an edited 00-station kept over a new one: dpkg's .dpkg-dist is moved out of dconf's way, the edits hold" edited_kept
# a key file that does not parse: named, the station keeps what it had, and
# the package is still installed (reinstalled, upgraded)
bad_file_named() {
  printf '[uk/police/serocu/Outreach\nkiosk-idle-seconds=uint32 60\n' > "$db_dir/90-local"
  local out status
  out=$(apt_in_root install --reinstall "$station_in_root" 2>&1)
  status=$?
  echo "$out" | grep "serocu-outreach-station:\|90-local"
  rm -f "$db_dir/90-local"
  [ $status -eq 0 ] && echo "$out" | grep -q "90-local: Key file contains" &&
    in_root dpkg-query -W -f='${Status}\n' serocu-outreach-station | grep -qx 'install ok installed' &&
    [ "$(station_reads kiosk-idle-seconds)" = "uint32 150" ] && in_root dconf update
}
ok "a key file that does not parse: the install names it, and the station keeps its settings" bad_file_named
# a PIN written by hand (kiosk-exit-pin=12345678, no hash): said on install
# and by the PIN command, which it would override
hand_pin_said() {
  printf '[uk/police/serocu/Outreach]\nkiosk-exit-pin=12345678\n' > "$db_dir/90-local"
  local out
  out=$(apt_in_root install --reinstall "$station_in_root" 2>&1) || return 1
  echo "$out" | grep "serocu-outreach-station:"
  echo "$out" | grep -q "kiosk-exit-pin in .* is not a PIN hash (.*90-local" || return 1
  out=$(printf '24681357\n' | in_root serocu-outreach-station-pin 2>&1) && { echo "the PIN command says it is set: $out"; return 1; }
  echo "$out"
  echo "$out" | grep -qx "/etc/dconf/db/serocu-station.d/90-local" || return 1
  rm -f "$db_dir/90-local"
  printf '24681357\n' | in_root serocu-outreach-station-pin
}
ok "a PIN typed into a key file by hand: the install and the PIN command say which file, and how to set it" hand_pin_said

# 9. Removing the station: as it was, the app still there
ok "apt removes serocu-outreach-station" apt_in_root remove serocu-outreach-station
ok "the station's user, group and home are gone" \
  sh -c "! chroot '$root' getent passwd $user && ! chroot '$root' getent group $user && [ ! -e '$root/var/lib/serocu-station' ]"
ok "the station's compiled dconf database is gone" test ! -e "$root/etc/dconf/db/serocu-station"
ok "the station's unit and its enabled instance are gone" \
  sh -c "[ ! -e '$root/lib/systemd/system/serocu-outreach-station@.service' ] &&
         [ -z \"\$(find '$root/etc/systemd/system' -name 'serocu-outreach-station@*')\" ]"
ok "the station's session script and PIN command are gone" \
  sh -c "[ ! -e '$root/usr/bin/serocu-outreach-station' ] && [ ! -e '$root/usr/sbin/serocu-outreach-station-pin' ]"
app_still_works() {
  app_files && validates && in_root serocu-outreach --version
}
ok "the app is still installed and works (its files, --validate, --version)" app_still_works
ok "the station's key files stay until purge, as dpkg keeps configuration (the PIN with them)" \
  sh -c "[ -f '$root/etc/dconf/db/serocu-station.d/00-station' ] && [ -f '$root/etc/dconf/db/serocu-station.d/50-exit-pin' ]"
reinstall_keeps() {
  apt_in_root install "$station_in_root" || return 1
  in_root getent passwd $user || return 1
  local got
  got=$(in_root_as $user env DCONF_PROFILE=serocu-station gsettings get uk.police.serocu.Outreach kiosk-exit-pin)
  echo "read: $got"
  case $got in "'pbkdf2-sha256\$"*) ;; *) return 1 ;; esac
  apt_in_root remove serocu-outreach-station
}
ok "installed again, the station has its user back and its PIN kept (then removed again)" reinstall_keeps
ok "apt purges serocu-outreach-station" apt_in_root purge serocu-outreach-station
snapshot > "$work/after"
as_before() {
  diff -u "$work/before" "$work/after"
}
ok "after the purge the root is as it was before the station's install (files, accounts, /etc)" as_before
ok "and the app still validates and says its version" app_still_works

exit $failed
