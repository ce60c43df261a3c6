"""Reports: the arrivals dashboard (no Qt).

:func:`arrivals_dashboard` answers, for one conference day, what the
Dashboard screen and ``conference-desk dashboard`` show: venue admissions per
hour (local time) and cumulated, admitted against expected, by UNESCO region,
by category and by gender, and which delegations are complete, partial or not
arrived.  Plain data, JSON-ready.

Every figure is a GROUP BY in SQL — a handful of statements whatever the
number of participants, none per row:

1. admissions per day (the day selector, and the default day);
2. the chosen day's venue events per quarter-hour of UTC time and outcome
   (turned into local hours here, so any time zone — 30/45-minute offsets,
   a daylight-saving change that day — is right);
3. participants grouped by category, gender, delegation kind and region,
   with expected / admitted / still awaited sums (one LEFT JOIN to that day's
   admissions);
4. delegations with their non-cancelled members and how many of them were
   admitted at the venue on or before that day.

Definitions
-----------
* **admitted** on a day: one ``admitted`` venue event of that local day per
  person (the exactly-once index guarantees there is at most one).
* **expected** on a day: participants not cancelled whose stay covers it
  (unknown arrival or departure dates count as covering it) — the same rule
  as the desk's counter (``checkin.counters``).
* **awaited**: expected and not (yet) admitted that day.
* a delegation is **complete** when every non-cancelled member has been
  admitted at the venue at least once up to that day, **partial** when some
  have, **not arrived** when none has.  Delegations with no non-cancelled
  member are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Integer, and_, case, cast, func, or_, select

from .decisions import _as_utc, _zone
from ..foundation.db import Database
from ..foundation.errors import NotInitialisedError
from ..foundation.models import (
    Category,
    CheckInEvent,
    CheckInOutcome,
    CheckInPlace,
    Conference,
    Delegation,
    DelegationKind,
    Gender,
    MemberState,
    Participant,
    ParticipantStatus,
)
from ..foundation.text import fold

# Groups of the region breakdown, in display order: the five UNESCO regional
# groups (Member State delegations), then organisations (IGOs, NGOs, private
# sector, UNESCO, the host's institutions), then people with no delegation.
REGION_KEYS = ("AFR", "ARB", "APA", "EUR", "LAC", "organisations", "individual")
REGION_LABELS = {
    "AFR": "Africa",
    "ARB": "Arab States",
    "APA": "Asia and the Pacific",
    "EUR": "Europe and North America",
    "LAC": "Latin America and the Caribbean",
    "organisations": "Organisations",
    "individual": "No delegation",
}
GENDER_KEYS = ("F", "M", "X", "U")
GENDER_LABELS = {"F": "Female", "M": "Male", "X": "Other", "U": "Not stated"}
COMPLETENESS = ("complete", "partial", "not_arrived")

QUARTER = 900  # seconds: the SQL groups scans by quarter-hour of UTC time


def _value(item: Any) -> Any:
    return item.value if hasattr(item, "value") else item


def _quarter_of(conn: Connection) -> Any:
    """SQL: the UTC quarter-hour number (seconds since 1970 // 900) of ``scanned_at`` (naive UTC)."""
    if conn.dialect.name == "sqlite":
        return cast(func.strftime("%s", CheckInEvent.scanned_at), Integer) // QUARTER
    return func.floor(func.extract("epoch", CheckInEvent.scanned_at) / QUARTER)


def _admitted_at_venue() -> list[Any]:
    return [CheckInEvent.place == CheckInPlace.VENUE, CheckInEvent.outcome == CheckInOutcome.ADMITTED]


def _conference_days(conference: Any) -> list[dt.date]:
    first, last = conference.arrival_date, conference.departure_date
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _choose_day(day: dt.date | None, today: dt.date, conference: Any, per_day: dict[dt.date, int]) -> dt.date:
    """The day asked for; else today within the conference; else the busiest day; else the first day."""
    if day is not None:
        return day
    if conference.arrival_date <= today <= conference.departure_date:
        return today
    busiest = [d for d, n in per_day.items() if n > 0]
    if busiest:
        return max(busiest, key=lambda d: (per_day[d], -d.toordinal()))
    return conference.start_date


def _hour_axis(conference: Any, admitted_hours: set[int]) -> list[int]:
    """The venue's opening hours (0–23 without them), widened to every hour with an admission."""
    opens, closes = conference.venue_opens, conference.venue_closes
    if opens is not None and closes is not None and closes > opens:
        first, last = opens.hour, closes.hour - (0 if closes.minute or closes.second else 1)
    else:
        first, last = 0, 23
    if admitted_hours:
        first, last = min(first, min(admitted_hours)), max(last, max(admitted_hours))
    return list(range(first, last + 1))


def arrivals_dashboard(db: Database, day: dt.date | None = None, lang: str = "en",
                       now: dt.datetime | None = None) -> dict[str, Any]:
    """Arrivals at the venue on one conference day (default: see :func:`_choose_day`), as plain data.

    ``lang``: language of category and delegation names.  ``now``: the
    current time (default now; naive = UTC), for "today" and ``generated_at``.
    """
    lang = lang if lang in ("en", "fr", "es") else "en"
    with db.engine.connect() as conn:
        conference = conn.execute(
            select(Conference.arrival_date, Conference.start_date, Conference.end_date,
                   Conference.departure_date, Conference.timezone, Conference.venue_opens,
                   Conference.venue_closes).limit(1)
        ).first()
        if conference is None:
            raise NotInitialisedError("This database holds no conference yet: run init first.")
        zone = _zone(conference.timezone or "UTC")
        local_now = _as_utc(now).astimezone(zone)
        today = local_now.date()

        # 1. Admissions per day.
        per_day = {
            row.day: int(row.n) for row in conn.execute(
                select(CheckInEvent.day, func.count().label("n")).where(*_admitted_at_venue())
                .group_by(CheckInEvent.day)
            )
        }
        day = _choose_day(day, today, conference, per_day)

        # 2. That day's venue events per UTC quarter-hour and outcome.
        quarter = _quarter_of(conn).label("quarter")
        admitted_by_hour: dict[int, int] = defaultdict(int)
        outcomes: dict[str, int] = defaultdict(int)
        first_at: dt.datetime | None = None
        last_at: dt.datetime | None = None
        for row in conn.execute(
            select(quarter, CheckInEvent.outcome, func.count().label("n"),
                   func.min(CheckInEvent.scanned_at).label("first"), func.max(CheckInEvent.scanned_at).label("last"))
            .where(CheckInEvent.day == day, CheckInEvent.place == CheckInPlace.VENUE)
            .group_by(quarter, CheckInEvent.outcome)
        ):
            outcome = _value(row.outcome)
            outcomes[outcome] += int(row.n)
            if outcome != CheckInOutcome.ADMITTED.value:
                continue
            start = dt.datetime.fromtimestamp(int(row.quarter) * QUARTER, dt.timezone.utc).astimezone(zone)
            admitted_by_hour[start.hour] += int(row.n)
            first_at = row.first if first_at is None else min(first_at, row.first)
            last_at = row.last if last_at is None else max(last_at, row.last)

        # 3. The population, one scan of the participant table: per category, gender and
        #    delegation, how many are expected that day and how many are not cancelled.
        expected_cond = and_(
            Participant.status != ParticipantStatus.CANCELLED,
            or_(Participant.arrival_date.is_(None), Participant.arrival_date <= day),
            or_(Participant.departure_date.is_(None), Participant.departure_date >= day),
        )
        group = (Participant.category_id, Participant.gender, Participant.delegation_id)
        population = conn.execute(
            select(*group, func.sum(case((expected_cond, 1), else_=0)).label("expected"),
                   func.sum(case((Participant.status != ParticipantStatus.CANCELLED, 1), else_=0)).label("active"))
            .group_by(*group)
        ).all()
        # 4. That day's admissions (from the events, by participant key), per the same groups.
        arrivals = conn.execute(
            select(*group, func.count().label("admitted"),
                   func.sum(case((expected_cond, 1), else_=0)).label("admitted_expected"))
            .select_from(CheckInEvent)
            .join(Participant, Participant.id == CheckInEvent.participant_id)
            .where(CheckInEvent.day == day, *_admitted_at_venue())
            .group_by(*group)
        ).all()
        # 5. Per delegation, the non-cancelled members admitted at the venue on or before that day: the
        #    admitted people first (a subquery), then their participant rows by primary key (joined the
        #    other way round, SQLite walked all 100,000 participants to find none admitted).
        came = (select(CheckInEvent.participant_id).where(CheckInEvent.day <= day, *_admitted_at_venue())
                .distinct().subquery("came"))
        arrived_by_delegation = {
            row.delegation_id: int(row.arrived) for row in conn.execute(
                select(Participant.delegation_id, func.count().label("arrived"))
                .select_from(came)
                .join(Participant, Participant.id == came.c.participant_id)
                .where(Participant.status != ParticipantStatus.CANCELLED, Participant.delegation_id.is_not(None))
                .group_by(Participant.delegation_id)
            )
        }
        label = getattr(Category, f"label_{lang}")
        categories = conn.execute(
            select(Category.id, Category.code, label.label("label"), Category.label_en, Category.colour,
                   Category.text_colour)
            .order_by(Category.sort_order, Category.id)
        ).all()
        state_name = getattr(MemberState, f"name_{lang}")
        delegation_rows = conn.execute(
            select(Delegation.id, Delegation.kind, Delegation.organisation_name, state_name.label("state_name"),
                   MemberState.name_en, MemberState.region)
            .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
        ).all()

    # -- per hour ---------------------------------------------------------
    # "future": an hour of today still to come (or a later day): nothing to draw there yet.
    hours = []
    running = 0
    for hour in _hour_axis(conference, set(admitted_by_hour)):
        running += admitted_by_hour.get(hour, 0)
        future = day > today or (day == today and hour > local_now.hour)
        hours.append({"hour": hour, "admitted": admitted_by_hour.get(hour, 0), "cumulative": running,
                      "future": future and not admitted_by_hour.get(hour, 0)})
    admitted_total = outcomes.get(CheckInOutcome.ADMITTED.value, 0)

    # -- groups -------------------------------------------------------------
    def empty() -> dict[str, int]:
        return {"admitted": 0, "expected": 0, "awaited": 0}

    delegation_of = {row.id: (_value(row.kind), _value(row.region)) for row in delegation_rows}

    def region_of(delegation_id: int | None) -> str:
        if delegation_id is None or delegation_id not in delegation_of:
            return "individual"
        kind, region = delegation_of[delegation_id]
        if kind == DelegationKind.MEMBER_STATE.value and region is not None:
            return str(region)
        return "organisations"

    by_region: dict[str, dict[str, int]] = {key: empty() for key in REGION_KEYS}
    by_category: dict[int, dict[str, int]] = defaultdict(empty)
    by_gender: dict[str, dict[str, int]] = {key: empty() for key in GENDER_KEYS}
    totals = {"expected": 0, "awaited": 0, "admitted_expected": 0}
    members: dict[int, int] = defaultdict(int)

    def add(row: Any, figures: dict[str, int]) -> None:
        gender = _value(row.gender) or Gender.UNSPECIFIED.value
        region = row.region if hasattr(row, "region") else region_of(row.delegation_id)
        for bucket in (by_region.setdefault(region, empty()), by_category[row.category_id],
                       by_gender.setdefault(gender, empty())):
            for key, value in figures.items():
                bucket[key] += value

    # Thousands of (category, gender, delegation) groups: summed per (region, category, gender) first,
    # then added to the figures once per key (the same sums, a fraction of the work).
    expected_by: dict[tuple[int, Any, int | None], int] = defaultdict(int)
    regions_of: dict[int | None, str] = {}
    for category_id, gender, delegation_id, expected_n, active in population:
        expected = int(expected_n or 0)
        if delegation_id is not None and active:
            members[delegation_id] += int(active)
        if expected:
            region = regions_of.get(delegation_id)
            if region is None:
                region = regions_of[delegation_id] = region_of(delegation_id)
            expected_by[(category_id, gender, region)] += expected
    for (category_id, gender, region), expected in expected_by.items():
        add(SimpleNamespace(category_id=category_id, gender=gender, region=region),
            {"expected": expected, "awaited": expected})
        totals["expected"] += expected
    for row in arrivals:
        came_expected = int(row.admitted_expected or 0)
        add(row, {"admitted": int(row.admitted), "awaited": -came_expected})
        totals["admitted_expected"] += came_expected
    totals["awaited"] = totals["expected"] - totals["admitted_expected"]

    regions = [
        {"key": key, "label": REGION_LABELS.get(key, key), **by_region[key]}
        for key in REGION_KEYS
        if key != "individual" or by_region[key]["expected"] or by_region[key]["admitted"]
    ]
    category_list = [
        {"code": row.code, "label": row.label or row.label_en, "colour": row.colour,
         "text_colour": row.text_colour, **by_category.get(row.id, empty())}
        for row in categories
    ]
    genders = [
        {"code": key, "label": GENDER_LABELS[key], **by_gender[key]}
        for key in GENDER_KEYS
        if key in ("F", "M") or by_gender[key]["expected"] or by_gender[key]["admitted"]
    ]

    # -- delegations ------------------------------------------------------------
    lists: dict[str, list[dict[str, Any]]] = {key: [] for key in COMPLETENESS}
    for row in delegation_rows:
        total = members.get(row.id, 0)
        if not total:
            continue
        arrived = arrived_by_delegation.get(row.id, 0)
        kind = _value(row.kind)
        state = kind == DelegationKind.MEMBER_STATE.value
        item = {
            "id": row.id,
            "name": (row.state_name or row.name_en or "") if state else row.organisation_name,
            "kind": kind,
            "region": _value(row.region) if state and row.region is not None else "organisations",
            "members": total,
            "arrived": arrived,
        }
        status = "complete" if arrived >= total else "partial" if arrived else "not_arrived"
        lists[status].append(item)
    for items in lists.values():
        items.sort(key=lambda item: (item["kind"] != DelegationKind.MEMBER_STATE.value, fold(item["name"] or "")))

    def local(at: dt.datetime | None) -> str | None:
        if at is None:
            return None
        return at.replace(tzinfo=dt.timezone.utc).astimezone(zone).isoformat(timespec="seconds")

    return {
        "day": day.isoformat(),
        "today": today.isoformat(),
        "is_today": day == today,
        "timezone": str(conference.timezone or "UTC"),
        "generated_at": local_now.isoformat(timespec="seconds"),
        "lang": lang,
        "days": [{"day": d.isoformat(), "admitted": per_day.get(d, 0),
                  "conference": conference.start_date <= d <= conference.end_date}
                 for d in _conference_days(conference)],
        "totals": {
            "admitted": admitted_total,
            "expected": totals["expected"],
            "admitted_expected": totals["admitted_expected"],
            "awaited": totals["awaited"],
            "already": outcomes.get(CheckInOutcome.ALREADY_IN.value, 0),
            "rejected": outcomes.get(CheckInOutcome.REJECTED.value, 0),
            "first_at": local(first_at),
            "last_at": local(last_at),
        },
        "hours": hours,
        "regions": regions,
        "categories": category_list,
        "genders": genders,
        "delegations": {
            **{key: len(lists[key]) for key in COMPLETENESS},
            "total": sum(len(items) for items in lists.values()),
            "lists": lists,
        },
    }


__all__ = ["COMPLETENESS", "GENDER_KEYS", "REGION_KEYS", "REGION_LABELS", "arrivals_dashboard"]
