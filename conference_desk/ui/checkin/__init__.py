"""Check-in: the desk screen (scanner, camera, matches, walk-ins), attendance, the dashboard."""
