#!/usr/bin/env bash
# Every file with translatable strings is in po/POTFILES.in, every file
# listed exists, and every translation in po/LINGUAS is complete and up to
# date with the sources (nothing untranslated or fuzzy). Prints TAP.
set -uo pipefail
top=${1:-$(dirname "$0")/..}
cd "$top" || exit 1

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -lE '\b(N?_|ngettext|C_)\s*\(' src/*.c 2>/dev/null
          grep -l 'translatable="yes"' ui/*.ui data/*.xml data/*.in data/*.in.in 2>/dev/null
          grep -lE '^(Name|GenericName|Comment|Keywords)=' data/*.desktop.in.in 2>/dev/null
          grep -lE '<(summary|description|name)>' data/*.gschema.xml data/*.metainfo.xml.in 2>/dev/null) | sort -u)

echo "1..3"
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
# the strings as they are in the sources now, against each translation
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
incomplete=""
if xgettext --files-from=po/POTFILES.in --from-code=UTF-8 --add-comments --keyword=_ \
     --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
     -o "$work/sources.pot" 2> "$work/errors"; then
  for lang in $(grep -v '^#' po/LINGUAS); do
    msgmerge --quiet "po/$lang.po" "$work/sources.pot" -o "$work/$lang.po" 2>> "$work/errors"
    stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$work/$lang.po" 2>&1)
    case "$stats" in
      *fuzzy*|*untranslated*) incomplete="$incomplete $lang ($stats)" ;;
    esac
  done
else
  incomplete="(xgettext failed: $(cat "$work/errors"))"
fi
if [ -z "$incomplete" ]; then
  echo "ok 3 - every translation is complete: $(grep -v '^#' po/LINGUAS | tr '\n' ' ')"
else
  echo "not ok 3 - incomplete translations:$incomplete"
fi
[ -z "$missing" ] && [ -z "$gone" ] && [ -z "$incomplete" ]
