"""Badge rendering: layouts, QR codes decoded as a scanner would, every script, auto-fit."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from conference_desk.core.badges import render
from conference_desk.core.badges.qr_matrix import qr_ops
from conference_desk.core.badges.render import (
    MM,
    BadgeRenderCancelled,
    fit_text,
    qr_module_mm,
    rasterise_pdf,
    render_badge_png,
    render_badges_pdf,
)
from conference_desk.core.badges.types import BadgeData, BadgeStyle
from conference_desk.core.foundation.documents import fonts
from conference_desk.core.foundation.errors import ConferenceDeskError

ALNUM = string.ascii_letters + string.digits

# (name, latin form, delegation, position, city)
PEOPLE = [
    ("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai", "Viet Nam", "Vice-Minister of Education", "Hà Nội"),
    ("Łukasz Wiśniewski", "Lukasz Wisniewski", "Poland", "Director, Education Office", "Kraków"),
    ("Øyvind Hågensen", "Oyvind Hagensen", "Norway", "Mayor", "Bergen"),
    ("María Ñúñez", "Maria Nunez", "Mexico", "Secretaria de Educación", "Ciudad de México"),
    ("Иван Петров", "Ivan Petrov", "Russian Federation", "Head of Department", "Москва"),
    ("王芳", "Wang Fang", "China", "Mayor of Beijing", "北京"),
    ("محمد العتيبي", "Mohammed Al-Otaibi", "Saudi Arabia", "Deputy Minister", "الرياض"),
    ("Ἀλέξανδρος Παπαδόπουλος", "Alexandros Papadopoulos", "Greece", "Adviser", "Αθήνα"),
    ("김민준", "Kim Min-jun", "Republic of Korea", "Researcher", "Seoul"),
]


def _badge(pid: int, code: str, name: str, latin: str = "", delegation: str = "Mexico", position: str = "",
           city: str = "", category: str = "Delegate") -> BadgeData:
    return BadgeData(
        participant_id=pid, code=code, name=name, latin_name=latin or name, delegation=delegation,
        position=position, city=city, category_label=category, category_colour="#0b6e4f",
        category_text_colour="#ffffff", conference_name="2nd International Conference on Learning Cities",
        conference_short="ICLC 2015", dates="28–30 September 2015 · Mexico City",
    )


def _badges(n: int, seed: int = 7, code_length: int = 30) -> list[BadgeData]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name, latin, delegation, position, city = PEOPLE[i % len(PEOPLE)]
        code = "CD1" + "".join(rng.choices(ALNUM, k=code_length))
        out.append(_badge(i + 1, code, name, latin, delegation, position, city))
    return out


def _decode_all(path: Path, per_page: int) -> list[list[str]]:
    """The QR payloads of every page, ordered top-to-bottom, left-to-right as laid out."""
    pages = []
    images = rasterise_pdf(path, 300)
    try:
        for image in images:
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            spots = sorted(found, key=lambda r: (round(r.position.top_left.y / 200), r.position.top_left.x))
            pages.append([r.text for r in spots])
            assert all(r.valid for r in found)
    finally:
        for image in images:
            image.close()
    return pages


def _font_names(path: Path) -> set[str]:
    names: set[str] = set()
    reader = PdfReader(path)
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in resources.get_object().get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.parametrize("workers", [1, 2])
def test_a6_sheets_decode_every_qr_to_its_badge(tmp_path: Path, workers: int) -> None:
    badges = _badges(22)  # 6 pages, the last one with two badges
    out = tmp_path / "badges.pdf"
    result = render_badges_pdf(badges, out, BadgeStyle(layout="a6-4up"), workers=workers)
    assert result.pages == 6
    assert result.missing_glyphs == []
    decoded = _decode_all(out, 4)
    expected = [[b.code for b in badges[i:i + 4]] for i in range(0, len(badges), 4)]
    assert decoded == expected


def test_id1_cards_decode_every_qr_including_long_payloads(tmp_path: Path) -> None:
    badges = _badges(9, seed=11)
    rng = random.Random(3)
    badges += [_badge(100, "".join(rng.choices(ALNUM, k=80)), "Ana Gómez"),
               _badge(101, "".join(rng.choices(string.ascii_uppercase + string.digits, k=80)), "Ana Gómez"),
               _badge(102, "A", "Ana Gómez")]
    out = tmp_path / "cards.pdf"
    result = render_badges_pdf(badges, out, BadgeStyle(layout="id1"))
    assert result.pages == len(badges)
    assert _decode_all(out, 1) == [[b.code] for b in badges]
    reader = PdfReader(out)
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / MM
        height_mm = float(page.mediabox.height) / MM
        assert width_mm == pytest.approx(85.6, abs=0.1)
        assert height_mm == pytest.approx(53.98, abs=0.1)


def test_a6_sheet_is_a4_with_four_badges_a_page(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    result = render_badges_pdf(_badges(650), out, BadgeStyle(layout="a6-4up"))
    assert result.pages == 163
    reader = PdfReader(out)
    assert len(reader.pages) == 163
    box = reader.pages[0].mediabox
    assert float(box.width) / MM == pytest.approx(210, abs=0.1)
    assert float(box.height) / MM == pytest.approx(297, abs=0.1)


def test_fonts_used_for_each_script(tmp_path: Path) -> None:
    latin = tmp_path / "latin.pdf"
    render_badges_pdf([_badge(1, "CD1abc", "Nguyễn Łukasz Øyvind Ñúñez"), _badge(2, "CD1abd", "Иван Петров")],
                      latin, BadgeStyle(layout="id1"))
    assert "DejaVuSans-Bold" in _font_names(latin)
    assert fonts.CJK not in _font_names(latin)

    chinese = tmp_path / "chinese.pdf"
    result = render_badges_pdf([_badge(3, "CD1abe", "王芳", "Wang Fang", "China")], chinese,
                               BadgeStyle(layout="id1"))
    assert result.missing_glyphs == []
    assert fonts.CJK in _font_names(chinese)
    assert "王芳" in PdfReader(chinese).pages[0].extract_text()


def test_arabic_is_shaped_and_right_to_left(tmp_path: Path) -> None:
    name = "محمد العتيبي"
    out = tmp_path / "arabic.pdf"
    result = render_badges_pdf([_badge(1, "CD1abc", name, "Mohammed Al-Otaibi")], out, BadgeStyle(layout="id1"))
    assert result.missing_glyphs == []
    text = PdfReader(out).pages[0].extract_text()
    shaped = fonts.visual(name)
    assert shaped != name
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped if not ch.isspace())  # presentation forms
    # What is drawn are the shaped forms; what a reader copies is the name as typed, in logical order.
    assert name in text
    assert not any(0xFB50 <= ord(ch) <= 0xFEFC for ch in text)
    # Visual order: the first letter of the name (meem, initial form) is drawn last of its word.
    assert shaped.split()[-1][-1] == "\ufee3"


def test_undrawable_name_is_reported_and_latin_form_drawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "USE_SYSTEM_FONTS", False)
    monkeypatch.setattr(fonts, "_system_for_char", {})
    monkeypatch.setattr(fonts, "_chains", {})
    render._chains.cache_clear()
    try:
        out = tmp_path / "missing.pdf"
        badges = [_badge(7, "CD1abc", "Ana \U00010000 Gómez", "Ana Gomez"),
                  _badge(8, "CD1abd", "Zoë \U0001F9FF\U0010FFFD", "")]
        result = render_badges_pdf(badges, out, BadgeStyle(layout="id1"))
        by_id = {m.participant_id: m for m in result.missing_glyphs if m.field == "name"}
        assert by_id[7].characters == "\U00010000"
        assert by_id[7].fallback == "Ana Gomez"
        assert by_id[7].name == "Ana \U00010000 Gómez"
        assert by_id[8].fallback.startswith("Zoe")
        text = PdfReader(out).pages[0].extract_text()
        assert "Ana Gomez" in text and "\U00010000" not in text
    finally:
        render._chains.cache_clear()


def test_other_fields_fall_back_to_a_transliteration() -> None:
    chain = fonts.font_chain(fonts.REGULAR)
    assert render._drawable("Zürich", chain) == ("Zürich", "")
    drawn, lost = render._drawable("Linear \U00010000 B", chain)
    if lost:  # (a system font could cover Linear B)
        assert "\U00010000" not in drawn


@pytest.mark.parametrize("layout_width, sizes", [
    (83 * MM, (26, 17, 2, 20, 10)),  # A6 name
    (47 * MM, (14, 10, 2, 11.5, 6.5)),  # ID-1 name
])
def test_long_names_never_exceed_the_inner_width(layout_width: float, sizes: tuple) -> None:
    chain = fonts.font_chain(fonts.BOLD)
    names = [
        "Øyvind Ñúñez de la Peña y Fernández-Ordóñez Montenegro Ayala",  # 60 characters
        "W" * 60,
        "Maximiliano-Alejandro Wolfeschlegelsteinhausenbergerdorff Sr",
        "王" * 40,
        "محمد بن عبد الله بن عبد العزيز العتيبي الحربي القحطاني",
        "Short",
    ]
    assert len(names[0]) == 60
    for name in names:
        fitted = fit_text(name, chain, layout_width, *sizes)
        assert 1 <= len(fitted.lines) <= 2
        assert fitted.width <= layout_width + 1e-6
        assert fitted.size >= sizes[-1]
    assert fit_text("Short", chain, layout_width, *sizes).size == sizes[0]
    # Shrinks first, then wraps: a long two-word name goes on two lines.
    two = fit_text("Øyvind Ñúñez de la Peña y Fernández-Ordóñez Montenegro", chain, layout_width, *sizes)
    assert len(two.lines) == 2


def test_qr_module_is_at_least_point_four_millimetres() -> None:
    for payload in ("A", "CD1" + "x" * 30, "Z9" * 40):
        modules, _ops = qr_ops(payload)
        for target, limit in ((33.0, 40.0), (20.5, 24.0)):
            module = qr_module_mm(modules, target, limit)
            assert module >= 0.4
            assert modules * module <= limit
            assert round(module / (25.4 / 300), 6) == round(module / (25.4 / 300))  # whole printer dots
    a6 = qr_module_mm(37, 33.0, 40.0)
    assert 0.8 < a6 * 37 / 33.0 * 33.0 / 37 and 30 <= a6 * 37 <= 33.5
    with pytest.raises(ConferenceDeskError):
        qr_module_mm(177, 20.5, 24.0)


def test_payload_must_be_ascii_letters_and_digits(tmp_path: Path) -> None:
    with pytest.raises(ConferenceDeskError):
        render_badges_pdf([_badge(1, "CD1-ñ", "Ana")], tmp_path / "x.pdf", BadgeStyle())
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "cancel.pdf"
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 8

    with pytest.raises(BadgeRenderCancelled):
        render_badges_pdf(_badges(60), out, BadgeStyle(), progress=progress)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert seen[:3] == [0, 4, 8]


def test_style_switches_and_colour_overrides(tmp_path: Path) -> None:
    style = BadgeStyle(show_logo=False, show_delegation=False, show_position=False, show_city=False,
                       show_category_label=False, cut_marks=False, category_colours={"press": "#ffcc00"})
    badge = BadgeData(**{**_badge(1, "CD1abc", "Ana Gómez", delegation="Uruguay", position="Journalist").__dict__,
                         "category_code": "press"})
    out = tmp_path / "plain.pdf"
    render_badges_pdf([badge], out, style)
    text = PdfReader(out).pages[0].extract_text()
    assert "Ana Gómez" in text
    assert "Uruguay" not in text and "Journalist" not in text and "DELEGATE" not in text
    assert render._category_colours(badge, style) == ("#ffcc00", "#1b1f24")


def test_preview_png_is_the_badge_alone(tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    badge = _badges(1)[0]
    for layout, size_mm in (("a6-4up", (105, 148)), ("id1", (85.6, 53.98))):
        png = render_badge_png(badge, BadgeStyle(layout=layout), dpi=200)
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        with Image.open(BytesIO(png)) as image:
            assert image.width == pytest.approx(size_mm[0] / 25.4 * 200, abs=2)
            assert image.height == pytest.approx(size_mm[1] / 25.4 * 200, abs=2)
            found = zxingcpp.read_barcodes(image)
            assert [r.text for r in found] == [badge.code]
