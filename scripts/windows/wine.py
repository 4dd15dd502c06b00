"""Windows programs under Wine: the prefix in the cache, a private X display, pipes, timeouts."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

# Wine's own diagnostics drown the programs' output; Mono and Gecko would prompt to install;
# winemenubuilder would copy the installer's Start-menu entry into the Linux desktop's menu.
WINE_ENV = {"WINEARCH": "win64", "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d"}
# What a Windows program gets of the Linux environment (Wine passes it all through, and a
# few Linux settings mean something else to a Windows Python: paths, pip's config, Qt's
# plugin paths). Anything a command needs beyond these it passes explicitly.
PASSED = ("HOME", "USER", "LOGNAME", "PATH", "TZ")
# Seconds a command's output may stay open after the program ended: a Wine service started
# by the program inherits its pipes and outlives it (see Session.start).
PIPE_GRACE_S = 5


class WineError(RuntimeError):
    """Wine or its display could not be started."""


@dataclass
class Result:
    """What a Windows program did: its exit status, its output, how long it took."""
    command: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def text(self, which: str = "stdout") -> str:
        """The output as text: UTF-8 when it is, else the Windows ANSI code page (cp1252),
        which Python uses for a pipe or a file on a Western-European Windows."""
        raw = self.stdout if which == "stdout" else self.stderr
        try:
            return raw.decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace").replace("\r\n", "\n")

    def summary(self, lines: int = 15) -> str:
        """The exit status and the tail of both streams, for a failure message."""
        status = "timed out" if self.timed_out else f"exit {self.returncode}"
        excerpt = failure_excerpt(self.text("stdout") + self.text("stderr"), lines)
        return f"{status} after {self.seconds:.1f} s" + "".join("\n    " + t for t in excerpt)


def failure_excerpt(text: str, lines: int = 15) -> list[str]:
    """A Python traceback in the output (up to its last line), else the output's tail."""
    all_lines = text.strip().splitlines()
    for index, line in enumerate(all_lines):
        if line.startswith("Traceback (most recent call last)"):
            end = index + 1
            while end < len(all_lines) and all_lines[end].startswith(" "):
                end += 1
            return all_lines[index:end + 1][-lines:]
    return all_lines[-lines:]


class Prefix:
    """The Wine prefix (a Windows 10 "C:" drive) and how paths map between the two systems."""

    def __init__(self, cache: Path):
        self.cache = cache
        self.path = cache / "prefix"
        self.drive_c = self.path / "drive_c"

    def winpath(self, path: Path | str) -> str:
        """An absolute Linux path as Windows programs see it: C:\\... inside the prefix,
        Z:\\... elsewhere (Wine maps / to Z:)."""
        posix = _posix(path)
        try:
            inside = posix.relative_to(_posix(self.drive_c))
        except ValueError:
            return "Z:" + str(posix).replace("/", "\\")
        return "C:\\" + "\\".join(inside.parts)

    def unixpath(self, windows: str) -> Path:
        """A Windows path (C:\\... or Z:\\...) as a Linux path."""
        win = PureWindowsPath(windows)
        drive, rest = win.drive.upper(), win.parts[1:]
        if drive == "C:":
            return self.drive_c.joinpath(*rest)
        if drive == "Z:":
            return Path("/").joinpath(*rest)
        raise ValueError(f"no Linux path for {windows}")

    def env(self, display: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {key: os.environ[key] for key in PASSED if key in os.environ}
        # Wine reads and writes file names in the Linux locale's character set: it must be
        # UTF-8, or names such as 'Data Pejabat Ñ ü 日本' cannot be written.
        lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
        env["LANG"] = lang if "utf" in lang.lower().replace("-", "") else "C.UTF-8"
        env.update(WINE_ENV, WINEPREFIX=str(self.path))
        if display:
            env["DISPLAY"] = display
        env.update(extra or {})
        return env


class Session:
    """One Xvfb display and one running Wine for a series of Windows programs.

    Wine starts its services and its desktop process (explorer.exe) with the first program and
    ends them with the last; they inherit that program's pipes, and a desktop bound to a
    display that is gone hangs the next window. So a session starts them once, from a
    program whose output goes nowhere and that lives as long as the session, on a private
    display that lives as long too, and at the end waits for Wine to finish before the
    display goes.
    """

    def __init__(self, prefix: Prefix, log_file: Path):
        self.prefix = prefix
        self.log_file = log_file
        self.display: str | None = None
        self._xvfb: subprocess.Popen | None = None
        self._keepalive: subprocess.Popen | None = None
        self._started = False

    # --- the session -------------------------------------------------------------------------
    def start(self) -> None:
        self._started = True
        self._start_display()
        self.wineserver("-k")  # a server left by an interrupted run of this cache

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        if self._keepalive is not None:
            self._end_keepalive()
        if self.prefix.path.exists():
            if self.wineserver("-w", timeout=60) != 0:
                self.wineserver("-k")
        if self._xvfb is not None:
            self._xvfb.terminate()
            try:
                self._xvfb.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._xvfb.kill()
            self._xvfb = None

    def _start_display(self) -> None:
        read_end, write_end = os.pipe()
        with open(self.log_file, "ab") as log:
            self._xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                 "-nolisten", "tcp"], pass_fds=(write_end,), stdin=subprocess.DEVNULL,
                stdout=log, stderr=log, start_new_session=True)
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read_end)
        if not number.strip().isdigit():
            raise WineError(f"Xvfb did not start (see {self.log_file})")
        self.display = ":" + number.strip().decode()

    def _ensure_keepalive(self) -> None:
        """A Windows program that waits on a pipe for as long as the session: Wine's services
        start with it, their output on /dev/null, and stay up between commands."""
        if self._keepalive is not None and self._keepalive.poll() is None:
            return
        self._keepalive = subprocess.Popen(
            ["wine", "cmd.exe", "/k"], env=self.prefix.env(self.display),
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)

    def _end_keepalive(self) -> None:
        assert self._keepalive is not None
        try:
            self._keepalive.stdin.close()
            self._keepalive.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            _kill_group(self._keepalive)
        self._keepalive = None

    # --- commands ----------------------------------------------------------------------------
    def wineserver(self, *args: str, timeout: float = 30) -> int:
        try:
            return subprocess.run(["wineserver", *args], env=self.prefix.env(self.display),
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            return 124

    def spawn(self, program: str, *args: str) -> subprocess.Popen:
        """Start a Windows program and leave it running (its output goes nowhere); end it
        with `end`."""
        self._ensure_keepalive()
        return subprocess.Popen(["wine", program, *args], env=self.prefix.env(self.display),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)

    @staticmethod
    def end(process: subprocess.Popen) -> None:
        _kill_group(process)

    def run(self, program: str, *args: str, timeout: float, env: dict[str, str] | None = None,
            cwd: Path | None = None, stdin: bytes | None = None,
            keepalive: bool = True) -> Result:
        """Run a Windows program (a Windows path or a name on its PATH) with its standard
        streams on pipes (Wine gives a program a regular file as stdin/stdout badly) and
        stdin from NUL unless `stdin` is given. After `timeout` seconds the program and
        every Wine process are ended (the result says timed_out)."""
        if keepalive:
            self._ensure_keepalive()
        command = ["wine", program, *args]
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=self.prefix.env(self.display, env), cwd=cwd,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        out: list[bytes] = []
        err: list[bytes] = []
        readers = [threading.Thread(target=_drain, args=(process.stdout, out), daemon=True),
                   threading.Thread(target=_drain, args=(process.stderr, err), daemon=True)]
        for reader in readers:
            reader.start()
        if stdin is not None:
            try:
                process.stdin.write(stdin)
                process.stdin.close()
            except OSError:
                pass
        timed_out = False
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(process)
            # Windows programs it started live in Wine, not in its process group.
            self.wineserver("-k")
            self._keepalive = None
        for reader in readers:
            reader.join(PIPE_GRACE_S)
        return Result(command, 124 if timed_out else process.returncode, b"".join(out),
                      b"".join(err), time.monotonic() - started, timed_out)


def _posix(path: Path | str) -> PurePosixPath:
    # Normalised, and with '/' even where this runs on Windows (the check's own tests).
    return PurePosixPath(os.path.normpath(str(path)).replace("\\", "/"))


def _drain(pipe, chunks: list[bytes]) -> None:
    for chunk in iter(lambda: pipe.read1(65536), b""):
        chunks.append(chunk)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
