"""Where things live: shipped resources, the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

PACKAGE_DIR = Path(__file__).resolve().parents[2]  # core/foundation/paths.py -> conference_desk
PROJECT_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = PROJECT_DIR / "resources"
I18N_DIR = PROJECT_DIR / "i18n"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

DB_ENV_VAR = "CONFERENCE_DESK_DB"


def user_data_dir() -> Path:
    return user_data_path("conference-desk", appauthor=False, ensure_exists=False)


def default_database_path() -> Path:
    return user_data_dir() / "conference.sqlite"


def resolve_database(arg: str | None) -> str:
    """The database to use: ``--db``, else $CONFERENCE_DESK_DB, else the user data dir."""
    value = arg or os.environ.get(DB_ENV_VAR) or str(default_database_path())
    if value.startswith("~") and "://" not in value:
        try:
            value = str(Path(value).expanduser())
        except RuntimeError:  # "~someone" with no such user
            from .errors import DatabaseError

            raise DatabaseError(f"Cannot find the home folder of {value.split('/')[0]!r} in {value!r}.") from None
    return value
