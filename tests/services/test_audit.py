"""The audit history service: filters, pages, the lists for the filter combos, the operator."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kinerja_desktop.domain.audit import AuditFilter
from kinerja_desktop.services.actor import set_operator
from kinerja_desktop.services.audit import AuditService, local_time
from kinerja_desktop.storage.models import AuditEntry, Unit, utc_now


@pytest.fixture(autouse=True)
def reset_operator():
    yield
    set_operator(None)


@pytest.fixture
def history(db):
    """Units made by two people: Rina makes A…E, Dedi renames C and deletes E."""
    set_operator("Rina")
    ids = {name: db.insert(Unit, name=f"Dinas {name}") for name in "ABCDE"}
    units = {name: db.select(Unit).where(Unit.id == unit_id).get()
             for name, unit_id in ids.items()}
    set_operator(lambda: "Dedi")
    db.update(Unit, name="Dinas C Baru", modified_at=utc_now()).where(
        Unit.id == ids["C"]).execute()
    db.delete(Unit).where(Unit.id == ids["E"]).execute()
    return units


def test_newest_first_with_labels_and_changes(db, history):
    service = AuditService(db)
    entries = service.history()
    assert service.count() == len(entries) == 7
    assert [(e.actor, e.action, e.summary) for e in entries[:2]] == [
        ("Dedi", "hapus", "Dinas E"), ("Dedi", "ubah", "Dinas C Baru")]
    renamed = entries[1]
    assert renamed.entity_label == "Unit kerja" and renamed.action_label == "Diubah"
    assert renamed.is_data_change and renamed.entity_uuid == history["C"].uuid
    assert [(c.name, c.before, c.after, c.changed) for c in renamed.changes()] == [
        ("name", "Dinas C", "Dinas C Baru", True), ("short_name", "", "", False),
        ("kind", "dinas", "dinas", False)]
    assert all(c.changed and c.before is None for c in entries[-1].changes())


def test_filters(db, history):
    service = AuditService(db)
    assert service.count(AuditFilter(actor="Rina")) == 5
    assert service.count(AuditFilter(actor="Dedi")) == 2
    assert [e.action for e in service.history(AuditFilter(entity_uuid=history["C"].uuid))] \
        == ["ubah", "buat"]
    assert [e.summary for e in service.history(AuditFilter(text="baru"))] == ["Dinas C Baru"]
    assert service.count(AuditFilter(text="%")) == 0  # LIKE wildcards are literal
    assert service.count(AuditFilter(entity="unit")) == 7
    assert service.count(AuditFilter(entity="official")) == 0
    today = local_time(db.select(AuditEntry).get().created_at).date()
    assert service.count(AuditFilter(date_from=today, date_to=today)) == 7
    assert service.count(AuditFilter(date_to=today - timedelta(days=1))) == 0
    assert service.count(AuditFilter(date_from=today + timedelta(days=1))) == 0
    assert service.count(AuditFilter(actor="Dedi", text="Dinas E")) == 1


def test_pages(db, history):
    service = AuditService(db)
    everything = service.history()
    pages = [service.history(AuditFilter(limit=3, offset=offset)) for offset in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [e.id for p in pages for e in p] == [e.id for e in everything]


def test_lists_for_the_filters(db, history):
    service = AuditService(db)
    assert service.actors() == ["Dedi", "Rina"]
    assert service.entities() == [("unit", "Unit kerja")]


def test_service_events_are_in_the_history_too(db):
    from kinerja_desktop.storage.evaluation_repo import audit, audit_trail
    audit(db, "Budi", "final", "evaluasi", "e-1", "Evaluasi difinalkan", {"skor": "85.0"})
    (entry,) = AuditService(db).history()
    assert not entry.is_data_change and entry.entity_label == "Evaluasi"
    assert [(c.name, c.after) for c in entry.changes()] == [("skor", "85.0")]
    db.insert(Unit, name="Dinas F")
    assert [a.action for a in audit_trail(db, ["e-1"])] == ["final"]


def test_default_operator_is_the_environment(db, monkeypatch):
    monkeypatch.setenv("KINERJA_USER", "Operator Bagian Organisasi")
    set_operator()
    db.insert(Unit, name="Dinas G")
    assert db.select(AuditEntry).get().actor == "Operator Bagian Organisasi"
