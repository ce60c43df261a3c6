"""Badges (issue 16): the badge-language setting, labels in the holder's gender, readable bands."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from conference_desk.cli import main
from conference_desk.core.badges import service
from conference_desk.core.badges.render import _category_colours, header_colours
from conference_desk.core.badges.types import BadgeStyle
from conference_desk.core.foundation.colours import MIN_CONTRAST, contrast_ratio, readable_pair
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.documents.strings import gendered
from conference_desk.core.foundation.models import Category, Gender, Participant, ParticipantStatus
from conference_desk.core.foundation.paths import RESOURCES_DIR
from tests.templates import Templates


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, participants=60, seed=7)
    with db.session() as s:
        s.execute(update(Participant).values(status=ParticipantStatus.CONFIRMED))
    return db


def _ids(db: Database, **where: object) -> list[int]:
    with db.session() as s:
        stmt = select(Participant.id).join(Category, Category.id == Participant.category_id)
        if "category" in where:
            stmt = stmt.where(Category.code == where["category"])
        return list(s.scalars(stmt.order_by(Participant.id)))


def test_wcag_contrast_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#b8860b", "#ffffff") == pytest.approx(3.25, abs=0.01)  # the old mayors' band


def test_every_shipped_category_band_reads_at_4_5() -> None:
    data = json.loads((RESOURCES_DIR / "categories.json").read_text(encoding="utf-8"))
    for category in data["categories"]:
        ratio = contrast_ratio(category["colour"], category["text_colour"])
        assert ratio >= MIN_CONTRAST, (category["code"], round(ratio, 2))


def test_every_printed_band_reads_at_4_5(demo: Database) -> None:
    """The bands as drawn (also with an organiser's unreadable override and header colours)."""
    style = replace(BadgeStyle(), category_colours={"delegate": "#ffd54f", "press": "#808080"},
                    header_colour="#7fb2e5", header_text_colour="#ffffff")
    badges = service.badge_data(demo, _ids(demo), style)
    seen = set()
    for badge in badges:
        band, text = _category_colours(badge, style)
        seen.add(badge.category_code)
        assert contrast_ratio(band, text) >= MIN_CONTRAST, (badge.category_code, band, text)
    assert {"head", "delegate"} <= seen
    assert contrast_ratio(*header_colours(style)) >= MIN_CONTRAST
    for grey in range(0, 256, 5):
        colour = f"#{grey:02x}{grey:02x}{grey:02x}"
        assert contrast_ratio(*readable_pair(colour, "#ffffff")) >= MIN_CONTRAST


@pytest.mark.parametrize("label, lang, forms", [
    ("Jefe/a de delegación", "es", ("Jefe de delegación", "Jefa de delegación", "Jefe/a de delegación")),
    ("Delegado/a", "es", ("Delegado", "Delegada", "Delegado/a")),
    ("Alcalde/sa", "es", ("Alcalde", "Alcaldesa", "Alcalde/sa")),
    ("Chef de délégation", "fr", ("Chef de délégation", "Cheffe de délégation", "Chef de délégation")),
    ("Délégué", "fr", ("Délégué", "Déléguée", "Délégué(e)")),
    ("Modérateur/Modératrice", "fr", ("Modérateur", "Modératrice", "Modérateur/Modératrice")),
    ("OIG/ONG", "fr", ("OIG/ONG", "OIG/ONG", "OIG/ONG")),
    ("Head of delegation", "en", ("Head of delegation",) * 3),
])
def test_gendered_labels(label: str, lang: str, forms: tuple[str, str, str]) -> None:
    assert (gendered(label, lang, "M"), gendered(label, lang, "F"), gendered(label, lang, None)) == forms


def _set_gender(db: Database, pid: int, gender: Gender) -> None:
    with db.session() as s:
        s.execute(update(Participant).where(Participant.id == pid).values(gender=gender))


def test_badge_language_setting_gives_one_language_per_batch(demo: Database) -> None:
    heads = _ids(demo, category="head")
    assert len(heads) >= 2
    _set_gender(demo, heads[0], Gender.FEMALE)
    _set_gender(demo, heads[1], Gender.MALE)
    for lang, woman, man in (("fr", "Cheffe de délégation", "Chef de délégation"),
                             ("es", "Jefa de delegación", "Jefe de delegación"),
                             ("en", "Head of delegation", "Head of delegation")):
        style = replace(BadgeStyle(), language=lang)
        labels = {b.participant_id: b.category_label for b in service.badge_data(demo, heads, style)}
        assert labels[heads[0]] == woman and labels[heads[1]] == man
        assert len(set(labels.values()) - {woman, man}) == 0, labels
    both = service.badge_data(demo, heads[:1], replace(BadgeStyle(), language="bilingual"))[0]
    assert "/" in both.category_label and "Head of delegation" in both.category_label or \
        both.category_label.startswith("Head of delegation / Jefa")


def test_style_language_is_saved_and_validated(demo: Database) -> None:
    service.save_style(demo, replace(BadgeStyle(), language="es"))
    assert service.load_style(demo).language == "es"
    from conference_desk.core.badges.service import _style_from_dict

    assert _style_from_dict({"language": "de"}).language == "participant"


def test_cli_lang_is_the_badges_language(demo: Database, db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pdf"
    assert main(["--db", str(db_path), "--lang", "es", "badges", "print", "--out", str(out),
                 "--category", "head"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "JEF" in text and "HEAD OF DELEGATION" not in text and "CHEF DE" not in text
    assert "Ciudad de México" in text and "Mexico City" not in text
    reader = PdfReader(out)
    assert reader.metadata.author == "UNESCO; Government of Mexico City"
    assert reader.metadata.creator.startswith("Conference Desk ")
    fonts_used = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert not any("Helvetica" in f for f in fonts_used), fonts_used
    out2 = tmp_path / "c.pdf"
    assert main(["--db", str(db_path), "badges", "print", "--out", str(out2), "--category", "head",
                 "--badge-lang", "fr"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out2).pages)
    assert "DE DÉLÉGATION" in text and "HEAD OF" not in text and "JEF" not in text
    capsys.readouterr()


def test_walk_in_registered_in_french_gets_a_french_badge(demo: Database, db_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w.pdf"
    assert main(["--db", str(db_path), "--lang", "fr", "walkin", "--given", "Amélie", "--family", "Durand",
                 "--country", "FRA", "--category", "delegate", "--gender", "F", "--badge-out", str(out)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "DÉLÉGUÉE" in text and "DELEGATE" not in text
    capsys.readouterr()
