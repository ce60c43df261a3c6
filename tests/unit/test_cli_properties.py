"""Random command lines never give a Python traceback.

Argument vectors are built from the real parser (every command, sub-command and
option it knows, found by walking ``cli.build_parser()``), mixed with nasty
values and random text, and run in-process through ``cli.main`` on a fresh
temporary database, in a temporary working folder, with an empty stdin.
Outcomes: exit 0 (done), 1 (a one-line message), 2 (a usage error:
``conference-desk …: error: … (see --help)``), never an exception.

Not run: ``gui`` (and no command at all, which opens the GUI), ``server-setup``
(needs a PostgreSQL server) and ``demo`` with a large ``--participants``
(legitimately long).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conference_desk import cli
from conference_desk.core.foundation.db import open_database
from conference_desk.core.foundation.setup_data import initialise

SKIPPED = {"gui", "server-setup"}
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1


def _tree(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], dict]:
    """Command path -> its options ({option: choices or None, or False for a flag}) and positionals."""
    found: dict[tuple[str, ...], dict] = {}
    options: dict[str, object] = {}
    positionals: list[object] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_tree(sub, prefix + (name,)))
        elif action.option_strings:
            for option in action.option_strings:
                if option not in ("-h", "--help", "--version"):
                    options[option] = False if action.nargs == 0 else (list(action.choices or []) or None)
        else:
            positionals.append(list(action.choices or []) or None)
    found[prefix] = {"options": options, "positionals": positionals}
    return found


TREE = {path: spec for path, spec in _tree(cli.build_parser()).items() if path and path[0] not in SKIPPED}
PATHS = sorted(TREE)

VALUES = [
    "", " ", "-", "--", "0", "1", "2", "-1", "7", "99", "2147483647", "2147483648", "9" * 30, "1e3", "0.5", "nan",
    "inf", "3601", "2015-09-28", "2015-09-28T09:30", "9999-12-31T23:59:59", "0001-01-01", "2015-02-30", "yesterday",
    "en", "fr", "es", "xx", "csv", "xlsx", "pdf", "ics", "id1", "a6-4up", "clerk", "organiser", "administrator",
    "delegate", "MEX", "Mexico", "Hilton", "single", "TF1", "CD10B2SJ2DMY9S98M81SND4N3KKHPVCBR6SR",
    "out.csv", "out.xlsx", "out.pdf", "out.ics", "out", ".", "/nonexistent/folder/x.csv", "x" * 300,
    "{}", '{"Family name": "family_name"}', "{", "[1]", "null", "José Ñúñez", "عبد الله", "😀", "\u202e",
    "\udcff\udcfe",  # bytes that are not UTF-8 arrive as lone surrogates (surrogateescape)
    "~0", "~nosuchuser/x.csv", "~/x.csv", "-x", "--json", "--no-such-option", "=", "a=b", "'; DROP TABLE participant; --",
]
tokens = st.one_of(
    st.sampled_from(VALUES),
    st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=20),
)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    path = draw(st.sampled_from(PATHS))
    spec = TREE[path]
    options = spec["options"]

    def value(choices: object) -> str:
        if choices and draw(st.integers(0, 3)):
            return draw(st.sampled_from(choices))  # type: ignore[arg-type]
        return draw(tokens)

    argv = list(path)
    if draw(st.integers(0, 3)):  # mostly well-formed: every positional, options with a value each
        argv += [value(choices) for choices in spec["positionals"]]
        for option in draw(st.lists(st.sampled_from(sorted(options)), max_size=4, unique=True)) if options else []:
            argv.append(option)
            if options[option] is not False:
                argv.append(value(options[option]))
    else:  # anything goes
        for _ in range(draw(st.integers(0, 6))):
            if options and draw(st.booleans()):
                argv.append(draw(st.sampled_from(sorted(options))))
            argv.append(draw(tokens))
    if draw(st.booleans()):
        argv = ["--lang", draw(st.sampled_from(["en", "fr", "es", "de", ""]))] + argv
    if path[0] == "demo":  # a big demo is a long legitimate job, not a parser test
        argv = [a if not a.isdigit() or len(a) < 3 else "5" for a in argv] + ["--participants", "5"]
    if "--time-limit" in argv:  # a solver run of up to an hour is legitimate, not a parser test
        i = argv.index("--time-limit")
        if i + 1 < len(argv):
            argv[i + 1] = draw(st.sampled_from(["0", "-1", "nan", "inf", "0.5", "3601", "abc", "1"]))
    return argv


@pytest.fixture(scope="module")
def workplace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    db = open_database(str(folder / "conference.sqlite"))
    initialise(db, "iclc2015")
    db.dispose()
    return folder


def run(argv: list[str], cwd: Path) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_cwd, old_stdin = os.getcwd(), sys.stdin
    os.chdir(cwd)
    sys.stdin = io.StringIO("")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code: object = cli.main(argv)
            except SystemExit as exc:
                code = exc.code
    finally:
        os.chdir(old_cwd)
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@settings(max_examples=250 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command_lines())
@example(["merge", "9" * 30, "1"])
@example(["hotels", "share", "2147483648", "1"])
@example(["checkin", "--participant", "1", "--at", "9999-12-31T23:59:59"])
@example(["walkin", "--given", "\udcff", "--family", "X", "--country", "MEX", "--category", "delegate"])
@example(["import", "--mapping", "[1]", "x.csv"])
@example(["import", "/nonexistent/folder/x.csv"])
@example(["export", "participants", "--out", "/nonexistent/folder/x.csv"])
@example(["badges", "check", "\u202e" * 500])
@example(["dashboard", "--day", "0001-01-01"])
def test_random_command_lines_never_give_a_traceback(workplace: Path, argv: list[str]) -> None:
    code, out, err = run(["--db", str(workplace / "conference.sqlite")] + argv, workplace)
    assert "Traceback" not in out + err
    assert code in (0, 1, 2, 130, None), (argv, code, err)
    if code == 2 and err:
        assert "error:" in err, err
    if code == 1:
        assert err.strip() and "error" in err, (argv, err)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@settings(max_examples=60 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(db=st.one_of(tokens, st.sampled_from(["", ".", "/", "/etc/passwd", "/nonexistent/x.sqlite", "sqlite://",
                                              "mysql://x/y", "foo://", "postgresql+psycopg://u@127.0.0.1:1/x",
                                              "sqlite:////nonexistent/x.sqlite"])),
       command=st.sampled_from([["info"], ["participants", "list"], ["badges", "status"], ["dashboard"]]))
def test_any_database_argument_gives_a_message(workplace: Path, db: str, command: list[str]) -> None:
    code, out, err = run(["--db", db] + command, workplace)
    assert "Traceback" not in out + err
    assert code in (0, 1, 2), (db, code, err)


def test_usage_errors_exit_2_with_one_line() -> None:
    for argv in (["participants", "list", "--limit", "0"], ["merge", "x", "1"], ["--lang", "de", "info"],
                 ["hotels", "allocate", "--time-limit", "nan"], ["checkin", "--at", "9999-12-31T23:59:59"],
                 ["participants", "list", "--limit", "9" * 30], ["nonsense"]):
        code, _out, err = run(argv, Path.cwd())
        assert code == 2, (argv, err)
        assert err.count("\n") == 1 and "error:" in err and "(see --help)" in err, err
