"""Hotels: the Hotels screen (blocks, allocation, guests, rooming lists)."""
