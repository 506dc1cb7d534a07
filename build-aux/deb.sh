#!/usr/bin/env bash
# Builds the Debian packages (serocu-outreach, serocu-outreach-station) from a
# clean clone of this repository's HEAD (what is committed: uncommitted
# changes are not in it), with Debian's own tools (dpkg-buildpackage, dh with
# Meson), and checks them with lintian.
#   build-aux/deb.sh [OUTPUT_DIR]    (default _deb)
# Installs what it needs (debhelper, lintian, the build dependencies of
# debian/control) with apt-get as root, or through sudo. Prints where the
# packages are; lintian's report is OUTPUT_DIR/lintian.txt, and an error
# there fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-_deb}")

as_root_who=deb
. build-aux/as-root.sh
apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

tools=(dpkg-dev debhelper fakeroot lintian git)
missing=()
for package in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q ' installed$' || missing+=("$package")
done
updated=
if [ ${#missing[@]} -gt 0 ]; then
  echo "deb: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  updated=1
  apt_install "${missing[@]}"
fi

work=$(mktemp -d /tmp/serocu-outreach-deb-XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-hardlinks . "$work/serocu-outreach"
cd "$work/serocu-outreach"

# debian/control's Build-Depends that are missing here
unmet=$(dpkg-checkbuilddeps 2>&1 | sed -n 's/.*Unmet build dependencies: //p' | sed 's/([^)]*)//g; s/ *| *[^ ]*//g') || true
if [ -n "$unmet" ]; then
  echo "deb: installing the build dependencies $unmet"
  [ -n "$updated" ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  apt_install $unmet
fi

echo "deb: building $(dpkg-parsechangelog -S Version) in $work (the build's log: $out/build.log)"
mkdir -p "$out"
rm -f "$out"/*.deb "$out"/*.buildinfo "$out"/*.changes
if ! dpkg-buildpackage -b -us -uc > "$out/build.log" 2>&1; then
  tail -n 30 "$out/build.log" >&2
  echo "deb: the build failed (the whole log: $out/build.log)" >&2
  exit 1
fi
cp ../*.deb ../*.buildinfo ../*.changes "$out/"

# lintian as Debian's archive runs it, with the overrides in debian/
status=0
lintian --fail-on error --display-info --show-overrides "$out"/*.changes > "$out/lintian.txt" 2>&1 || status=$?
echo "deb: lintian: $(grep -c '^E: ' "$out/lintian.txt" || true) errors, $(grep -c '^W: ' "$out/lintian.txt" || true) warnings, $(grep -c '^I: ' "$out/lintian.txt" || true) notes, $(grep -c '^O: ' "$out/lintian.txt" || true) overridden (in $out/lintian.txt)"
ls -1 "$out"/*.deb
if [ $status -ne 0 ]; then
  grep '^E: ' "$out/lintian.txt" >&2 || cat "$out/lintian.txt" >&2
  exit 1
fi
