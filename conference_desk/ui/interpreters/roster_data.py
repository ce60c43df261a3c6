"""What the interpreters widgets show and share: one read of the roster (plain data, read off the
GUI thread) and the state they have in common (database, language, that read, busy)."""

from __future__ import annotations

import datetime as dt

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.info import get_conference
from conference_desk.core.interpreters import roster as core
from conference_desk.core.interpreters import rules


def conference_days(db: Database) -> list[dt.date]:
    try:
        with db.session() as s:
            conf = get_conference(s)
            start, end = conf.start_date, conf.end_date
    except ConferenceDeskError:
        return []
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


class RosterData:
    """What one read gives the screen (plain data, read off the GUI thread)."""

    def __init__(self, grid: core.RosterGrid, problem: rules.RosterProblem,
                 pool: list[core.InterpreterSummary], days: list[dt.date]) -> None:
        self.grid = grid
        self.problem = problem
        self.pool = pool
        self.days = days


def read_roster(db: Database, language: str) -> RosterData:
    grid = core.roster_rows(db, language)
    return RosterData(grid, core.load_problem(db), core.list_interpreters(db), conference_days(db))


class RosterState:
    """Shared by the screen and its widgets, so each reads the same: the database, the interface
    language, the last read (None before the first) and whether a roster is being built or applied
    (no manual edit meanwhile)."""

    def __init__(self, db: Database, language: str) -> None:
        self.db = db
        self.language = language
        self.data: RosterData | None = None
        self.busy = False

    def interpreter_name(self, interpreter_id: int) -> str:
        p = self.data.problem.interpreter(interpreter_id) if self.data else None
        return p.name if p else str(interpreter_id)

    def session_code(self, session_id: int) -> str:
        s = self.data.problem.session(session_id) if self.data else None
        return s.code if s else str(session_id)
