"""Ground transport: airport pick-ups and drop-offs, daily shuttles (the planning itself knows no database).

Plain dataclasses in, plain dataclasses out; the caller reads legs from wherever
registration keeps them and stores the plan where it likes.

``types``       legs, vehicle types, rules (ICLC 2015 defaults), runs, the plan and its JSON
``validation``  one participant's legs checked field by field (flight number, dates, terminal)
``demand``      legs to requests: the departure times each guest may take, cars, locked runs
``greedy``      the first-come baseline (the figure to beat, and never beaten by the plan in runs)
``starts``      the first-come relaxation (a bound that often proves a plan optimal) and plans to start from
``model``       the CP-SAT model of a group of cells (fewest runs, stability, waiting), packing into vehicles
``shuttles``    hotel <-> venue and evening-event shuttles sized from head counts
``planner``     :func:`plan_transport`, :func:`greedy_plan`: everything above put together

On a conference database (the CLI, the Transport screen, the documents call ``service``):

``service``     plans made from the database and stored as runs, moves, locks, landings per hour
``coverage``    who has a flight and no run, and why: the whole list, or the first rows and the count
``guests``      the participants' flights as legs (hotel, cars for heads of delegation)
``days``        the shuttles' days from the programme, guests per hotel
``fit``         whether one guest may ride one run, worded for a person
``settings``    the rules as a JSON setting
``demo``        the demo population's flights
``documents``   drivers' manifests (Spanish), the airport desk's meet-and-greet list, lobby timetables
"""

from .planner import greedy_plan, plan_transport
from .shuttles import plan_shuttles
from .types import (
    EveningEvent,
    LegProblem,
    Plan,
    Rules,
    Run,
    ShuttleDay,
    TravelLeg,
    Unplaced,
    VehicleType,
)
from .validation import normalise_flight, validate_legs

__all__ = [
    "EveningEvent", "LegProblem", "Plan", "Rules", "Run", "ShuttleDay", "TravelLeg", "Unplaced", "VehicleType",
    "greedy_plan", "normalise_flight", "plan_shuttles", "plan_transport", "validate_legs",
]
