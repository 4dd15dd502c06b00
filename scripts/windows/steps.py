"""The check's steps: each timed, skipped when a step it needs failed, named when it fails;
results kept by a digest of their inputs so that a second run redoes only what changed."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path


class StepFailed(Exception):
    """A step did not do what it should; the message says what, for the report."""


class Cached(str):
    """A step's note when it found its work already done (from an earlier run)."""


@dataclass
class Outcome:
    name: str
    status: str  # "ok", "cached", "FAILED", "not run"
    seconds: float
    note: str = ""


def say(message: str) -> None:
    print(f"[windows] {message}", flush=True)


@dataclass
class Runner:
    """Runs the steps in order and keeps their outcomes for the closing report."""
    outcomes: list[Outcome] = field(default_factory=list)

    def step(self, name: str, action: Callable[[], str | None], needs: Iterable[str] = ()) \
            -> Outcome:
        blocked = [n for n in needs if self.status(n) not in ("ok", "cached")]
        if blocked:
            outcome = Outcome(name, "not run", 0.0, "needs " + ", ".join(blocked))
        else:
            say(f"{name} …")
            started = time.monotonic()
            try:
                note = action() or ""
                status = "cached" if isinstance(note, Cached) else "ok"
            except StepFailed as exc:
                note, status = str(exc), "FAILED"
            except Exception:  # noqa: BLE001 - a bug in the check is reported as its step's
                note, status = traceback.format_exc(limit=8).strip(), "FAILED"
            outcome = Outcome(name, status, time.monotonic() - started, str(note))
        self.outcomes.append(outcome)
        say(f"{name}: {outcome.status} ({outcome.seconds:.1f} s)"
            + (f": {outcome.note}" if outcome.note else ""))
        return outcome

    def status(self, name: str) -> str:
        for outcome in reversed(self.outcomes):
            if outcome.name == name:
                return outcome.status
        return "not run"

    def report(self) -> str:
        width = max((len(o.name) for o in self.outcomes), default=4)
        lines = [f"{'step':<{width}}  {'status':<8} {'seconds':>8}  note"]
        for o in self.outcomes:
            first = o.note.splitlines()[0] if o.note else ""
            lines.append(f"{o.name:<{width}}  {o.status:<8} {o.seconds:8.1f}  {first[:110]}")
        total = sum(o.seconds for o in self.outcomes)
        lines.append(f"{'total':<{width}}  {'':<8} {total:8.1f}")
        return "\n".join(lines)


class Stamps:
    """Digests of the inputs of work already done and passed, kept in the cache."""

    def __init__(self, path: Path, fresh: bool):
        self.path = path
        self.fresh = fresh
        try:
            self._data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._data = {}

    def matches(self, key: str, digest: str) -> bool:
        return not self.fresh and self._data.get(key) == digest

    def remember(self, key: str, digest: str) -> None:
        self._data[key] = digest
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self._data, indent=1), encoding="utf-8")

    def forget(self, key: str) -> None:
        if self._data.pop(key, None) is not None:
            self.path.write_text(json.dumps(self._data, indent=1), encoding="utf-8")


def tree_digest(root: Path, prefixes: Iterable[str] = (), excluding: Iterable[str] = ()) \
        -> str:
    """A digest of the checkout's files (tracked, and new ones git does not ignore) whose
    paths start with one of `prefixes` (all when none) and none of `excluding`, by name and
    content."""
    wanted, unwanted = tuple(prefixes), tuple(excluding)
    digest = hashlib.sha256()
    for name in _checkout_files(root):
        if (wanted and not name.startswith(wanted)) or (unwanted and name.startswith(unwanted)):
            continue
        path = root / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


# Not part of the checkout, when git cannot say what is (a copy without .git).
UNTRACKED = {".git", ".venv", "dist", "build", "__pycache__", ".mypy_cache", ".ruff_cache",
             ".pytest_cache", "out"}


def _checkout_files(root: Path) -> list[str]:
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                                 "--exclude-standard"], cwd=root, capture_output=True,
                                check=True)
        return sorted(set(listed.stdout.decode().split("\0")) - {""})
    except (OSError, subprocess.CalledProcessError):
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                      if p.is_file() and not UNTRACKED & set(p.relative_to(root).parts))


def run_logged(log_file: Path, command: list[str], timeout: float, **kwargs) \
        -> subprocess.CompletedProcess:
    """A Linux command with its output in the log; StepFailed with the log's tail if it
    fails."""
    with open(log_file, "ab") as log:
        log.write(("$ " + " ".join(command) + "\n").encode())
        log.flush()
        try:
            result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, timeout=timeout, **kwargs)
        except subprocess.TimeoutExpired:
            raise StepFailed(f"{command[0]} took more than {timeout:.0f} s") from None
        except OSError as exc:
            raise StepFailed(f"{command[0]}: {exc}") from None
    if result.returncode != 0:
        tail = log_file.read_bytes()[-2500:].decode(errors="replace")
        raise StepFailed(f"{' '.join(command[:4])} … failed ({result.returncode}):\n{tail}")
    return result
