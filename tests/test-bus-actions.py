#!/usr/bin/python3
# test-bus-actions.py: every action the app exports on the session bus,
# called as any other program on the bus can call it, with parameters that
# are empty, huge, malformed and of the wrong type, through both interfaces
# that reach them (org.gtk.Actions, and org.freedesktop.Application's
# ActivateAction, which `gapplication action` uses); then the shell's search
# provider, whose results open pages and searches. The app must ignore or
# report each one and go on answering: no crash, no critical warning (the
# app runs with G_DEBUG=fatal-warnings), no hang, no second window, and its
# window no wider than the screen.
#
# The app runs as a D-Bus service on the suite's private session bus, with
# the suite's X server. Each call is followed by a DescribeAll on the same
# object: an answer within TIMEOUT seconds means the app is alive and its
# main loop free. Prints TAP.

import os
import shutil
import subprocess
import sys
import threading
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


def skip(description):
    global n
    n += 1
    print(f"ok {n} - {description} # SKIP", flush=True)


def keep_log(stream, lines):
    """What the app says on its standard error: kept, and passed on."""
    for line in iter(stream.readline, ""):
        lines.append(line)
        sys.stderr.write(line)
        sys.stderr.flush()


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
    # just under what the app takes at all (4 KiB): these reach the window,
    # which must quote them in a line's worth; a 4,000-character word in a
    # label that does not wrap within words is wider than any screen
    wide = "W" * 4000
    strings = ["", ":", "::", ":cyber", "hr:", "hr:cyber:extra", "a:b:c", "nobody",
               "nobody:nowhere", "../../etc/passwd", "file:///etc/passwd", "javascript:alert(1)",
               "http://example.org/", "https://", "https://exa mple.org/", "mailto:a@b?bcc=c@d",
               "\n\r\t", "\u202e", "\u202ehr", "hr\u0007", "\x01\x02\x1b[31m", "é" * 5000,
               "é" * 2000, huge, "hr:" + huge, huge + ":cyber", wide, "hr:" + wide, wide + ":cyber",
               "\u202e" * 1000, "%00", "{unit}", "https://example.org/" + wide, "hr:cyber", "home"]
    values = [GLib.Variant("s", s) for s in strings]
    values += [GLib.Variant("i", -1), GLib.Variant("u", 0), GLib.Variant("b", True),
               GLib.Variant("d", float("nan")), GLib.Variant("as", ["a", ""]),
               GLib.Variant("(ss)", ("hr", "cyber")), GLib.Variant("v", GLib.Variant("s", "hr")),
               GLib.Variant("ay", b"\xff\xfe\x00"), GLib.Variant("a{sv}", {}),
               GLib.Variant("o", "/")]
    return [None] + values


def window_widths(pid):
    """The widths of the app's X windows, or None without xdotool."""
    if shutil.which("xdotool") is None:
        return None
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, timeout=TIMEOUT)
    widths = []
    for window in found.stdout.split():
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                  capture_output=True, text=True, timeout=TIMEOUT)
        for line in geometry.stdout.splitlines():
            if line.startswith("WIDTH="):
                widths.append(int(line[6:]))
    return widths


def screen_width():
    geometry = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True,
                              timeout=TIMEOUT)
    return int(geometry.stdout.split()[0])


def survives(proc, bus, path, prefix, action, via):
    """Calls @action with every bad parameter, through interface @via."""
    for parameter in bad_parameters():
        if via == "org.gtk.Actions":
            method = "Activate"
        else:
            method = "ActivateAction"
        args = GLib.Variant("(sava{sv})", (action, [] if parameter is None else [parameter], {}))
        try:
            call(bus, path, via, method, args)
        except GLib.Error as error:
            # refused by the exporter (say, a wrong type) is fine:
            # the app must be answering either way
            if "Timeout" in error.message or "NoReply" in error.message:
                return False
        try:
            describe(bus, path)
        except GLib.Error as error:
            print(f"# {prefix}.{action} {parameter and parameter.print_(True)[:60]}:"
                  f" {error.message}", flush=True)
            return False
        if proc.poll() is not None:
            return False
    return True


def search_provider_survives(proc, bus):
    """The shell's search: terms and ids from the shell, which opens what it finds."""
    path = APP_PATH + "/SearchProvider"
    interface = "org.gnome.Shell.SearchProvider2"
    huge = "x" * (1 << 20)
    terms = [[], [""], [huge], ["\u202e", "\n"], ["a"] * 10000, ["W" * 4000], ["cyber", huge]]
    calls = []
    for t in terms:
        calls += [("GetInitialResultSet", GLib.Variant("(as)", (t,))),
                  ("GetSubsearchResultSet", GLib.Variant("(asas)", (t, t))),
                  ("GetResultMetas", GLib.Variant("(as)", (t,))),
                  ("LaunchSearch", GLib.Variant("(asu)", (t, 0)))]
    for id_ in ["", ":", huge, "W" * 4000, "\u202e", "nobody", "cyber"]:
        calls.append(("ActivateResult", GLib.Variant("(sasu)", (id_, [id_], 0))))
    for method, args in calls:
        try:
            call(bus, path, interface, method, args)
        except GLib.Error as error:
            if "Timeout" in error.message or "NoReply" in error.message:
                print(f"# {method}: {error.message}", flush=True)
                return False
        if proc.poll() is not None:
            print(f"# {method} {args.print_(True)[:60]}: the app ended", flush=True)
            return False
    return True


def main():
    app = os.environ["SEROCU_OUTREACH"]
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GTK_A11Y="none")
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    proc = subprocess.Popen([app, "--gapplication-service"], env=env, stderr=subprocess.PIPE,
                            text=True, errors="replace")
    log = []
    reader = threading.Thread(target=keep_log, args=(proc.stderr, log), daemon=True)
    reader.start()
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

        # the window's own win.* actions are not exported (they are the
        # widget's); whatever the window exports is called all the same
        objects = [(APP_PATH, "app")] + [(p, "win") for p in paths]
        for path, prefix in objects:
            actions = describe(bus, path)
            names = sorted(a for a in actions if a != "quit")
            print(f"# {prefix}: {', '.join(names)}", flush=True)
            vias = ["org.gtk.Actions"]
            if prefix == "app":
                vias.append("org.freedesktop.Application")
            for action in names:
                for via in vias:
                    ok(survives(proc, bus, path, prefix, action, via),
                       f"{prefix}.{action} through {via} survives empty, huge, malformed and "
                       "wrong-typed parameters")
                    if proc.poll() is not None:
                        return

        ok(search_provider_survives(proc, bus),
           "the search provider survives empty, huge and malformed terms and ids")

        # whatever was called, still one window of the app's own
        ok(len(window_paths(bus)) == 1, "still one window")
        ok(proc.poll() is None, "the app is still running")
        # ignored, and said so on the log: what no id, contact or search
        # comes near, and an empty page or contact
        for action in ["show", "search", "compose"]:
            said = f"app.{action}: an argument of {1 << 20} bytes"
            ok(any(said in line for line in log), f"app.{action} says it ignored 1 MiB")
        for action, said in [("show", "no page id given"), ("compose", "no contact given")]:
            ok(any(f"app.{action}: {said}" in line for line in log),
               f"app.{action} says it ignored an empty argument")
        widths = window_widths(proc.pid)
        if widths is None:
            skip("the app's windows are no wider than the screen: xdotool is not installed")
        else:
            ok(widths and max(widths) <= screen_width(),
               f"the app's windows are no wider than the screen ({widths})")

        # quit from the bus with a message window open (closing the main
        # window takes its message window with it): the app ends, cleanly;
        # it crashed, closing a window already gone
        call(bus, APP_PATH, "org.gtk.Actions", "Activate",
             GLib.Variant("(sava{sv})", ("compose", [GLib.Variant("s", "hr")], {})))
        call(bus, APP_PATH, "org.gtk.Actions", "Activate",
             GLib.Variant("(sava{sv})", ("quit", [], {})))
        deadline = time.monotonic() + TIMEOUT
        while window_paths(bus) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        # (a service stays a while after its last window; it must not crash)
        ok(not window_paths(bus) and proc.poll() in (None, 0),
           f"app.quit with a message window open closes every window, cleanly (status {proc.poll()})")
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
