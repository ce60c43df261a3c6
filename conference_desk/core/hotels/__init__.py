"""Hotels: rooms, the allocation (CP-SAT), moves and locks, rooming lists."""
