"""Check-in: scans and decisions at the desks, session attendance, the dashboard's figures."""
