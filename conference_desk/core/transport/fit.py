"""Whether one guest's leg may ride one run: the planner's own rules, worded for a person.

A manual move (``service.move_passenger``) and the list of guests left without a
usable run (``service.uncovered``) ask the same questions the planner answers:
the run's kind, its places (terminal and hotel) and its time (ready at the meeting
point and not kept waiting past the limit; at the terminal by the margin before the
flight and not picked up earlier than the window allows).  The time rules are the
planner's (``demand.bare_request`` / ``demand.wait_at``), so a run the planner would
never choose is refused here too.
"""

from __future__ import annotations

import datetime as dt

from ..foundation.messages import Text
from .demand import bare_request, wait_at
from .types import Rules, TravelLeg


def _clock(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def kind_problem(run_kind: str, kind: str) -> Text | None:
    """A shuttle carries head counts; an arrival run does not take a departure (and the reverse)."""
    if run_kind == "shuttle":
        return Text("it is a shuttle: shuttles carry head counts, not named guests.")
    if run_kind != kind:
        if run_kind == "arrival":
            return Text("it is an arrival run and this is the guest's departure.")
        return Text("it is a departure run and this is the guest's arrival.")
    return None


def fit_problem(leg: TravelLeg, departs_at: dt.datetime, from_place: str, to_place: str,
                rules: Rules) -> Text | None:
    """Why ``leg`` cannot ride a run leaving ``from_place`` for ``to_place`` at ``departs_at`` (None: it can)."""
    airport = rules.airport_place(leg.terminal)
    if leg.kind == "arrival":
        if from_place != airport:
            return Text("it leaves from {place}, not from the guest's terminal {terminal}.",
                        place=from_place, terminal=airport)
        if to_place != leg.hotel:
            return Text("it goes to {place}, not to the guest's hotel {hotel}.", place=to_place, hotel=leg.hotel)
    else:
        if from_place != leg.hotel:
            return Text("it leaves from {place}, not from the guest's hotel {hotel}.", place=from_place,
                        hotel=leg.hotel)
        if to_place != airport:
            return Text("it goes to {place}, not to the guest's terminal {terminal}.", place=to_place,
                        terminal=airport)
    request = bare_request(leg, rules)  # its grid times are the planner's, not needed here
    if wait_at(rules, request, departs_at) is not None:
        return None
    leaves = _clock(departs_at)
    if leg.kind == "arrival":
        if departs_at < request.ideal:
            return Text("it leaves at {time}, before the guest is at the meeting point ({ready}).",
                        time=leaves, ready=_clock(request.ideal))
        return Text("it leaves at {time}: the guest, at the meeting point at {ready}, would wait more than"
                    " {minutes} minutes.", time=leaves, ready=_clock(request.ideal), minutes=rules.max_wait_minutes)
    assert request.deadline is not None
    reaches = departs_at + dt.timedelta(minutes=rules.travel_minutes(from_place, to_place, departs_at))
    if reaches > request.deadline or departs_at > request.ideal:
        return Text("it reaches the airport at {time}, less than {minutes} minutes before the flight at {flight}.",
                    time=_clock(reaches), minutes=rules.departure_margin_minutes, flight=_clock(leg.at))
    return Text("it leaves at {time}, more than {minutes} minutes before the guest's latest pick-up ({latest}).",
                time=leaves, minutes=rules.pickup_window_minutes, latest=_clock(request.ideal))
