"""Badges: style settings, selections, issuing, printing, reprinting, verifying codes.

Printing works in three steps so that a long batch never holds the database:

1. **read** (one short read transaction): who is in the batch, their current
   badges, new codes drawn (in memory) for those without one, the badge texts;
2. **render** to a temporary file next to the destination, with no transaction
   open (other desks keep checking people in meanwhile);
3. **record** (one short write transaction): the new Badge rows, ``printed_at``
   of every printed badge and the audit entry; then the file is renamed into
   place.

A cancel or a render error stops before step 3: no file, no Badge rows, no
``printed_at``.  If another desk issued or revoked a badge of someone in the
batch between steps 1 and 3, step 3 fails as a whole (unique constraints and a
guarded UPDATE) and nothing is recorded: print again.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import case, false, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ..foundation import audit, guarded
from ..foundation.db import Database
from ..foundation.colours import readable_pair
from ..foundation.names import latin_name, native_name
from ..foundation.terms import organisation_name
from ..foundation.documents.strings import city_name, date_range, gendered
from ..foundation.errors import ConferenceDeskError, NotInitialisedError
from ..foundation.files import ExportCancelled, atomic_output
from ..foundation.models import (
    Badge,
    Category,
    Conference,
    Delegation,
    MemberState,
    Participant,
    ParticipantStatus,
    Setting,
    utcnow,
)
from ..foundation.text import fold
from . import codes
from .types import (
    BADGE_LANGUAGES,
    LAYOUTS,
    BadgeData,
    BadgePrintResult,
    BadgeSelection,
    BadgeStatusRow,
    BadgeStyle,
    CodeCheck,
    MissingGlyphs,
    RenderResult,
)

ProgressCallback = Callable[[int, int], "bool | None"]

STYLE_KEY = "badges.style"
LANGS = ("en", "fr", "es")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class BadgeError(ConferenceDeskError):
    """A badge operation that cannot be done (one-line message)."""


class NothingToPrint(BadgeError):
    """The selection is empty (e.g. everyone already has a printed badge)."""


class BadgesCancelled(ExportCancelled):
    """The progress callback asked to stop: no file, nothing recorded."""


class BadgeConflict(BadgeError):
    """Badges of the batch changed at another desk while it was rendering."""


# --------------------------------------------------------------------------
# Style
# --------------------------------------------------------------------------


def _style_from_dict(data: Any) -> BadgeStyle:
    default = BadgeStyle()
    if not isinstance(data, dict):
        return default
    values: dict[str, Any] = {}
    for f in fields(BadgeStyle):
        if f.name not in data:
            continue
        value = data[f.name]
        current = getattr(default, f.name)
        if f.name == "layout":
            if value in LAYOUTS:
                values[f.name] = value
        elif f.name == "language":
            if value in BADGE_LANGUAGES:
                values[f.name] = value
        elif f.name == "category_colours":
            if isinstance(value, dict):
                values[f.name] = {
                    str(k): str(v).lower() for k, v in value.items()
                    if isinstance(k, str) and isinstance(v, str) and _COLOUR.match(v)
                }
        elif isinstance(current, bool):
            if isinstance(value, bool):
                values[f.name] = value
        elif isinstance(current, str) and f.name.endswith("colour"):
            if isinstance(value, str) and _COLOUR.match(value):
                values[f.name] = value.lower()
        elif isinstance(value, type(current)):
            values[f.name] = value
    return BadgeStyle(**{**asdict(default), **values})


def load_style(db: Database) -> BadgeStyle:
    """The organiser's badge style (defaults for anything missing or invalid)."""
    with db.session() as s:
        setting = s.get(Setting, STYLE_KEY)
        raw = setting.value if setting is not None else "null"
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        data = None
    return _style_from_dict(data)


def save_style(db: Database, style: BadgeStyle) -> BadgeStyle:
    """Store ``style`` (cleaned: invalid values replaced by defaults); returns what was stored."""
    clean = _style_from_dict(asdict(style))
    text = json.dumps(asdict(clean), sort_keys=True)
    with db.session() as s:
        setting = s.get(Setting, STYLE_KEY)
        if setting is None:
            s.add(Setting(key=STYLE_KEY, value=text, updated_at=utcnow()))
        else:
            setting.value = text
            setting.updated_at = utcnow()
    return clean


# --------------------------------------------------------------------------
# Conference key material (cached per engine: the MAC check needs no query)
# --------------------------------------------------------------------------

_VERIFIERS: "weakref.WeakKeyDictionary[Any, codes.CodeVerifier]" = weakref.WeakKeyDictionary()


def _conference(session: Session) -> Conference:
    conference = session.scalars(select(Conference).limit(1)).first()
    if conference is None:
        raise NotInitialisedError("This database holds no conference yet: run init first.")
    return conference


def verifier(db: Database) -> codes.CodeVerifier:
    """The code verifier of this database's conference (secret read once per engine)."""
    found = _VERIFIERS.get(db.engine)
    if found is None:
        with db.session() as s:
            row = s.execute(select(Conference.badge_secret, Conference.code).limit(1)).first()
        if row is None:
            raise NotInitialisedError("This database holds no conference yet: run init first.")
        found = codes.CodeVerifier(bytes(row.badge_secret), row.code)
        _VERIFIERS[db.engine] = found
    return found


# --------------------------------------------------------------------------
# Selections
# --------------------------------------------------------------------------


@dataclass(slots=True)  # one per participant
class _Person:
    id: int
    delegation_name: str
    has_delegation: bool
    is_head: bool
    sort_name: str
    cancelled: bool
    category_code: str


def _people(session: Session, lang: str = "en") -> list[_Person]:
    """Every participant, in the order of the badge stack."""
    rows = session.execute(
        select(
            Participant.id,
            Participant.sort_name,
            Participant.status,
            Participant.organisation,
            Participant.delegation_id,
            Delegation.head_id,
            Delegation.organisation_name,
            MemberState.name_en,
            MemberState.name_fr,
            MemberState.name_es,
            Category.code,
        )
        .join(Category, Category.id == Participant.category_id)
        .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
        .outerjoin(MemberState, MemberState.id == Delegation.member_state_id)
    ).all()
    people = []
    fold_name = lru_cache(maxsize=100_000)(fold)  # a few thousand delegations for 100,000 people
    for row in rows:
        if row.delegation_id is not None:
            state_name = {"en": row.name_en, "fr": row.name_fr, "es": row.name_es}.get(lang) or row.name_en
            name = state_name or row.organisation_name or ""
        else:
            name = row.organisation or ""
        people.append(_Person(
            id=row.id,
            delegation_name=fold_name(name),
            has_delegation=row.delegation_id is not None,
            is_head=row.head_id == row.id,
            sort_name=row.sort_name or "",
            cancelled=row.status == ParticipantStatus.CANCELLED,
            category_code=row.code,
        ))
    people.sort(key=lambda p: (not p.has_delegation, p.delegation_name, not p.is_head, p.sort_name, p.id))
    return people


def _current_badges(session: Session, ids: Iterable[int] | None = None) -> dict[int, Badge]:
    query = select(Badge).where(Badge.revoked_at.is_(None))
    if ids is not None:
        id_list = list(ids)
        found: dict[int, Badge] = {}
        for start in range(0, len(id_list), 500):
            chunk = id_list[start:start + 500]
            for badge in session.scalars(query.where(Badge.participant_id.in_(chunk))):
                _keep_newest(found, badge)
        return found
    found = {}
    for badge in session.scalars(query):
        _keep_newest(found, badge)
    return found


def _keep_newest(found: dict[int, Badge], badge: Badge) -> None:
    other = found.get(badge.participant_id)
    if other is None or badge.version > other.version:
        found[badge.participant_id] = badge


def _select(session: Session, selection: BadgeSelection) -> list[int]:
    people = _people(session)
    by_id = {p.id: p for p in people}
    wanted: set[int] | None = None
    if selection.participant_ids is not None:
        wanted = set()
        for pid in selection.participant_ids:
            person = by_id.get(pid)
            if person is None:
                raise BadgeError(f"No participant with id {pid}.")
            if person.cancelled and not selection.include_cancelled:
                raise BadgeError(f"Participant {pid} is cancelled: no badge is printed for them.")
            wanted.add(pid)
    delegation_id = selection.delegation_id
    if selection.delegation_iso3:
        iso3 = selection.delegation_iso3.strip().upper()
        state_delegation = session.execute(
            select(Delegation.id).join(MemberState, MemberState.id == Delegation.member_state_id)
            .where(MemberState.iso3 == iso3)
        ).scalar_one_or_none()
        if state_delegation is None:
            known = session.execute(select(MemberState.id).where(MemberState.iso3 == iso3)).first()
            if known is None:
                raise BadgeError(f"No Member State with ISO code {iso3!r}.")
            raise BadgeError(f"{iso3} has no delegation at this conference.")
        if delegation_id is not None and delegation_id != state_delegation:
            return []
        delegation_id = state_delegation
    if delegation_id is not None:
        members = set(session.scalars(select(Participant.id).where(Participant.delegation_id == delegation_id)))
        if session.get(Delegation, delegation_id) is None:
            raise BadgeError(f"No delegation with id {delegation_id}.")
        wanted = members if wanted is None else wanted & members
    if selection.category_code:
        codes_known = set(session.scalars(select(Category.code)))
        if selection.category_code not in codes_known:
            raise BadgeError(
                f"No category {selection.category_code!r}: use one of {', '.join(sorted(codes_known))}."
            )
    printed: set[int] = set()
    if selection.only_unprinted:
        printed = set(session.scalars(
            select(Badge.participant_id).where(Badge.revoked_at.is_(None), Badge.printed_at.is_not(None))
        ))
    result = []
    for person in people:
        if wanted is not None and person.id not in wanted:
            continue
        if person.cancelled and not selection.include_cancelled:
            continue
        if selection.category_code and person.category_code != selection.category_code:
            continue
        if person.id in printed:
            continue
        result.append(person.id)
    return result


def select_for_badges(db: Database, selection: BadgeSelection) -> list[int]:
    """Participant ids of ``selection`` in the order of the printed stack.

    Stack order: by delegation (Member State name in English, or organisation),
    the head of delegation first, then by family name; people without a
    delegation after all delegations.  Cancelled participants are left out
    unless ``include_cancelled``; ``only_unprinted`` leaves out everyone whose
    current (not revoked) badge has been printed.
    """
    with db.session() as s:
        return _select(s, selection)


# --------------------------------------------------------------------------
# What is printed on a badge
# --------------------------------------------------------------------------


def _lang(value: Any) -> str:
    text = getattr(value, "value", value) or "en"
    return text if text in LANGS else "en"


def badge_languages(setting: str, preferred: Any) -> tuple[str, str | None]:
    """(language of a badge, second language of a bilingual badge or None) for the badge-language setting."""
    own = _lang(preferred)
    if setting in LANGS:
        return setting, None
    if setting == "bilingual":
        return own, ("en" if own != "en" else "es")
    return own, None


def _badge_data(
    session: Session,
    conference: Conference,
    participant_ids: Sequence[int],
    badge_codes: dict[int, str],
    style: BadgeStyle,
    provisional: frozenset[int] = frozenset(),
) -> list[BadgeData]:
    by_id: dict[int, Any] = {}
    ids = list(participant_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.execute(
            select(
                Participant.id,
                Participant.badge_name,
                Participant.given_name,
                Participant.family_name,
                Participant.given_name_latin,
                Participant.family_name_latin,
                Participant.position,
                Participant.organisation,
                Participant.city,
                Participant.preferred_language,
                Participant.gender,
                Participant.delegation_id,
                Delegation.organisation_name,
                MemberState.name_en,
                MemberState.name_fr,
                MemberState.name_es,
                Category.code.label("category_code"),
                Category.label_en,
                Category.label_fr,
                Category.label_es,
                Category.colour,
                Category.text_colour,
            )
            .join(Category, Category.id == Participant.category_id)
            .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
            .outerjoin(MemberState, MemberState.id == Delegation.member_state_id)
            .where(Participant.id.in_(chunk))
        ).all()
        by_id.update({row.id: row for row in rows})
    short = conference.short_name or ""
    result = []
    for pid in ids:
        row = by_id.get(pid)
        if row is None:
            raise BadgeError(f"No participant with id {pid}.")
        lang, second = badge_languages(style.language, row.preferred_language)
        gender = getattr(row.gender, "value", row.gender) or "U"
        if row.delegation_id is not None:
            states = {"en": row.name_en, "fr": row.name_fr, "es": row.name_es}
            delegation = (states.get(lang) or row.name_en) if row.name_en else \
                organisation_name(row.organisation_name or "", lang)
        else:
            delegation = organisation_name(row.organisation or "", lang)
        full = native_name(row.given_name or "", row.family_name or "")  # CJK: family name first, no space
        latin = latin_name(row.given_name or "", row.family_name or "", row.given_name_latin or "",
                           row.family_name_latin or "")
        labels = {"en": row.label_en, "fr": row.label_fr, "es": row.label_es}
        label = gendered(labels.get(lang) or row.label_en, lang, gender)
        if second:
            other = gendered(labels.get(second) or row.label_en, second, gender)
            if fold(other) != fold(label):
                label = f"{label} / {other}"
        dates = date_range(conference.start_date, conference.end_date, lang)
        if conference.city:
            dates = f"{dates} \u00b7 {city_name(conference.city, lang)}"
        band, band_text = readable_pair(style.category_colours.get(row.category_code, row.colour), row.text_colour)
        result.append(BadgeData(
            participant_id=pid,
            code=badge_codes[pid],
            name=row.badge_name or full,
            latin_name=latin,
            delegation=delegation or "",
            position=row.position or "",
            city=city_name(row.city or "", lang),
            category_label=label,
            category_colour=band,
            category_text_colour=band_text,
            conference_name=conference.name(lang),
            conference_short=short,
            dates=dates,
            provisional=pid in provisional,
            category_code=row.category_code,
        ))
    return result


def badge_data(
    db: Database,
    participant_ids: Sequence[int],
    style: BadgeStyle | None = None,
    codes_by_participant: dict[int, str] | None = None,
) -> list[BadgeData]:
    """The badges of ``participant_ids`` as they would print now (no writes).

    The code is the participant's current badge code (or ``codes_by_participant``);
    someone without a badge gets a provisional code, never stored, that scans
    as unknown, and ``provisional=True``.
    """
    style = style or load_style(db)
    with db.session() as s:
        conference = _conference(s)
        current = _current_badges(s, participant_ids)
        given = dict(codes_by_participant or {})
        provisional = set()
        key = codes.CodeVerifier(bytes(conference.badge_secret), conference.code)
        for pid in participant_ids:
            if pid in given:
                continue
            badge = current.get(pid)
            if badge is not None:
                given[pid] = badge.code
            else:
                given[pid] = key.make(codes.new_serial(), 1)
                provisional.add(pid)
        return _badge_data(s, conference, participant_ids, given, style, frozenset(provisional))


# --------------------------------------------------------------------------
# Rendering (render.py is the reportlab side)
# --------------------------------------------------------------------------


def _render(badges: list[BadgeData], path: Path, style: BadgeStyle,
            progress: ProgressCallback | None, author: str = "") -> RenderResult:
    from . import render

    cancelled = False

    def _progress(done: int, total: int) -> bool:
        nonlocal cancelled
        if progress is not None and progress(done, total) is False:
            cancelled = True
            return False
        return True

    try:
        result = render.render_badges_pdf(badges, path, style, progress=_progress, author=author)
    except ConferenceDeskError:
        if cancelled:
            raise BadgesCancelled("Badge printing cancelled: nothing was printed or recorded.") from None
        raise
    except Exception as exc:  # noqa: BLE001 - a render failure is one line for the user
        if cancelled:
            raise BadgesCancelled("Badge printing cancelled: nothing was printed or recorded.") from None
        raise BadgeError(f"Could not render the badges: {exc}") from exc
    if cancelled:
        raise BadgesCancelled("Badge printing cancelled: nothing was printed or recorded.")
    return result


# --------------------------------------------------------------------------
# Printing and reprinting
# --------------------------------------------------------------------------


@dataclass
class _Planned:
    participant_id: int
    code: str
    version: int
    existing_badge_id: int | None  # None: a new badge is issued


def _next_versions(session: Session, ids: Sequence[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        found.update(dict(session.execute(
            select(Badge.participant_id, func.max(Badge.version))
            .where(Badge.participant_id.in_(chunk)).group_by(Badge.participant_id)
        ).all()))
    return found


def _new_code(session: Session, key: codes.CodeVerifier, version: int, taken: set[str]) -> str:
    while True:
        code = key.make(codes.new_serial(), version)
        if code not in taken and session.execute(select(Badge.id).where(Badge.code == code)).first() is None:
            taken.add(code)
            return code


def print_badges(
    db: Database,
    selection_or_ids: BadgeSelection | Sequence[int],
    out_path: Path | str,
    style: BadgeStyle | None = None,
    actor: audit.Actor | None = None,
    progress: ProgressCallback | None = None,
) -> BadgePrintResult:
    """Print the badges of a selection to a PDF and record the print.

    People without a current badge get one (version = last version + 1, a new
    code); the others are printed with their current code.  Only when the PDF
    is complete are the new badges, ``printed_at`` and an audit entry written,
    in one transaction.  Raises NothingToPrint for an empty selection,
    BadgesCancelled when ``progress`` returns False.
    """
    out = Path(out_path)
    style = style or load_style(db)
    actor = actor or audit.Actor()
    selection = (selection_or_ids if isinstance(selection_or_ids, BadgeSelection)
                 else BadgeSelection(participant_ids=list(selection_or_ids)))

    # 1. read
    with db.session() as s:
        conference = _conference(s)
        ids = _select(s, selection)
        if not ids:
            raise NothingToPrint("No badges to print: no participant matches the selection.")
        key = codes.CodeVerifier(bytes(conference.badge_secret), conference.code)
        current = _current_badges(s, ids)
        last = _next_versions(s, ids)
        taken: set[str] = set()
        plan: list[_Planned] = []
        for pid in ids:
            badge = current.get(pid)
            if badge is not None:
                plan.append(_Planned(pid, badge.code, badge.version, badge.id))
            else:
                version = last.get(pid, 0) + 1
                if version > codes.MAX_VERSION:
                    raise BadgeError(f"Participant {pid} has had too many badges ({version - 1}).")
                plan.append(_Planned(pid, _new_code(s, key, version, taken), version, None))
        data = _badge_data(s, conference, ids, {p.participant_id: p.code for p in plan}, style)
        author = (conference.organisers or "").strip()

    # 2. render, 3. record
    with atomic_output(out) as tmp:
        rendered = _render(data, tmp, style, progress, author)
        now = utcnow()
        issued = [p for p in plan if p.existing_badge_id is None]
        reused = [p.existing_badge_id for p in plan if p.existing_badge_id is not None]
        if len(plan) > 1:  # a batch (not a walk-in's badge at the desk): keep the database as it was
            from ..foundation.backups import auto_backup

            auto_backup(db, "badge-batch")
        try:
            with db.session() as s:
                for p in issued:
                    s.add(Badge(participant_id=p.participant_id, version=p.version, code=p.code,
                                layout=style.layout, issued_at=now, printed_at=now))
                s.flush()
                for start in range(0, len(reused), 500):
                    chunk = reused[start:start + 500]
                    changed = s.execute(
                        update(Badge).where(Badge.id.in_(chunk), Badge.revoked_at.is_(None))
                        .values(printed_at=now, layout=style.layout)
                        .execution_options(synchronize_session=False)
                    ).rowcount
                    if changed != len(chunk):
                        raise BadgeConflict("A badge in this batch was revoked at another desk while "
                                            "printing: nothing was recorded, print again.")
                audit.record(
                    s, actor, "badge print", "participant",
                    plan[0].participant_id if len(plan) == 1 else None,
                    summary=f"Printed {len(plan)} badge(s) ({len(issued)} newly issued, layout "
                            f"{style.layout}) to {out.name}",
                    changes={
                        "badges": len(plan),
                        "issued": len(issued),
                        "pages": rendered.pages,
                        "layout": style.layout,
                        "file": str(out),
                        "participant_ids": [p.participant_id for p in plan],
                    },
                )
        except IntegrityError as exc:
            raise BadgeConflict("Badges of this batch were issued at another desk while printing: "
                                "nothing was recorded, print again.") from exc
    return BadgePrintResult(
        path=out,
        badges=len(plan),
        pages=rendered.pages,
        missing_glyphs=list(rendered.missing_glyphs),
        codes={p.participant_id: p.code for p in plan},
    )


def reprint_badge(
    db: Database,
    participant_id: int,
    reason: str,
    out_path: Path | str,
    style: BadgeStyle | None = None,
    actor: audit.Actor | None = None,
    progress: ProgressCallback | None = None,
) -> BadgePrintResult:
    """Replace a participant's badge: revoke the current one, issue version + 1, print it.

    ``reason`` is required (lost, damaged, name corrected...).  Recorded in one
    transaction after the PDF is complete; the old code then scans as revoked.
    """
    reason = (reason or "").strip()
    if not reason:
        raise BadgeError("A reprint needs a reason (for example: lost, damaged, name corrected).")
    out = Path(out_path)
    style = style or load_style(db)
    actor = actor or audit.Actor()

    with db.session() as s:
        conference = _conference(s)
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise BadgeError(f"No participant with id {participant_id}.")
        if participant.status == ParticipantStatus.CANCELLED:
            raise BadgeError(f"Participant {participant_id} is cancelled: no badge is printed for them.")
        current = _current_badges(s, [participant_id]).get(participant_id)
        last = _next_versions(s, [participant_id]).get(participant_id, 0)
        if current is None:
            raise BadgeError(f"{participant.full_name} has no badge yet: print one instead of a reprint.")
        version = last + 1
        if version > codes.MAX_VERSION:
            raise BadgeError(f"Participant {participant_id} has had too many badges ({last}).")
        key = codes.CodeVerifier(bytes(conference.badge_secret), conference.code)
        code = _new_code(s, key, version, set())
        old_id, old_version = current.id, current.version
        data = _badge_data(s, conference, [participant_id], {participant_id: code}, style)
        author = (conference.organisers or "").strip()

    with atomic_output(out) as tmp:
        rendered = _render(data, tmp, style, progress, author)
        now = utcnow()
        try:
            with db.session() as s:
                changed = guarded.revoke_badge(s, old_id, reason, now)  # never un-revokes (shared server)
                if changed != 1:
                    raise BadgeConflict("This badge was replaced at another desk meanwhile: "
                                        "nothing was recorded.")
                badge = Badge(participant_id=participant_id, version=version, code=code,
                              layout=style.layout, issued_at=now, printed_at=now)
                s.add(badge)
                s.flush()
                audit.record(
                    s, actor, "badge reprint", "participant", participant_id,
                    summary=f"Badge reprinted as version {version}: {reason}",
                    changes={"version": [old_version, version], "reason": reason,
                             "revoked_badge_id": old_id, "badge_id": badge.id, "file": str(out)},
                )
        except IntegrityError as exc:
            raise BadgeConflict("This badge was replaced at another desk meanwhile: nothing was recorded.") from exc
    return BadgePrintResult(path=out, badges=1, pages=rendered.pages,
                            missing_glyphs=list(rendered.missing_glyphs), codes={participant_id: code})


# --------------------------------------------------------------------------
# Verifying a scanned code
# --------------------------------------------------------------------------

_MESSAGES = {
    codes.OUTCOME_MALFORMED: "Not a badge code of Conference Desk.",
    codes.OUTCOME_FORGED: "Forged or altered code: the signature does not match.",
    codes.OUTCOME_OTHER_CONFERENCE: "This badge belongs to another conference.",
}


def _local(db_time: dt.datetime, tz_name: str) -> dt.datetime:
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(tz_name or "UTC")
    except Exception:  # noqa: BLE001 - unknown zone or no tz data: show UTC
        zone = dt.timezone.utc
    return db_time.replace(tzinfo=dt.timezone.utc).astimezone(zone)


def _when(moment: dt.datetime | None, tz_name: str) -> str:
    if moment is None:
        return "an unknown date"
    local = _local(moment, tz_name)
    return f"{local.day} {local:%b %Y} at {local:%H:%M}"


def verify_code(db: Database, text: str) -> CodeCheck:
    """What a scanned or typed code is: the check-in desk calls this for every scan.

    outcome: ``valid`` (participant_id, badge_id, version), ``revoked``,
    ``cancelled``, ``unknown``, ``forged``, ``other_conference`` or ``malformed``.
    The signature is checked without the database; one indexed query follows
    for well-signed codes.
    """
    key = verifier(db)
    outcome, parsed = key.check(text)
    if outcome != codes.OUTCOME_OK or parsed is None:
        message = _MESSAGES[outcome]
        if outcome == codes.OUTCOME_FORGED and parsed is None:
            message = "Forged, altered or misread code: the check character does not match."
        return CodeCheck(outcome, message=message, code=parsed.code if parsed else "")
    with db.session() as s:
        row = s.execute(
            select(Badge.id, Badge.participant_id, Badge.version, Badge.revoked_at, Badge.revoke_reason,
                   Participant.status, Participant.badge_name)
            .join(Participant, Participant.id == Badge.participant_id)
            .where(Badge.code == parsed.code)
        ).first()
        if row is None:
            return CodeCheck("unknown", version=parsed.version, code=parsed.code,
                             message="Genuine code, but no such badge was issued (never printed, or deleted).")
        common = dict(participant_id=row.participant_id, badge_id=row.id, version=row.version, code=parsed.code)
        if row.revoked_at is not None:
            tz_name = s.execute(select(Conference.timezone).limit(1)).scalar() or "UTC"
            newer = s.execute(
                select(Badge.version, Badge.issued_at, Badge.revoked_at)
                .where(Badge.participant_id == row.participant_id, Badge.version > row.version)
                .order_by(Badge.version.desc()).limit(1)
            ).first()
            message = f"Badge version {row.version} of {row.badge_name} was revoked on " \
                      f"{_when(row.revoked_at, tz_name)}"
            if row.revoke_reason:
                message += f" ({row.revoke_reason})"
            if newer is not None:
                state = "" if newer.revoked_at is None else ", itself since revoked"
                message += f"; replaced by version {newer.version} issued on {_when(newer.issued_at, tz_name)}{state}"
            return CodeCheck("revoked", message=message + ".", **common)
        if row.status == ParticipantStatus.CANCELLED:
            return CodeCheck("cancelled", message=f"{row.badge_name}: registration cancelled.", **common)
        return CodeCheck("valid", message=f"Valid badge of {row.badge_name} (version {row.version}).", **common)


# --------------------------------------------------------------------------
# Status and preview
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class BadgeCounts:
    printed: int  # current badge printed
    unprinted: int  # badge issued, not printed
    none: int  # no current badge
    total: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def badge_status(db: Database, lang: str = "en", include_cancelled: bool = False) -> list[BadgeStatusRow]:
    """Every participant's badge state, in stack order (cancelled ones only if asked)."""
    lang = lang if lang in LANGS else "en"
    with db.session() as s:
        people = _people(s)
        rows = {
            row.id: row for row in s.execute(
                select(Participant.id, Participant.badge_name, Participant.organisation,
                       Participant.delegation_id, Delegation.organisation_name,
                       MemberState.name_en, MemberState.name_fr, MemberState.name_es,
                       Category.label_en, Category.label_fr, Category.label_es)
                .join(Category, Category.id == Participant.category_id)
                .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
                .outerjoin(MemberState, MemberState.id == Delegation.member_state_id)
            )
        }
        current: dict[int, Any] = {}  # the newest current badge per person, as plain columns
        for badge in s.execute(select(Badge.participant_id, Badge.version, Badge.printed_at)
                               .where(Badge.revoked_at.is_(None))):
            other = current.get(badge.participant_id)
            if other is None or badge.version > other.version:
                current[badge.participant_id] = badge
        revoked = dict(s.execute(
            select(Badge.participant_id, func.count()).where(Badge.revoked_at.is_not(None))
            .group_by(Badge.participant_id)
        ).all())
    result = []
    for person in people:
        if person.cancelled and not include_cancelled:
            continue
        row = rows[person.id]
        if row.delegation_id is not None:
            states = {"en": row.name_en, "fr": row.name_fr, "es": row.name_es}
            delegation = (states.get(lang) or row.name_en) if row.name_en else row.organisation_name
        else:
            delegation = row.organisation or ""
        labels = {"en": row.label_en, "fr": row.label_fr, "es": row.label_es}
        badge = current.get(person.id)
        result.append(BadgeStatusRow(
            participant_id=person.id,
            name=row.badge_name,
            delegation=delegation or "",
            category=labels[lang] or row.label_en,
            version=badge.version if badge else None,
            printed_at=badge.printed_at if badge else None,
            reprints=int(revoked.get(person.id, 0)),
            cancelled=person.cancelled,
        ))
    return result


# -- the badge status table, paged and counted in SQL ------------------------------------------
# The Badges screen shows 100,000 participants without reading them into Python: a count, the
# totals and one page (LIMIT/OFFSET) at a time, each row's current badge found through the
# badge(participant_id) index.

BADGE_STATUS_SORTS = ("name", "delegation", "category", "badge", "printed")


@dataclass(frozen=True)
class BadgeStatusQuery:
    """Which rows of the badge status table, in which order (cancelled participants never)."""

    search: str = ""  # in the name (accents and case folded), the delegation or the category
    only_unprinted: bool = False  # only people whose current badge is not printed (or who have none)
    sort: str = "name"  # one of BADGE_STATUS_SORTS; "name" is the participants' sort name
    descending: bool = False


def _status_columns(lang: str) -> dict[str, Any]:
    lang = lang if lang in LANGS else "en"
    current = (Badge.participant_id == Participant.id) & Badge.revoked_at.is_(None)
    state = getattr(MemberState, f"name_{lang}")
    label = getattr(Category, f"label_{lang}")
    return {
        "delegation": case(
            (Participant.delegation_id.is_(None), Participant.organisation),
            (func.coalesce(MemberState.name_en, "") != "",
             func.coalesce(func.nullif(state, ""), MemberState.name_en)),
            else_=Delegation.organisation_name,
        ),
        "category": func.coalesce(func.nullif(label, ""), Category.label_en),
        "version": select(func.max(Badge.version)).where(current).scalar_subquery(),
        "printed_at": select(Badge.printed_at).where(current).order_by(Badge.version.desc()).limit(1)
        .scalar_subquery(),
        "reprints": select(func.count()).where(Badge.participant_id == Participant.id,
                                               Badge.revoked_at.is_not(None)).scalar_subquery(),
    }


def _status_where(query: BadgeStatusQuery, columns: dict[str, Any]) -> list[Any]:
    where: list[Any] = [Participant.status != ParticipantStatus.CANCELLED]
    search = query.search.strip()
    if search:
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        folded = fold(search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(or_(
            Participant.search_text.contains(folded, autoescape=False, escape="\\") if folded else false(),
            Participant.badge_name.ilike(f"%{escaped}%", escape="\\"),
            columns["delegation"].ilike(f"%{escaped}%", escape="\\"),
            columns["category"].ilike(f"%{escaped}%", escape="\\"),
        ))
    if query.only_unprinted:
        where.append(columns["printed_at"].is_(None))
    return where


def _status_select(query: BadgeStatusQuery, lang: str, *selected: Any) -> Any:
    columns = _status_columns(lang)
    statement = select(*(selected or (Participant.id, Participant.badge_name, columns["delegation"],
                                      columns["category"], columns["version"], columns["printed_at"],
                                      columns["reprints"]))).select_from(Participant)
    if not selected or query.search.strip() or query.sort in ("delegation", "category"):
        # Every participant has a category; the joins only name the delegation and the category.
        statement = (statement.join(Category, Category.id == Participant.category_id)
                     .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
                     .outerjoin(MemberState, MemberState.id == Delegation.member_state_id))
    return statement.where(*_status_where(query, columns)), columns


def _status_order(query: BadgeStatusQuery, columns: dict[str, Any]) -> list[Any]:
    keys: list[Any] = {
        "name": [],
        "delegation": [columns["delegation"]],
        "category": [columns["category"]],
        "badge": [columns["version"].is_(None), columns["version"], columns["reprints"]],
        "printed": [columns["printed_at"].is_(None), columns["printed_at"]],
    }.get(query.sort, [])
    keys = keys + [Participant.sort_name, Participant.id]
    return [key.desc() for key in keys] if query.descending else keys


def badge_status_count(db: Database, query: BadgeStatusQuery = BadgeStatusQuery(), lang: str = "en") -> int:
    """How many rows the badge status table has for ``query`` (one aggregate in SQL)."""
    statement, _columns = _status_select(query, lang, Participant.id)
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(statement.subquery())) or 0)


def badge_status_page(db: Database, query: BadgeStatusQuery = BadgeStatusQuery(), offset: int = 0,
                      limit: int = 200, lang: str = "en") -> list[BadgeStatusRow]:
    """Rows ``offset`` … ``offset + limit`` of the badge status table, sorted in SQL."""
    statement, columns = _status_select(query, lang)
    statement = statement.order_by(*_status_order(query, columns)).offset(max(offset, 0)).limit(limit)
    with db.session() as s:
        return [BadgeStatusRow(participant_id=row[0], name=row[1] or "", delegation=row[2] or "",
                               category=row[3] or "", version=row[4], printed_at=_as_datetime(row[5]),
                               reprints=int(row[6] or 0))
                for row in s.execute(statement)]


def badge_status_ids(db: Database, query: BadgeStatusQuery = BadgeStatusQuery(), lang: str = "en") -> list[int]:
    """The participant ids of the badge status table in its order (to find one person's row)."""
    statement, columns = _status_select(query, lang, Participant.id)
    with db.session() as s:
        return list(s.scalars(statement.order_by(*_status_order(query, columns))))


def badge_status_totals(db: Database) -> tuple[int, int]:
    """(participants not cancelled, of whom with a printed current badge): two aggregates in SQL."""
    newer = aliased(Badge)
    printed = (select(func.count(func.distinct(Badge.participant_id)))
               .join(Participant, Participant.id == Badge.participant_id)
               .where(Badge.revoked_at.is_(None), Badge.printed_at.is_not(None),
                      Participant.status != ParticipantStatus.CANCELLED,
                      ~select(newer.id).where(newer.participant_id == Badge.participant_id, newer.revoked_at.is_(None),
                                              newer.version > Badge.version).exists()))
    with db.session() as s:
        return (int(s.scalar(select(func.count()).select_from(Participant)
                             .where(Participant.status != ParticipantStatus.CANCELLED)) or 0),
                int(s.scalar(printed) or 0))


def _as_datetime(value: Any) -> dt.datetime | None:
    """A scalar subquery's DateTime comes back untyped on SQLite (text)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def status_counts(rows: Iterable[BadgeStatusRow]) -> BadgeCounts:
    printed = unprinted = none = total = 0
    for row in rows:
        total += 1
        if row.version is None:
            none += 1
        elif row.printed_at is None:
            unprinted += 1
        else:
            printed += 1
    return BadgeCounts(printed, unprinted, none, total)


def badge_counts(db: Database) -> BadgeCounts:
    """Printed / issued but unprinted / no badge, over participants not cancelled."""
    return status_counts(badge_status(db))


def prepare_rendering() -> None:
    """Import the badge renderer and register its fonts (the first preview's fixed cost)."""
    from . import render

    render.prepare()


def render_preview(db: Database, participant_id: int, style: BadgeStyle | None = None, dpi: int = 150) -> bytes:
    """PNG of the participant's badge as it would print now (no database writes).

    Someone without a badge is shown with a provisional code (``provisional``
    in the BadgeData), never stored: it scans as unknown.
    """
    from . import render

    style = style or load_style(db)
    with db.session() as s:
        if s.get(Participant, participant_id) is None:
            raise BadgeError(f"No participant with id {participant_id}.")
    data = badge_data(db, [participant_id], style)
    return render.render_badge_png(data[0], style, dpi=dpi)


__all__ = [
    "BadgeConflict",
    "BadgeCounts",
    "BadgeError",
    "BadgesCancelled",
    "MissingGlyphs",
    "NothingToPrint",
    "badge_counts",
    "badge_data",
    "badge_status",
    "load_style",
    "print_badges",
    "render_preview",
    "reprint_badge",
    "save_style",
    "select_for_badges",
    "status_counts",
    "verify_code",
    "verifier",
]


def has_printed_badge(db: Database, participant_id: int) -> bool:
    """Does this person hold a printed, valid badge (so printing again is a reprint)?"""
    with db.session() as session:
        badge = _current_badges(session, [participant_id]).get(participant_id)
        return badge is not None and badge.printed_at is not None


def category_colours(db: Database) -> dict[str, str]:
    """Each category's own badge colour (before the style's overrides), by category code."""
    with db.session() as session:
        return {code: colour for code, colour in session.execute(select(Category.code, Category.colour))}
