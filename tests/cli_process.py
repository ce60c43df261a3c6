"""``run_cli(args)``: the command line as ``python -m conference_desk ARGS`` in a process of its own, without
paying Python's start-up and imports each time.

A real ``python -m conference_desk`` spends 0.5-0.9 s importing SQLAlchemy, the models, alembic, reportlab...
before a few milliseconds of work; that was half the quick suite's time.  Here each test process starts, on
first use, a *zygote*: a Python process (``sys.executable``, the test process's environment as it was when
this module was imported) that imports ``conference_desk.cli`` and the modules that ``cli.py``, ``commands/``
and ``core/`` import, at the top or inside functions (never PySide6 nor anything under ``conference_desk/ui``;
see _NOT_PRELOADED for the few others left to the child), and configures the SQLAlchemy mappers (in memory,
from the models alone, as every command's first query would); it opens no database and starts no thread.
For each call it ``os.fork()``s; the child becomes the command as ``-m`` would run it: the call's working
directory, environment, ``sys.argv``, ``sys.path`` (cwd and PYTHONPATH first), files as fds 0/1/2 (stdin:
the call's ``input``, else /dev/null), ``SIGINT`` as Python sets it, then ``runpy.run_module(
"conference_desk", run_name="__main__", alter_sys=True)``; it leaves through the interpreter's normal exit
(``SystemExit`` status, atexit handlers, flushed stdio, objects finalised), never back into the zygote.
The result is a ``subprocess.CompletedProcess[str]`` as ``subprocess.run(..., capture_output=True,
text=True)`` gives; ``timeout`` kills the child and raises ``subprocess.TimeoutExpired``.  Every call is a
new child of the same zygote: nothing one call does (caches, module state, the database) is seen by the
next.  Calls from one test process run one at a time.

What a fresh process reads from its surroundings while importing, the child must not inherit from the
zygote.  So a call runs as a plain subprocess instead when it differs from the zygote in:

* an environment variable read at import time: those the zygote saw read while importing (e.g.
  ``CONFERENCE_DESK_SYSTEM_FONTS``, fonts.py; reportlab's ``RL_*``; ``RAPIDFUZZ_IMPLEMENTATION``), and
  the interpreter's own (``PYTHON*`` but ``PYTHONPATH``, below, and ``PYTHON_KEYRING_BACKEND``, which
  keyring reads when first used; ``LANG``, ``LC_*``: the locale and stdio's encoding; ``TZ``);
* where a module the zygote imported would be found (a cwd or PYTHONPATH that would shadow one, or
  leave the work tree's ``conference_desk`` for an installed one); a user site-packages folder in either
  HOME; reportlab's ``~/.reportlab_settings`` or ``~/.reportlab_mods`` in either HOME.

``HOME``, ``XDG_DATA_HOME`` and the cwd, which reportlab reads at import for its font search paths, are
read again in the child (``reportlab.rl_config._startUp()``): every test has a HOME of its own.  What the
interpreter adds to its environment while starting (PEP 538's ``LC_CTYPE`` under the C locale) is added to
the child's.  Python's ``random`` reseeds itself in a forked child; the hash seed is the zygote's (a fresh
process draws its own: output that depends on it would differ between runs anyway).

``CONFERENCE_DESK_TEST_FORK=0`` in the environment of the tests makes every call a plain
``subprocess.run([sys.executable, "-m", "conference_desk", *args])`` (for comparison, or if a change to the
product ever made the zygote unusable).  Tests about the process itself (start-up, being killed,
concurrent processes) use ``subprocess`` directly; tests/integration/test_cli.py runs the installed
``conference-desk`` command end to end.

This file is also the zygote's program (``python -c`` runs it as ``__cli_zygote__``): at module level it
imports the standard library only.
"""

from __future__ import annotations

import atexit
import collections
import io
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

MODULE = "conference_desk"
FORK_ENV_VAR = "CONFERENCE_DESK_TEST_FORK"
_PACKAGE_DIR = Path(__file__).resolve().parents[1] / MODULE
# Never imported by the zygote: Qt (the GUI is a process of its own); keyring (its backend is chosen from
# PYTHON_KEYRING_BACKEND when first used); numpy and openpyxl and ortools, which import it: OpenBLAS starts a
# thread at import (a process with threads must not fork), and these weigh on every child's exit for the
# few commands that use them (17 of 252 calls in the CLI tests: xlsx files, CP-SAT); alembic's env.py and
# revisions (alembic loads them from their files).
_NOT_PRELOADED = ("PySide6", "shiboken6", f"{MODULE}.ui", "keyring", "numpy", "openpyxl", "ortools", "__future__",
                  "__main__", f"{MODULE}.core.foundation.migrations.env",
                  f"{MODULE}.core.foundation.migrations.versions")
# Read while a fresh interpreter starts (C code; the zygote cannot see these being read).
_STARTUP_PREFIXES = ("PYTHON", "LC_", "RL_")
_STARTUP_NAMES = frozenset({"LANG", "LANGUAGE", "TZ", "CONFERENCE_DESK_SYSTEM_FONTS"})
_LAZY_NAMES = frozenset({"PYTHON_KEYRING_BACKEND"})
# Read again in the child (reportlab's font search paths); the files they could hold: see _Zygote.refusal.
_RE_READ_NAMES = frozenset({"HOME", "XDG_DATA_HOME"})
_BOOTSTRAP = "import runpy, sys; runpy.run_path(sys.argv[1], run_name='__cli_zygote__')"

# The test process's environment before any test changed it: the zygote's.
_ZYGOTE_ENV = dict(os.environ)
calls: collections.Counter[str] = collections.Counter()  # "fork" / "subprocess": how calls were run


def run_cli(args: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: str | os.PathLike[str] | None = None,
            input: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``subprocess.run([sys.executable, "-m", "conference_desk", *args], capture_output=True, text=True,
    env=env, cwd=cwd, input=input, timeout=timeout)``, forked from the zygote when that gives the same."""
    return _run_module(MODULE, args, env=env, cwd=cwd, input=input, timeout=timeout)


def _run_module(module: str, args: Sequence[str], *, env: Mapping[str, str] | None = None,
                cwd: str | os.PathLike[str] | None = None, input: str | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``python -m MODULE ARGS`` (the helper's own tests run small probe modules through it)."""
    args = [os.fsdecode(a) for a in args]
    environment = dict(os.environ if env is None else env)
    directory = os.path.abspath(os.fspath(cwd) if cwd is not None else os.getcwd())
    command = [sys.executable, "-m", module, *args]
    if os.environ.get(FORK_ENV_VAR, "1") != "0" and hasattr(os, "fork") and os.path.isdir(directory):
        zygote = _zygote()  # (no such directory: subprocess.run raises as it does)
        if zygote is not None and zygote.refusal(environment, directory) is None:
            calls["fork"] += 1
            return zygote.run(command, module, args, environment, directory, input, timeout)
    calls["subprocess"] += 1
    return subprocess.run(command, capture_output=True, text=True, env=environment, cwd=directory, input=input,
                          timeout=timeout, check=False)


def fork_refusal(env: Mapping[str, str] | None = None, cwd: str | os.PathLike[str] | None = None) -> str | None:
    """Why a call with this environment and directory would run as a plain subprocess (None: forked)."""
    if os.environ.get(FORK_ENV_VAR, "1") == "0":
        return f"{FORK_ENV_VAR}=0"
    zygote = _zygote()
    if zygote is None:
        return "no zygote: " + _unusable
    return zygote.refusal(dict(os.environ if env is None else env),
                          os.path.abspath(os.fspath(cwd) if cwd is not None else os.getcwd()))


# The test process's side -------------------------------------------------------------------------------------

_lock = threading.Lock()
_current: _Zygote | None = None
_unusable = ""  # why no zygote could be had (then every call is a plain subprocess)


def _zygote() -> _Zygote | None:
    global _current, _unusable
    with _lock:
        if _current is not None and (_current.owner != os.getpid() or _current.process.poll() is not None):
            _current = None  # a forked test process, or a zygote that died: start another
        if _current is None and not _unusable:
            try:
                _current = _Zygote()
            except _Unusable as exc:
                import warnings
                _unusable = str(exc)
                warnings.warn(f"tests/cli_process.py: CLI calls run as plain subprocesses: {exc}", stacklevel=3)
        return _current


class _Unusable(RuntimeError):
    pass


def _path_entries(pythonpath: str | None, cwd: str) -> list[str]:
    """sys.path's entries from PYTHONPATH, as the interpreter makes them (absolute; an empty one is the cwd)."""
    if not pythonpath:
        return []
    return [os.path.normpath(os.path.join(cwd, entry)) for entry in pythonpath.split(os.pathsep)]


def _found_on(name: str, path: list[str]) -> str | None:
    """The file of top-level module ``name`` found on ``path`` (None: not there)."""
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec(name, path)
    return spec.origin if spec is not None and spec.has_location else None


class _Zygote:
    def __init__(self) -> None:
        self.owner = os.getpid()
        self.folder = tempfile.mkdtemp(prefix="cli-zygote-")
        self.log_path = os.path.join(self.folder, "zygote.log")
        self.cwd = os.getcwd()
        request_r, self.requests = os.pipe()
        self.responses, response_w = os.pipe()
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOTSTRAP, __file__, str(request_r), str(response_w)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=_ZYGOTE_ENV, cwd=self.cwd,
                pass_fds=(request_r, response_w))
        os.close(request_r)
        os.close(response_w)
        self.pending = b""
        atexit.register(self.close)
        ready = self._receive(120)
        if ready is None or "ready" not in ready:
            self.close()
            raise _Unusable(f"the zygote did not start: {self._log()}")
        if ready["problems"]:
            self.close()
            raise _Unusable("; ".join(ready["problems"]))
        self.env_read: set[str] = set(ready["env_read"])
        self.sys_path: list[str] = ready["sys_path"]
        self.origins: dict[str, str] = ready["origins"]  # top-level module imported -> its file
        self.user_site: bool = ready["user_site"]
        self.found_on_path: dict[str, str | None] | None = None
        # What the interpreter itself changed in its environment while starting (PEP 538's LC_CTYPE when the
        # locale is C): a fresh process of a call does the same, the call's locale being the zygote's.
        self.startup_env = {name: ready["environ"].get(name) for name in set(ready["environ"]) | set(_ZYGOTE_ENV)
                            if ready["environ"].get(name) != _ZYGOTE_ENV.get(name)}

    # Which calls the zygote can run ------------------------------------------------------------------

    def _read_at_import(self, name: str) -> bool:
        if name in _LAZY_NAMES or name in _RE_READ_NAMES or name == "PYTHONPATH":  # PYTHONPATH: see refusal
            return False
        return name in self.env_read or name in _STARTUP_NAMES or name.startswith(_STARTUP_PREFIXES)

    def refusal(self, env: dict[str, str], cwd: str) -> str | None:
        for name in sorted(set(env) | set(_ZYGOTE_ENV)):
            if env.get(name) != _ZYGOTE_ENV.get(name) and self._read_at_import(name):
                return f"${name} differs from the zygote's (read at import)"
        if env.get("HOME") != _ZYGOTE_ENV.get("HOME"):
            for home in (env.get("HOME"), _ZYGOTE_ENV.get("HOME")):
                for name in (".reportlab_settings", ".reportlab_mods"):
                    if home and os.path.exists(os.path.join(home, name)):
                        return f"{home}/{name} exists (reportlab reads it at import)"
                if home and self.user_site and os.path.isdir(os.path.join(home, ".local", "lib")):
                    return f"{home}/.local/lib may hold a user site-packages (on sys.path at start-up)"
        # Where each module the zygote imported would be found by ``python -m`` in cwd with this PYTHONPATH:
        # on sys.path where the zygote found it, or on neither (an import hook's, e.g. an editable install).
        path = self._sys_path(env, cwd)
        if path != self.sys_path:
            if self.found_on_path is None:
                self.found_on_path = {name: _found_on(name, self.sys_path) for name in self.origins}
            for name, found in self.found_on_path.items():
                there = _found_on(name, path)
                if there != found:
                    return f"{name} would be {there or 'the one an import hook finds'}, not {self.origins[name]}"
        return None

    def _sys_path(self, env: Mapping[str, str], cwd: str) -> list[str]:
        """The sys.path of ``python -m`` in cwd with env's PYTHONPATH: the zygote's after those."""
        rest = self.sys_path[1 + len(_path_entries(_ZYGOTE_ENV.get("PYTHONPATH"), self.cwd)):]
        return [cwd, *_path_entries(env.get("PYTHONPATH"), cwd), *rest]

    # Running a call ----------------------------------------------------------------------------------

    def run(self, command: list[str], module: str, args: list[str], env: dict[str, str], cwd: str,
            input: str | None, timeout: float) -> subprocess.CompletedProcess[str]:
        text = io.TextIOWrapper(io.BytesIO())  # the encoding subprocess.run(text=True) uses
        folder = tempfile.mkdtemp(dir=self.folder)
        try:
            stdin = None
            if input is not None:
                stdin = os.path.join(folder, "stdin")
                with open(stdin, "wb") as f:
                    f.write(input.encode(text.encoding, text.errors))
            env = {**env, **self.startup_env}
            for name in [name for name, value in env.items() if value is None]:
                del env[name]
            request = {"module": module, "args": args, "env": env, "cwd": cwd, "timeout": timeout,
                       "executable": sys.executable, "stdin": stdin,
                       "stdout": os.path.join(folder, "stdout"), "stderr": os.path.join(folder, "stderr"),
                       "sys_path": self._sys_path(env, cwd)}
            with _lock:
                result = self._call(request, timeout)

            def read(name: str) -> bytes:
                try:
                    with open(request[name], "rb") as f:
                        return f.read()
                except FileNotFoundError:  # killed before it opened its files
                    return b""

            out, err = read("stdout"), read("stderr")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if result.get("timed_out"):
            raise subprocess.TimeoutExpired(command, timeout, output=out, stderr=err)

        def decode(data: bytes) -> str:  # subprocess's universal newlines
            return data.decode(text.encoding, text.errors).replace("\r\n", "\n").replace("\r", "\n")

        return subprocess.CompletedProcess(command, os.waitstatus_to_exitcode(result["status"]), decode(out),
                                           decode(err))

    def _call(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        pid = None
        try:
            os.write(self.requests, json.dumps(request).encode() + b"\n")
            started = self._receive(60)
            if started is None or "pid" not in started:
                raise RuntimeError(f"the CLI zygote failed: {self._log()}")
            pid = started["pid"]
            # The zygote kills the child at the timeout; this one is for a zygote that hangs.
            result = self._receive(timeout + 60)
            if result is None or "status" not in result:
                raise RuntimeError(f"the CLI zygote failed: {self._log()}")
            return result
        except BaseException:
            if pid is not None:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            self.close()  # its state is unknown: the next call starts another
            raise

    def _receive(self, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.responses], [], [], left)[0]:
                return None
            chunk = os.read(self.responses, 65536)
            if not chunk:
                return None
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return json.loads(line)  # type: ignore[no-any-return]

    def _log(self) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read().strip()[-2000:] or f"exit status {self.process.poll()}"
        except OSError:
            return "no log"

    def close(self) -> None:
        global _current
        if self.owner != os.getpid():
            return
        for fd in (self.requests, self.responses):
            try:
                os.close(fd)
            except OSError:
                pass
        self.requests = self.responses = -1
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
        if _current is self:
            _current = None


# The zygote's side (run as __cli_zygote__) ------------------------------------------------------------------


def _preload_names() -> list[str]:
    """Every module that cli.py, commands/ and core/ import, at the top or inside a function."""
    import ast

    names: dict[str, None] = {f"{MODULE}.cli": None}
    files = [_PACKAGE_DIR / "cli.py", *sorted((_PACKAGE_DIR / "commands").rglob("*.py")),
             *sorted((_PACKAGE_DIR / "core").rglob("*.py"))]
    for path in files:
        parts = list(path.relative_to(_PACKAGE_DIR.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = None
        package = parts if path.name == "__init__.py" else parts[:-1]
        for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
            if isinstance(node, ast.Import):
                names.update(dict.fromkeys(alias.name for alias in node.names))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
                names[base] = None
                names.update(dict.fromkeys(f"{base}.{alias.name}" for alias in node.names))  # when a submodule
    return [n for n in names if n and not any(n == p or n.startswith(p + ".") for p in _NOT_PRELOADED)]


def _preload() -> tuple[list[str], list[str]]:
    """Import what the commands use; returns the environment variables read meanwhile, and what is wrong."""
    import importlib
    import warnings

    environ_class = type(os.environ)
    read: set[str] = set()
    original = environ_class.__getitem__

    def getitem(self: Any, key: str) -> str:
        read.add(key)
        return original(self, key)

    problems = []
    environ_class.__getitem__ = getitem  # type: ignore[method-assign]
    try:
        with warnings.catch_warnings(record=True) as shown:
            for name in _preload_names():
                if name in sys.modules:
                    continue
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001, S110 - "from x import function", or not importable here:
                    pass  # the child imports what it needs itself
            # The models' mappers, configured as the first query of every command would (≈ 0.1 s each time):
            # in memory only, from the models alone.
            try:
                importlib.import_module("sqlalchemy.orm").configure_mappers()
            except Exception as exc:  # noqa: BLE001 - the command would meet it: let it, in a plain subprocess
                problems.append(f"configuring the SQLAlchemy mappers failed: {exc!r}")
    finally:
        environ_class.__getitem__ = original  # type: ignore[method-assign]
    # A fresh process would have shown these on the command's stderr: the zygote cannot.
    problems += [f"a warning while importing: {w.category.__name__}: {w.message}" for w in shown]
    qt = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith(f"{MODULE}.ui")]
    if qt:
        problems.append(f"the zygote imported Qt: {qt[:5]}")
    threads = os.listdir("/proc/self/task") if os.path.isdir("/proc/self/task") else ["main"]
    if len(threads) != 1 or threading.active_count() != 1:
        problems.append(f"the zygote has {len(threads)} threads after its imports: it must not fork")
    return sorted(read), problems


def _origins() -> dict[str, str]:
    """Top-level module imported from a file -> the file (a package's __init__.py)."""
    found = {}
    for name, module in list(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        if "." not in name and spec is not None and spec.name == name and spec.has_location and spec.origin:
            found[name] = spec.origin  # not: submodules, built-in and frozen modules, __main__, __cli_zygote__
    return found


def _zygote_main(request_fd: int, response_fd: int) -> tuple[dict[str, Any], Any] | None:
    """Serve requests until the test process goes; returns only in a forked child (its request)."""
    import gc
    import site

    for fd in (request_fd, response_fd):
        os.set_inheritable(fd, False)  # never to the command's own subprocesses
    interrupt = signal.getsignal(signal.SIGINT)  # what Python set up for this start: the child's
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the test process closes the zygote
    sys_path = [os.getcwd(), *sys.path[1:]]  # as -m would have it (-c puts "")
    environ = dict(os.environ)
    env_read, problems = _preload()
    gc.freeze()  # the imports' objects: never scanned again, pages shared with the children

    def send(message: dict[str, Any]) -> None:
        os.write(response_fd, json.dumps(message).encode() + b"\n")

    send({"ready": True, "env_read": env_read, "problems": problems, "sys_path": sys_path,
          "origins": _origins(), "user_site": bool(site.ENABLE_USER_SITE), "environ": environ})
    requests = os.fdopen(request_fd, "rb")
    for line in requests:  # end of file: the test process closed the pipe, or is gone
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            requests.close()
            os.close(response_fd)
            return request, interrupt
        send({"pid": pid})
        send({**_wait(pid, request["timeout"])})
    return None


def _wait(pid: int, timeout: float) -> dict[str, Any]:
    timed_out = False
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # not Linux: poll
        deadline = time.monotonic() + timeout
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return {"status": status, "timed_out": False}
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                return {"status": os.waitpid(pid, 0)[1], "timed_out": True}
            time.sleep(0.002)
    try:
        if not select.select([pidfd], [], [], timeout)[0]:
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still this child's
            timed_out = True
    finally:
        os.close(pidfd)
    return {"status": os.waitpid(pid, 0)[1], "timed_out": timed_out}


def _become_command(request: dict[str, Any], interrupt: Any) -> None:
    """In the forked child: become ``python -m MODULE ARGS`` and run it; the interpreter's exit follows."""
    import runpy

    signal.signal(signal.SIGINT, interrupt)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    for fd, name, flags in ((0, "stdin", os.O_RDONLY), (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                            (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        if request[name] is not None:
            opened = os.open(request[name], flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
    sys.path[:] = request["sys_path"]
    sys.argv = ["-m", *request["args"]]  # run_module puts the module's file first, as -m does
    sys.orig_argv = [request["executable"], "-m", request["module"], *request["args"]]
    rl_config = sys.modules.get("reportlab.rl_config")
    if rl_config is not None:
        rl_config._startUp()  # font search paths from this HOME, XDG_DATA_HOME and cwd
    runpy.run_module(request["module"], run_name="__main__", alter_sys=True)


if __name__ == "__cli_zygote__":
    _request = _zygote_main(int(sys.argv[2]), int(sys.argv[3]))
    if _request is not None:  # a forked child; SystemExit and uncaught errors end it as they end python -m
        _become_command(*_request)
