"""The printed evaluation, in the official form of its scheme (domain/evaluation_document.py
names the forms; reports/evaluation_forms/ draws each one)."""

from __future__ import annotations

from kinerja_desktop.domain.documents import DOCUMENT_KINDS
from kinerja_desktop.domain.evaluation_document import (FORM_HUNDRED_DAYS, FORM_MATRIX,
                                                        FORM_PERKA, FORM_PP30, EvaluationSheet)
from kinerja_desktop.reports.evaluation_forms import hundred_days, matrix, perka, pp30
from kinerja_desktop.reports.layout import Part, content_width

_FORMS = {FORM_HUNDRED_DAYS: hundred_days.story, FORM_MATRIX: matrix.story,
          FORM_PERKA: perka.story, FORM_PP30: pp30.story}


def part(sheet: EvaluationSheet) -> Part:
    try:
        draw = _FORMS[sheet.form]
    except KeyError:
        raise ValueError(f"Formulir evaluasi tidak dikenal: {sheet.form!r}.") from None
    story = draw(sheet, content_width(sheet.paper))
    name = next((r.value for r in sheet.official if r.label.strip().upper() == "NAMA"), "")
    title = f"{sheet.title.title()} — {name}" if name else sheet.title.title()
    return Part(story, sheet.paper, title=title,
                subject=f"{DOCUMENT_KINDS['evaluasi']}, periode {sheet.period}",
                author=_author(sheet.institution), stamp=sheet.stamp)


def _author(institution) -> str:
    """The government and the office whose letterhead the sheet carries."""
    office = institution.agency or institution.head_title
    return " — ".join(x for x in (institution.government, office) if x)
