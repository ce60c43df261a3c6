"""Badges: signed QR codes, layouts, batch and desk printing (no Qt).

- ``types``   plain data shared by the parts below and the UI
- ``codes``   the QR payload: signed, versioned, tied to the conference, no personal data
- ``render``  reportlab layouts (A6 four to an A4 sheet, ID-1 card), fonts, scripts
- ``service`` issuing, reprinting and revoking; selections; print records; style settings
"""
