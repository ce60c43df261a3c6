"""Transport: the Transport screen (arrivals, runs, passengers, uncovered guests, planning), one module per job.

- ``screen``: TransportScreen, the composition of the widgets below; reads the figures, plans, applies, moves, locks.
- ``arrivals_chart``: guests landing per hour of a day against the airport pick-ups leaving.
- ``run_table``: a day's runs by departure time (the timeline), a drop target for passengers.
- ``passenger_table``: who rides the selected run, a drag source of one passenger.
- ``move_dialog``: "Move to run…", the runs on the same route near the passenger's flight.
- ``uncovered_table``: guests with a flight on no run, and why.
- ``plan_review``: the proposed plan's figures, Apply or Discard.
- ``drag_drop``: what a dragged passenger carries.
- ``message_line``: the screen's line of news, refusals in red and translated.
- ``shared``: colours, the padlock, the words for kinds and vehicles, times and days, table helpers.
"""

from .screen import TransportScreen

__all__ = ["TransportScreen"]
