"""Issue 17: a modified_at in the future (the other PC's clock is wrong) is a conflict the user
settles, not a change that wins by being newer."""

from __future__ import annotations

from datetime import datetime, timedelta


from kinerja_desktop.services.merge import apply_merge, plan_merge, report_lines
from kinerja_desktop.storage.merge_plan import FUTURE_TOLERANCE, clock_error
from kinerja_desktop.storage.models import utc_now
from tests.services import test_merge
from tests.services.test_merge import by_uuid, file_of, sql


pair = test_merge.pair  # the fixture: the demo database and a copy taken to another PC


def change_there(db, when: str, name: str = "Versi PC Lain") -> str:
    sql(db, 'UPDATE "official" SET "name" = ?, "modified_at" = ? WHERE id = 3', (name, when))
    return db.execute_sql('SELECT uuid FROM "official" WHERE id = 3').fetchone()[0]


def test_the_clock_check_itself():
    now = datetime(2026, 12, 6, 8, 0)
    assert clock_error("2026-12-06 08:04:59.000000", now) is None  # within the tolerance
    assert clock_error(str(now - timedelta(days=400)), now) is None
    reason = clock_error("2031-06-14 05:30:00.000000", now)
    assert reason is not None and reason.startswith("jam PC lain tampaknya salah: diubah pada")
    assert "2031" in reason and "di masa depan" in reason
    assert clock_error("2026-12-06T08:30:00+00:00", now) is not None
    assert "tidak terbaca" in (clock_error("bukan waktu", now) or "")
    assert clock_error("9999-12-31 23:59:59.999999", now) is not None  # no overflow


def test_a_change_dated_in_the_future_is_a_conflict_not_applied(pair):
    ours, theirs = pair
    official_uuid = change_there(theirs, "2099-06-14 05:00:00.000000")
    other = file_of(theirs)
    plan = plan_merge(ours, other)
    (conflict,) = plan.conflicts
    assert (conflict.table, conflict.uuid) == ("official", official_uuid)
    assert conflict.reason.startswith("jam PC lain tampaknya salah")
    assert "2099" in conflict.reason and "di masa depan" in conflict.reason
    assert conflict.decidable
    assert plan.counts["official"].updated == 0
    assert any("jam PC lain tampaknya salah" in line for line in report_lines(plan))

    before = by_uuid(ours, "official", official_uuid)
    apply_merge(ours, other)
    after = by_uuid(ours, "official", official_uuid)
    assert after["name"] == before["name"] != "Versi PC Lain"
    # The user settles it: their version is taken when chosen.
    plan = apply_merge(ours, other, keep_theirs={official_uuid})
    assert plan.counts["official"].updated == 1
    assert by_uuid(ours, "official", official_uuid)["name"] == "Versi PC Lain"


def test_a_change_a_little_ahead_is_still_taken(pair):
    """Clocks a minute or two apart are normal: only their side changed, theirs is taken."""
    ours, theirs = pair
    ahead = str(utc_now() + FUTURE_TOLERANCE / 2)
    official_uuid = change_there(theirs, ahead)
    other = file_of(theirs)
    plan = apply_merge(ours, other)
    assert plan.conflicts == []
    assert by_uuid(ours, "official", official_uuid)["name"] == "Versi PC Lain"
