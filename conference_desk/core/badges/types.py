"""Plain data of the badge capability, shared by codes, render, service, CLI and UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

LAYOUTS = ("a6-4up", "id1", "a6")
# The desk prints one badge at a time: one A6 on an A6 page (a desk badge printer), or one ID-1 card.
SINGLE_LAYOUT = {"a6-4up": "a6", "a6": "a6", "id1": "id1"}
BADGE_LANGUAGES = ("participant", "en", "fr", "es", "bilingual")


@dataclass
class BadgeStyle:
    """What an organiser can adjust (stored as JSON in the ``setting`` table, key "badges.style")."""

    layout: str = "a6-4up"  # "a6-4up": A6, four to an A4 sheet; "id1": CR80 card, one per page; "a6": one A6 per page
    cut_marks: bool = True  # A6 sheets only
    show_logo: bool = True  # the logo area / conference short name in the header
    show_delegation: bool = True
    show_position: bool = True
    show_city: bool = True
    show_category_label: bool = True
    header_colour: str = "#0077c8"
    header_text_colour: str = "#ffffff"
    # Language of the badge: "en", "fr", "es", "participant" (each badge in its holder's language) or
    # "bilingual" (the holder's language, then English; Spanish for English speakers).
    language: str = "participant"
    # Overrides of the category colours (Category.colour) by category code.
    category_colours: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BadgeData:
    """Everything printed on one badge (already in the participant's language)."""

    participant_id: int
    code: str  # the QR payload
    name: str  # the name as printed on the badge (badge_name)
    latin_name: str  # fallback when a character of ``name`` cannot be drawn
    delegation: str  # Member State name in the participant's language, or organisation
    position: str
    city: str
    category_label: str  # in the participant's language
    category_colour: str  # "#rrggbb"
    category_text_colour: str
    conference_name: str  # in the participant's language
    conference_short: str  # e.g. "ICLC 2015"
    dates: str  # e.g. "28–30 September 2015 · Mexico City"
    # Category code: lets BadgeStyle.category_colours override the colour at render time.
    category_code: str = ""
    # A preview with a code that was never issued (no badge yet): not for printing.
    provisional: bool = False
    category_code: str = ""  # Category.code: BadgeStyle.category_colours is keyed by it


@dataclass(frozen=True)
class MissingGlyphs:
    """A name with characters no available font can draw; the badge shows ``fallback``.

    ``field`` says which line of the badge it was: "name" (``fallback`` is the Latin
    form of the name), or "delegation", "position", "city", "category" (``name`` is
    still the person's name; ``fallback`` is the transliterated text printed instead).
    """

    participant_id: int
    name: str
    characters: str
    fallback: str
    field: str = "name"


@dataclass
class RenderResult:
    pages: int
    missing_glyphs: list[MissingGlyphs]


@dataclass
class BadgeSelection:
    """Whose badges to print (all fields optional; combined with AND)."""

    participant_ids: list[int] | None = None
    delegation_id: int | None = None
    delegation_iso3: str | None = None
    category_code: str | None = None
    only_unprinted: bool = False
    include_cancelled: bool = False


@dataclass
class BadgePrintResult:
    path: Path
    badges: int
    pages: int
    missing_glyphs: list[MissingGlyphs]
    codes: dict[int, str]  # participant id -> code printed


@dataclass(frozen=True)
class CodeCheck:
    """What a scanned code is. outcome: valid, revoked, forged, other_conference,
    malformed, unknown (well signed but no such badge), cancelled (participant cancelled)."""

    outcome: str
    participant_id: int | None = None
    badge_id: int | None = None
    version: int | None = None
    message: str = ""
    code: str = ""  # the code in canonical form ("" when malformed)


@dataclass(frozen=True, slots=True)  # one per participant: 100,000 in the badges screen
class BadgeStatusRow:
    participant_id: int
    name: str
    delegation: str
    category: str
    version: int | None  # None: no badge issued
    printed_at: dt.datetime | None
    reprints: int
    cancelled: bool = False
