#!/usr/bin/env bash
# `meson install` into a throwaway prefix: every file a desktop needs is
# there and valid, and the installed program runs. Prints TAP; a check whose
# tool is missing is skipped (build-aux/setup.sh test installs them all).
set -uo pipefail
build=${1:?usage: test-install.sh BUILD_DIR}
dest=$(mktemp -d /tmp/outreach-install-XXXXXX)
trap 'rm -rf "$dest"' EXIT
n=0 failed=0
ok() {
  n=$((n + 1))
  if eval "$2" >"$dest/out" 2>&1; then echo "ok $n - $1"; else echo "not ok $n - $1"; sed 's/^/# /' "$dest/out"; failed=1; fi
}
skip() {  # skip DESCRIPTION REASON
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

echo "1..17"
ok "meson install into a temporary folder" 'meson install -C "$build" --destdir "$dest" --no-rebuild --skip-subprojects'
prefix=$(find "$dest" -path '*/bin/serocu-outreach' -printf '%h\n' | head -1)
root=${prefix%/bin}
share=$root/share
app=uk.police.serocu.Outreach

ok "the desktop file is valid" 'desktop-file-validate "$share/applications/$app.desktop"'
ok "the AppStream metainfo is valid" 'appstreamcli validate --no-net "$share/metainfo/$app.metainfo.xml"'
ok "the settings schema compiles strictly" 'glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"'
ok "the full-colour and symbolic icons are installed" \
  '[ -s "$share/icons/hicolor/scalable/apps/$app.svg" ] && [ -s "$share/icons/hicolor/symbolic/apps/$app-symbolic.svg" ]'
ok "the GNOME Shell search provider is installed" \
  'grep -q "^ObjectPath=/uk/police/serocu/Outreach/SearchProvider$" "$share/gnome-shell/search-providers/$app.search-provider.ini"'
ok "the D-Bus service starts the installed program" \
  'grep -q "^Exec=${root#$dest}/bin/serocu-outreach --gapplication-service$" "$share/dbus-1/services/$app.service"'
ok "the Welsh translation is installed" \
  'msgunfmt -o "$dest/cy.po" "$share/locale/cy/LC_MESSAGES/serocu-outreach.mo" && grep -q "^msgstr \"Allgymorth SEROCU\"$" "$dest/cy.po"'
ok "the display station's session script is installed, runnable and valid sh" \
  '[ -x "$root/bin/serocu-outreach-station" ] && sh -n "$root/bin/serocu-outreach-station" && grep -q "^  app=${root#$dest}/bin/serocu-outreach$" "$root/bin/serocu-outreach-station"'
unit=$root/lib/systemd/system/serocu-outreach-station@.service
ok "the station's systemd unit runs cage with the station's session and restarts it always" \
  '[ -f "$unit" ] && grep -q "^Restart=always$" "$unit" &&
   grep -q "^ExecStart=/usr/bin/cage -- ${root#$dest}/bin/serocu-outreach-station$" "$unit"'
# systemd-analyze checks an instance of a template, not the template itself.
# --man=no: the unit's Documentation=man:cage(1) is cage's page, and whether
# man pages are installed here (a minimal Debian has no man) is not the unit's
# business; verify otherwise runs man for it and fails without.
verify_unit() {
  local instance=$dest/units/serocu-outreach-station@station.service
  mkdir -p "$dest/units" && cp "$unit" "$instance" || return 1
  systemd-analyze verify --man=no "$instance" > "$dest/verify" 2>&1
  local status=$?
  cat "$dest/verify"
  [ $status -eq 0 ] && [ ! -s "$dest/verify" ]
}
if command -v systemd-analyze >/dev/null; then
  ok "the station's systemd unit passes systemd-analyze verify" verify_unit
else
  skip "the station's systemd unit passes systemd-analyze verify" \
    "systemd-analyze is missing (build-aux/setup.sh test installs systemd)"
fi
ok "the station's unit reads the station's dconf profile" 'grep -q "^Environment=DCONF_PROFILE=serocu-station$" "$unit"'
# The station's settings: a dconf profile and a locked system database, as
# files to copy to /etc/dconf (never installed there by meson)
dconf_doc=$share/doc/serocu-outreach/dconf
ok "the station's dconf profile and key files are installed as documentation, not in /etc" \
  '[ "$(cat "$dconf_doc/profile/serocu-station")" = "system-db:serocu-station" ] &&
   [ -s "$dconf_doc/db/serocu-station.d/00-station" ] && [ -s "$dconf_doc/db/serocu-station.d/locks/00-station" ] &&
   [ -z "$(find "$dest" -path "*/etc/*" -print -quit)" ]'
# what the app reads from that database, once compiled (a file-db profile
# stands for /etc/dconf/profile/serocu-station; the schemas are the installed
# one, compiled, and GTK's)
read_station_db() {
  dconf compile "$dest/station.db" "$dconf_doc/db/serocu-station.d" || return 1
  mkdir -p "$dest/schemas" && glib-compile-schemas --targetdir="$dest/schemas" "$share/glib-2.0/schemas" || return 1
  # a user database in front: only the locks keep its keys from being written
  printf 'user-db:user\nfile-db:%s\n' "$dest/station.db" > "$dest/station.profile"
  local got
  got=$(env -u GSETTINGS_BACKEND DCONF_PROFILE="$dest/station.profile" XDG_CONFIG_HOME="$dest/config" \
          GSETTINGS_SCHEMA_DIR="$dest/schemas" sh -c '
    gsettings get uk.police.serocu.Outreach kiosk
    gsettings get uk.police.serocu.Outreach kiosk-idle-seconds
    gsettings writable uk.police.serocu.Outreach kiosk-exit-pin
    gsettings get uk.police.serocu.Outreach content-file
    gsettings writable uk.police.serocu.Outreach content-file
    gsettings get org.gtk.gtk4.Settings.Debug enable-inspector-keybinding
    gsettings writable org.gtk.gtk4.Settings.EmojiChooser recent-emoji
    gsettings writable uk.police.serocu.Outreach window-width' | tr '\n' ' ')
  echo "read: $got"
  [ "$got" = "true uint32 90 false '' false false false true " ]
}
# the key file's commented content-file line, as staff would uncomment it
read_station_pack() {
  mkdir -p "$dest/pack.d/locks" || return 1
  sed 's/^#content-file=/content-file=/' "$dconf_doc/db/serocu-station.d/00-station" > "$dest/pack.d/00-station" &&
    cp "$dconf_doc/db/serocu-station.d/locks/00-station" "$dest/pack.d/locks/" &&
    dconf compile "$dest/pack.db" "$dest/pack.d" || return 1
  printf 'file-db:%s\n' "$dest/pack.db" > "$dest/pack.profile"
  local got
  got=$(env -u GSETTINGS_BACKEND DCONF_PROFILE="$dest/pack.profile" XDG_CONFIG_HOME="$dest/config" \
          GSETTINGS_SCHEMA_DIR="$dest/schemas" gsettings get uk.police.serocu.Outreach content-file)
  echo "read: $got"
  [ "$got" = "'/srv/serocu-outreach/pack.json'" ]
}
if command -v dconf >/dev/null && [ -f /usr/share/glib-2.0/schemas/org.gtk.gtk4.Settings.Debug.gschema.xml ]; then
  ok "the station's dconf database compiles, and the app and GTK read it, locked (station mode, 90 s, the built-in pack, no Inspector keys)" \
    read_station_db
  ok "the station's example content-file line, uncommented, names the station's pack" read_station_pack
else
  skip "the station's dconf database compiles, and the app and GTK read it, locked" \
    "dconf (dconf-cli) or GTK's schemas are missing (build-aux/setup.sh test installs them)"
  skip "the station's example content-file line, uncommented, names the station's pack" \
    "dconf (dconf-cli) or GTK's schemas are missing (build-aux/setup.sh test installs them)"
fi
ok "the installed program validates its built-in content" \
  'GSETTINGS_SCHEMA_DIR="$share/glib-2.0/schemas" "$root/bin/serocu-outreach" --validate | grep -q "^built-in content: valid: "'
ok "the installed program says its version" \
  '"$root/bin/serocu-outreach" --version | grep -qE "^serocu-outreach [0-9]+\.[0-9]+\.[0-9]+$"'
exit $failed
