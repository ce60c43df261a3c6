"""The demo conference: each capability's demo, run in order in one transaction.

``populate_demo(db, participants=650, seed=2015)`` fills a conference that has
no participants yet: the delegations and participants (``core/people/demo``,
with their hotel requests from ``core/hotels/demo.py``), their flights
(``core/transport/demo.py``), the interpreters' pool
(``core/interpreters/demo.py``), then the programme's speakers and sign-ups
(``core/programme/demo.py``).

Everything is written in one transaction: an error, or a ``progress`` callback
that returns ``False``, leaves the database as it was.  The same seed and
number of participants give the same data (timestamps aside): each part draws
from its own ``random.Random`` derived from the seed (the people and their
hotel requests share one), so no part changes what another gets.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError, NotInitialisedError
from ..foundation.models import Conference, Participant
from ..hotels.demo import HotelRequests
from ..interpreters.demo import populate_interpreter_pool
from ..people.demo import BATCH_SIZE, DEMO_DIR, populate_people_demo
from ..programme.demo import populate_programme_demo
from ..transport.demo import populate_transport_demo

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_PARTICIPANTS",
    "DEFAULT_SEED",
    "DEMO_DIR",
    "MAX_PARTICIPANTS",
    "DemoCancelled",
    "DemoResult",
    "ProgressCallback",
    "populate_demo",
]

MAX_PARTICIPANTS = 200_000
DEFAULT_PARTICIPANTS = 650
DEFAULT_SEED = 2015

ProgressCallback = Callable[[int, int], "bool | None"]


@dataclass
class DemoResult:
    participants: int
    delegations: int  # delegations that received demo participants (states + organisations)
    member_states: int  # distinct Member States with a delegation
    seed: int


class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


def populate_demo(
    db: Database,
    participants: int = DEFAULT_PARTICIPANTS,
    seed: int = DEFAULT_SEED,
    progress: ProgressCallback | None = None,
) -> DemoResult:
    """Add a demo population of ``participants`` people to a conference that has none.

    ``progress(done, total)`` is called before the first row and after every
    batch of rows written; returning ``False`` (not merely a falsy value)
    cancels: :class:`DemoCancelled` is raised and nothing is kept.
    """
    if isinstance(participants, bool) or not isinstance(participants, int):
        raise ConferenceDeskError("The number of demo participants must be a whole number.")
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise ConferenceDeskError(
            f"The number of demo participants must be between 1 and {MAX_PARTICIPANTS:,}"
            f" (got {participants:,})."
        )
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ConferenceDeskError("The demo seed must be a whole number.")
    with db.session() as session:
        conference = session.scalar(select(Conference).limit(1))
        if conference is None:
            raise NotInitialisedError(
                "This database has no conference yet; initialise it first"
                " (conference-desk init) before adding the demo population."
            )
        existing = session.scalar(select(func.count()).select_from(Participant)) or 0
        if existing:
            raise ConferenceDeskError(
                f"The conference already has {existing:,} participants; the demo population"
                " is added only to a conference with none."
            )
        return _populate(session, conference, participants, seed, progress)


def _populate(
    session: Session,
    conference: Conference,
    participants: int,
    seed: int,
    progress: ProgressCallback | None,
) -> DemoResult:
    """The capabilities' demos in order; each seeds its own generator, so none shifts another."""

    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise DemoCancelled(
                f"Demo population cancelled after {done:,} of {total:,} participants;"
                " nothing was saved."
            )

    # The people and their hotel requests draw in turn from one generator, as they always did.
    rng = random.Random(seed)
    people = populate_people_demo(
        session, conference, participants, seed, rng, HotelRequests(session, rng), report
    )
    # Own generator: flights for the travelling guests (issue 20), nobody's other data changes.
    populate_transport_demo(session, conference, random.Random(seed * 2_003 + 20))
    populate_interpreter_pool(session, conference, random.Random(seed * 31 + 8))  # issue 8
    # Own generator: the programme never changes who the participants are.
    populate_programme_demo(session, conference, random.Random(seed * 104_729 + 7))
    return DemoResult(
        participants=people.participants,
        delegations=people.delegations,
        member_states=people.member_states,
        seed=seed,
    )
