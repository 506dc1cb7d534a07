#!/usr/bin/env python3
"""Runs a benchmark with synthetic packs: with-packs.py DIR COMMAND ARG...

Any argument holding @PACK<N>@ has it replaced by the path of a pack of N
units, written by make-pack.py into DIR the first time it is asked for
(the packs are the same every time: the generator has a fixed seed).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def pack(folder, units):
    path = os.path.join(folder, "pack-%s.json" % units)
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "make-pack.py"), units, path + ".tmp"],
                       check=True)
        os.replace(path + ".tmp", path)
    return path


def main():
    folder, command = sys.argv[1], sys.argv[2:]
    command = [re.sub(r"@PACK(\d+)@", lambda m: pack(folder, m.group(1)), a) for a in command]
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
