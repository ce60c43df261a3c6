from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.pg_server import PostgresServer, start_server

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """A new, empty PostgreSQL database on the throwaway server."""
    return pg_server.create_database(f"conference_{next(_names)}")
