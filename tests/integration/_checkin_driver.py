"""Check in a list of badge codes, one scan per transaction, as a desk does (crash-torture helper).

    python tests/integration/_checkin_driver.py DB CODES_FILE

Prints ``ADMITTED <code>`` (or ``<OUTCOME> <code>``) after each decision is
committed and flushes, so whoever kills this process knows which admissions
were *shown*: every one of them must be in the database afterwards.
"""

from __future__ import annotations

import sys

from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.checkin.service import check_in_code
from conference_desk.core.foundation.db import open_database


def main() -> int:
    db = open_database(sys.argv[1], create=False)
    point = CheckInPoint(desk="Torture", operator="driver")
    with open(sys.argv[2], encoding="utf-8") as fh:
        codes = [line.strip() for line in fh if line.strip()]
    for code in codes:
        outcome = check_in_code(db, code, point, with_counts=False)  # returns after the commit
        sys.stdout.write(f"{outcome.outcome.upper()} {code}\n")
        sys.stdout.flush()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
