"""Refresh the translation sources and compile them.

    python scripts/translations.py            # lupdate (.ts) then lrelease (.qm)
    python scripts/translations.py --check    # exit 1 if a string is missing or unfinished
    python scripts/translations.py --apply fr new_fr.json   # merge {context: {source: text}}

pyside6-lupdate scans every Python file of the UI layer (the only layer with
user-visible Qt strings) and updates i18n/conference_desk_{fr,es}.ts in place,
keeping existing translations; translators then fill them in Qt Linguist
(pyside6-linguist) or any editor; pyside6-lrelease compiles the .qm files the
application loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCES_DIR = ROOT / "conference_desk" / "ui"
LANGUAGES = ("fr", "es")
# English needs a catalogue too, for plural forms only: the source says "%n badge(s)", the
# English catalogue gives "%n badge" / "%n badges" (lupdate -pluralonly).
PLURAL_ONLY = ("en",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES_DIR.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return I18N / f"conference_desk_{lang}.ts"


def lupdate(targets: list[Path], plural_only: bool = False) -> None:
    cmd = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
           *(["-pluralonly"] if plural_only else []), "-ts", *map(str, targets)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease() -> None:
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        qm = I18N / f"conference_desk_{lang}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm)],
            check=True,
            capture_output=True,
            text=True,
        )


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) for every message of a .ts file."""
    result: dict[tuple[str, str], tuple[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            result[(name, source)] = (text, kind)
    return result


def problems(lang: str) -> list[str]:
    """Strings in the code that the committed .ts lacks, or leaves unfinished."""
    committed = messages(ts_path(lang)) if ts_path(lang).exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / f"fresh_{lang}.ts"
        lupdate([fresh_ts], plural_only=lang in PLURAL_ONLY)
        needed = messages(fresh_ts)
    found = []
    for key in sorted(needed):
        text, kind = committed.get(key, ("", "missing"))
        if kind == "missing":
            found.append(f"{lang}: missing [{key[0]}] {key[1]!r}")
        elif kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            found.append(f"{lang}: unfinished [{key[0]}] {key[1]!r}")
    return found


def carried(lang: str) -> dict[str, list[str]]:
    """source -> its translation (the plural forms for %n strings) wherever one context gives it.

    Read before lupdate, so that a string whose class was renamed or split (a new Qt
    context) keeps its translation; a source translated two different ways is left out.
    """
    if not ts_path(lang).exists():
        return {}
    seen: dict[str, list[str] | None] = {}
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if not any(f.strip() for f in forms):
                continue
            source = message.findtext("source") or ""
            seen[source] = forms if seen.get(source, forms) == forms else None
    return {source: forms for source, forms in seen.items() if forms}


def carry(lang: str, known: dict[str, list[str]]) -> int:
    """Fill the unfinished messages of ``lang`` whose source ``known`` translates; returns how many."""
    if not known or not ts_path(lang).exists():
        return 0
    mapping: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.get("type") == "unfinished" and source in known:
                forms = known[source]
                mapping.setdefault(name, {})[source] = forms if message.get("numerus") == "yes" else forms[0]
    return apply_json(lang, mapping) if mapping else 0


def apply_json(lang: str, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill translations from {context: {source: translation}}; returns how many were set."""
    path = ts_path(lang)
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = wanted.get(source)
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                # Plural forms: a list ["1 participant", "%n participants"] (or one text for all).
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing or unfinished strings")
    parser.add_argument("--apply", nargs=2, metavar=("LANG", "JSON"), help="merge translations from a JSON file")
    args = parser.parse_args()
    if args.apply:
        import json

        lang, json_path = args.apply
        with open(json_path, encoding="utf-8") as fh:
            print(f"{apply_json(lang, json.load(fh))} translations set in {ts_path(lang).name}")
    if args.check:
        found = [p for lang in (*LANGUAGES, *PLURAL_ONLY) for p in problems(lang)]
        print("\n".join(found) or "All strings translated into French and Spanish; English plural forms all given.")
        return 1 if found else 0
    I18N.mkdir(exist_ok=True)
    before = {lang: carried(lang) for lang in (*LANGUAGES, *PLURAL_ONLY)}
    lupdate([ts_path(lang) for lang in LANGUAGES])
    lupdate([ts_path(lang) for lang in PLURAL_ONLY], plural_only=True)
    for lang, known in before.items():
        moved = carry(lang, known)
        if moved:
            print(f"{ts_path(lang).relative_to(ROOT)}: {moved} translations carried to a new context")
    lrelease()
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        unfinished = sum(1 for _text, kind in messages(ts_path(lang)).values() if kind == "unfinished")
        print(f"{ts_path(lang).relative_to(ROOT)}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
