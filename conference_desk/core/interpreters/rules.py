"""Interpreting rules (AIIC / UN working conditions): settings and an independent checker.

Plain data only (no database access except :func:`load_settings` / :func:`save_settings`),
so the solver's tests, the GUI and the CLI all judge a roster the same way.

Definitions used everywhere:

* An interpreter *works into* a booth language L when L is their A, or their B
  with ``retour``.  Working into a B (retour) is done only from an A: never from
  a C (nor from another B) into a B.
* The *sources* of a booth are the session's floor languages
  (``Session.floor_languages``; "" means the interpretation languages) other
  than the booth's own language.  Each source must be covered by someone in the
  booth (who can work from it into L), or by relay: at least ``relay_min_givers``
  interpreters in the session's other booths who work from that source into
  a language M which someone in the receiving booth can work from into L.
* Every interpreter in a booth must be able to work from at least one source
  of the booth (else they cannot work there at all).
* Team strength: 1 interpreter for up to ``solo_max_minutes``; 2 up to
  ``pair_max_minutes``; 3 beyond.  For sessions over ``solo_max_minutes``, a
  booth where someone works retour (into their B) needs ``retour_team_size``.
* Per interpreter and day: at most ``max_sessions_per_day`` sessions, a session
  longer than ``max_session_minutes`` counting as two; at least
  ``min_rest_minutes`` between the end of one session and the start of the next
  (any overlap is "two places at once").
* Availability: ``InterpreterAvailability`` rows are exceptions.  With no row an
  interpreter is available; a half-day is unavailable only when a row says
  ``available = False`` for it.  A session touches the morning ('am') when it
  starts before ``half_day_split`` (13:00) and the afternoon ('pm') when it ends
  after it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text, join
from ..foundation.models import Setting, utcnow

SETTINGS_KEY = "interpreters.rules"

LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese",
                  "ru": "Russian", "pt": "Portuguese", "de": "German"}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HALF_NAMES = {"am": "morning", "pm": "afternoon"}


class InterpreterError(ConferenceDeskError):
    """An interpreting operation cannot be done (message says why)."""


class SettingsError(InterpreterError):
    """Interpreting settings are invalid."""


def language_name(code: str) -> str:
    """'French' (a :class:`Text`, translatable), or the code in capitals for a language not listed."""
    name = LANGUAGE_NAMES.get(code)
    return Text(name) if name else code.upper()


def booth_name(code: str) -> Text:
    """'French booth' (translated as one phrase: 'cabine française', 'cabina francesa')."""
    name = LANGUAGE_NAMES.get(code)
    return Text(f"{name} booth") if name else Text("{code} booth", code=code.upper())


def half_name(half: str) -> str:
    """'morning' / 'afternoon' (translatable)."""
    name = HALF_NAMES.get(half)
    return Text(name) if name else half


def day_month(day: dt.date) -> Text:
    """'29 Sep' (the month translatable)."""
    return Text("{day} {month}", day=day.day, month=Text(MONTHS[day.month - 1]))


def day_text(day: dt.date) -> Text:
    """'Tuesday 29 Sep' (weekday and month translatable)."""
    return Text("{weekday} {date}", weekday=Text(WEEKDAYS[day.weekday()]), date=day_month(day))


def or_list(items: Sequence[Any]) -> Any:
    """'A or B or C', each part (and the 'or') translatable."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return Text("{first} or {rest}", first=items[0], rest=or_list(items[1:]))


def and_list(items: Sequence[Any]) -> Any:
    """'A and B and C', each part (and the 'and') translatable."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return Text("{first} and {rest}", first=items[0], rest=and_list(items[1:]))


def _setting_problem(key: str, problem: Text) -> SettingsError:
    """'solo_max_minutes: must be ...' (the field name stays as it is; the problem translates)."""
    return SettingsError(Text("{field}: {problem}", field=key, problem=problem))


def split_languages(text: str | None) -> tuple[str, ...]:
    """'en, FR,es' -> ('en', 'fr', 'es'), duplicates and blanks dropped, order kept."""
    out: list[str] = []
    for part in (text or "").replace(";", ",").split(","):
        code = part.strip().lower()
        if code and code not in out:
            out.append(code)
    return tuple(out)


# --------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class InterpreterSettings:
    """Editable limits (stored as JSON in the ``setting`` table under ``interpreters.rules``)."""

    solo_max_minutes: int = 40          # one interpreter is enough up to this
    pair_max_minutes: int = 240         # two up to this (AIIC: about 3.5-4 h), three beyond
    retour_team_size: int = 3           # a booth working both ways (someone on retour)
    max_sessions_per_day: int = 2       # per interpreter
    max_session_minutes: int = 180      # a longer session counts as two for the daily limit
    min_rest_minutes: int = 90          # between two sessions of one interpreter
    relay_min_givers: int = 2           # interpreters able to give relay from a language
    half_day_split: str = "13:00"       # am = starts before, pm = ends after
    non_local_daily_extra: float = 150.0  # per diem etc. per working day of a non-local interpreter
    fairness_weight: int = 150          # solver: per session of (max load - min load)
    change_weight: int = 2000           # solver: per assignment added or removed vs the current roster
    unstaffed_weight: int = 1_000_000   # solver: per booth left unstaffed

    def split_time(self) -> dt.time:
        return dt.time.fromisoformat(self.half_day_split)

    def team_size(self, minutes: int, retour: bool = False) -> int:
        """Interpreters needed in one booth of a session of ``minutes``."""
        if minutes <= self.solo_max_minutes:
            return 1
        base = 2 if minutes <= self.pair_max_minutes else 3
        return max(base, self.retour_team_size) if retour else base

    def session_units(self, minutes: int) -> int:
        """How much a session counts against ``max_sessions_per_day``."""
        return 2 if minutes > self.max_session_minutes else 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_SETTINGS = InterpreterSettings()

_INT_LIMITS = {
    "solo_max_minutes": (0, 600), "pair_max_minutes": (1, 1440), "retour_team_size": (1, 6),
    "max_sessions_per_day": (1, 10), "max_session_minutes": (1, 1440), "min_rest_minutes": (0, 1440),
    "relay_min_givers": (1, 10), "fairness_weight": (0, 1_000_000), "change_weight": (0, 10_000_000),
    "unstaffed_weight": (1, 1_000_000_000),
}


def settings_from_dict(data: dict[str, Any], strict: bool = True) -> InterpreterSettings:
    """Build settings from a dict (unknown keys ignored).

    ``strict``: invalid values raise :class:`SettingsError` naming the field; otherwise
    they are replaced by the defaults (used when reading stored settings).
    """
    values: dict[str, Any] = {}
    known = {f.name for f in fields(InterpreterSettings)}
    for key, value in (data or {}).items():
        if key not in known:
            continue
        try:
            if key in _INT_LIMITS:
                if isinstance(value, bool) or not isinstance(value, int) and not (
                        isinstance(value, float) and value.is_integer()):
                    raise _setting_problem(key, Text("must be a whole number (got {value}).", value=repr(value)))
                value = int(value)
                low, high = _INT_LIMITS[key]
                if not low <= value <= high:
                    raise _setting_problem(key, Text("must be between {low} and {high} (got {value}).",
                                                     low=str(low), high=str(high), value=str(value)))
            elif key == "non_local_daily_extra":
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100_000:
                    raise _setting_problem(key, Text("must be an amount between 0 and 100000 (got {value}).",
                                                     value=repr(value)))
                value = float(value)
            elif key == "half_day_split":
                try:
                    dt.time.fromisoformat(str(value))
                except ValueError:
                    raise _setting_problem(key, Text("must be a time like 13:00 (got {value}).",
                                                     value=repr(value))) from None
                value = str(value)
        except SettingsError:
            if strict:
                raise
            continue
        values[key] = value
    result = InterpreterSettings(**values)
    if result.pair_max_minutes <= result.solo_max_minutes:
        if strict:
            raise _setting_problem("pair_max_minutes", Text("must be more than solo_max_minutes."))
        result = InterpreterSettings()
    return result


def load_settings(db: Database) -> InterpreterSettings:
    with db.session() as s:
        return _load_settings(s)


def _load_settings(s: Any) -> InterpreterSettings:
    row = s.get(Setting, SETTINGS_KEY)
    if row is None:
        return DEFAULT_SETTINGS
    try:
        data = json.loads(row.value)
    except ValueError:
        return DEFAULT_SETTINGS
    return settings_from_dict(data if isinstance(data, dict) else {}, strict=False)


def save_settings(db: Database, settings: InterpreterSettings | dict[str, Any],
                  actor: Actor | None = None) -> InterpreterSettings:
    """Validate and store the settings (one transaction, with an audit entry)."""
    if isinstance(settings, InterpreterSettings):
        settings = settings.as_dict()
    value = settings_from_dict(settings, strict=True)
    text = json.dumps(value.as_dict(), sort_keys=True)
    with db.session() as s:
        before = _load_settings(s)
        row = s.get(Setting, SETTINGS_KEY)
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value=text, updated_at=utcnow()))
        else:
            row.value, row.updated_at = text, utcnow()
        changed = {k: [getattr(before, k), v] for k, v in value.as_dict().items() if getattr(before, k) != v}
        record(s, actor or Actor(), "interpreter settings", "setting", None,
               f"Interpreting rules changed ({', '.join(changed) or 'no change'})", changed)
    return value


# --------------------------------------------------------------------------
# Plain data of a roster problem
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LanguageSkill:
    language: str          # 'en', 'fr', 'es' or another code
    language_class: str    # 'A', 'B' or 'C'
    retour: bool = False   # only for B: works into it


@dataclass(frozen=True)
class InterpreterProfile:
    id: int
    given_name: str
    family_name: str
    languages: tuple[LanguageSkill, ...]
    is_local: bool = True
    contract: str = "freelance"
    daily_rate: float = 0.0
    currency: str = "USD"
    unavailable: frozenset[tuple[dt.date, str]] = frozenset()  # (day, 'am'|'pm')

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def class_of(self, language: str) -> str | None:
        for skill in self.languages:
            if skill.language == language:
                return skill.language_class
        return None

    def works_into(self, language: str) -> bool:
        for skill in self.languages:
            if skill.language == language:
                return skill.language_class == "A" or (skill.language_class == "B" and skill.retour)
        return False

    def retour_into(self, language: str) -> bool:
        """Working into ``language`` is retour (into a B)."""
        return self.class_of(language) == "B" and self.works_into(language)

    def sources_into(self, language: str) -> frozenset[str]:
        """Languages this interpreter can work from into ``language`` (empty if not into it)."""
        if not self.works_into(language):
            return frozenset()
        if self.class_of(language) == "A":
            return frozenset(s.language for s in self.languages if s.language != language)
        return frozenset(s.language for s in self.languages
                         if s.language != language and s.language_class == "A")

    def profile_text(self) -> str:
        order = {"A": 0, "B": 1, "C": 2}
        return ", ".join(f"{s.language.upper()} {s.language_class}{' (retour)' if s.retour else ''}"
                         for s in sorted(self.languages, key=lambda s: (order.get(s.language_class, 3), s.language)))

    def rate_per_day(self, settings: InterpreterSettings) -> float:
        return float(self.daily_rate) + (0.0 if self.is_local else float(settings.non_local_daily_extra))


@dataclass(frozen=True)
class BoothSession:
    """A programme session that needs interpretation: one booth per target language."""

    id: int
    code: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    booths: tuple[str, ...]     # target languages
    floor: tuple[str, ...]      # languages spoken from the floor ("" in the database = booths)
    room: str = ""
    type: str = ""
    titles: tuple[tuple[str, str], ...] = ()   # (lang, title) for documents

    def title_in(self, lang: str) -> str:
        return dict(self.titles).get(lang) or self.title

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def sources(self, booth: str) -> tuple[str, ...]:
        return tuple(lang for lang in self.floor if lang != booth)

    def halves(self, split: dt.time = dt.time(13, 0)) -> tuple[tuple[dt.date, str], ...]:
        """The half-days the session touches: am if it starts before ``split``, pm if it ends after."""
        out: list[tuple[dt.date, str]] = []
        day = self.starts_at.date()
        while day <= self.ends_at.date():
            cut = dt.datetime.combine(day, split)
            start = max(self.starts_at, dt.datetime.combine(day, dt.time.min))
            end = min(self.ends_at, dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))
            if start < cut and end > start:
                out.append((day, "am"))
            if end > cut:
                out.append((day, "pm"))
            day += dt.timedelta(days=1)
        return tuple(out)

    def label(self) -> Text:
        return Text("{session} ({day} {start}-{end})", session=self.code, day=day_text(self.day),
                    start=f"{self.starts_at:%H:%M}", end=f"{self.ends_at:%H:%M}")


@dataclass(frozen=True)
class Assignment:
    session_id: int
    booth_language: str
    interpreter_id: int
    locked: bool = False


@dataclass
class RosterProblem:
    sessions: list[BoothSession]
    interpreters: list[InterpreterProfile]
    existing: list[Assignment] = field(default_factory=list)
    settings: InterpreterSettings = DEFAULT_SETTINGS
    currency: str = "USD"
    fingerprint: tuple[tuple[Any, ...], ...] = ()  # of the stored assignments when read

    def session(self, session_id: int) -> BoothSession | None:
        return self._sessions().get(session_id)

    def interpreter(self, interpreter_id: int) -> InterpreterProfile | None:
        return self._interpreters().get(interpreter_id)

    def _sessions(self) -> dict[int, BoothSession]:
        return {s.id: s for s in self.sessions}

    def _interpreters(self) -> dict[int, InterpreterProfile]:
        return {i.id: i for i in self.interpreters}

    def booths(self) -> list[tuple[BoothSession, str]]:
        return [(s, lang) for s in sorted(self.sessions, key=lambda s: (s.starts_at, s.code)) for lang in s.booths]


# --------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------

RULES = {
    "unknown": "assignment to a session, booth or interpreter that does not exist or needs no interpretation",
    "two_booths": "one interpreter in two booths of the same session",
    "direction": "works into the booth's language only if it is their A, or their B with retour",
    "c_into_b": "never from a C into a B",
    "no_source": "can work from at least one language spoken in the session",
    "coverage": "every language spoken is covered in the booth or by relay from enough interpreters",
    "team_size": "enough interpreters in the booth for the session's length",
    "overlap": "never two places at once",
    "rest": "enough rest between two sessions",
    "daily_limit": "at most two sessions (of up to 3 hours) a day",
    "availability": "works only when available",
}


@dataclass(frozen=True)
class Violation:
    rule: str                       # a key of RULES
    session_id: int | None
    session_code: str
    booth_language: str
    interpreter_ids: tuple[int, ...]
    interpreter_names: tuple[str, ...]
    message: str                    # English (a Text: translatable), names the people, booth and session

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["interpreter_ids"] = list(self.interpreter_ids)
        d["interpreter_names"] = list(self.interpreter_names)
        return d


UNKNOWN_TEMPLATES = {
    "session": "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such session"
               " needing interpretation.",
    "booth": "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such booth"
             " needing interpretation.",
    "interpreter": "Assignment of interpreter {interpreter} to the {booth} booth of session {session}: no such"
                   " interpreter.",
}
# (working retour raises the team size, one interpreter in the booth)
TEAM_SIZE_TEMPLATES = {
    (False, False): "{booth} ({minutes} min) has {count} interpreters ({names}); at least {need} are needed.",
    (False, True): "{booth} ({minutes} min) has {count} interpreter ({names}); at least {need} are needed.",
    (True, False): "{booth} ({minutes} min, working retour) has {count} interpreters ({names}); at least {need}"
                   " are needed.",
    (True, True): "{booth} ({minutes} min, working retour) has {count} interpreter ({names}); at least {need}"
                  " are needed.",
}
# A day counts more than the limit (two or more sessions); True: a longer session counts as two.
DAILY_LIMIT_TEMPLATES = {
    False: "{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are"
           " allowed.",
    True: "{name} works {count} sessions on {day} ({sessions}); at most {most} of up to {hours} hours are"
          " allowed (a longer session counts as two).",
}


def _booth_name(session: BoothSession, lang: str) -> Text:
    return Text("the {booth} of {session}", booth=booth_name(lang), session=session.code)


def relay_givers(session: BoothSession, booth: str, source: str, team: dict[str, list[InterpreterProfile]]
                 ) -> list[InterpreterProfile]:
    """Interpreters of the session's other booths who can give relay from ``source`` to ``booth``."""
    receivers = team.get(booth, [])
    givers: list[InterpreterProfile] = []
    for other in session.booths:
        if other == booth or other == source:
            continue
        if not any(other in r.sources_into(booth) for r in receivers):
            continue  # nobody in the receiving booth understands this pivot language
        givers += [g for g in team.get(other, []) if source in g.sources_into(other)]
    return givers


def check_roster(problem: RosterProblem, assignments: Iterable[Assignment]) -> list[Violation]:
    """Every rule broken by ``assignments`` (an empty list when the roster is sound).

    Booths without anyone are not violations (they are simply unstaffed); a booth with
    someone in it must satisfy every rule.
    """
    settings = problem.settings
    split = settings.split_time()
    sessions = problem._sessions()
    people = problem._interpreters()
    out: list[Violation] = []

    def add(rule: str, s: BoothSession | None, booth: str, who: Sequence[InterpreterProfile], message: Text,
            session_id: int | None = None) -> None:
        out.append(Violation(rule, s.id if s else session_id, s.code if s else "", booth,
                             tuple(p.id for p in who), tuple(p.name for p in who), message))

    teams: dict[int, dict[str, list[InterpreterProfile]]] = defaultdict(lambda: defaultdict(list))
    per_person: dict[int, list[tuple[BoothSession, str]]] = defaultdict(list)
    seen: dict[tuple[int, int], str] = {}
    for a in sorted(set(assignments), key=lambda a: (a.session_id, a.booth_language, a.interpreter_id)):
        s = sessions.get(a.session_id)
        p = people.get(a.interpreter_id)
        if s is None or p is None or a.booth_language not in s.booths:
            template = UNKNOWN_TEMPLATES["session" if s is None else "interpreter" if p is None else "booth"]
            add("unknown", s, a.booth_language, [p] if p else [],
                Text(template, interpreter=str(a.interpreter_id), booth=a.booth_language.upper(),
                     session=s.code if s else str(a.session_id)), a.session_id)
            continue
        key = (s.id, p.id)
        if key in seen:
            add("two_booths", s, a.booth_language, [p],
                Text("{name} is in two booths of {session} ({first} and {second}).", name=p.name, session=s.code,
                     first=seen[key].upper(), second=a.booth_language.upper()))
            continue
        seen[key] = a.booth_language
        teams[s.id][a.booth_language].append(p)
        per_person[p.id].append((s, a.booth_language))

    # Per booth: direction, sources, coverage, team strength.
    for sid, booths in teams.items():
        s = sessions[sid]
        for booth, team in booths.items():
            where = _booth_name(s, booth)
            sources = s.sources(booth)
            for p in team:
                cls = p.class_of(booth)
                if not p.works_into(booth):
                    if cls is None:
                        why = Text("{language} is not one of their languages", language=language_name(booth))
                    elif cls == "C":
                        why = Text("{language} is their C (passive) language", language=language_name(booth))
                    else:
                        why = Text("{language} is their B and they do not work retour", language=language_name(booth))
                    add("direction", s, booth, [p],
                        Text("{name} cannot work in {booth}: {why}.", name=p.name, booth=where, why=why))
                    continue
                if sources and not (p.sources_into(booth) & set(sources + s.booths)):
                    if cls == "B":
                        froms = [Text("{language} ({cls})", language=language_name(x), cls=p.class_of(x))
                                 for x in sources if p.class_of(x)]
                        add("c_into_b", s, booth, [p],
                            Text("{name} would work in {booth} into their B {language} from {sources}: retour is"
                                 " done only from an A, never from a C into a B.", name=p.name, booth=where,
                                 language=language_name(booth),
                                 sources=or_list(froms) if froms else Text("a language they do not have")))
                    else:
                        add("no_source", s, booth, [p],
                            Text("{name} cannot work in {booth}: none of the languages spoken ({languages}) is one"
                                 " of their languages.", name=p.name, booth=where,
                                 languages=join([language_name(x) for x in sources], ", ")))
            for src in sources:
                if any(src in p.sources_into(booth) for p in team):
                    continue
                givers = relay_givers(s, booth, src, booths)
                if len(givers) >= settings.relay_min_givers:
                    continue
                given = (Text("only {count} ({names})", count=len(givers), names=", ".join(g.name for g in givers))
                         if givers else Text("nobody"))
                add("coverage", s, booth, team,
                    Text("No one in {booth} ({names}) works from {language}, and relay from {language} needs"
                         " {count} interpreters in the other booths able to give it: {given}.", booth=where,
                         names=", ".join(p.name for p in team), language=language_name(src),
                         count=settings.relay_min_givers, given=given))
            retour = any(p.retour_into(booth) for p in team)
            need = settings.team_size(s.minutes, retour)
            if len(team) < need:
                add("team_size", s, booth, team,
                    Text(TEAM_SIZE_TEMPLATES[(retour and need > settings.team_size(s.minutes), len(team) == 1)],
                         booth=Text("The {booth} of {session}", booth=booth_name(booth), session=s.code),
                         minutes=s.minutes, count=len(team), names=", ".join(p.name for p in team), need=need))

    # Per interpreter: availability, overlaps, rest, daily limit.
    for pid, work in per_person.items():
        p = people[pid]
        work.sort(key=lambda w: (w[0].starts_at, w[0].code))
        for s, booth in work:
            off = [h for h in s.halves(split) if h in p.unavailable]
            if off:
                add("availability", s, booth, [p],
                    Text("{name} is not available on {day} {half} ({session}, {booth}).", name=p.name,
                         day=day_text(off[0][0]), half=half_name(off[0][1]), session=s.code,
                         booth=booth_name(booth)))
        for i, (s1, b1) in enumerate(work):
            for s2, b2 in work[i + 1:]:
                gap = (s2.starts_at - s1.ends_at).total_seconds() / 60
                if s2.starts_at < s1.ends_at and s1.starts_at < s2.ends_at:
                    add("overlap", s2, b2, [p],
                        Text("{name} is in two places at once: {first} and {second}.", name=p.name,
                             first=s1.label(), second=s2.label()))
                elif 0 <= gap < settings.min_rest_minutes:
                    add("rest", s2, b2, [p],
                        Text("{name} has only {gap} minutes between {first} (ends {end}) and {second} (starts"
                             " {start}); at least {minimum} are needed.", name=p.name, gap=int(gap), first=s1.code,
                             end=f"{s1.ends_at:%H:%M}", second=s2.code, start=f"{s2.starts_at:%H:%M}",
                             minimum=settings.min_rest_minutes))
        units: dict[dt.date, list[BoothSession]] = defaultdict(list)
        for s, _b in work:
            units[s.day].append(s)
        for day, day_sessions in sorted(units.items()):
            count = sum(settings.session_units(s.minutes) for s in day_sessions)
            if count > settings.max_sessions_per_day:
                longer = any(settings.session_units(s.minutes) > 1 for s in day_sessions)
                add("daily_limit", day_sessions[-1], "", [p],
                    Text(DAILY_LIMIT_TEMPLATES[longer], name=p.name, count=count, day=day_text(day),
                         sessions=", ".join(s.code for s in day_sessions), most=settings.max_sessions_per_day,
                         hours=settings.max_session_minutes // 60))
    return out


def candidates(problem: RosterProblem, session: BoothSession, booth: str) -> list[InterpreterProfile]:
    """Interpreters who could work in this booth on their own merits (language and availability)."""
    split = problem.settings.split_time()
    sources = set(session.sources(booth)) | set(session.booths)
    halves = session.halves(split)
    out = []
    for p in problem.interpreters:
        if not p.works_into(booth):
            continue
        if session.sources(booth) and not (p.sources_into(booth) & sources):
            continue
        if any(h in p.unavailable for h in halves):
            continue
        out.append(p)
    return out


def roster_cost(problem: RosterProblem, assignments: Iterable[Assignment]) -> float:
    """Daily rates (+ the non-local extra) for each day each interpreter works at all."""
    sessions = problem._sessions()
    people = problem._interpreters()
    days: set[tuple[int, dt.date]] = set()
    for a in assignments:
        s = sessions.get(a.session_id)
        if s is not None and a.interpreter_id in people:
            days.add((a.interpreter_id, s.day))
    return round(sum(people[pid].rate_per_day(problem.settings) for pid, _d in days), 2)
