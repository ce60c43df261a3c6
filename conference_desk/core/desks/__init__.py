"""Desks: several desks on one conference, connected or not.

- ``server``     set up a shared PostgreSQL server: roles, grants, row-level policies
- ``operators``  operators, PINs, sign-in with lock-out, roles
- ``cache``      an offline desk's own SQLite cache: decisions without the server
- ``desk``       a desk that uses the server when it can and its cache when it cannot; sync
- ``copy``       copy a conference between databases (SQLite <-> PostgreSQL)

Notes: docs/desks.md.
"""
