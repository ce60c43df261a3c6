"""Printed documents (PDF, reportlab): the List of Participants; later badges, rooming lists.

``strings`` holds the words printed in them (EN/FR/ES), ``fonts`` the shipped
DejaVu fonts and their glyph coverage.
"""
