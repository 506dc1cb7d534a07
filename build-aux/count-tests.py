#!/usr/bin/env python3
"""Prints 'N passed, N failed[, N skipped]' for a meson test log (testlog.json).

Counts test cases, not executables: a test that prints TAP (GTest programs,
the scripts) counts each "ok"/"not ok" line, an "ok ... # SKIP" as skipped.
A test that printed no TAP counts once, as meson judged it: a whole test
skipped (exit status 77, or a TAP plan of "1..0 # SKIP") as skipped. A test
that crashed, bailed out or timed out after its last "ok" counts one
failure more.
"""
import json
import re
import sys

RESULT = re.compile(r"^(not )?ok\b(.*)$", re.M)
SKIP = re.compile(r"#\s*skip\b", re.I)

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        ok = skip = not_ok = 0
        for result in RESULT.finditer(test.get("stdout", "")):
            if result.group(1):
                not_ok += 1
            elif SKIP.search(result.group(2)):
                skip += 1
            else:
                ok += 1
        if ok + skip + not_ok == 0:
            # no test cases: the executable is the test
            if test["result"] == "SKIP":
                skip = 1
            elif test["result"] == "OK":
                ok = 1
            else:
                not_ok = 1
        elif test["result"] not in ("OK", "SKIP") and not_ok == 0:
            not_ok = 1
        passed += ok
        failed += not_ok
        skipped += skip

summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
