"""The one table/field → Indonesian label mapping used by the history and merges."""

from kinerja_desktop.domain.field_labels import (canonical_table, field_label, referenced_table,
                                                  table_aliases, table_label)


def test_fields_read_as_staff_words():
    assert field_label("official", "back_title") == "Gelar belakang"
    assert field_label("appointment", "post_title") == "Jabatan"
    assert field_label("appointment", "unit_id") == "Unit kerja"
    assert field_label("appointment", "official_id") == "Pejabat"
    assert field_label("evaluasi", "predicate") == "Predikat"
    assert field_label("whatever", "some_thing_id") == "Some thing"


def test_service_entity_names_are_aliases_of_one_table():
    assert canonical_table("evaluasi") == "evaluation"
    assert table_label("evaluasi") == table_label("evaluation") == "Evaluasi"
    assert table_aliases("evaluation") == ("evaluation", "evaluasi")
    assert table_aliases("evaluasi") == ("evaluation", "evaluasi")
    assert referenced_table("unit_id") == "unit"
    assert referenced_table("post_title") is None
