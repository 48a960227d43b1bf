"""The catalogs kept in ``resources/i18n``: extracted from the package with ``pyside6-lupdate``, checked for
being up to date and finished, compiled with ``lrelease``; and the pseudo-locale made from them.

``python -m recoverybox.i18n.catalogs update`` after changing any text marked for translation; the tests run
``stale()`` and ``unfinished()`` and fail on either.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from recoverybox import i18n
from recoverybox.resources import resource_path

PACKAGE = Path(__file__).resolve().parents[1]
_TOOLS = Path(PySide6.__file__).resolve().parent


def sources() -> list[Path]:
    """Every module of the package (the tests and benchmarks say nothing a person reads)."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def catalog(language: str) -> Path:
    return resource_path("i18n", f"recoverybox_{language}.ts")


def extract(target: Path, language: str) -> None:
    """Run ``lupdate`` over the package into ``target`` (made or brought up to date). No source locations, so a
    catalog changes only when a text does; texts gone from the code are dropped. English keeps only the texts
    that count (``%n``): its words are the source's, its plural forms are not."""
    options = ["-locations", "none", "-no-obsolete", "-source-language", "en", "-target-language", language]
    kept = _plural_forms(target) if target.is_file() else {}
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(str(path) for path in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [str(_TOOLS / "lupdate"), *options, f"@{listing}", "-ts", str(target)],
            check=True,
            capture_output=True,
            timeout=600,
        )
    finally:
        listing.unlink(missing_ok=True)
    _plurals(target, language, kept)


def _plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in a catalog, by (context, source): lupdate drops those of a text it does not
    itself see as counting, so they are put back after it has run."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms and all(forms):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def _plurals(target: Path, language: str, kept: dict[tuple[str, str], list[str]]) -> None:
    """Every text with ``%n`` counts (lupdate marks only some of them so: it misses a count passed to a module's
    ``translate`` by name), so each gets plural forms. English keeps only these, its two forms made from the
    source: "%n day(s)" → "%n day", "%n days" (a test holds every English plural finished)."""
    tree = ET.parse(target)
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            counts = "%n" in source
            if language == i18n.ENGLISH and not counts:
                context.remove(message)
                continue
            translation = message.find("translation")
            if not counts or translation is None:
                continue
            message.set("numerus", "yes")
            earlier = kept.get((context.findtext("name") or "", source))
            now = [f.text for f in translation.findall("numerusform")]
            if earlier and not (now and all(now)):
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                translation.attrib.pop("type", None)
                for text in earlier:
                    ET.SubElement(translation, "numerusform").text = text
            if not translation.findall("numerusform"):
                translation.text = None
                translation.set("type", "unfinished")
                for _form in range(_FORMS.get(language, 2)):
                    ET.SubElement(translation, "numerusform")
            if language == i18n.ENGLISH:  # its forms are made here (lupdate may have guessed some: kept)
                if not all(f.text for f in translation.findall("numerusform")):
                    for form, text in zip(translation.findall("numerusform"), _english(source), strict=True):
                        form.text = text
                translation.attrib.pop("type", None)
        if not context.findall("message"):
            tree.getroot().remove(context)
    _write(tree, target)


_FORMS = {"en": 2, "es": 2, "de": 2}  # Qt's plural rules for each: one, other


def _english(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _write(tree: ET.ElementTree[ET.Element], target: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update() -> None:
    for language in (i18n.ENGLISH, *i18n.TRANSLATED):
        extract(catalog(language), language)


def stale() -> list[str]:
    """The catalogs that extraction would change now (a text added, changed or gone): empty when all are current."""
    found = []
    with tempfile.TemporaryDirectory() as folder:
        for language in (i18n.ENGLISH, *i18n.TRANSLATED):
            kept = catalog(language)
            fresh = Path(folder) / kept.name
            if kept.is_file():
                shutil.copyfile(kept, fresh)
            extract(fresh, language)
            if not kept.is_file() or _messages(fresh) != _messages(kept):
                found.append(kept.name)
    return found


def _messages(path: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Each message as (context, source, state, translations): what extraction can change."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = tuple(f.text or "" for f in translation.iter("numerusform")) if translation is not None else ()
            if translation is not None and not texts:
                texts = (translation.text or "",)
            state = translation.get("type", "") if translation is not None else ""
            found.append((name, message.findtext("source") or "", state, texts))
    return found


def unfinished(language: str) -> list[str]:
    """The texts of ``language``'s catalog without a finished translation ("context: source")."""
    return [
        f"{context}: {source}"
        for context, source, state, texts in _messages(catalog(language))
        if state in ("unfinished", "vanished", "obsolete") or not all(texts)
    ]


# ---- the pseudo-locale ---------------------------------------------------------------------------------
_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķľɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Left as they are: {placeholders}, %n and %1, markup and entities, the letter after a mnemonic "&".
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]*>|&[a-zA-Z]+;|&&|&.")
PSEUDO_OPEN, PSEUDO_CLOSE = "[", "]"


def pseudo(text: str) -> str:
    """``Week`` → ``[Ŵééķ ··]``: every letter accented (so untranslated text stands out), 40% longer (so text
    that will not fit in German shows now), bracketed (so cut text shows its missing end)."""
    if not text.strip():
        return text
    out, last = [], 0
    for found in _KEEP.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[last : found.start()]))
        out.append(found.group())
        last = found.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    padding = "·" * max(2, round(len(text) * 0.4))
    return f"{PSEUDO_OPEN}{''.join(out)} {padding}{PSEUDO_CLOSE}"


def write_pseudo(target: Path) -> None:
    """The pseudo-locale's catalog (a ``.ts``): every text of the Spanish catalog, pseudo-translated."""
    tree = ET.parse(catalog(TRANSLATED_SOURCE))
    root = tree.getroot()
    root.set("language", "en")  # English's plural rule: two forms
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for text in _english(source):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(source)
    _write(tree, target)


TRANSLATED_SOURCE = "es"  # every text is in each translated catalog; the pseudo-locale reads this one


def compile_all(folder: Path) -> list[Path]:
    """Every catalog compiled into ``folder`` (the build's ``_resources/i18n``, the bundle's): English, the
    translations and the pseudo-locale. Returns the ``.qm`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for language in (i18n.ENGLISH, *i18n.TRANSLATED, i18n.PSEUDO):
        source = catalog(language)
        if language == i18n.PSEUDO:
            source = folder / "recoverybox_pseudo.ts"
            write_pseudo(source)
        target = folder / f"recoverybox_{language}.qm"
        i18n.compile_catalog(source, target)
        made.append(target)
    (folder / "recoverybox_pseudo.ts").unlink(missing_ok=True)
    return made


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        for language in i18n.TRANSLATED:
            print(f"{language}: {len(unfinished(language))} unfinished")
        return 0
    if argv[:1] == ["check"]:
        problems = [f"out of date: {name}" for name in stale()]
        problems += [f"{lang} unfinished: {text}" for lang in i18n.TRANSLATED for text in unfinished(lang)]
        print("\n".join(problems) or "the catalogs are current and finished")
        return 1 if problems else 0
    print("usage: python -m recoverybox.i18n.catalogs update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
