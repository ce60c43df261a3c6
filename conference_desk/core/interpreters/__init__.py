"""Interpreters: pool, booth needs from the programme, rules, roster (CP-SAT), documents.

``rules``  settings, plain data and the independent checker;
``roster`` reading the problem, solving, applying, manual edits, grids, interpreter CRUD;
``schedule`` the interpreters' schedules, booth sheets and cost summary (PDF);
``demo``   a plausible pool for the shipped ICLC 2015 programme.
"""
