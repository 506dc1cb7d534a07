#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz) for a given time each.
#   build-aux/fuzz.sh [SECONDS] [TARGET...]     default: 1800 s, all targets
# Builds with clang, AddressSanitizer and UBSan into _build-fuzz. The working
# corpus lives in _build-fuzz/corpus-TARGET (seeded from the committed
# corpus, the built-in pack and the test packs); a crashing input is written
# to tests/fuzz/corpus/TARGET/ so that it is committed as a regression test,
# which the normal suite replays.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(content mailto)

build-aux/setup.sh fuzz
builddir=_build-fuzz
if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dwerror=true >/dev/null
fi
ninja -C "$builddir" tests/fuzz/fuzz-content tests/fuzz/fuzz-mailto >/dev/null

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
status=0
for target in "${targets[@]}"; do
  corpus=$builddir/corpus-$target
  mkdir -p "$corpus"
  seeds=(tests/fuzz/corpus/$target)
  [ "$target" = content ] && seeds+=(data/content tests/data)
  echo "fuzz-$target: ${seconds} s"
  "$builddir/tests/fuzz/fuzz-$target" "$corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="tests/fuzz/corpus/$target/crash-" \
    -print_final_stats=1 2>&1 | tee "$builddir/fuzz-$target.log" | grep -E "^#[0-9]+.*(DONE|pulse)|ERROR|stat::" || true
  if grep -q "ERROR: libFuzzer\|SUMMARY: " "$builddir/fuzz-$target.log"; then
    echo "fuzz-$target: found a failing input (see $builddir/fuzz-$target.log)"
    status=1
  fi
done
exit $status
