"""The List of Participants PDF, read back with pypdf and checked."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.documents import fonts
from conference_desk.core.people.participant_list import build_participant_list, collation_key, collect
from conference_desk.core.foundation.files import ExportCancelled
from tests.templates import Templates

from ._export_data import add_people

LANGS = ("en", "fr", "es")
PAGE = {"en": "Page {} of {}", "fr": "Page {} sur {}", "es": "Página {} de {}"}
TITLE = {"en": "LIST OF PARTICIPANTS", "fr": "LISTE DES PARTICIPANTS", "es": "LISTA DE PARTICIPANTES"}


@pytest.fixture(scope="module")
def lop_db(tmp_path_factory: pytest.TempPathFactory, demo_templates: Templates) -> Iterator[Database]:
    """ICLC 2015 with the 650-person demo (this test process's prepared copy) and the awkward test people on top."""
    database = demo_templates.open_setup(tmp_path_factory.mktemp("lop") / "conference.sqlite", "iclc2015")
    demo_templates.populate_demo(database, 650)
    add_people(database)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def pdfs(lop_db: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str], str]]:
    """lang -> (file, text of each page, text of the document)."""
    folder = tmp_path_factory.mktemp("pdf")
    out: dict[str, tuple[Path, list[str], str]] = {}
    for lang in LANGS:
        path = folder / f"lop-{lang}.pdf"
        build_participant_list(lop_db, path, lang, today=dt.date(2015, 9, 27))
        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
        out[lang] = (path, pages, "\n".join(pages))
    return out


def headings(text: str) -> list[str]:
    """Upper-case lines (section bands, delegation names); a heading wrapped over two lines is joined."""
    out: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or re.search(r"[a-zß]", line) or not re.search(r"[A-Z]", line) or line.startswith("Page"):
            joinable = False
            continue
        if re.match(r"^[IVX]+\. ", line):
            out.append(line)
            joinable = False
        elif joinable:
            out[-1] += " " + line
        else:
            out.append(line)
            joinable = True
    return out


def positions(text: str, needles: list[str]) -> list[int]:
    found_headings = headings(text)
    found = []
    for needle in needles:
        assert needle in found_headings, f"{needle!r} is not a heading of the document"
        found.append(found_headings.index(needle))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_member_states_in_collation_order_of_the_language(lop_db: Database, pdfs, lang: str) -> None:  # type: ignore[no-untyped-def]
    _path, _pages, text = pdfs[lang]
    data = collect(lop_db, lang)
    states = next(s for s in data.sections if s.key == "section_member_states")
    names = [group.title for group in states.groups]
    assert len(names) >= 90
    # The expectation is derived from the data with the same collation ...
    assert names == sorted(names, key=lambda n: collation_key(n, lang))
    # ... and the headings are printed in that order.
    found = positions(text, [name.upper() for name in names])
    assert found == sorted(found)


@pytest.mark.parametrize(
    ("lang", "ordered"),
    [
        ("en", ["AUSTRIA", "CHINA", "EGYPT", "GERMANY", "MEXICO", "RUSSIAN FEDERATION", "SPAIN",
                "UNITED ARAB EMIRATES", "UNITED STATES OF AMERICA"]),
        ("fr", ["ALLEMAGNE", "AUTRICHE", "CHINE", "ÉGYPTE", "ÉMIRATS ARABES UNIS", "ESPAGNE",
                "ÉTATS-UNIS D'AMÉRIQUE", "FÉDÉRATION DE RUSSIE", "MEXIQUE"]),
        ("es", ["ALEMANIA", "AUSTRIA", "CHINA", "EGIPTO", "EMIRATOS ÁRABES UNIDOS", "ESPAÑA",
                "ESTADOS UNIDOS DE AMÉRICA", "FEDERACIÓN DE RUSIA", "MÉXICO"]),
    ],
)
def test_known_pairs_of_member_states(pdfs, lang: str, ordered: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = positions(pdfs[lang][2], ordered)
    assert found == sorted(found)


def test_collation_key_rules() -> None:
    assert collation_key("Égypte", "fr") < collation_key("Espagne", "fr") < collation_key("États-Unis", "fr")
    assert collation_key("Alemania", "es") < collation_key("Austria", "es")
    assert collation_key("Nuevo", "es") < collation_key("Ñandú", "es") < collation_key("Oruro", "es")
    assert sorted(["Saint-Marin", "Sainte-Lucie", "Saint-Kitts-et-Nevis"], key=lambda n: collation_key(n, "fr")) \
        == ["Saint-Kitts-et-Nevis", "Saint-Marin", "Sainte-Lucie"]


@pytest.mark.parametrize("lang", LANGS)
def test_title_block_pages_and_numbering(lop_db: Database, pdfs, lang: str) -> None:  # type: ignore[no-untyped-def]
    path, pages, _text = pdfs[lang]
    count = len(PdfReader(path).pages)
    assert count > 5
    first = pages[0]
    assert TITLE[lang] in first
    assert {"en": "2nd International Conference on Learning Cities",
            "fr": "2e Conférence internationale sur les villes apprenantes",
            "es": "2ª Conferencia Internacional"}[lang] in first
    assert "Palacio de Minería" in first
    assert {"en": "28–30 September 2015", "fr": "28–30 septembre 2015",
            "es": "28 al 30 de septiembre de 2015"}[lang] in first
    for number, page in enumerate(pages, start=1):
        assert PAGE[lang].format(number, count) in page
    # Running header from page 2 on.
    assert {"en": "List of Participants", "fr": "Liste des participants",
            "es": "Lista de participantes"}[lang] in pages[1]


def entry_lines(text: str, heading: str) -> list[str]:
    """The lines of one delegation, from its heading to the next upper-case heading."""
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index(heading)
    out = []
    for line in lines[start + 1:]:
        if line in ("ICLC 2015", "List of Participants", "Liste des participants", "Lista de participantes", "") \
                or line.startswith(("Page ", "Página ")) or "(continued)" in line or "(suite)" in line \
                or "(continuación)" in line:
            continue  # running header and footer, heading of a delegation continued in the next column
        if not re.search(r"[a-z]", line) and len(line) > 3:
            break
        out.append(line)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_head_first_then_family_names_upper_case(pdfs, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = pdfs[lang][2]
    germany = entry_lines(text, {"en": "GERMANY", "fr": "ALLEMAGNE", "es": "ALEMANIA"}[lang])
    names = [line for line in germany if re.search(r"\b[A-ZÄÖÜ]{3,}\b", line) and "UNESCO" not in line]
    mr = {"en": "Mr", "fr": "M.", "es": "Sr."}[lang]
    assert names[0] == f"{mr} Jürgen MÜLLER", names
    head = {"en": "Head of Delegation", "fr": "Chef de délégation", "es": "Jefe de delegación"}[lang]
    assert germany[1] == head
    # The other members by family name: ALBERS before ZIMMERMANN.
    joined = "\n".join(germany)
    assert joined.index("ALBERS") < joined.index("ZIMMERMANN")


def test_every_delegation_with_a_head_lists_it_first(lop_db: Database) -> None:
    data = collect(lop_db, "en")
    with_heads = 0
    for section in data.sections:
        for group in section.groups:
            heads = [e for e in group.entries if e.is_head]
            assert len(heads) <= 1
            if heads:
                with_heads += 1
                assert group.entries[0].is_head
            rest = [e.sort_key[1:] for e in group.entries if not e.is_head]
            assert rest == sorted(rest)
    assert with_heads >= 90


@pytest.mark.parametrize("lang", LANGS)
def test_scripts_latin_name_with_the_original_beside_it(pdfs, lang: str) -> None:  # type: ignore[no-untyped-def]
    """One rule for every script (issue 16): registered Latin name, then the original in brackets."""
    import unicodedata

    text = pdfs[lang][2]
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    assert "Nikoleta IVANOVA (Николета ИВАНОВА)" in flat
    assert "Jianping LIU (刘建平)" in flat  # Chinese: family name first, no space
    assert "建平 刘" not in flat
    assert "Hala HASSAN" in flat and "هالة حسن" in flat  # Arabic extracted in logical order
    assert "Москва" in text  # Cyrillic city as written
    assert "杭州" not in text and "Hang Zhou" in text  # a city the font cannot draw: transliterated


@pytest.mark.parametrize("lang", LANGS)
def test_cancelled_participants_are_left_out(lop_db: Database, pdfs, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = pdfs[lang][2]
    assert "AUSENTE" not in text
    listed = collect(lop_db, lang).participants
    from sqlalchemy import func, select

    from conference_desk.core.foundation.models import Participant, ParticipantStatus

    with lop_db.session() as session:
        active = session.scalar(select(func.count()).where(Participant.status != ParticipantStatus.CANCELLED))
    assert listed == active
    assert f"{listed:,}".replace(",", "\u202f") in pdfs[lang][1][0]


def test_sections_after_member_states(pdfs) -> None:  # type: ignore[no-untyped-def]
    text = pdfs["fr"][2]
    # The demo has no Associate Member delegation: that section is left out, and numbers follow on.
    flat = " ".join(text.split())
    found = [flat.index(label) for label in ["I. ÉTATS MEMBRES", "II. ORGANISATIONS INTERGOUVERNEMENTALES",
                             "III. ORGANISATIONS NON GOUVERNEMENTALES", "IV. SECTEUR PRIVÉ",
                             "V. SECRÉTARIAT DE L'UNESCO", "VI. ORGANISATEURS HÔTES",
                             "VII. AUTRES PARTICIPANTS"]]
    assert found == sorted(found)
    assert "MEMBRES ASSOCIÉS" not in text
    assert "ORGANISATION FOR ECONOMIC CO-OPERATION AND DEVELOPMENT" in flat
    assert "PRESSE" in text and "M. Pedro PRENSA" in text


def test_cancel_leaves_no_file(lop_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "lop.pdf"
    seen: list[int] = []

    def stop_half_way(done: int, total: int) -> bool:
        seen.append(done)
        return done < total // 2

    with pytest.raises(ExportCancelled):
        build_participant_list(lop_db, out, "en", progress=stop_half_way)
    assert seen[0] == 0 and max(seen) >= 1
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(lop_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = build_participant_list(lop_db, tmp_path / "lop.pdf", "es", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, result.rows) and calls[-1] == (result.rows, result.rows)
    assert result.rows == collect(lop_db, "es").participants


def test_greek_capitals_lose_their_accents() -> None:
    from conference_desk.core.people.participant_list import upper

    assert upper("Μπακλάβας") == "ΜΠΑΚΛΑΒΑΣ"
    assert upper("Προϊστάμενος") == "ΠΡΟΪΣΤΑΜΕΝΟΣ"  # the dialytika stays
    assert upper("Müller") == "MÜLLER"


def test_font_coverage() -> None:
    assert fonts.can_draw("Ærøskøbing Łódź Şişli Ἀθῆναι Москва Երևան თბილისი")
    assert not fonts.can_draw("北京")
    assert not fonts.can_draw("القاهرة")  # the font has Arabic glyphs, but reportlab cannot shape them
    assert fonts.printable("北京") == "Bei Jing"
    assert fonts.printable("Zürich") == "Zürich"
    assert (fonts.FONTS_DIR / "DejaVu-LICENSE.txt").is_file()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_first_page_renders(pdfs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = pdfs["es"][0]
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True, capture_output=True)
    (png,) = tmp_path.glob("p*.png")
    assert png.stat().st_size > 5_000
