"""Every user-visible string of the core and the GUI has a Dutch translation, and the
compiled catalogue shipped with the package matches its source."""

from __future__ import annotations

import gettext
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
PO = REPO / "studio_dsar/resources/locale/nl/LC_MESSAGES/studio_dsar.po"
MO = PO.with_suffix(".mo")


def _source_messages() -> set[str]:
    from babel.messages.extract import extract_from_dir

    found = set()
    for _fn, _lineno, message, _comments, _ctx in extract_from_dir(
        str(REPO / "studio_dsar"),
        method_map=[("**.py", "python")],
        keywords={"_": None, "N_": None, "ngettext": (1, 2)},
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _catalog():
    from babel.messages.pofile import read_po

    with PO.open("rb") as fh:
        return read_po(fh)


def test_every_source_string_is_translated():
    catalog = _catalog()
    def translated(msgid):
        entry = catalog.get(msgid)
        strings = entry.string if entry and isinstance(entry.string, tuple) else (entry.string if entry else "",)
        return all(strings)

    missing = sorted(m for m in _source_messages() if not translated(m))
    assert not missing, f"{len(missing)} strings lack a Dutch translation (run `make i18n`): {missing[:15]}"


def test_translations_keep_placeholders():
    import re

    bad = []
    for msg in _catalog():
        if not msg.id or not msg.string:
            continue
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        want = set(re.findall(r"\{[a-z_0-9]*\}|%[sd]", ids[0]))
        for s in strings:
            if set(re.findall(r"\{[a-z_0-9]*\}|%[sd]", s)) != want:
                bad.append(ids[0])
    assert not bad, bad[:10]


def test_compiled_catalogue_matches_source():
    with MO.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for msg in _catalog():
        if msg.id and msg.string and not msg.fuzzy and isinstance(msg.id, str):
            assert compiled.gettext(msg.id) == msg.string, f"stale .mo for {msg.id!r}: run `make i18n`"


def test_dutch_is_the_default_and_english_is_available(monkeypatch):
    from studio_dsar.core import i18n

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n.locale, "getlocale", lambda *a: (None, None))
    assert i18n.pick_language(None) == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.pick_language(None) == "en"
    assert i18n.pick_language("nl") == "nl"
    i18n.set_language("nl")
    assert i18n._("Nothing changed.") == "Er is niets gewijzigd."
    i18n.set_language("en")
    assert i18n._("Audit log intact: {n} entries.") == "Audit log intact: {n} entries."


def test_c_locale_says_nothing_about_the_language(monkeypatch):
    from studio_dsar.core import i18n

    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.os_language() is None
    assert i18n.pick_language(None) == "nl"
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert i18n.pick_language(None) == "nl"


def test_no_message_is_hidden_inside_an_f_string():
    """Babel does not extract _() calls inside f-strings: such a message is never translated."""
    import re

    pattern = re.compile(r"""\bf(["']).*\{\s*(_|ngettext|N_)\(""")
    hidden = [
        f"{path.relative_to(REPO)}:{n}"
        for path in sorted((REPO / "studio_dsar").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hidden == []
