"""Errors the core raises for users to read (CLI prints them on one line, GUI in a dialog)."""


class ConferenceDeskError(Exception):
    """An error with a message meant for the user, not a traceback."""


class DatabaseError(ConferenceDeskError):
    """The database cannot be opened, is not ours, or is from a newer version."""


class SetupError(ConferenceDeskError):
    """Shipped or edited set-up data is invalid."""


class NotInitialisedError(ConferenceDeskError):
    """The database has no conference yet."""
