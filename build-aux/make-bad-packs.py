#!/usr/bin/env python3
"""Writes tests/data/bad-*.json: minimal.json broken one rule at a time.

Run from the top of the tree after changing minimal.json, then check the
places test-content.c expects (syntax problems are given by line:column).
"""
import copy
import json

BASE_PATH = "tests/data/minimal.json"
base = json.load(open(BASE_PATH, encoding="utf-8"))
text = open(BASE_PATH, encoding="utf-8").read()


def write(name, obj=None, raw_text=None, raw_bytes=None):
    path = "tests/data/" + name
    if raw_bytes is not None:
        open(path, "wb").write(raw_bytes)
        return
    if raw_text is None:
        raw_text = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    open(path, "w", encoding="utf-8").write(raw_text)


def changed(edit):
    pack = copy.deepcopy(base)
    edit(pack)
    return pack


write("bad-syntax.json", raw_text=text.replace('"short_name": "EXRU",', '"short_name": "EXRU"'))
write("bad-trailing-content.json", raw_text=text + '{"schema": 1}\n')
write("bad-comment.json", raw_text=text.replace('"schema": 1,', '"schema": 1, /* draft */'))
write("bad-empty.json", raw_text="\n")
write("bad-invalid-utf8.json",
      raw_bytes=text.replace('"The unit."', '"The unit XX."').encode().replace(b"XX", b"\xff\xfe"))
write("bad-nul.json", raw_text=text.replace('"The unit."', '"The unit.\\u0000 hidden"'))
write("bad-schema-version.json", changed(lambda d: d.update(schema=2)))
write("bad-missing-schema.json", changed(lambda d: d.pop("schema")))
write("bad-wrong-type.json", changed(lambda d: d["units"][0]["children"][1].update(name=42)))
write("bad-missing-field.json", changed(lambda d: d["units"][0]["children"][1].pop("name")))
write("bad-empty-name.json", changed(lambda d: d["units"][0]["children"][0].update(name="   ")))
write("bad-duplicate-id.json", changed(lambda d: d["units"][0]["children"][1].update(id="cyber")))
write("bad-unresolved-team.json", changed(lambda d: d["profiles"][0].update(team="no-such-team")))
write("bad-unresolved-contact.json",
      changed(lambda d: d["pages"][2]["sections"][0].update(contacts=["recruitment"])))
write("bad-link-javascript.json", changed(lambda d: d["links"][0].update(url="javascript:alert(1)")))
write("bad-link-http.json", changed(lambda d: d["links"][0].update(url="http://example.org/")))
write("bad-link-file.json", changed(lambda d: d["links"][0].update(url="file:///etc/passwd")))
write("bad-address-header-injection.json",
      changed(lambda d: d["contacts"][0].update(address="a@b?bcc=c@d")))
write("bad-address-display-name.json",
      changed(lambda d: d["contacts"][0].update(address="HR <hr@example.org>")))
write("bad-unknown-field.json", changed(lambda d: d["units"][0].update(abreviation="EXRU")))
write("bad-control-character.json",
      changed(lambda d: d["units"][0]["children"][0].update(name="Cyber\nCrime")))
write("bad-employment.json", changed(lambda d: d["profiles"][0].update(employment="volunteer")))
write("bad-not-object.json", raw_text="[1, 2, 3]\n")
write("bad-unknown-placeholder.json",
      changed(lambda d: d["templates"][0].update(subject="Enquiry: {unti}")))
write("bad-template-contact.json", changed(lambda d: d["templates"][0].update(contact="nobody")))
write("bad-contact-template.json", changed(lambda d: d["contacts"][0].update(template="nothing")))

# JSON's escapes only, whole characters only, each field once (json-glib 1.6
# accepts all of these: the guard must refuse them)
for name, escape in [("nul-escape", "\\0"), ("hex-escape", "\\x41"), ("short-unicode-escape", "\\u41"),
                     ("lone-surrogate", "\\ud800"), ("lone-low-surrogate", "\\udc00")]:
    write(f"bad-{name}.json", raw_text=text.replace('"The first paragraph."', f'"The first{escape} paragraph."'))
write("bad-duplicate-key.json",
      raw_text=text.replace('"title": "Welcome",', '"title": "Welcome", "title": "Hello",'))
write("bad-escaped-key.json",
      raw_text=text.replace('"title": "Welcome",', '"t\\u0069tle": "Welcome",'))
write("bad-link-space.json", changed(lambda d: d["links"][0].update(url="https://example.org/a page")))
write("bad-link-lookalike.json", changed(lambda d: d["links"][0].update(url="https://\u0430pple.example.org/")))
write("bad-link-long.json", changed(lambda d: d["links"][0].update(url="http://" + "x" * 60000)))
# json-glib wraps 2^64 + 1 to 1 without a word: a pack of schema 1, it would say
write("bad-number-wraps.json", raw_text=text.replace('"schema": 1,', '"schema": 18446744073709551617,'))
write("bad-number-infinite.json", raw_text=text.replace('"schema": 1,', '"schema": 1e400,'))
# a person twice in a section (two cards of them); an entry after a bad one
# is named at its own index
write("bad-profile-twice.json",
      changed(lambda d: d["pages"][1]["sections"][0]["profiles"].append("alex")))
write("bad-reference-after-a-number.json", changed(lambda d: d.update(sidebar=["home", 5, "nope"])))
# sizes no real pack comes near: a name of 10,000 N's, a description of one
# 60,000-character word, a 6 MB template body, a placeholder 30 times over
write("bad-long-name.json", changed(lambda d: d["units"][0].update(name="N" * 10000)))
write("bad-long-word.json", changed(lambda d: d["units"][0].update(description=["D" * 60000])))
write("bad-long-template.json",
      changed(lambda d: d["templates"][0].update(body=["Hello,", "x " * 3000])))
write("bad-many-placeholders.json",
      changed(lambda d: d["templates"][0].update(subject="{unit} " * 21)))
# the probe's finds: a translation of a template is checked in any language;
# a no-break space is no place to break a word; JSON has no leading zeros;
# a backslash before a line break; a thousand and one fields in an object
write("bad-template-translation.json",
      changed(lambda d: d["templates"][0].update({"subject@cy": "Ymholiad {nope}"})))
write("bad-no-break-word.json",
      changed(lambda d: d["units"][0].update(description=["\u00a0".join(["D" * 150] * 3)])))
write("bad-leading-zero.json", raw_text=text.replace('"schema": 1,', '"schema": 01,'))
write("bad-escaped-line-break.json",
      raw_text=text.replace('"The first paragraph."', '"The first\\\n paragraph."'))
write("bad-many-fields.json", raw_text=text.replace(
    '"title": "Welcome",', '"title": "Welcome", ' + ", ".join(f'"f{i}": 0' for i in range(1001)) + ","))
write("bad-link-too-long.json",
      changed(lambda d: d["links"][0].update(url="https://example.org/" + "a/" * 1000)))
