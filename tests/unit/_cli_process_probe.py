"""Run as ``python -m tests.unit._cli_process_probe WHAT ...`` by tests/unit/test_cli_process.py, both as a
plain subprocess and forked from the zygote (tests/cli_process.py): prints what a process sees."""

from __future__ import annotations

import atexit
import json
import os
import sys
import time


def facts() -> None:
    main = sys.modules["__main__"]
    print(json.dumps({
        "argv": sys.argv, "orig_argv": sys.orig_argv, "path": sys.path, "cwd": os.getcwd(),
        "env": dict(os.environ), "stdin": sys.stdin.read(), "name": __name__, "main_file": main.__file__,
        "main_spec": main.__spec__.name if main.__spec__ else None, "flags": list(sys.flags),
        "stdout": [sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stdout.isatty()],
        "stdin_fd": [sys.stdin.fileno(), sys.stdin.encoding],
    }, indent=1, sort_keys=True))


def state() -> None:
    """What an earlier call could have left behind: a module's cache, a module attribute."""
    import conference_desk.cli
    from conference_desk.core.foundation import countries

    cached = [countries._not_members.cache_info().currsize, getattr(conference_desk.cli, "_probe_mark", None)]
    countries._not_members()
    conference_desk.cli._probe_mark = os.getpid()  # type: ignore[attr-defined]
    print(json.dumps(cached))


def ending() -> None:
    """Output left in the buffers, an atexit handler, an exit status."""
    atexit.register(lambda: print("atexit: ran", os.environ.get("PROBE_WORD", "")))
    print("unflushed", end="")
    sys.stderr.write("on stderr\n")
    sys.exit(int(sys.argv[2]))


def sleep() -> None:
    with open(sys.argv[2], "w") as f:
        f.write(str(os.getpid()))
    print("sleeping", flush=True)
    time.sleep(120)


WHAT = {"facts": facts, "state": state, "ending": ending, "sleep": sleep,
        "message": lambda: sys.exit("the end, said on stderr"),
        "error": lambda: 1 / 0}

if __name__ == "__main__":
    WHAT[sys.argv[1]]()
