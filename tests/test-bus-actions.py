#!/usr/bin/python3
# test-bus-actions.py: every action the app exports on the session bus,
# called as any other program on the bus can call it, with parameters that
# are empty, huge, malformed and of the wrong type. The app must ignore or
# report each one and go on answering: no crash, no hang, no second window.
#
# The app runs as a D-Bus service on the suite's private session bus, with
# the suite's X server. Each call is followed by a DescribeAll on the same
# object: an answer within TIMEOUT seconds means the app is alive and its
# main loop free. Prints TAP.

import os
import subprocess
import sys
import time

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

NAME = "uk.police.serocu.Outreach"
APP_PATH = "/uk/police/serocu/Outreach"
TIMEOUT = 20

n = 0
failures = 0


def ok(passed, description):
    global n, failures
    n += 1
    print(("ok" if passed else "not ok") + f" {n} - {description}", flush=True)
    if not passed:
        failures += 1


def call(bus, path, interface, method, args, reply=None, timeout=TIMEOUT, dest=NAME):
    return bus.call_sync(dest, path, interface, method, args,
                         GLib.VariantType.new(reply) if reply else None,
                         Gio.DBusCallFlags.NONE, timeout * 1000, None)


def describe(bus, path):
    return call(bus, path, "org.gtk.Actions", "DescribeAll", None, "(a{s(bgav)})").unpack()[0]


def window_paths(bus):
    xml = call(bus, APP_PATH + "/window", "org.freedesktop.DBus.Introspectable",
               "Introspect", None, "(s)").unpack()[0]
    info = Gio.DBusNodeInfo.new_for_xml(xml)
    return [APP_PATH + "/window/" + node.path for node in info.nodes]


def bad_parameters():
    """What a careless or hostile caller might send, of every type."""
    huge = "x" * (1 << 20)
    strings = ["", ":", "::", ":cyber", "hr:", "hr:cyber:extra", "nobody", "nobody:nowhere",
               "../../etc/passwd", "file:///etc/passwd", "javascript:alert(1)", "http://example.org/",
               "https://", "https://exa mple.org/", "mailto:a@b?bcc=c@d", "\n\r\t", "\u202e",
               "é" * 5000, huge, "hr:" + huge, huge + ":cyber", "%00", "{unit}"]
    values = [GLib.Variant("s", s) for s in strings]
    values += [GLib.Variant("i", -1), GLib.Variant("u", 0), GLib.Variant("b", True),
               GLib.Variant("d", float("nan")), GLib.Variant("as", ["a", ""]),
               GLib.Variant("(ss)", ("hr", "cyber")), GLib.Variant("v", GLib.Variant("s", "hr")),
               GLib.Variant("ay", b"\xff\xfe\x00"), GLib.Variant("a{sv}", {}),
               GLib.Variant("o", "/")]
    return [None] + values


def main():
    app = os.environ["SEROCU_OUTREACH"]
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GTK_A11Y="none")
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    proc = subprocess.Popen([app, "--gapplication-service"], env=env)
    try:
        deadline = time.monotonic() + TIMEOUT
        owned = False
        while time.monotonic() < deadline and proc.poll() is None:
            owner = call(bus, "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
                         GLib.Variant("(s)", (NAME,)), "(b)", dest="org.freedesktop.DBus").unpack()[0]
            if owned := owner:
                break
            time.sleep(0.05)
        ok(owned, "the app owns its name on the session bus")
        if not owned:
            return

        # a window, so that its win.* actions are on the bus too
        call(bus, APP_PATH, "org.gtk.Actions", "Activate",
             GLib.Variant("(sava{sv})", ("show", [GLib.Variant("s", "home")], {})))
        paths = []
        deadline = time.monotonic() + TIMEOUT
        while not paths and time.monotonic() < deadline:
            paths = window_paths(bus)
            time.sleep(0.05)
        ok(len(paths) == 1, f"one window is on the bus ({paths})")

        objects = [(APP_PATH, "app")] + [(p, "win") for p in paths]
        for path, prefix in objects:
            actions = describe(bus, path)
            names = sorted(a for a in actions if a != "quit")
            print(f"# {prefix}: {', '.join(names)}", flush=True)
            for action in names:
                survived = True
                for parameter in bad_parameters():
                    args = GLib.Variant("(sava{sv})",
                                        (action, [] if parameter is None else [parameter], {}))
                    try:
                        call(bus, path, "org.gtk.Actions", "Activate", args)
                    except GLib.Error as error:
                        # refused by the exporter (say, a wrong type) is fine:
                        # the app must be answering either way
                        if "Timeout" in error.message or "NoReply" in error.message:
                            survived = False
                    try:
                        describe(bus, path)
                    except GLib.Error as error:
                        print(f"# {prefix}.{action} {parameter and parameter.print_(True)[:60]}:"
                              f" {error.message}", flush=True)
                        survived = False
                    if proc.poll() is not None:
                        survived = False
                    if not survived:
                        break
                ok(survived, f"{prefix}.{action} survives empty, huge, malformed and "
                             "wrong-typed parameters")
                if proc.poll() is not None:
                    return

        # whatever was called, still one window of the app's own
        ok(len(window_paths(bus)) == 1, "still one window")
        ok(proc.poll() is None, "the app is still running")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                ok(False, "the app ends when asked")
        print(f"1..{n}", flush=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
