"""tests/cli_process.py: a CLI call forked from the zygote is what ``python -m conference_desk`` gives.

Each comparison runs the same call twice, forked and with CONFERENCE_DESK_TEST_FORK=0 (a plain
``subprocess.run([sys.executable, "-m", ...])``); a probe module (tests/unit/_cli_process_probe.py) prints
what the process sees: argv, sys.path, cwd, environment, stdin, stdio.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests import cli_process
from tests.cli_process import FORK_ENV_VAR, fork_refusal, run_cli

ROOT = Path(__file__).resolve().parents[2]
PROBE = "tests.unit._cli_process_probe"


def both(monkeypatch: pytest.MonkeyPatch, args: list[str], module: str = "conference_desk",
         **kwargs: object) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The call forked from the zygote, then as a plain subprocess."""
    before = cli_process.calls["fork"]
    forked = cli_process._run_module(module, args, **kwargs)  # type: ignore[arg-type]
    assert cli_process.calls["fork"] == before + 1, "not forked: " + str(fork_refusal(kwargs.get("env"), kwargs.get("cwd")))  # type: ignore[arg-type]
    with monkeypatch.context() as patch:
        patch.setenv(FORK_ENV_VAR, "0")
        before = cli_process.calls["subprocess"]
        plain = cli_process._run_module(module, args, **kwargs)  # type: ignore[arg-type]
        assert cli_process.calls["subprocess"] == before + 1
    return forked, plain


def same(forked: subprocess.CompletedProcess[str], plain: subprocess.CompletedProcess[str]) -> None:
    assert (forked.returncode, forked.stdout, forked.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert forked.args == plain.args


def test_the_tests_calls_are_forked() -> None:
    assert fork_refusal() is None
    assert fork_refusal({**os.environ, "CONFERENCE_DESK_DB": "/x.sqlite", "HOME": "/nowhere"}) is None
    assert fork_refusal(cwd=ROOT) is None


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli-process") / "demo.sqlite")
    assert run_cli(["--db", db, "init"]).returncode == 0
    assert run_cli(["--db", db, "demo", "--participants", "40"]).returncode == 0
    return db


@pytest.mark.parametrize("args", [
    ["--help"],
    ["no-such-command"],
    ["--db", "{db}", "--lang", "fr", "info", "--json"],
    ["--db", "{db}", "export", "participants", "--format", "xlsx", "--out", "{out}"],
    ["--db", "{missing}", "info"],
], ids=lambda args: " ".join(args).replace("{", "").replace("}", ""))
def test_output_and_status_are_byte_for_byte_those_of_python_m(monkeypatch: pytest.MonkeyPatch, demo_db: str,
                                                              tmp_path: Path, args: list[str]) -> None:
    args = [a.format(db=demo_db, missing=tmp_path / "none.sqlite", out=tmp_path / "p.xlsx") for a in args]
    forked, plain = both(monkeypatch, args)
    same(forked, plain)
    assert forked.stdout or forked.stderr


def test_the_process_sees_what_python_m_gives_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROBE_WORD": "café"}
    forked, plain = both(monkeypatch, ["facts", "--flag", "ü"], module=PROBE, env=env, cwd=tmp_path,
                         input="line 1\nlíne 2\r\n")
    assert forked.returncode == 0, forked.stderr
    seen = json.loads(forked.stdout)
    assert seen == json.loads(plain.stdout)
    assert seen["cwd"] == str(tmp_path)
    assert seen["path"][:2] == [str(tmp_path), str(ROOT)]
    assert seen["argv"] == [str(ROOT / "tests/unit/_cli_process_probe.py"), "facts", "--flag", "ü"]
    assert {name: seen["env"].get(name) for name in env} == env  # (and what Python adds itself, as plain)
    assert seen["stdin"] == "line 1\nlíne 2\r\n" and seen["name"] == "__main__"
    assert seen["stdout"][3] is False


def test_stdin_reaches_the_command(tmp_path: Path) -> None:
    db = str(tmp_path / "pins.sqlite")
    assert run_cli(["--db", db, "init"]).returncode == 0
    assert run_cli(["--db", db, "operators", "add", "Ana", "--role", "administrator", "--pin-stdin"],
                   input="4321\n").returncode == 0
    assert run_cli(["--db", db, "operators", "add", "Lupita", "--role", "clerk", "--pin", "1234"]).returncode == 0
    assert run_cli(["--db", db, "operators", "deactivate", "Lupita"]).returncode == 0
    wrong = run_cli(["--db", db, "--operator", "Ana", "--pin-stdin", "operators", "activate", "Lupita"],
                    input="0000\n")
    assert wrong.returncode == 1 and "Wrong PIN for Ana" in wrong.stderr
    right = run_cli(["--db", db, "--operator", "Ana", "--pin-stdin", "operators", "activate", "Lupita"],
                    input="4321\n")
    assert right.returncode == 0, right.stderr


def test_environment_and_working_directory_are_the_calls(tmp_path: Path) -> None:
    (tmp_path / "here").mkdir()
    # This work tree's conference_desk, not the one installed (python -m puts the cwd first on sys.path).
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    assert fork_refusal(env, tmp_path / "here") is None
    created = run_cli(["--db", "relative.sqlite", "init"], cwd=tmp_path / "here", env=env)
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "here" / "relative.sqlite").exists() and not (ROOT / "relative.sqlite").exists()
    db = str(tmp_path / "here" / "relative.sqlite")
    info = run_cli(["info", "--json"], env={**os.environ, "CONFERENCE_DESK_DB": db})
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["database"] == db
    assert "CONFERENCE_DESK_DB" not in os.environ
    nothing = run_cli(["info", "--json"], env={**os.environ, "CONFERENCE_DESK_DB": str(tmp_path / "none.sqlite")})
    assert nothing.returncode == 1 and "none.sqlite" in nothing.stderr


def test_exit_status_atexit_handlers_and_buffered_output_as_python_m(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "PROBE_WORD": "word"}
    forked, plain = both(monkeypatch, ["ending", "3"], module=PROBE, env=env)
    same(forked, plain)
    assert (forked.returncode, forked.stdout, forked.stderr) == (3, "unflushedatexit: ran word\n", "on stderr\n")
    forked, plain = both(monkeypatch, ["message"], module=PROBE)
    same(forked, plain)
    assert (forked.returncode, forked.stdout, forked.stderr) == (1, "", "the end, said on stderr\n")
    forked, plain = both(monkeypatch, ["error"], module=PROBE)
    assert forked.returncode == plain.returncode == 1
    assert forked.stderr.startswith("Traceback") and plain.stderr.startswith("Traceback")
    assert forked.stderr.splitlines()[-1] == plain.stderr.splitlines()[-1] == "ZeroDivisionError: division by zero"


def test_a_timeout_kills_the_child_and_raises_timeout_expired(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired) as raised:
        cli_process._run_module(PROBE, ["sleep", str(pid_file)], timeout=1)
    assert time.monotonic() - started < 30
    assert raised.value.timeout == 1 and raised.value.output == b"sleeping\n"
    assert raised.value.cmd[1:] == ["-m", PROBE, "sleep", str(pid_file)]
    with pytest.raises(ProcessLookupError):  # killed, and reaped by the zygote
        os.kill(int(pid_file.read_text()), 0)
    assert run_cli(["--version"]).returncode == 0  # the next call is served


def test_two_calls_share_no_state() -> None:
    first = cli_process._run_module(PROBE, ["state"])
    second = cli_process._run_module(PROBE, ["state"])
    assert first.returncode == second.returncode == 0, (first.stderr, second.stderr)
    assert json.loads(first.stdout) == json.loads(second.stdout) == [0, None]


def test_a_variable_read_at_import_time_gets_a_plain_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts = "0" if os.environ.get("CONFERENCE_DESK_SYSTEM_FONTS", "1") != "0" else "1"
    env = {**os.environ, "CONFERENCE_DESK_SYSTEM_FONTS": fonts}
    assert "CONFERENCE_DESK_SYSTEM_FONTS" in str(fork_refusal(env))
    assert "PYTHONHASHSEED" in str(fork_refusal({**os.environ, "PYTHONHASHSEED": "7"}))
    assert fork_refusal({**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}) is None
    before = cli_process.calls["subprocess"]
    result = run_cli(["--version"], env=env)
    assert cli_process.calls["subprocess"] == before + 1
    assert result.returncode == 0 and result.stdout.startswith("conference-desk ")
    monkeypatch.setenv(FORK_ENV_VAR, "0")
    assert fork_refusal() == f"{FORK_ENV_VAR}=0"
