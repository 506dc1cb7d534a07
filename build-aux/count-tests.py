#!/usr/bin/env python3
"""Prints 'N passed, N failed[, N skipped]' for a meson test log."""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        out = test.get("stdout", "")
        ok = len(re.findall(r"^ok \d+(?! .*# SKIP)", out, re.M))
        skip = len(re.findall(r"^ok \d+ .*# SKIP", out, re.M))
        not_ok = len(re.findall(r"^not ok \d+", out, re.M))
        if ok + skip + not_ok == 0:
            # not a TAP producer: the executable is the test
            if test["result"] == "SKIP":
                skip = 1
            elif test["result"] == "OK":
                ok = 1
            else:
                not_ok = 1
        elif test["result"] not in ("OK", "SKIP") and not_ok == 0:
            not_ok = 1  # crashed, bailed out or timed out after its last "ok"
        passed += ok
        failed += not_ok
        skipped += skip

summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
