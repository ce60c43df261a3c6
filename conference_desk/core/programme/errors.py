"""Errors of the programme capability (messages in English, for users to read)."""

from __future__ import annotations

from dataclasses import dataclass

from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text, join


class ProgrammeError(ConferenceDeskError):
    """A programme operation cannot be done (the message says why)."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field of a session form."""

    field: str
    message: str  # a core.messages.Text (translatable)


class SessionValidationError(ProgrammeError):
    """A session's values are invalid; ``problems`` lists them field by field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(join([Text("{field}: {problem}", field=p.field, problem=p.message) for p in problems]))


class SignUpError(ProgrammeError):
    """A sign-up was refused (not a forum, cancelled participant, clash, already signed up...)."""


class SessionFullError(SignUpError):
    """The forum is full and the waiting list was not allowed."""
