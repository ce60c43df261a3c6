"""Alembic environment: migrations run on the connection the application hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from conference_desk.core.foundation.models import Base
from conference_desk.core.foundation.search_index import include_name

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,  # the full-text index's tables are not models
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Used by developers: `alembic -x url=sqlite:///x.sqlite revision --autogenerate`.
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("Pass -x url=DATABASE_URL")
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; open the database instead.")
run_migrations_online()
