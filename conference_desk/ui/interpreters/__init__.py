"""Interpreters: the Interpreters screen (pool, needs, roster, booths), one module a job.

- screen: InterpretersScreen, the composition of the widgets below and the reading of the roster.
- roster_data: one read of the roster (RosterData, read_roster) and the state the widgets share.
- shared: item roles, status colours, translated labels (rules, statuses, contracts), formats, tables.
- roster_grid: the sessions × booths grid coloured by status, and the rules broken under it.
- booth_panel: the booth selected in the grid, its team, and the manual edits (assign, remove, lock).
- assign_dialog: who may work in a booth, greyed with the rule they would break.
- roster_review: Build roster… off the GUI thread, the review of the proposal, Apply or Discard.
- interpreter_days: the roster per interpreter per day, with each interpreter's total.
- pool_view: the pool of interpreters with New, Edit and Delete.
- interpreter_dialog: create or edit an interpreter (languages, rate, availability).
- rules_dialog: the interpreting rules (AIIC / UN) and the solver's weights.
- documents: the Documents menu and the PDFs (schedules, booth sheets, cost).
"""
