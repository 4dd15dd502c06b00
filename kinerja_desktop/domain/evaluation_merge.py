"""Two evaluators saving one evaluation draft (a shared server): what each changed since the
same starting point is kept, finer than a whole page: each target's realisation, note and
feedback, each behaviour item and each expectation on its own, so that the Bupati's staff and
the Sekda's entering different targets both keep theirs. Where both changed the same thing to
different values, the clash is listed for the user to settle (concurrent_edit's rule)."""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal
from typing import Any

from kinerja_desktop.domain.behaviour_aspects import aspects_for
from kinerja_desktop.domain.concurrent_edit import shown_value
from kinerja_desktop.domain.evaluations import EvaluationContent, TargetAssessment

# (label, what I entered, what is stored), in the words of a merge conflict.
Clash = tuple[str, str, str]

CONTENT_LABELS = {
    "date": "Tanggal evaluasi", "results_rating": "Rating hasil kerja",
    "behaviour_rating": "Rating perilaku kerja", "evaluators": "Penilai",
    "consolidation": "Cara menggabungkan nilai penilai", "recommendation": "Rekomendasi",
    "notes": "Catatan evaluasi", "organisation_result": "Hasil kerja organisasi",
    "new_idea": "Gagasan baru", "additional_tasks": "Tugas tambahan",
    "creativity": "Kreativitas", "targets": "Daftar target",
}
TARGET_LABELS = {
    "realised": "realisasi", "evidence_seen": "bukti dukung diperiksa", "note": "catatan",
    "feedback": "umpan balik", "perka": "kualitas, waktu dan biaya",
}
# Read per item, not as a whole field.
_BY_ITEM = ("targets", "behaviour", "expectations")
# Written by the app, not entered in the wizard: the stored ones stand.
_NOT_ENTERED = ("scheme", "official", "settings", "scheme_version")


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):  # as staff write a number: 45 and 12,5, not 45.0
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, list):
        return f"{len(value)} orang" if value else "(kosong)"
    return shown_value(value)


def _pick(label: str, seen: Any, mine: Any, stored: Any, prefer_mine: bool,
          clashes: list[Clash]) -> Any:
    """The value to write of one item: mine if I changed it, else the stored one; both
    changed to different values is a clash, settled by `prefer_mine`."""
    if mine == seen:
        return stored
    if stored != seen and stored != mine:
        clashes.append((label, _shown(mine), _shown(stored)))
        return mine if prefer_mine else stored
    return mine


def _targets(seen: list[TargetAssessment], mine: list[TargetAssessment],
             stored: list[TargetAssessment], prefer_mine: bool,
             clashes: list[Clash]) -> list[TargetAssessment]:
    keys = [t.target_id for t in stored]
    same_targets = all({t.target_id for t in side} == set(keys) for side in (seen, mine))
    if None in keys or len(set(keys)) != len(keys) or not same_targets:
        # Not the same targets on all three (never from the wizard): the list as one item.
        return list(_pick(CONTENT_LABELS["targets"], seen, mine, stored,
                          prefer_mine, clashes))
    seen_by = {t.target_id: t for t in seen}
    mine_by = {t.target_id: t for t in mine}
    merged = []
    for theirs in stored:
        before, ours = seen_by[theirs.target_id], mine_by[theirs.target_id]
        values = {}
        for f in fields(TargetAssessment):
            label = f"Target '{theirs.title}': {TARGET_LABELS.get(f.name, f.name)}"
            values[f.name] = _pick(label, getattr(before, f.name), getattr(ours, f.name),
                                   getattr(theirs, f.name), prefer_mine, clashes)
        merged.append(replace(theirs, **values))
    return merged


def _items(kind: str, names: dict[str, str], seen: dict[str, str], mine: dict[str, str],
           stored: dict[str, str], prefer_mine: bool, clashes: list[Clash]) -> dict[str, str]:
    merged = {}
    for key in [*stored, *(k for k in mine if k not in stored)]:
        value = _pick(f"{kind}: {names.get(key, key.replace('_', ' '))}", seen.get(key),
                      mine.get(key), stored.get(key), prefer_mine, clashes)
        if value is not None:
            merged[key] = value
    return merged


def merge_drafts(seen: EvaluationContent, mine: EvaluationContent, stored: EvaluationContent,
                 prefer_mine: bool = False) -> tuple[EvaluationContent, list[Clash]]:
    """(the draft to write, the clashes). `seen`: the draft as the wizard read it; `mine`: as
    it holds it now; `stored`: as saved meanwhile. A clash keeps the stored value unless
    `prefer_mine` (the user chose to save theirs over it)."""
    clashes: list[Clash] = []
    values: dict[str, Any] = {}
    for f in fields(EvaluationContent):
        if f.name in _NOT_ENTERED or f.name in _BY_ITEM:
            continue
        values[f.name] = _pick(CONTENT_LABELS.get(f.name, f.name), getattr(seen, f.name),
                               getattr(mine, f.name), getattr(stored, f.name), prefer_mine,
                               clashes)
    values["targets"] = _targets(seen.targets, mine.targets, stored.targets, prefer_mine,
                                 clashes)
    aspects = aspects_for(stored.scheme)
    values["behaviour"] = _items("Perilaku kerja", aspects, seen.behaviour, mine.behaviour,
                                 stored.behaviour, prefer_mine, clashes)
    values["expectations"] = _items("Ekspektasi pimpinan", aspects, seen.expectations,
                                    mine.expectations, stored.expectations, prefer_mine,
                                    clashes)
    return replace(stored, **values), clashes
