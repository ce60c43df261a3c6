"""The programme: sessions in rooms and time, people in them, sign-ups, conflicts.

``timetable`` reads and edits it (plain data for the GUI), ``conflicts`` checks it
(pure ``detect`` for live re-checks, ``find_conflicts`` on the database),
``signups`` handles forum sign-ups and waiting lists, ``demo`` fills it for the
demo population.  Documents live in ``core/foundation/documents/`` (booklet, door sheets,
personal agenda, iCalendar).
"""

from .errors import FieldProblem, ProgrammeError, SessionFullError, SessionValidationError, SignUpError

__all__ = ["FieldProblem", "ProgrammeError", "SessionFullError", "SessionValidationError", "SignUpError"]
