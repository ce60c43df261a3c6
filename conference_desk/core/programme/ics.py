"""The programme as an iCalendar file (RFC 5545), written by hand (no extra dependency).

- Times are the conference's local times with ``TZID=<Conference.timezone>``
  (e.g. America/Mexico_City), and the file carries a matching ``VTIMEZONE``
  built from the tz database (Python's ``zoneinfo``): every UTC-offset change
  from the year before the first session to the end of the last session's
  year, or one fixed ``STANDARD`` component when the zone had none then.
- One ``VEVENT`` per scheduled session; ``UID`` is stable per session
  (``session-<id>.<conference code>@conference-desk``), so a calendar that
  imports the file again updates its events instead of duplicating them.
- ``SUMMARY`` is the title in the chosen language, ``LOCATION`` the room and
  the venue, ``DESCRIPTION`` the description and the people with their roles.
- Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
  character; text values are escaped (backslash, semicolon, comma, newline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..foundation.db import Database
from ..foundation.files import atomic_output
from .errors import ProgrammeError
from .timetable import SessionInfo, Timetable, load_timetable
from ..foundation.terms import session_code
from .booklet import ROLE_ORDER, languages_label, type_label
from ..foundation.documents.strings import text

PRODID = "-//Conference Desk//Programme//EN"


def escape_text(value: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with one space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # the leading space takes one octet
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _offset(delta: dt.timedelta | None) -> str:
    seconds = int((delta or dt.timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """UTC instants (naive) in [start, end) where the zone's UTC offset changes, to the minute."""
    utc = dt.timezone.utc

    def offset(at: dt.datetime) -> dt.timedelta | None:
        return at.replace(tzinfo=utc).astimezone(zone).utcoffset()

    found = []
    step = dt.timedelta(hours=6)
    at = start
    while at < end:
        nxt = at + step
        if offset(at) != offset(nxt):
            lo, hi = at, nxt  # offset(lo) != offset(hi): bisect to the minute
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if offset(mid) == offset(lo):
                    lo = mid
                else:
                    hi = mid
            found.append(hi)
        at = nxt
    return found


def vtimezone(tzid: str, first: dt.datetime, last: dt.datetime) -> list[str]:
    """VTIMEZONE lines for ``tzid`` covering local times ``first``..``last``."""
    try:
        zone = ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ProgrammeError(f"Unknown time zone {tzid!r} in the conference settings.") from exc
    utc = dt.timezone.utc
    start = dt.datetime(first.year - 1, 1, 1)
    end = dt.datetime(last.year + 1, 1, 1)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    changes = _transitions(zone, start, end)
    if not changes:
        here = first.replace(tzinfo=zone)
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{_offset(here.utcoffset())}",
                  f"TZOFFSETTO:{_offset(here.utcoffset())}", f"TZNAME:{escape_text(here.tzname() or tzid)}",
                  "END:STANDARD"]
    for instant in changes:
        before = (instant - dt.timedelta(minutes=1)).replace(tzinfo=utc).astimezone(zone)
        after = instant.replace(tzinfo=utc).astimezone(zone)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        onset = (instant.replace(tzinfo=utc) + (before.utcoffset() or dt.timedelta())).replace(tzinfo=None)
        lines += [f"BEGIN:{kind}", f"DTSTART:{_local(onset)}", f"TZOFFSETFROM:{_offset(before.utcoffset())}",
                  f"TZOFFSETTO:{_offset(after.utcoffset())}", f"TZNAME:{escape_text(after.tzname() or '')}",
                  f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines


def uid(t: Timetable, s: SessionInfo) -> str:
    return f"session-{s.id}.{t.conference.code or 'conference'}@conference-desk"


def _description(t: Timetable, s: SessionInfo, lang: str) -> str:
    parts = [f"{type_label(s.type, lang)} · {session_code(s.code, lang)}"]
    if s.description(lang):
        parts.append(s.description(lang))
    for role in ROLE_ORDER:
        names = [p.name for p in s.people if p.role == role]
        if names:
            label = text(f"roles_{role}" if len(names) > 1 else f"role_{role}", lang)
            parts.append(f"{label}: {', '.join(names)}")
    if s.interpretation:
        parts.append(text("interpretation_into", lang, languages=languages_label(s.interpretation, lang)))
    return "\n".join(parts)


def calendar_text(t: Timetable, lang: str = "en", sessions: Iterable[SessionInfo] | None = None,
                  now: dt.datetime | None = None) -> str:
    """The iCalendar text of ``sessions`` (default: every scheduled session of ``t``)."""
    chosen = [s for s in (t.sessions if sessions is None else sessions) if s.timed]
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    tzid = t.conference.timezone or "UTC"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(t.conference.name(lang))}", f"X-WR-TIMEZONE:{tzid}"]
    if chosen:
        first = min(s.starts_at for s in chosen if s.starts_at)
        last = max(s.ends_at for s in chosen if s.ends_at)
        lines += vtimezone(tzid, first, last)
    venue = ", ".join(x for x in (t.conference.venue_name, t.conference.venue_address) if x)
    for s in chosen:
        assert s.starts_at and s.ends_at
        room = t.room(s.room_id)
        location = ", ".join(x for x in ((room.name if room else ""), venue) if x)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(t, s)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={tzid}:{_local(s.starts_at)}",
            f"DTEND;TZID={tzid}:{_local(s.ends_at)}",
            f"SUMMARY;LANGUAGE={lang}:{escape_text(s.title(lang))}",
            f"LOCATION:{escape_text(location)}",
            f"DESCRIPTION;LANGUAGE={lang}:{escape_text(_description(t, s, lang))}",
            f"CATEGORIES:{escape_text(type_label(s.type, lang))}",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(db: Database, path: Path, lang: str = "en", participant_id: int | None = None) -> dict[str, Any]:
    """Write the programme (or one participant's sessions and the plenaries) as an .ics file."""
    t = load_timetable(db)
    sessions: list[SessionInfo] | None = None
    if participant_id is not None:
        from .signups import sessions_of_participant

        mine = {item.session_id for item in sessions_of_participant(db, participant_id)}
        sessions = [s for s in t.sessions if s.id in mine or s.for_all_participants]
    data = calendar_text(t, lang, sessions)
    with atomic_output(path) as tmp:
        tmp.write_bytes(data.encode("utf-8"))
    count = data.count("BEGIN:VEVENT")
    return {"file": str(path), "format": "ics", "language": lang, "events": count}
