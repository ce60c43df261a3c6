"""PDF building blocks every capability's documents use (reportlab).

- ``layout``       one table layout (columns sized from content) and one page frame
- ``fonts``        the shipped fonts, their coverage, fallback chains per script
- ``extractable``  text that copies and searches as typed (right-to-left included)
- ``strings``      the words printed in documents, EN/FR/ES
"""
