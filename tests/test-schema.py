#!/usr/bin/python3
# test-schema.py: the JSON Schema for packs (data/…content.schema.json) says
# what the app's validator says, as far as a schema can.
#
# Debian's python3-jsonschema (draft 2020-12) checks packs against the schema;
# the app itself (`--validate=FILE --format=json`) says what the validator
# makes of the same packs. They must agree:
#   - the built-in pack and every good pack of tests/data pass the schema;
#   - every bad pack of tests/data is refused by the app, and by the schema
#     at the place the app names (or the object holding it), unless it is on
#     one of the two lists below, which say why the schema cannot catch it;
#   - a pack on those lists still passes the schema (if the schema learns to
#     catch one, take it off the list, so the lists stay true);
#   - changes to the minimal pack, each breaking one rule, are refused by
#     both, and changes a pack may make are accepted by both;
#   - the README's minimal pack passes both.
# Loosen a rule of the schema (a pattern, a length, a required field) and
# one of these fails.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    # not a skip: the schema would go unchecked
    print('Bail out! python3-jsonschema is missing: build-aux/setup.sh test installs it')
    sys.exit(1)

SRCDIR = os.environ.get('G_TEST_SRCDIR', os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(SRCDIR, 'data')
SCHEMA = os.path.join(SRCDIR, '..', 'data', 'uk.police.serocu.Outreach.content.schema.json')
BUILTIN = os.path.join(SRCDIR, '..', 'data', 'content', 'serocu.json')
README = os.path.join(SRCDIR, '..', 'README.md')
APP = os.environ.get('SEROCU_OUTREACH')

# Bad packs whose problem is in the JSON text itself: the validator reports
# them at a line and column, before any field is read. A schema describes
# parsed JSON and never sees them (and Python's parser accepts some of them:
# duplicate keys, lone surrogates, numbers past 64 bits).
TEXT_LEVEL = {
    'bad-comment.json': 'a /* comment */',
    'bad-duplicate-key.json': 'a key given twice in one object',
    'bad-empty.json': 'no JSON at all',
    'bad-escaped-key.json': 'an escape in a field name',
    'bad-escaped-line-break.json': 'a backslash before a line break',
    'bad-hex-escape.json': 'a \\x escape',
    'bad-invalid-utf8.json': 'bytes that are not UTF-8',
    'bad-leading-zero.json': 'a number written 01',
    'bad-lone-low-surrogate.json': 'half a character',
    'bad-lone-surrogate.json': 'half a character',
    'bad-many-fields.json': 'over 1000 fields in an object (a limit of the reader)',
    'bad-nul-escape.json': 'a \\0 escape',
    'bad-nul.json': 'a NUL byte',
    'bad-number-infinite.json': 'a number out of range',
    'bad-number-wraps.json': 'an integer past 64 bits',
    'bad-short-unicode-escape.json': 'a \\u escape with too few digits',
    'bad-syntax.json': 'a missing comma',
    'bad-trailing-content.json': 'text after the pack',
}

# Bad packs the schema cannot express: the app refuses them, the schema
# passes them.
CANNOT_EXPRESS = {
    # ids unique across the pack, and cross-references by id: a JSON Schema
    # has no way to compare one value with another elsewhere in the document
    'bad-duplicate-id.json': 'an id used twice (units, pages and profiles share ids)',
    'bad-unresolved-team.json': 'a profile\'s team that no unit has',
    'bad-unresolved-contact.json': 'a section\'s contact that the pack does not have',
    'bad-template-contact.json': 'a template\'s contact that the pack does not have',
    'bad-contact-template.json': 'a contact\'s template that the pack does not have',
    # one template per contact and kind of page: across templates, and
    # between a template's "about" and "get_in_touch"
    'bad-template-about-twice.json': 'two templates of one contact about units',
    'bad-template-about-get-in-touch.json': 'a contact\'s template about units, and '
                                            'get_in_touch naming another of theirs',
    'bad-action-unresolved.json': 'a call to action to a page the pack does not have',
    'bad-route-contact.json': 'a route\'s contact that the pack does not have',
    'bad-route-unresolved.json': 'a page\'s route that the pack does not have',
    'bad-route-duplicate.json': 'a route\'s id used twice',
    'bad-tour-unresolved.json': 'a tour\'s step to a page the pack does not have',
    'bad-tour-chart-not-unit.json': 'a tour\'s chart step naming a page, not a unit',
    'bad-tour-duplicate.json': 'a tour\'s id used twice',
    'bad-employment-kind-unknown.json': 'a profile\'s kind of employment that the pack\'s list lacks',
    'bad-employment-duplicate.json': 'a kind of employment listed twice',
    # lengths of two lists compared: a schema cannot either
    'bad-levels-plural-count.json': 'fewer plural names than levels',
    'bad-levels-translation-count.json': 'fewer Welsh names than levels',
    # what one object is to another: a schema checks each where it stands
    'bad-contact-template-of-another.json': 'a contact\'s template written to another contact',
    'bad-template-person-placeholder.json': '{role} in a template that a contact names as '
                                            'their general one',
    'bad-action-self.json': 'a page\'s call to action to the page itself',
    # sizes of words: where a line may break is Unicode's line-breaking
    # rules, which a pattern cannot spell out
    'bad-long-word.json': 'a word longer than a line',
    'bad-no-break-word.json': 'a word joined by no-break spaces, longer than a line',
    # scripts: whether a host name mixes alphabets is Unicode's script data
    'bad-link-lookalike.json': 'a host name mixing Latin and Cyrillic letters',
}

tap = []


def report(ok, name, detail=''):
    tap.append((ok, name, detail))


def validate_with_app(path):
    """The app's problems with the pack at @path, as its JSON lines"""
    run = subprocess.run([APP, '--validate=' + path, '--format=json'],
                         capture_output=True, text=True, timeout=60)
    problems = [json.loads(line) for line in run.stdout.splitlines()]
    if run.returncode not in (0, 1) or (run.returncode == 0) != (problems == []):
        raise AssertionError('--validate: exit %d, %r, %r' % (run.returncode, run.stdout,
                                                              run.stderr))
    return problems


def schema_errors(validator, pack):
    """Every error the schema finds, with those inside anyOf/oneOf/not"""
    found = []
    pending = list(validator.iter_errors(pack))
    while pending:
        error = pending.pop()
        found.append(error)
        pending.extend(error.context or [])
    return found


PLAIN_MEMBER = re.compile(r'[A-Za-z0-9_@-]+')


def app_path(keys):
    """The JSON path the app writes for @keys (a schema error's
    absolute_path): .name for a plain name, else ['name'] with \\ and '
    escaped; [index] for an element"""
    path = '$'
    for key in keys:
        if isinstance(key, int):
            path += '[%d]' % key
        elif PLAIN_MEMBER.fullmatch(key):
            path += '.' + key
        else:
            path += "['%s']" % key.replace('\\', '\\\\').replace("'", "\\'")
    return path


def parent(path):
    """$.a[0].b → $.a[0]; $.a[0] → $.a; $.a['b.c'] → $.a; $ → $"""
    if path.endswith("']"):
        # the opening "['" of the last member: the last "['" after which
        # the rest is one quoted name
        for cut in range(len(path) - 3, 0, -1):
            if path.startswith("['", cut) and \
                    re.fullmatch(r"\['(?:[^'\\]|\\.)*'\]", path[cut:]):
                return path[:cut]
        return '$'
    cut = max(path.rfind('.'), path.rfind('['))
    return path[:cut] if cut > 0 else '$'


def schema_catches_at(errors, path):
    """Whether one of @errors is at the app's @path, at the object holding
    it (where a schema reports a missing or unknown field) or inside it
    (the app reports a body's size for the whole, the schema a paragraph)"""
    places = {app_path(e.absolute_path) for e in errors}
    return (path in places or parent(path) in places or
            any(p.startswith(path + '[') or p.startswith(path + '.') for p in places))


def check_good(validator, name, pack, path):
    errors = schema_errors(validator, pack)
    report(not errors, 'schema passes ' + name,
           '; '.join('%s: %s' % (e.json_path, e.message[:120]) for e in errors[:3]))
    problems = validate_with_app(path)
    report(not problems, 'app passes ' + name, json.dumps(problems[:2]))


def check_bad(validator, name, pack, path):
    """Both refuse the pack at @path; the schema at a place the app names
    (the app may name a reference to what is wrong first)"""
    problems = validate_with_app(path)
    if not problems:
        report(False, 'app refuses ' + name, 'the app passes it')
        return
    errors = schema_errors(validator, pack)
    places = [p['path'] or '$' for p in problems]
    place = next((p for p in places if schema_catches_at(errors, p)), None)
    report(place is not None, 'schema refuses %s at %s' % (name, place or places[0]),
           'app: %s; schema: %s' % (problems[0]['message'],
                                    '; '.join('%s: %s' % (e.json_path, e.message[:100])
                                              for e in errors[:3]) or 'passes it'))


def check_data(validator):
    names = sorted(n for n in os.listdir(DATA) if n.endswith('.json'))
    bad = [n for n in names if n.startswith('bad-')]
    good = [n for n in names if not n.startswith('bad-')]
    report(len(bad) >= 49 and good != [], 'tests/data has its packs', '%d bad' % len(bad))

    for listed in list(TEXT_LEVEL) + list(CANNOT_EXPRESS):
        report(listed in bad, 'listed pack %s is in tests/data' % listed)

    with open(BUILTIN, encoding='utf-8') as f:
        builtin = json.load(f)
    check_good(validator, 'the built-in pack', builtin, BUILTIN)
    report(builtin.get('$schema') == '../uk.police.serocu.Outreach.content.schema.json',
           'the built-in pack names the schema beside it', repr(builtin.get('$schema')))

    for name in good:
        path = os.path.join(DATA, name)
        with open(path, encoding='utf-8') as f:
            check_good(validator, name, json.load(f), path)

    for name in bad:
        path = os.path.join(DATA, name)
        if name in TEXT_LEVEL:
            problems = validate_with_app(path)
            report(problems != [] and problems[0]['line'] is not None,
                   '%s is refused at a line of the text (%s)' % (name, TEXT_LEVEL[name]),
                   json.dumps(problems[:1]))
            continue
        with open(path, encoding='utf-8') as f:
            pack = json.load(f)
        if name in CANNOT_EXPRESS:
            problems = validate_with_app(path)
            errors = schema_errors(validator, pack)
            report(problems != [], 'app refuses %s (%s)' % (name, CANNOT_EXPRESS[name]))
            report(not errors, 'schema passes %s, which it cannot express' % name,
                   'the schema catches it now: take it off CANNOT_EXPRESS')
            continue
        check_bad(validator, name, pack, path)


def setter(path, value):
    """A change to a pack: sets what @path names ('units.0.name'), or with
    value DELETE removes it"""
    def change(pack):
        keys = [int(k) if k.isdigit() else k for k in path.split('.')]
        target = pack
        for k in keys[:-1]:
            target = target[k]
        if value is DELETE:
            del target[keys[-1]]
        else:
            target[keys[-1]] = copy.deepcopy(value)
    return change


DELETE = object()
LONG = 'N' * 201

# A way in, for the changes below: the minimal pack has none
ROUTE = {'id': 'new-to-policing', 'title': 'New to policing', 'for': 'For anyone.',
         'steps': ['Look at our vacancies.', 'Write to HR.'], 'contact': 'hr'}


# A tour, for the changes below: the minimal pack has none
TOUR = {'id': 'short', 'name': 'A short tour',
        'steps': [{'page': 'home', 'notes': 'Say hello.'}, {'page': 'cyber'}]}


def with_tour(**fields):
    """A change that gives the pack a tour (with @fields changed; DELETE
    removes one)"""
    def change(pack):
        tour = copy.deepcopy(TOUR)
        for name, value in fields.items():
            name = name.replace('__', '@')
            if value is DELETE:
                del tour[name]
            else:
                tour[name] = value
        pack['tours'] = [tour]
    return change


def with_route(**fields):
    """A change that gives the pack a route (with @fields changed; DELETE
    removes one) shown on Home"""
    def change(pack):
        route = copy.deepcopy(ROUTE)
        for name, value in fields.items():
            name = name.replace('__', '@')
            if value is DELETE:
                del route[name]
            else:
                route[name] = value
        pack['routes'] = [route]
        pack['pages'][0]['routes'] = [ROUTE['id']]
    return change
PLACEHOLDERS_21 = ' '.join(['{unit}'] * 21)

# Changes a pack may make: both accept them
GOOD_CHANGES = {
    '"$schema" names the schema': setter('$schema', 'https://example.org/pack.schema.json'),
    'a Welsh name': setter('units.0.name@cy', 'Uned Enghreifftiol'),
    'a Serbian (Latin) title': setter('pages.0.title@sr@latin', 'Dobrodošli'),
    'a Welsh description': setter('units.0.description@cy', ['Yr uned.']),
    'a Welsh story': setter('profiles.0.story@cy', ['Alex ydw i.']),
    'a Welsh subject and body': lambda p: (setter('templates.0.subject@cy', 'Ymholiad: {unit}')(p),
                                           setter('templates.0.body@cy', ['Helo,'])(p)),
    'a quote with its source, in Welsh': setter('pages.0.sections.0.quote',
                                                {'text': 'Words.', 'text@cy': 'Geiriau.',
                                                 'source': 'Someone'}),
    'no abbreviation': setter('units.0.abbreviation', DELETE),
    'no profiles or links': lambda p: (setter('profiles', DELETE)(p), setter('links', DELETE)(p),
                                       setter('pages.1.sections.0.profiles', [])(p),
                                       setter('pages.2.sections.1.links', [])(p)),
    'an empty list of children': setter('units.0.children.1.children', []),
    'an empty section': setter('pages.0.sections.0', {}),
    'a web address with a port and a query': setter('links.0.url',
                                                   'https://example.org:8443/a?b=c#d'),
    'a web address with an international host': setter('links.0.url',
                                                      'https://bücher.example/'),
    'an officer': setter('profiles.0.employment', 'officer'),
    'a template about units and profiles': setter('templates.0.about', ['unit', 'profile']),
    'a template about no kind of page': setter('templates.0.about', []),
    'an address with atext symbols': setter('contacts.0.address', "o'neil+hr@mail.example.org"),
    'text with a no-break space inside': setter('units.0.name', 'Example\u00a0Unit'),
    'braces written as braces': setter('templates.0.subject', 'Enquiry {{ref}} }} {{{unit}}}'),
    # 21 literal braces and 20 placeholders: the braces are not counted
    'many braces written as braces': setter('templates.0.body',
                                            ['{{x}} ' * 21 + '{unit} ' * 20]),
    '{profile} in a template about profiles only': lambda p: (
        setter('contacts', p['contacts'] + [{'id': 'rec', 'name': 'Recruitment',
                                             'address': 'rec@example.org', 'purpose': 'Jobs.',
                                             'template': 'rec'}])(p),
        setter('templates', p['templates'] + [
            {'id': 'rec', 'contact': 'rec', 'subject': 'Jobs', 'body': ['Hello.']},
            {'id': 'role', 'contact': 'rec', 'about': ['profile'], 'subject': 'About {role}',
             'body': ['Hello {{profile}}.', 'I read about {profile}.']}])(p)),
    'a name of 200 characters': setter('units.0.name', 'N' * 200),
    'an id of 64 characters': lambda p: (setter('links.0.id', 'a' * 64)(p),
                                         setter('pages.2.sections.1.links', ['a' * 64])(p)),
    'an app name, in Welsh too': lambda p: (setter('organisation.app_name', 'Example Careers')(p),
                                           setter('organisation.app_name@cy', 'Gyrfaoedd')(p)),
    'levels, in Welsh too': lambda p: (setter('levels', ['Directorate', 'Group'])(p),
                                       setter('levels_plural', ['Directorates', 'Groups'])(p),
                                       setter('levels@cy', ['Cyfarwyddiaeth', 'Grŵp'])(p)),
    'kinds of employment of its own': lambda p: (
        setter('employment', [{'id': 'staff', 'name': 'Staff', 'name@cy': 'Staff'},
                              {'id': 'volunteer', 'name': 'Volunteer'}])(p),
        setter('profiles.0.employment', 'volunteer')(p)),
    'calls to action on Home': setter('pages.0.actions', [{'label': 'Meet Alex', 'page': 'alex'},
                                                          {'label': 'The unit', 'page': 'exru',
                                                           'label@cy': 'Yr uned'}]),
    'no calls to action': setter('pages.0.actions', []),
    'a call to action on another page': setter('pages.1.actions',
                                               [{'label': 'Join us', 'page': 'join-us'}]),
    # JSON compares numbers by value: 1.0 is 1
    'a route on Home': with_route(),
    'a route in Welsh': with_route(title__cy='Yn newydd i blismona', for__cy='I bawb.',
                                   steps__cy=['Edrychwch ar ein swyddi gwag.']),
    'routes no page shows': lambda p: (with_route()(p), setter('pages.0.routes', DELETE)(p)),
    'an empty list of routes': setter('routes', []),
    'a tour': with_tour(),
    'a tour in Welsh': with_tour(name__cy='Taith fer',
                                 steps=[{'page': 'home', 'notes': 'Hello.', 'notes@cy': 'Helo.'}]),
    'a tour of a profile, without notes': with_tour(steps=[{'page': 'alex'}]),
    'a tour with the chart': with_tour(steps=[{'chart': 'exru', 'notes': 'The unit.'},
                                              {'chart': 'pursue'}]),
    'schema 1.0': setter('schema', 1.0),
    'a web address with the highest port': setter('links.0.url', 'https://example.org:65535/'),
    'a web address with a port of leading zeros': setter('links.0.url',
                                                        'https://example.org:000443/'),
    'a web address with an empty port': setter('links.0.url', 'https://example.org:/a'),
    'a web address with percent escapes of UTF-8': setter(
        'links.0.url', 'https://example.org/caf%C3%A9/%e2%82%ac?q=%2F%20x#%F0%9F%98%80'),
}

# Changes that break one rule each: both refuse them
BAD_CHANGES = {
    'schema 2': setter('schema', 2),
    'no organisation': setter('organisation', DELETE),
    'no organisation name': setter('organisation.name', DELETE),
    'an unknown top-level field': setter('$other', 'x'),
    '"$schema" not a string': setter('$schema', 3),
    '"$schema" blank': setter('$schema', ' '),
    '"$schema" translated': setter('$schema@cy', 'x'),
    'an upper-case id': setter('units.0.id', 'Exru'),
    'an id starting with "-"': setter('units.0.id', '-exru'),
    'an id of 65 characters': setter('links.0.id', 'a' * 65),
    'an id with a space': setter('units.0.children.0.id', 'cyber crime'),
    'an empty sidebar': setter('sidebar', []),
    'a sidebar listing a page twice': setter('sidebar', ['home', 'home']),
    'a sidebar entry not an id': setter('sidebar.1', 'Example Unit'),
    'no units': setter('units', []),
    'no contacts': setter('contacts', []),
    'no templates': setter('templates', []),
    'no pages': setter('pages', DELETE),
    'no page "home"': setter('pages.0.id', 'welcome'),
    'get_in_touch without "unit"': setter('get_in_touch.unit', DELETE),
    'get_in_touch with a "team"': setter('get_in_touch.team', 'enquiry'),
    'no get_in_touch': setter('get_in_touch', DELETE),
    'an empty description': setter('units.0.description', []),
    'an empty story': setter('profiles.0.story', []),
    'an empty body': setter('templates.0.body', []),
    'a name of 201 characters': setter('units.0.name', LONG),
    'a heading of 201 characters': setter('pages.2.sections.0.heading', LONG),
    'a time in role of 201 characters': setter('profiles.0.time_in_role', LONG),
    'a link title of 201 characters': setter('links.0.title', LONG),
    'a Welsh name of 201 characters': setter('units.0.name@cy', LONG),
    'a subject of 201 characters': setter('templates.0.subject', 'S' * 201),
    'a paragraph of a body of 4001 characters': setter('templates.0.body.1', 'x ' * 2000 + 'x'),
    'a subject with 21 placeholders': setter('templates.0.subject', PLACEHOLDERS_21),
    'a body with an unknown placeholder': setter('templates.0.body.1', 'About {unti}.'),
    'a Welsh body with an unknown placeholder': setter('templates.0.body@cy', ['{nope}']),
    'a subject with {Unit}': setter('templates.0.subject', 'Enquiry: {Unit}'),
    'a subject with { unit }': setter('templates.0.subject', 'Enquiry: { unit }'),
    'a subject with {unit-name}': setter('templates.0.subject', 'Enquiry: {unit-name}'),
    'a subject with a brace not closed': setter('templates.0.subject', 'Enquiry: {unit'),
    'a subject with {{unit}': setter('templates.0.subject', 'Enquiry: {{unit}'),
    'a subject with a lone closing brace': setter('templates.0.subject', 'Enquiry: unit}'),
    'a Welsh subject with {}': setter('templates.0.subject@cy', 'Ymholiad {}'),
    '{role} in a template about units': lambda p: (
        setter('templates', p['templates'] + [
            {'id': 'teams', 'contact': 'hr', 'about': ['unit'], 'subject': 'About {unit}',
             'body': ['Hello.'], 'body@cy': ['Am {role}.']}])(p),
        setter('get_in_touch.unit', 'teams')(p)),
    'a name of invisible characters': setter('units.0.name', '\u200b\u2060 \u200f'),
    'a Welsh title of a zero-width joiner': setter('pages.0.title@cy', '\u200d'),
    'a Welsh description that is an empty list': setter('units.0.description@cy', []),
    'a Welsh story that is an empty list': setter('profiles.0.story@cy', []),
    'a Welsh body that is an empty list': setter('templates.0.body@cy', []),
    'Welsh paragraphs that are an empty list': setter('pages.0.sections.0.paragraphs@cy', []),
    'a web address with a user name': setter('links.0.url', 'https://user@example.org/'),
    'a web address with a backslash': setter('links.0.url', 'https://example.org\\@evil.example/'),
    'a web address with no host': setter('links.0.url', 'https:///path'),
    'a web address with a tab': setter('links.0.url', 'https://example.org/\t'),
    'an ftp address': setter('links.0.url', 'ftp://example.org/'),
    'a web address of 2001 characters': setter('links.0.url', 'https://example.org/' + 'a' * 1981),
    'an address with one label': setter('contacts.0.address', 'hr@example'),
    'an address ending in digits': setter('contacts.0.address', 'hr@example.o1'),
    'an address starting with a dot': setter('contacts.0.address', '.hr@example.org'),
    'an address with two dots': setter('contacts.0.address', 'h..r@example.org'),
    'an address with "?"': setter('contacts.0.address', 'hr?@example.org'),
    'an address with a label starting with "-"': setter('contacts.0.address', 'hr@-x.example.org'),
    'employment "Staff"': setter('profiles.0.employment', 'Staff'),
    'a template about "team"': setter('templates.0.about', ['team']),
    'a template about units twice': setter('templates.0.about', ['unit', 'unit']),
    'a template\'s about a string': setter('templates.0.about', 'unit'),
    'no employment': setter('profiles.0.employment', DELETE),
    'no team': setter('profiles.0.team', DELETE),
    'a translation with a one-letter language': setter('units.0.name@c', 'x'),
    'a translated id': setter('units.0.id@cy', 'x'),
    'a translated employment': setter('profiles.0.employment@cy', 'staff'),
    'a tab in a name': setter('units.0.name', 'Example\tUnit'),
    'a line separator in a paragraph': setter('pages.0.sections.0.paragraphs.0', 'One\u2028two'),
    'a C1 control character in a summary': setter('pages.0.summary', 'One\u0085two'),
    'a name of no-break spaces only': setter('units.0.name', '\u00a0\u202f'),
    'a section listing a contact twice': setter('pages.2.sections.0.contacts', ['hr', 'hr']),
    'an unknown field in a section': setter('pages.0.sections.0.image', 'x.png'),
    'a quote without text': setter('pages.0.sections.0.quote', {'source': 'Someone'}),
    'a quote as a string': setter('pages.0.sections.0.quote', 'Words.'),
    'children not a list': setter('units.0.children', {'id': 'x'}),
    'a page not an object': setter('pages.1', 'people'),
    'a section a string': setter('pages.0.sections.0', 'Hello'),
    'paragraphs a string': setter('pages.0.sections.0.paragraphs', 'Hello'),
    'a number among items': setter('pages.0.sections.0.items', ['one', 2]),
    'no link title': setter('links.0.title', DELETE),
    'no contact purpose': setter('contacts.0.purpose', DELETE),
    'no template subject': setter('templates.0.subject', DELETE),
    'no page title': setter('pages.0.title', DELETE),
    'a summary true': setter('pages.0.summary', True),
    'an app name of 201 characters': setter('organisation.app_name', LONG),
    'a blank app name': setter('organisation.app_name', ' '),
    'levels not a list': lambda p: (setter('levels', 'Directorate')(p),
                                    setter('levels_plural', ['Directorates'])(p)),
    'an empty list of levels': lambda p: (setter('levels', [])(p), setter('levels_plural', [])(p)),
    'levels_plural without levels': setter('levels_plural', ['Directorates']),
    'a Welsh level that is a number': lambda p: (setter('levels', ['Directorate'])(p),
                                                 setter('levels_plural', ['Directorates'])(p),
                                                 setter('levels@cy', [3])(p)),
    'an empty list of kinds of employment': setter('employment', []),
    'a kind of employment without a name': setter('employment', [{'id': 'staff'}]),
    'a kind of employment with an upper-case id': lambda p: (
        setter('employment', [{'id': 'Staff', 'name': 'Staff'}])(p)),
    'a kind of employment with an unknown field': setter('employment', [{'id': 'staff', 'name': 'Staff',
                                                                         'colour': 'blue'}]),
    'a call to action without a page': setter('pages.0.actions', [{'label': 'Go'}]),
    'a call to action without a label': setter('pages.0.actions', [{'page': 'people'}]),
    'a call to action to a page not an id': setter('pages.0.actions', [{'label': 'Go',
                                                                       'page': 'Our people'}]),
    'a call to action with a blank label': setter('pages.0.actions', [{'label': ' ',
                                                                      'page': 'people'}]),
    'actions not a list': setter('pages.0.actions', {'label': 'Go', 'page': 'people'}),
    'a route without a contact': with_route(contact=DELETE),
    'an empty list of tours': setter('tours', []),
    'a tour without steps': with_tour(steps=DELETE),
    'a tour with no steps': with_tour(steps=[]),
    'a tour without a name': with_tour(name=DELETE),
    'a tour without an id': with_tour(id=DELETE),
    'a tour\'s step without a page': with_tour(steps=[{'notes': 'Hello.'}]),
    'a tour\'s step with a page and the chart': with_tour(steps=[{'page': 'home', 'chart': 'exru'}]),
    'a tour\'s chart a list': with_tour(steps=[{'chart': ['exru']}]),
    'a tour\'s chart blank': with_tour(steps=[{'chart': ''}]),
    'a tour\'s step a string': with_tour(steps=['home']),
    'a tour\'s notes a list': with_tour(steps=[{'page': 'home', 'notes': ['Hello.']}]),
    'a tour\'s notes blank': with_tour(steps=[{'page': 'home', 'notes': ' '}]),
    'a tour\'s step with an unknown field': with_tour(steps=[{'page': 'home', 'colour': 'blue'}]),
    'a tour with translated steps': with_tour(steps__cy=[{'page': 'home'}]),
    'tours an object': setter('tours', TOUR),
    'a route without steps': with_route(steps=DELETE),
    'a route without "for"': with_route(**{'for': DELETE}),
    'a route without a title': with_route(title=DELETE),
    'a route without an id': lambda p: (with_route(id=DELETE)(p), setter('pages.0.routes', DELETE)(p)),
    'a route with no steps': with_route(steps=[]),
    'a route\'s steps a string': with_route(steps='Look at our vacancies.'),
    'a route\'s step a number': with_route(steps=['Look.', 3]),
    'a route with a title of 201 characters': with_route(title=LONG),
    'a route with a blank "for"': with_route(**{'for': ' '}),
    'a route with an unknown field': with_route(colour='blue'),
    'a route\'s contact not an id': with_route(contact='South East HR'),
    'a route with an empty Welsh list of steps': with_route(steps__cy=[]),
    'a translated route contact': with_route(contact__cy='hr'),
    'routes not a list': lambda p: (setter('routes', ROUTE)(p)),
    'a page\'s routes listing one twice': lambda p: (with_route()(p),
                                                     setter('pages.0.routes', [ROUTE['id']] * 2)(p)),
    'a page\'s routes a string': lambda p: (with_route()(p),
                                            setter('pages.0.routes', ROUTE['id'])(p)),
    'schema 1.5': setter('schema', 1.5),
    'schema "1"': setter('schema', '1'),
    'a web address with a port past 65535': setter('links.0.url', 'https://example.org:99999/'),
    'a web address with port 65536': setter('links.0.url', 'https://example.org:65536/'),
    'a web address with port 065536': setter('links.0.url', 'https://example.org:065536/a'),
    'a web address with a bad percent escape': setter('links.0.url', 'https://example.org/%zz'),
    'a web address ending in "%"': setter('links.0.url', 'https://example.org/a%'),
    'a web address with a short percent escape': setter('links.0.url',
                                                       'https://example.org/?q=%4'),
    'a web address with a bad escape in its fragment': setter('links.0.url',
                                                             'https://example.org/#%g1'),
    'a web address with an escape of half a character': setter('links.0.url',
                                                              'https://example.org/caf%C3'),
    'a web address with an escape of a lone continuation byte': setter(
        'links.0.url', 'https://example.org/%A9'),
    'a web address with an escape of a NUL': setter('links.0.url', 'https://example.org/?a=%00'),
    'a web address with an escaped surrogate': setter('links.0.url',
                                                     'https://example.org/%ED%A0%80'),
    'a web address with an overlong escape': setter('links.0.url', 'https://example.org/%C0%AF'),
    # names that are not plain: the app names them in brackets
    'an unknown field "a.b[0]"': lambda p: p['organisation'].update({'a.b[0]': 1}),
    'an unknown field "\'"': lambda p: p['pages'][0].update({"'": 1}),
    'an unknown field "it\'s" in a unit': lambda p: p['units'][0].update({"it's": 1}),
}


# Where the minimal pack has each kind of object, and the fields the app
# requires of it: each one left out is refused by both, and so is a field no
# object of that kind has
OBJECTS = {
    '': ['schema', 'organisation', 'sidebar', 'pages', 'units', 'contacts', 'templates',
         'get_in_touch'],
    'organisation': ['name'],
    'units.0': ['id', 'name', 'description'],
    'units.0.children.1': ['id', 'name', 'description'],
    'pages.0': ['id', 'title'],
    'pages.0.sections.0': [],
    'profiles.0': ['id', 'name', 'role', 'employment', 'team', 'story'],
    'contacts.0': ['id', 'name', 'address', 'purpose', 'template'],
    'links.0': ['id', 'title', 'url'],
    'templates.0': ['id', 'contact', 'subject', 'body'],
    'get_in_touch': ['page', 'unit', 'profile'],
}
for where, fields in OBJECTS.items():
    for field in fields:
        BAD_CHANGES['no %s in %s' % (field, where or 'the pack')] = \
            setter((where + '.' if where else '') + field, DELETE)
    BAD_CHANGES['an unknown field in %s' % (where or 'the pack')] = \
        setter((where + '.' if where else '') + 'colour', 'blue')


def check_readme(validator):
    """The README's minimal pack passes both, as the README says"""
    with open(README, encoding='utf-8') as f:
        text = f.read()
    start = text.find('### A minimal pack')
    start = text.find('```json\n', start) + len('```json\n') if start >= 0 else -1
    end = text.find('```', start)
    report(start >= len('```json\n') and end > start, 'the README has a minimal pack')
    if start < len('```json\n') or end < start:
        return
    pack = json.loads(text[start:end])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'readme-pack.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text[start:end])
        check_good(validator, "the README's minimal pack", pack, path)


def check_changes(validator):
    with open(os.path.join(DATA, 'minimal.json'), encoding='utf-8') as f:
        minimal = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        for cases, good in ((GOOD_CHANGES, True), (BAD_CHANGES, False)):
            for i, (name, change) in enumerate(cases.items()):
                pack = copy.deepcopy(minimal)
                change(pack)
                path = os.path.join(tmp, '%s-%d.json' % ('good' if good else 'bad', i))
                with open(path, 'w', encoding='utf-8') as f:
                    json.dump(pack, f, ensure_ascii=False)
                if good:
                    check_good(validator, 'minimal pack with ' + name, pack, path)
                else:
                    check_bad(validator, 'minimal pack with ' + name, pack, path)


def main():
    if APP is None:
        print('1..0 # SKIP SEROCU_OUTREACH is not set (run through meson test)')
        return 0
    with open(SCHEMA, encoding='utf-8') as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        report(True, 'the schema is a valid draft 2020-12 schema')
    except jsonschema.SchemaError as e:
        report(False, 'the schema is a valid draft 2020-12 schema', str(e)[:300])
    report(schema.get('$schema') == 'https://json-schema.org/draft/2020-12/schema',
           'the schema says it is draft 2020-12')
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    check_data(validator)
    check_readme(validator)
    check_changes(validator)

    print('1..%d' % len(tap))
    for n, (ok, name, detail) in enumerate(tap, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', n, name))
        if not ok and detail:
            for line in detail.splitlines():
                print('# ' + line)
    return 0 if all(ok for ok, _, _ in tap) else 1


if __name__ == '__main__':
    sys.exit(main())
