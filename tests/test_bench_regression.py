"""bench/regression.py: which way each figure must go, its margin, and a crashed benchmark."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def regression(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import regression
    return regression


def test_lower_is_better_fails_past_half_again_its_goal(regression):
    assert regression.MARGIN == 0.5
    assert regression.passes("merge, 2,000 officials (x bare)", 2.9, 2.0)
    assert regression.passes("merge, 2,000 officials (x bare)", 3.0, 2.0)
    assert not regression.passes("merge, 2,000 officials (x bare)", 3.01, 2.0)
    assert not regression.passes("close at 30 MB: largest UI stall (ms)", 151.0, 100.0)


def test_at_least_figures_fail_below_their_goal_less_the_margin(regression):
    name = "print batch 80 sheets/s vs raw ReportLab (>= goal)"
    assert regression.passes(name, 0.9, 0.5)
    assert regression.passes(name, 0.34, 0.5)  # 0.5 / 1.5 = 0.333…
    assert not regression.passes(name, 0.33, 0.5)
    assert not regression.passes(name, 0.0, 0.5)


def test_a_crashed_or_missed_benchmark_fails_the_run(regression, monkeypatch):
    def crash(small=True):
        raise RuntimeError("child process died")

    monkeypatch.setitem(sys.modules, "crashy_bench", types.SimpleNamespace(check=crash))
    monkeypatch.setitem(sys.modules, "slow_bench", types.SimpleNamespace(
        check=lambda small=True: [("open (x bare)", 9.0, 2.0)]))
    monkeypatch.setitem(sys.modules, "fine_bench", types.SimpleNamespace(
        check=lambda small=True: [("open (x bare)", 1.2, 2.0),
                                  ("sheets/s (>= goal)", 0.7, 0.5)]))
    lines: list[str] = []
    assert regression.run(("fine",), lines.append)
    assert not regression.run(("fine", "crashy"), lines.append)
    assert any("crashy: CRASHED" in line and "child process died" in line for line in lines)
    lines.clear()
    assert not regression.run(("slow",), lines.append)
    assert [line.strip() for line in lines if "FAIL" in line] == [
        "FAIL open (x bare): 9.00 (goal <= 2, fails past 3.00)"] * 2  # measured twice


def test_a_figure_that_misses_once_is_measured_again(regression, monkeypatch):
    figures = iter([4.0, 1.5])  # a busy moment, then the real figure
    monkeypatch.setitem(sys.modules, "noisy_bench", types.SimpleNamespace(
        check=lambda small=True: [("open (x bare)", next(figures), 2.0)]))
    lines: list[str] = []
    assert regression.run(("noisy",), lines.append)
    assert "noisy: measured once more" in lines
    assert lines[-1].strip().startswith("ok   open (x bare): 1.50")


def test_every_listed_benchmark_has_a_check(regression):
    for name in regression.BENCHES:
        source = (BENCH / f"{name}_bench.py").read_text(encoding="utf-8")
        assert "\ndef check(small: bool = True)" in source, name
