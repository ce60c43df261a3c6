"""The hotels capability's face: what the screens, the CLI and other capabilities use.

Each name lives in the module of its job (see the package docstring); this
module gathers the public ones so a caller writes ``hotels.allocate(...)``.
"""

# ruff: noqa: F401 - this module re-exports the capability's public names
from __future__ import annotations

from .base import (  # noqa: F401
    HotelError,
    AllocationCancelled,
    StalePlanError,
    HotelRefusal,
    find_hotel,
    find_room_type,
)
from .allocation import (  # noqa: F401
    ProgressCallback,
    DAY,
    Weights,
    DEFAULT_WEIGHTS,
    relative_gap,
    protocol_factor,
    Option,
    PlannedStay,
    Unplaced,
    SplitDelegation,
    Change,
    AllocationPlan,
    SUBSOLVERS,
    hotel_prefixes,
    type_abbreviation,
    allocate,
    apply_allocation,
)
from .overrides import (  # noqa: F401
    move_guest,
    move_guests,
    share_room,
    share_rooms,
    lock_guest,
    unlock_guest,
    update_assignment,
)
from .occupancy import (  # noqa: F401
    OccupancyCell,
    TypeOccupancy,
    NightTotal,
    HotelOccupancy,
    Occupancy,
    occupancy,
)
from .rooming import (
    guest_reference,
    parse_guest_reference,
    RoomingRow,
    RoomingList,
    special_requests_text,
    rooming_list,
    import_confirmations,
    DelegationStay,
    DelegationSummary,
    delegation_summary,
)
from .rooming_list import export_rooming_list, export_delegation_summary
from .guests import (  # noqa: F401
    GuestRow,
    guest_rows,
    unplaced_count,
)
