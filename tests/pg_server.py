"""A throwaway PostgreSQL server for the shared-desk tests.

Started from the machine's PostgreSQL binaries (``initdb`` + ``pg_ctl``) in a
temporary folder, listening on loopback only; as the ``postgres`` user when
the tests run as root (initdb refuses root).  Stopped and removed at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def start(self) -> None:
        """Start the server (again, after :meth:`stop` with ``remove=False``) and wait until it listens."""
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-l", str(self.root / "log"), "-w", "-o",
            f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c full_page_writes=off",
            "start",
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        raise RuntimeError("PostgreSQL did not start")

    def stop(self, *, remove: bool = True) -> None:
        """Stop the server at once (like a crash or a pulled cable: connections drop).

        ``remove=False`` keeps the data folder, so :meth:`start` brings the same
        server back (tests of desks that lose their server); the default also
        deletes it (the end of the test session).
        """
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PostgresServer:
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL binaries not found (scripts/test installs them with apt)")
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    root = Path(tempfile.mkdtemp(prefix="cdesk-pg-"))
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, user)
    server = PostgresServer(bindir, root, _free_port(), user)
    server._run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", user, "-A", "trust",
                "-E", "UTF8", "--no-locale")
    for attempt in range(3):
        try:
            server.start()
            return server
        except (RuntimeError, subprocess.CalledProcessError):
            # Another process (a parallel test worker) may have taken the free port in between.
            if attempt == 2:
                server.stop()
                raise
            server.stop(remove=False)
            server.port = _free_port()
    raise AssertionError("unreachable")
