"""Reports: the lists an organiser prints that cut across capabilities.

- ``lists``  hotel occupancy, arrivals and departures, interpreters' schedules, press, VIPs
"""
