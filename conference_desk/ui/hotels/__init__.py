"""Hotels: the Hotels screen (blocks, allocation, guests, rooming lists), one module per job.

- ``screen``: HotelsScreen, the composition of the widgets below; reads the figures, runs and applies allocations.
- ``occupancy``: the occupancy grid (a drop target) and its chart of rooms per night against the block.
- ``guest_list``: the search, the guests it matches (rows made in batches), their selection, the action buttons.
- ``guest_table``: the guest table, a drag source of participant ids and a drop target to share a room.
- ``guest_moves``: moving, sharing and locking guests, with the move and share dialogs and the context menu.
- ``dialogs``: the move dialog (hotel, room type, lock) and the share dialog (whose room).
- ``drop_panel``: the room-type tree beside the guests, with the fewest rooms free, to drop guests on.
- ``drag_drop``: the mime data of dragged guests and the room-type rows that take a drop.
- ``plan_review``: the proposed allocation under review (changes, unplaced, split delegations), Apply or Discard.
- ``unplaced``: the table of guests without a room and why.
- ``rooming_export``: one hotel's rooming list to an XLSX or PDF file.
- ``message_line``: the screen's line of news, refusals in red and translated.
- ``shared``: colours of the occupancy, the id role, table helpers and row limits.
"""
