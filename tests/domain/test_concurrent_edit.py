"""The three-way rule of two people editing one record: each one's own fields are kept; only
the same field changed by both to different values is a clash."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.concurrent_edit import changed_fields, shown_value, three_way


@dataclass(frozen=True)
class Row:
    title: str = "Optimalisasi SPBE"
    weight: int = 60
    unit: str = "%"


def test_changes_to_different_fields_are_both_kept():
    seen = Row()
    merged, clashes = three_way(seen, Row(title="SPBE terpadu"), Row(weight=40))
    assert merged == Row(title="SPBE terpadu", weight=40) and clashes == []


def test_the_same_field_changed_by_both_is_a_clash_and_mine_is_what_would_be_written():
    merged, clashes = three_way(Row(), Row(title="Mine", unit="aplikasi"),
                                Row(title="Theirs", weight=50))
    assert clashes == ["title"]
    assert merged == Row(title="Mine", weight=50, unit="aplikasi")


def test_both_making_the_same_change_is_no_clash():
    merged, clashes = three_way(Row(), Row(weight=40), Row(weight=40))
    assert clashes == [] and merged == Row(weight=40)


def test_nothing_changed_on_either_side():
    assert three_way(Row(), Row(), Row()) == (Row(), [])
    assert changed_fields(Row(), Row(unit="kali", weight=1)) == ["weight", "unit"]


def test_values_read_as_in_a_merge_conflict():
    assert [shown_value(v) for v in (None, "", True, False, "  a\n b ", 12.5)] == [
        "(kosong)", "(kosong)", "ya", "tidak", "a b", "12.5"]
