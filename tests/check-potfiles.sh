#!/usr/bin/env bash
# Every file with translatable strings is in po/POTFILES.in, and every file
# listed exists. Prints TAP.
set -uo pipefail
top=${1:-$(dirname "$0")/..}
cd "$top" || exit 1

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -lE '\b(N?_|ngettext|C_)\s*\(' src/*.c 2>/dev/null
          grep -l 'translatable="yes"' ui/*.ui data/*.xml data/*.in data/*.in.in 2>/dev/null
          grep -lE '^(Name|GenericName|Comment|Keywords)=' data/*.desktop.in.in 2>/dev/null
          grep -lE '<(summary|description|name)>' data/*.gschema.xml data/*.metainfo.xml.in 2>/dev/null) | sort -u)

echo "1..2"
missing=$(comm -13 <(echo "$listed") <(echo "$found"))
if [ -z "$missing" ]; then
  echo "ok 1 - every file with translatable strings is in po/POTFILES.in"
else
  echo "not ok 1 - missing from po/POTFILES.in:"; echo "$missing" | sed 's/^/#   /'
fi
gone=$(for f in $listed; do [ -f "$f" ] || echo "$f"; done)
if [ -z "$gone" ]; then
  echo "ok 2 - every file in po/POTFILES.in exists"
else
  echo "not ok 2 - listed but missing:"; echo "$gone" | sed 's/^/#   /'
fi
[ -z "$missing" ] && [ -z "$gone" ]
