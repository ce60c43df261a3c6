"""Benchmark: 1,000 A6 badges (four to an A4 sheet) to one PDF, against a bare floor.

Usage: python benchmarks/bench_badges.py [--badges 1000] [--repeat 3]

Badge data is demo-like (names in Latin with accents, Cyrillic, Greek, Chinese,
Korean and Arabic, long Member State names, positions, cities; codes "CD1" + 30
letters and digits).  Measured in the same run, median of ``--repeat``:

* ``render_badges_pdf`` in one process (``workers=1``);
* the floor: a minimal reportlab + qrcode loop drawing the same text (name,
  Latin form, delegation, position, city, category, conference lines; no fitting,
  no font fallback, no shaping) and a vector QR (dark runs merged into rects),
  four to a page;
* ``render_badges_pdf`` using both cores (``workers=2``: a helper process makes QR
  codes from the end of the batch while this one works from the start).

Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qrcode  # noqa: E402
from qrcode.constants import ERROR_CORRECT_M  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from conference_desk.core.badges.render import MM, render_badges_pdf  # noqa: E402
from conference_desk.core.badges.types import BadgeData, BadgeStyle  # noqa: E402
from conference_desk.core.foundation.documents import fonts  # noqa: E402

PEOPLE = [
    ("María José Hernández Ñúñez", "", "Mexico", "Secretaria de Educación", "Ciudad de México"),
    ("Nguyễn Thị Minh Khai", "", "Viet Nam", "Vice-Minister of Education", "Hà Nội"),
    ("Łukasz Wiśniewski", "", "Poland", "Director, Municipal Education Office", "Kraków"),
    ("Øyvind Hågensen", "", "Norway", "Mayor", "Bergen"),
    ("Иван Петрович Сидоров", "Ivan Petrovich Sidorov", "Russian Federation", "Head of Department", "Москва"),
    ("王芳", "Wang Fang", "China", "Mayor of Beijing", "Beijing"),
    ("김민준", "Kim Min-jun", "Republic of Korea", "Researcher", "Seoul"),
    ("محمد العتيبي", "Mohammed Al-Otaibi", "Saudi Arabia", "Deputy Minister", "Riyadh"),
    ("Ἀλέξανδρος Παπαδόπουλος", "Alexandros Papadopoulos", "Greece", "Adviser", "Αθήνα"),
    ("Jean-Baptiste N'Diaye", "", "Senegal", "Adjoint au maire chargé de l'éducation", "Dakar"),
    ("Sir Jonathan Alexander Featherstonehaugh-Smythe", "", "United Kingdom of Great Britain and Northern Ireland",
     "Senior Programme Specialist for Lifelong Learning", "London"),
    ("Ana Lucía Gómez", "", "Bolivia (Plurinational State of)", "Directora General", "La Paz"),
]
CATEGORIES = [("Delegate", "#0b6e4f", "#ffffff"), ("Head of delegation", "#8e1b3a", "#ffffff"),
              ("Mayor", "#c9a227", "#1b1f24"), ("Speaker", "#5b2a86", "#ffffff"), ("Press", "#555555", "#ffffff")]


def make_badges(n: int, seed: int = 2015) -> list[BadgeData]:
    rng = random.Random(seed)
    alnum = string.ascii_letters + string.digits
    badges = []
    for i in range(n):
        name, latin, delegation, position, city = PEOPLE[i % len(PEOPLE)]
        label, colour, text_colour = CATEGORIES[i % len(CATEGORIES)]
        badges.append(BadgeData(
            participant_id=i + 1, code="CD1" + "".join(rng.choices(alnum, k=30)), name=name,
            latin_name=latin or name, delegation=delegation, position=position, city=city,
            category_label=label, category_colour=colour, category_text_colour=text_colour,
            conference_name="2nd International Conference on Learning Cities", conference_short="ICLC 2015",
            dates="28–30 September 2015 · Mexico City",
        ))
    return badges


def floor(badges: list[BadgeData], out: Path) -> None:
    """The bare minimum: same text, same vector QR, four A6 to an A4 page."""
    regular, bold = fonts.register_fonts()
    fonts.register_extra_font(fonts.CJK)
    c = rl_canvas.Canvas(str(out), pagesize=(210 * MM, 297 * MM))
    cells = [(0, 148.5 * MM), (105 * MM, 148.5 * MM), (0, 0.5 * MM), (105 * MM, 0.5 * MM)]
    for i, b in enumerate(badges):
        x, y = cells[i % 4]
        font = bold if b.name.isascii() or fonts.can_draw(b.name, bold) else fonts.CJK
        c.setFont(bold, 20)
        c.drawCentredString(x + 52.5 * MM, y + 128 * MM, b.conference_short)
        c.setFont(regular, 7)
        c.drawCentredString(x + 52.5 * MM, y + 123 * MM, b.conference_name)
        c.drawCentredString(x + 52.5 * MM, y + 120 * MM, b.dates)
        c.setFont(font, 22)
        c.drawCentredString(x + 52.5 * MM, y + 100 * MM, b.name)
        c.setFont(regular, 10)
        c.drawCentredString(x + 52.5 * MM, y + 94 * MM, b.latin_name)
        c.setFont(bold, 12)
        c.drawCentredString(x + 52.5 * MM, y + 84 * MM, b.delegation)
        c.setFont(regular, 9)
        c.drawCentredString(x + 52.5 * MM, y + 79 * MM, b.position)
        c.drawCentredString(x + 52.5 * MM, y + 75 * MM, b.city)
        c.setFont(bold, 16)
        c.drawCentredString(x + 52.5 * MM, y + 12 * MM, b.category_label.upper())
        q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
        q.add_data(b.code)
        q.make(fit=True)
        matrix = q.get_matrix()
        module = 33 * MM / len(matrix)
        qx, qtop = x + 36 * MM, y + 57 * MM
        for r, row in enumerate(matrix):
            start = -1
            for col, dark in enumerate(row + [False]):
                if dark and start < 0:
                    start = col
                elif not dark and start >= 0:
                    c.rect(qx + start * module, qtop - (r + 1) * module, (col - start) * module, module,
                           stroke=0, fill=1)
                    start = -1
        if i % 4 == 3 or i == len(badges) - 1:
            c.showPage()
    c.save()


def median_time(job, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(n: int = 1000, repeat: int = 3) -> dict[str, float]:
    """Median seconds: ours in one process, the floor, ours on both cores; PDF size (MB)."""
    badges = make_badges(n)
    style = BadgeStyle(layout="a6-4up")
    with tempfile.TemporaryDirectory(prefix="bench-badges-") as folder:
        tmp = Path(folder)
        # Warm-up: font registration and cmaps (both sides use the same fonts).
        render_badges_pdf(badges[:8], tmp / "warm.pdf", style, workers=1)
        floor(badges[:8], tmp / "warm-floor.pdf")
        ours = median_time(lambda: render_badges_pdf(badges, tmp / "ours.pdf", style, workers=1), repeat)
        bare = median_time(lambda: floor(badges, tmp / "floor.pdf"), repeat)
        both = median_time(lambda: render_badges_pdf(badges, tmp / "ours2.pdf", style, workers=2), repeat)
        size = (tmp / "ours.pdf").stat().st_size / 1_048_576
    return {"n": n, "ours": ours, "floor": bare, "both": both, "size_mb": size}


def figures(quick: bool = False) -> list[dict]:
    """Rows for benchmarks/run."""
    m = measure(200 if quick else 1000, 3)
    floor_name = "bare reportlab + qrcode loop"
    return [
        {"benchmark": f"{m['n']:,} A6 badges to PDF, 1 process", "value": m["ours"], "unit": "s", "goal": None,
         "goal_text": "≤ 1.2× floor", "passed": m["ours"] / m["floor"] <= 1.2, "floor": m["floor"],
         "floor_name": floor_name},
        {"benchmark": f"{m['n']:,} A6 badges to PDF, 2 cores", "value": m["both"], "unit": "s", "goal": None,
         "goal_text": "< 1.0× floor", "passed": m["both"] / m["floor"] < 1.0, "floor": m["floor"],
         "floor_name": floor_name},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    m = measure(args.badges, args.repeat)
    ours, bare, both, size = m["ours"], m["floor"], m["both"], m["size_mb"]
    n = args.badges
    print(f"{n:,} A6 badges, {(n + 3) // 4} pages, median of {args.repeat}; cores: {os.cpu_count()}")
    print(f"{'run':<34} {'median s':>9} {'badges/s':>9} {'ratio':>7}")
    print(f"{'floor (bare reportlab + qrcode)':<34} {bare:>9.2f} {n / bare:>9.0f} {1:>7.2f}")
    print(f"{'render_badges_pdf, 1 process':<34} {ours:>9.2f} {n / ours:>9.0f} {ours / bare:>7.2f}")
    print(f"{'render_badges_pdf, 2 cores':<34} {both:>9.2f} {n / both:>9.0f} {both / bare:>7.2f}")
    print(f"PDF size: {size:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
