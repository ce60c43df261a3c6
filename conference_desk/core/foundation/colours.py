"""Colour contrast as WCAG 2.x computes it (badge bands, document headings).

``contrast_ratio`` is (L1 + 0.05) / (L2 + 0.05) of the relative luminances;
text on a coloured band must reach :data:`MIN_CONTRAST` (4.5:1, WCAG AA for
normal text).  ``readable_pair`` keeps an organiser's colours when they are
readable, else takes black or white text, else darkens the band until the
text reads.
"""

from __future__ import annotations

MIN_CONTRAST = 4.5
BLACK, WHITE = "#000000", "#ffffff"


def rgb(colour: str) -> tuple[int, int, int]:
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_colour(r: float, g: float, b: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v))) for v in (r, g, b)))


def luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_pair(band: str, text: str | None = None, minimum: float = MIN_CONTRAST) -> tuple[str, str]:
    """(band, text) with a contrast of at least ``minimum``, changing as little as possible."""
    if text and contrast_ratio(band, text) >= minimum:
        return band, text
    best = max((WHITE, BLACK), key=lambda t: contrast_ratio(band, t))
    if contrast_ratio(band, best) >= minimum:
        return band, best
    r, g, b = rgb(band)
    for step in range(1, 21):  # darken towards black under white text
        f = 1 - step * 0.05
        darker = hex_colour(r * f, g * f, b * f)
        if contrast_ratio(darker, WHITE) >= minimum:
            return darker, WHITE
    return BLACK, WHITE
