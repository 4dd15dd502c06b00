"""The UI-stall probe: a 10 ms timer's largest gap is the longest time the event loop could not
run, wherever in the measured span the UI thread was busy."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from kinerja_desktop.gui.shared.stall_probe import StallProbe, measure, run_until


def test_a_busy_ui_thread_is_seen(app):
    report = measure(lambda: time.sleep(0.25), lambda: True)
    assert report.worst_ms >= 250 and report.finished


def test_a_stall_while_the_loop_runs_is_seen(app):
    QTimer.singleShot(50, lambda: time.sleep(0.2))  # in the middle, not in the action
    started = time.perf_counter()
    report = measure(lambda: None, lambda: time.perf_counter() - started > 0.4)
    assert report.worst_ms >= 200
    # The probe's own clock starts a moment after `started`: its seconds may fall short of
    # 0.4 by that moment (0.39994 s was seen).
    assert report.ticks >= 5 and report.seconds >= 0.39


def test_a_stall_at_the_very_end_counts(app):
    with StallProbe() as probe:
        run_until(lambda: False, 0.05)
        time.sleep(0.15)
    assert probe.worst_ms >= 150


def test_an_idle_loop_ticks_every_10_ms(app):
    probe = StallProbe()
    probe.start()
    run_until(lambda: False, 0.3)
    report = probe.stop()
    assert report.ticks >= 10  # about 30; a loaded machine drops some
    assert report.worst_ms < 300


def test_run_until_gives_up_at_its_timeout(app):
    started = time.perf_counter()
    assert run_until(lambda: False, 0.1) is False
    assert 0.1 <= time.perf_counter() - started < 2
    assert run_until(lambda: True, 5) is True
