"""The translation pipeline, checked on the source and the catalogs (no Qt): every text marked for translation is
extracted under the context it is looked up in, the catalogs are current, English's plural forms are finished,
and the pseudo-locale keeps what must not change."""

import ast
import json
import re
import sqlite3
from pathlib import Path

import pytest

from recoverybox import i18n
from recoverybox.i18n import catalogs

PACKAGE = Path(__file__).resolve().parents[1] / "recoverybox"


def _modules():
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts():
    """(context, text, where) for every literal marked in the code, found by reading it as Python does."""
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(id(inner), node.name)  # the outermost class holding the call
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Attribute) and args and _literal(args[0]) is not None:
                found.append((classes.get(id(node), ""), _literal(args[0]), where))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, text = _literal(args[0]), _literal(args[1])
                if text is not None:  # a literal's context must be one too, or lupdate cannot file it
                    found.append((context or f"<not a literal: {ast.unparse(args[0])}>", text, where))
    return found


def catalog_texts(language="es"):
    return {(context, source) for context, source, _state, _texts in catalogs._messages(catalogs.catalog(language))}


def test_every_marked_text_is_in_the_catalogs_under_its_context():
    """lupdate drops a call it cannot read (a count given as ``span.hours``, a keyword argument) without a word:
    each literal marked in the code must be in the catalog under the context it will be looked up in."""
    extracted = catalog_texts()
    missing = [
        f"{where}: {context!r} {text!r}"
        for context, text, where in marked_texts()
        if text and (context, text) not in extracted
    ]
    assert not missing, "marked but not extracted:\n" + "\n".join(missing)


def test_tr_is_only_asked_of_the_object_itself_and_never_inherited():
    """``window.tr("…")`` is filed by lupdate under the context "window"; ``self.tr`` in a class another class
    of ours inherits is looked up at run time under the subclass's name. Both would never be translated."""
    problems = []
    subclassed = set()
    holders = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                subclassed.update(b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases)
                if any(
                    isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "tr"
                    for c in ast.walk(node)
                ):
                    holders[node.name] = path.relative_to(PACKAGE)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    problems.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {ast.unparse(node.func)}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "_tr"):
                problems.append(f"{path.relative_to(PACKAGE)}:{node.lineno} bare {node.func.id}()")
    problems += [
        f"{where}: {name} says self.tr and is inherited" for name, where in holders.items() if name in subclassed
    ]
    assert not problems, "\n".join(problems)


def test_a_count_is_passed_so_lupdate_reads_it():
    """A text with %n is said with its count as a plain name or number (lupdate skips ``x.count``)."""
    problems = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = [_literal(a) for a in node.args[:2]]
            if name not in ("tr", "translate") or not any(t and "%n" in t for t in texts):
                continue
            count = node.args[-1] if len(node.args) in (3, 4) else None
            if not isinstance(count, (ast.Name, ast.Constant)) or node.keywords:
                problems.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)}")
    assert not problems, "\n".join(problems)


# A count written into a sentence whose noun is plural in English ("{n} days") is the English rule, not the
# language's: such a text counts with %n instead. These are left as they are, each for its reason.
ALWAYS_MANY = {
    # over a limit:
    *("{length_vevents}", "{length_events}", "{length_rows:,}", "{length_data:,}", "{max_meetings:,}"),
    "{MAX_AGENDA_DAYS}",  # a limit of many days
    "{total}",  # the mass-delete question: many events, by its threshold
    "{value}",  # the CSV export: one file for each of the tables
    "{n}",  # the habit strength's half-life, a constant of many days
    *("{events}", "{goals}", "{journal_entries}"),  # the demo data written: a year of it at least
    "{count}",  # "None of the {count} events could be read": two or more (a single one is said by itself)
    *("{hours}", "{average}"),  # a measure with decimals, not a count
}
COUNTED = re.compile(
    r"(\{[^{}]+\}) (?:\w+ )?(?:days|weeks|months|years|events|meetings|minutes|hours|entries|reminders|urges|rows|"
    r"times|changes|conflicts|starts|problems|contacts|goals|clocks)\b"
)


def test_a_count_takes_the_languages_plural_not_an_english_s():
    """No marked text counts with "(s)" outside a %n plural (Qt picks each language's form for %n), nor writes
    a number before an English plural noun ("{n} days" says "1 days", and only English has one rule)."""
    problems = [
        f"{where}: {text!r}"
        for _context, text, where in marked_texts()
        if ("(s)" in text and "%n" not in text) or any(found not in ALWAYS_MANY for found in COUNTED.findall(text))
    ]
    assert not problems, "\n".join(problems)


def test_the_catalogs_are_current():
    """Extraction now would change no catalog: run ``python -m recoverybox.i18n.catalogs update`` after
    changing a text."""
    assert catalogs.stale() == []


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_spanish_and_german_are_finished(language):
    """Every text has its translation (a new text fails this until it is translated in both)."""
    assert catalogs.unfinished(language) == []


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_translations_keep_every_placeholder_and_plural(language):
    """A translation names the same {placeholders} as its text (else .format() fails in that language), and a
    text that counts has both its plural forms."""
    keep = re.compile(r"\{([^{}:!]*)[^{}]*\}")  # by name: a translation may write a date its own way
    for context, source, _state, texts in catalogs._messages(catalogs.catalog(language)):
        for text in texts:
            assert sorted(keep.findall(text)) == sorted(keep.findall(source)), (context, source, text)
        if "%n" in source:
            assert len(texts) == 2 and all(texts), (context, source)


def test_english_says_each_count_in_its_two_forms():
    messages = catalogs._messages(catalogs.catalog("en"))
    assert messages, "the English catalog holds the texts that count"
    for _context, source, state, texts in messages:
        assert "%n" in source and state == "" and len(texts) == 2 and all(texts), source


def test_the_pseudo_locale_keeps_placeholders_markup_and_mnemonics():
    text = "Save “{title}” at {time}? <b>%n</b> &Save &amp; close"
    out = catalogs.pseudo(text)
    assert out.startswith("[") and out.endswith("]")
    for kept in ("{title}", "{time}", "<b>", "</b>", "%n", "&S", "&amp;"):
        assert kept in out
    assert "Save" not in out.replace("&Save", "")
    assert len(out) >= len(text) * 1.4
    assert catalogs.pseudo("Week").startswith("[Ŵééķ ")


def test_language_choice_follows_the_setting_then_the_system(monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.choose("de", ["es-ES"]) == "de"
    assert i18n.choose("system", ["de-AT", "en-US"]) == "de"
    assert i18n.choose(None, ["es_MX"]) == "es"
    assert i18n.choose("system", ["fr-FR", "es-ES"]) == "es"  # the first the app speaks
    assert i18n.choose("system", ["fr-FR"]) == "en"
    monkeypatch.setenv(i18n.ENV, "pseudo")
    assert i18n.choose("de", ["de-DE"]) == "pseudo"


def test_the_setting_is_read_before_the_data_opens(tmp_path):
    db_file = tmp_path / "recoverybox.sqlite3"
    assert i18n.stored_setting(tmp_path, db_file) == "system"  # new data
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('language', ?)", (json.dumps("es"),))
    conn.commit()
    conn.close()
    assert i18n.stored_setting(tmp_path, db_file) == "es"
    # Protected data cannot be read before the unlock: the key file's copy for the lock page says it.
    (tmp_path / i18n.KEY_FILE).write_text(json.dumps({"lock_screen": {"language": "de"}}), encoding="utf-8")
    assert i18n.stored_setting(tmp_path, db_file) == "de"
    (tmp_path / i18n.KEY_FILE).write_text("{not json", encoding="utf-8")
    assert i18n.stored_setting(tmp_path, db_file) == "system"


def test_the_key_file_name_is_core_protections():
    from recoverybox.core.protection.keys import KEY_FILE

    assert i18n.KEY_FILE == KEY_FILE


def test_content_files_fall_back_to_english(monkeypatch):
    assert i18n.content_path("reflections.txt", "en").name == "reflections.txt"
    assert i18n.content_path("no-such-file.txt", "de") == i18n.content_path("no-such-file.txt", "en")
    assert re.search(r"resources", str(i18n.content_path("coping.json", "pseudo")))


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_each_language_has_every_reflection_and_coping_text_in_the_same_places(language):
    """The content files are our own writing in each language: as many reflections as in English, in the same
    order (a starred one is kept by its number), each with its question; the coping content with the same keys
    and as many strategies and surfing lines (the crisis window shows them by position)."""
    from recoverybox.resources import resource_path

    def lines(path):
        return [
            line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
        ]

    english, own = lines(resource_path("reflections.txt")), lines(resource_path(language, "reflections.txt"))
    assert len(own) == len(english)
    assert all(" | " in line and line.split(" | ")[1].rstrip().endswith("?") for line in own)
    assert not set(own) & set(english), "a reflection was left in English"
    base = json.loads(resource_path("coping.json").read_text(encoding="utf-8"))
    theirs = json.loads(resource_path(language, "coping.json").read_text(encoding="utf-8"))
    assert theirs.keys() == base.keys() and theirs["halt"].keys() == base["halt"].keys()
    assert [s.keys() for s in theirs["strategies"]] == [s.keys() for s in base["strategies"]]
    assert len(theirs["surfing_lines"]) == len(base["surfing_lines"])
    assert theirs["pledge"] != base["pledge"]


def test_the_reflections_follow_the_language_of_the_run(monkeypatch):
    from recoverybox.core.recovery.daily_content import coping_content, reflections

    english = reflections()
    try:
        i18n.use("de")
        german = reflections()
        assert [r.id for r in german] == [r.id for r in english]
        assert german[0].text.startswith("Heute muss nicht perfekt sein")
        assert coping_content()["pledge"].startswith("Heute nehme ich mir vor")
    finally:
        i18n.use("en")
    assert reflections() == english
