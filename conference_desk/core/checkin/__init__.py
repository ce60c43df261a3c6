"""Check-in: the decision at the desk, exactly once, and what the dashboard counts.

- ``decisions``  what a scan is and what the desk answers: points, outcomes, reasons, time zone
- ``service``    check in by code or by person, walk-ins, counters, attendance, undo (the face)
- ``lean``       the scan's fast path: one lookup and one write transaction, no ORM
- ``scanner``    a scanned code told from typing by its form
- ``figures``    the arrivals dashboard: by hour, region, category, gender, delegations

Notes: docs/checkin.md.
"""
