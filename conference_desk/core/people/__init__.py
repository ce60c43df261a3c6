"""People: who comes to the conference, and the files about them.

- ``registration``   validate, search (full-text), list and save participants and delegations
- ``importing``      an import's face: cell values, the plan (nothing written), applying it in one transaction
- ``import_files``   reading CSV (encoding, delimiter) or XLSX, the header row, clear errors for the rest
- ``import_headers`` headers matched to columns in EN/FR/ES, mappings guessed and remembered
- ``duplicates``     find likely duplicates (rapidfuzz) and merge them, history kept
- ``exporting``      participants and delegations to CSV/XLSX (streamed, formula-safe)
- ``columns``        the spreadsheet columns shared by import and export
- ``sensitive``      passport, date of birth, phone: masks, who may see them, value checks
- ``travel``         flights (number, time, terminal) and own transport: read, checked, stored one way
- ``participant_list``  the List of Participants (PDF), as UNESCO prints it

Notes: docs/foundation.md (search, exports).
"""
