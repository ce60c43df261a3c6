"""How many CP-SAT workers to start (hotel allocation, interpreter roster).

CP-SAT's workers are threads that share the machine's cores with everything else.
On a busy machine extra workers only time-slice the same cores: measured on the
shared 2-core machine of issue 17 (load average 10-16), the 2,000-guest hotel
allocation was proven optimal in 16-18 s by one worker (``max_lp_sym``) while two
(``max_lp_sym`` + ``no_lp``) had not proven it after 30 s; the 40-session roster
staffed 78 booths with one worker, 76-77 with two, 68 with eight.  On an idle
machine one worker per core is faster (hotels: 4.2-4.4 s with two on 2 cores).
"""

from __future__ import annotations

import os


def idle_cores() -> int:
    """Cores not busy with other work now: cores minus the 1-minute load average (at least 1)."""
    cores = os.cpu_count() or 2
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows: no load average; assume the machine is free
        load = 0.0
    return max(1, min(cores, int(cores - load + 0.5)))


def workers(maximum: int) -> int:
    """One worker per idle core, at most ``maximum``."""
    return max(1, min(maximum, idle_cores()))
