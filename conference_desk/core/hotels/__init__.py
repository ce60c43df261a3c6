"""Hotels: room blocks, the allocation, manual changes, rooming lists.

- ``allocation``    who is a guest, the CP-SAT model (greedy start), plans and applying them
- ``overrides``     moving guests, sharing rooms, locks, editing an assignment (audited)
- ``occupancy``     rooms used per hotel, room type and night against the blocks
- ``rooming``       rooming lists and the delegation summary as data; hotel confirmations read back
- ``rooming_list``  those lists written as PDF/XLSX for the hotels
- ``guests``        the Hotels screen's guest list, searched and paged in SQL
- ``base``          the errors, finding a hotel or room type by part of its name
- ``service``       the face: the public names of all of the above

Notes: docs/hotels.md.
"""
