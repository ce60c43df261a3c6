"""Check-in: the desk screen (scanner, camera, matches, walk-ins), attendance, the dashboard.

- ``screen``: the check-in screen, composing the parts below and keeping the last decision.
- ``setup_bar``: where and who (point, day, desk, operator) in one line, and the button to change them.
- ``desk_setup_dialog``: the desk set-up dialog, and the rules for desk and operator names.
- ``search_panel``: the scan input over the matches of a typed name; keeps the keyboard on the input.
- ``scan_input``: the input that tells a scanner burst from typing.
- ``counters``: how many are in at this point today, read again every few seconds.
- ``toggles``: the Camera and Sound toggles, and the sounds and webcam panel they switch.
- ``camera_scanner``: the webcam panel that reads badge QR codes.
- ``outcome_panel``: the big panel showing the state of the last action, and its words for a decision.
- ``person_actions``: undo, badge, badge name, note and walk-in buttons, and their dialogs.
- ``walk_in``: the walk-in registration dialog.
- ``admissions``: opens today's admissions and the undo-reason dialog for the screen.
- ``attendance_dialog``: the list of today's admissions and the undo-reason dialog.
- ``offline``: the banner shown while the server is out of reach, and the upload of the desk's queue.
- ``dashboard``: the arrivals dashboard.
"""
