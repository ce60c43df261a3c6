"""Programme: the Programme screen, the session dialog, a participant's sessions.

- ``screen``: the Programme screen: day tabs, the grid, unscheduled sessions, conflicts, documents.
- ``timetable_grid``: the timetable of one day (scene, session blocks, view) and the list to drag from.
- ``settings_dialog``: the turnover gap between sessions and the venue's opening hours.
- ``session_dialog``: create or edit one session; holds the session, saves, deletes, closes.
- ``session_form``: the dialog's "Session" tab: what, when and where, languages, attendance.
- ``session_people``: the dialog's "People" tab: speakers, moderators, rapporteurs, panellists.
- ``session_signups``: the dialog's "Sign-ups" tab: places taken and the waiting list.
- ``session_parts``: what the dialog's tabs share (colours, note, read-only table, message line).
- ``participant_sessions``: a participant's sessions on their detail form: roles, sign-ups.
"""
