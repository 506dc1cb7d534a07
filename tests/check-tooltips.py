#!/usr/bin/env python3
"""Tooltips set without a round trip to the X server (issue 20).

GTK asks the X server where the pointer is whenever a visible widget is
given a tooltip (gtk_widget_trigger_tooltip_query()): a round trip each,
nineteen of them before the window's first frame, and one for every box
of the Structure page. So a template gives a widget its tooltip while the
widget is not yet visible ("visible" false before "tooltip-text", true
after), and the code sets tooltips through _outreach_accessible_set_tooltip().
This checks both, as TAP. Usage: check-tooltips.py SOURCE_ROOT
"""
import glob
import os
import re
import sys

top = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
problems_ui = []
for path in sorted(glob.glob(os.path.join(top, 'ui', '*.ui'))):
    lines = open(path, encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'^(\s*)<property name="tooltip-(text|markup)"', line)
        if not m:
            continue
        indent = len(m.group(1))
        j = i - 1
        while j >= 0 and not (re.match(r'^\s*<object ', lines[j]) and
                              len(lines[j]) - len(lines[j].lstrip()) == indent - 2):
            j -= 1
        # (a widget hidden until the code shows it, such as the button
        # that shows the tree in a narrow window, has no "visible" true:
        # the check cannot tell one left out by mistake, which the tests
        # of what each window shows find)
        own = [l for l in lines[j + 1:i] if len(l) - len(l.lstrip()) == indent]
        hidden_first = any('<property name="visible">false</property>' in l for l in own)
        if not hidden_first:
            problems_ui.append('%s:%d' % (os.path.relpath(path, top), i + 1))

problems_src = []
for path in sorted(glob.glob(os.path.join(top, 'src', '*.c'))):
    if path.endswith('outreach-accessible.c'):
        continue
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if re.search(r'gtk_widget_set_tooltip_(text|markup)\s*\(', line):
            problems_src.append('%s:%d' % (os.path.relpath(path, top), n))

print('1..2')
if problems_ui:
    print('not ok 1 - a template gives a visible widget its tooltip (set "visible" false before '
          '"tooltip-text" and true just after):')
    for p in problems_ui:
        print('#   ' + p)
else:
    print('ok 1 - templates give tooltips to widgets not yet visible')
if problems_src:
    print('not ok 2 - tooltips set with gtk_widget_set_tooltip_*() (use '
          '_outreach_accessible_set_tooltip()):')
    for p in problems_src:
        print('#   ' + p)
else:
    print('ok 2 - the code sets tooltips through _outreach_accessible_set_tooltip()')
