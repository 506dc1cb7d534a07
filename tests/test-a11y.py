#!/usr/bin/python3
# test-a11y.py: drives the real app through the accessibility tree, as a
# screen reader's tools do (AT-SPI, with Debian's python3-pyatspi).
#
# Runs on the test's own Xvfb and private D-Bus session (meson's default test
# setup, build-aux/test-session.sh); the session bus starts the accessibility
# bus and registry on demand. The
# app is started with GTK's AT-SPI backend (the rest of the suite uses
# GTK_A11Y=test). Prints TAP.
#
# Waits are bounded polls of the accessibility tree (every 20 ms, at most
# TIMEOUT seconds): the app is another process, so there is no signal of
# ours to wait on.
#
# What GTK 4.8's AT-SPI support cannot do, and how the test gets round it:
# - Component.grabFocus() is not implemented (it returns an error): a row is
#   opened by selecting it through the tree's Selection interface, which is
#   what Orca does when a user moves through a list.
# - The STATE_SHOWING flag is never set: "on screen" is STATE_VISIBLE here.
# The expanded state of a row and headings are checked both here and, with
# gtk_test_accessible_*, in test-window.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import time

# The suite's G_DEBUG=fatal-warnings is for the app: libatspi in this process
# warns while the app's accessible objects come and go.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

try:
    import pyatspi  # noqa: E402  (after G_DEBUG is gone)
except ImportError:
    print("1..0 # SKIP python3-pyatspi is missing (build-aux/setup.sh test installs it)")
    sys.exit(0)

TIMEOUT = 20
APP = os.environ.get("SEROCU_OUTREACH", "_build/src/serocu-outreach")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
# what the built-in unit is called, which no other unit's window may say
BUILTIN_WORDS = ("SEROCU", "South East")

results = []


def report(ok, what):
    results.append(ok)
    print(("ok" if ok else "not ok"), len(results), "-", what, flush=True)


def wait_for(what, fn):
    end = time.monotonic() + TIMEOUT
    while time.monotonic() < end:
        try:
            found = fn()
        except Exception:  # the tree changes under our feet: ask again
            found = None
        if found:
            return found
        time.sleep(0.02)
    raise TimeoutError(what)


def visible(node):
    return node is not None and node.getState().contains(pyatspi.STATE_VISIBLE)


def find(root, role, name=None, contains=None):
    def match(node):
        return (node is not None and node.getRole() == role and visible(node)
                and (name is None or node.name == name)
                and (contains is None or contains in node.name))
    return pyatspi.findDescendant(root, match)


def do_action(node, action):
    actions = node.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    if action not in names:
        raise AssertionError("%r has no action %r (has %s)" % (node.name, action, names))
    return actions.doAction(names.index(action))


def read_text(node):
    # GTK 4.8's entries return nothing for getText (0, -1): give the length
    text = node.queryText()
    return text.getText(0, text.characterCount)


def select_row(tree, row):
    """Opens a tree row the way a screen reader moves to it."""
    item = row.parent  # the list item around the expander
    return tree.querySelection().selectChild(item.getIndexInParent())


def find_app(pid):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def dump_buttons(pid):
    """What a user could have pressed, to tell why a step failed."""
    app = find_app(pid)
    if app is None:
        return
    for node in pyatspi.findAllDescendants(
            app, lambda n: n is not None and n.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG) and visible(n)):
        print("#   %s %r" % (node.getRoleName(), node.name))


def run(steps_of, *args):
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env["GTK_A11Y"] = "atspi"
    if APP_G_DEBUG:
        env["G_DEBUG"] = APP_G_DEBUG
    proc = subprocess.Popen([APP] + list(args), env=env)
    try:
        steps_of(proc)
    except (TimeoutError, AssertionError) as e:
        report(False, "stopped: %s" % e)
        dump_buttons(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=TIMEOUT)


def main():
    print("TAP version 13", flush=True)
    run(steps)
    run(other_unit_steps, "--content=" + os.path.join(SRCDIR, "data", "other-unit.json"))
    print("1..%d" % len(results))
    return 0 if all(results) else 1


def steps(proc):
    app = wait_for("the app on the accessibility bus", lambda: find_app(proc.pid))
    report(True, "the app registers on the accessibility bus")

    window = wait_for("main window", lambda: find(app, pyatspi.ROLE_FRAME))
    report("Organised Crime" in window.name, "the window is named after the unit: %r" % window.name)

    tree = wait_for("tree", lambda: find(window, pyatspi.ROLE_TREE))
    report(tree.name == "Unit structure", "the tree is found by its role and named: %r" % tree.name)

    unit = wait_for("unit row", lambda: find(tree, pyatspi.ROLE_PANEL,
                                             name="South East Regional Organised Crime Unit, unit"))
    states = unit.getState()
    report(states.contains(pyatspi.STATE_EXPANDABLE) and not states.contains(pyatspi.STATE_EXPANDED),
           "the unit's row says it can be expanded and is collapsed")
    do_action(unit, "listitem.expand")
    wait_for("unit expanded", lambda: unit.getState().contains(pyatspi.STATE_EXPANDED))
    report(True, "expanding the unit's row makes it say expanded")

    capability = wait_for("capability row", lambda: find(tree, pyatspi.ROLE_PANEL,
                                                         contains="Economic Crime Unit"))
    do_action(capability, "listitem.expand")
    team = wait_for("team row", lambda: find(tree, pyatspi.ROLE_PANEL,
                                             name="Regional Asset Recovery Team, team in the "
                                             "South East Regional Economic Crime Unit, 1 of 5"))
    report(capability.getState().contains(pyatspi.STATE_EXPANDED),
           "expanding a capability shows its teams")

    select_row(tree, team)
    heading = wait_for("team heading", lambda: find(window, pyatspi.ROLE_HEADING,
                                                    name="Regional Asset Recovery Team"))
    report(True, "selecting the team's row opens its page; its heading reads %r" % heading.name)
    crumbs = find(window, pyatspi.ROLE_FILLER, name="You are here")
    report(crumbs is not None and find(crumbs, pyatspi.ROLE_PUSH_BUTTON,
                                       contains="Economic Crime") is not None,
           "the breadcrumb names the team's capability")

    forensics = find(tree, pyatspi.ROLE_PANEL, contains="Digital Forensics")
    select_row(tree, forensics)
    wait_for("capability heading", lambda: find(window, pyatspi.ROLE_HEADING,
                                                contains="Digital Forensics"))
    card = wait_for("profile card", lambda: find(window, pyatspi.ROLE_PUSH_BUTTON,
                                                 contains="Cyber High Tech Investigator"))
    report(card.name.startswith("Jody"), "a person on the capability's page is a button: %r" % card.name)
    do_action(card, "click")
    wait_for("profile heading", lambda: find(window, pyatspi.ROLE_HEADING, name="Jody"))
    report(True, "clicking the card opens the profile, headed by the person's name")

    button = wait_for("get in touch", lambda: find(window, pyatspi.ROLE_PUSH_BUTTON,
                                                   name="Write to South East Recruitment"))
    report(True, "the profile page's Get in touch names whom it writes to")
    others = [find(window, pyatspi.ROLE_PUSH_BUTTON, name="Write to " + who)
              for who in ("South East Regional HR", "Diversity team")]
    report(all(others), "and offers every other contact, each a button named for them")
    do_action(button, "click")
    # GTK 4.8 does not list the second window as a frame of its own: its
    # controls appear under the application
    opener = wait_for("email window", lambda: find(app, pyatspi.ROLE_PUSH_BUTTON,
                                                   name="Open in Mail App"))
    report(True, "Get in touch opens the email window, with %r" % opener.name)
    # an entry's role is "text" in GTK 4.8; its name comes from its mnemonic label
    subject = wait_for("subject", lambda: find(app, pyatspi.ROLE_TEXT, name="Subject"))
    text = read_text(subject)
    report("Jody" in text or "Cyber High Tech Investigator" in text,
           "the subject says what the visitor was reading: %r" % text)
    body = find(app, pyatspi.ROLE_TEXT, name="Message")
    text = read_text(body) if body else ""
    report(body is not None and body.getState().contains(pyatspi.STATE_MULTI_LINE)
           and "Jody" in text,
           "the message is a multi-line text that mentions the profile read")



def builtin_words_said(app):
    """Every accessible name and description in the app that names the built-in unit"""
    found = []
    for node in pyatspi.findAllDescendants(app, lambda n: n is not None):
        for said in (node.name or "", node.description or ""):
            if any(word in said for word in BUILTIN_WORDS):
                found.append("%s %r" % (node.getRoleName(), said))
    return found


def other_unit_steps(proc):
    """Another unit's pack: what a screen reader reads names that unit only"""
    app = wait_for("the app on the accessibility bus", lambda: find_app(proc.pid))
    window = wait_for("main window", lambda: find(app, pyatspi.ROLE_FRAME))
    report(window.name == "Northmoor Fictional Crime Directorate",
           "with another unit's pack, the window is named after it: %r" % window.name)
    button = wait_for("Home's first button", lambda: find(window, pyatspi.ROLE_PUSH_BUTTON,
                                                          name="See the desks"))
    said = builtin_words_said(app)
    report(not said, "Home names no other unit: %s" % "; ".join(said[:3]))
    do_action(button, "click")
    wait_for("the group's heading", lambda: find(window, pyatspi.ROLE_HEADING,
                                                 name="Smuggling Group"))
    wait_for("the group's children", lambda: find(window, pyatspi.ROLE_HEADING, name="Desks"))
    report(True, "Home's button opens the page the pack names, headed over its desks")
    said = builtin_words_said(app)
    report(not said, "the group's page names no other unit: %s" % "; ".join(said[:3]))


if __name__ == "__main__":
    sys.exit(main())
