"""People: who comes to the conference, and the files about them.

- ``registration``   validate, search (full-text), list and save participants and delegations
- ``importing``      read CSV/XLSX registration files, map headers, plan, apply in one transaction
- ``duplicates``     find likely duplicates (rapidfuzz) and merge them, history kept
- ``exporting``      participants and delegations to CSV/XLSX (streamed, formula-safe)
- ``columns``        the spreadsheet columns shared by import and export
- ``sensitive``      passport, date of birth, phone: masks, who may see them, value checks
- ``travel``         flights (number, time, terminal) and own transport: read, checked, stored one way
- ``participant_list``  the List of Participants (PDF), as UNESCO prints it

Notes: docs/foundation.md (search, exports).
"""
