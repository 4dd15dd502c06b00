"""The evaluation wizard's evaluators page: who evaluated, the chair, each one's own view
where it differs, the consolidated result, the recommendation and notes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
                               QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain.evaluations import MAX_NOTE, RECOMMENDATIONS, EvaluatorAssessment
from kinerja_desktop.domain.scoring import CONSOLIDATION_RULES, RATINGS
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RULE
from kinerja_desktop.errors import Problem
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022
from kinerja_desktop.gui.evaluation.evaluation_pages import (EvaluationPage, hint_label,
                                                             score_text, spin_text)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import locale

if TYPE_CHECKING:
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard


@dataclass
class EvaluatorRow:
    signatory_id: int
    check: QCheckBox
    chair: QRadioButton
    own_score: QDoubleSpinBox | None
    own_results: QComboBox | None
    own_behaviour: QComboBox | None
    note: QLineEdit

    def assessment(self) -> EvaluatorAssessment:
        chair = self.chair.isChecked()
        score = None
        if self.own_score is not None and self.own_score.value() >= 0:
            score = Decimal(spin_text(self.own_score.value()))
        return EvaluatorAssessment(
            self.signatory_id, "pejabat_penilai" if chair else "anggota", chair, score,
            self.own_results.currentData() if self.own_results else None,
            self.own_behaviour.currentData() if self.own_behaviour else None,
            self.note.text().strip())


class EvaluatorsPage(EvaluationPage):
    step = "penilai"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("evaluatorsPage")
        self.setTitle(self.tr("Penilai dan rekomendasi"))
        self.setSubTitle(self.tr("Centang yang ikut menilai dan tentukan ketuanya (Pejabat "
                                 "Penilai). Isi nilai sendiri seorang penilai hanya bila "
                                 "berbeda dari hasil hitungan."))
        self.ratings_scheme = owner.record.scheme == MATRIX_2022
        self.rows: list[EvaluatorRow] = []
        self.chair_group = QButtonGroup(self)
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        headers = [self.tr("Penilai"), self.tr("Ketua")]
        headers += [self.tr("Rating hasil sendiri"), self.tr("Rating perilaku sendiri")] \
            if self.ratings_scheme else [self.tr("Nilai sendiri")]
        headers.append(self.tr("Catatan"))
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{escape(text)}</b>", grid_box), 0, column)
        for number_, (signatory_id, name) in enumerate(owner.evaluator_choices(), start=1):
            self.rows.append(self._make_row(grid_box, grid, number_, signatory_id, name))
        grid.setColumnStretch(len(headers) - 1, 1)
        if not self.rows:
            grid.addWidget(hint_label(self.tr("Belum ada penandatangan (Bupati, Wakil Bupati, "
                                              "Sekda) di pengaturan."), grid_box), 1, 0, 1,
                           len(headers))

        self.consolidation_combo = QComboBox(self)
        self.consolidation_combo.setObjectName("consolidationCombo")
        for code, text in CONSOLIDATION_RULES.items():
            self.consolidation_combo.addItem(domain_word(text), code)
        if self.ratings_scheme:
            self.consolidation_combo.setEnabled(False)
            self.consolidation_combo.setToolTip(self.tr("Rating tidak dapat dirata-rata: ketua "
                                                        "yang memutuskan."))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("consolidatedLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.recommendation_combo = QComboBox(self)
        self.recommendation_combo.setObjectName("recommendationCombo")
        self.recommendation_combo.addItem(self.tr("(belum dipilih)"), None)
        for code, text in RECOMMENDATIONS.items():
            self.recommendation_combo.addItem(domain_word(text), code)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Penggabungan hasil:"), self.consolidation_combo)
        form.addRow(self.tr("Hasil gabungan:"), self.result_label)
        form.addRow(self.tr("&Rekomendasi:"), self.recommendation_combo)
        form.addRow(self.tr("C&atatan:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(grid_box)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.consolidation_combo.currentIndexChanged.connect(self._changed)
        self.recommendation_combo.currentIndexChanged.connect(self._changed)
        self.notes_edit.textChanged.connect(self._changed)

    def _make_row(self, parent: QWidget, grid: QGridLayout, row: int, signatory_id: int,
                  name: str) -> EvaluatorRow:
        check = QCheckBox(name, parent)
        check.setObjectName(f"evaluatorCheck{row}")
        chair = QRadioButton(self.tr("Ketua"), parent)
        chair.setObjectName(f"chairRadio{row}")
        chair.setAccessibleName(self.tr("{0} sebagai ketua").format(name))
        self.chair_group.addButton(chair)
        own_score = own_results = own_behaviour = None
        if self.ratings_scheme:
            own_results, own_behaviour = QComboBox(parent), QComboBox(parent)
            for combo, kind in ((own_results, "Results"), (own_behaviour, "Behaviour")):
                combo.addItem(self.tr("(sama)"), None)
                for code, rating in RATINGS.items():
                    combo.addItem(domain_word(rating), code)
                combo.setObjectName(f"own{kind}{row}")
                combo.currentIndexChanged.connect(self._changed)
            editors: list[QWidget] = [own_results, own_behaviour]
        else:
            own_score = QDoubleSpinBox(parent)
            own_score.setObjectName(f"ownScore{row}")
            own_score.setLocale(locale())
            own_score.setDecimals(2)
            own_score.setRange(-1, 120)
            own_score.setSpecialValueText(self.tr("(sama)"))
            own_score.setAccessibleName(self.tr("Nilai sendiri {0}").format(name))
            own_score.valueChanged.connect(self._changed)
            editors = [own_score]
        note = QLineEdit(parent)
        note.setObjectName(f"evaluatorNote{row}")
        note.setMaxLength(MAX_NOTE)
        note.setAccessibleName(self.tr("Catatan {0}").format(name))
        note.textChanged.connect(self._changed)
        for column, widget in enumerate([check, chair, *editors, note]):
            grid.addWidget(widget, row, column)
        entry = EvaluatorRow(signatory_id, check, chair, own_score, own_results, own_behaviour,
                             note)
        check.toggled.connect(lambda checked, e=entry: self._checked(e, checked))
        chair.toggled.connect(self._changed)
        return entry

    def initializePage(self) -> None:  # noqa: N802
        self._loading = True
        chosen = {e.signatory_id: e for e in self.content.evaluators}
        self._set_chair(None)
        for entry in self.rows:
            e = chosen.get(entry.signatory_id)
            entry.check.setChecked(e is not None)
            if e is not None and e.chair:
                entry.chair.setChecked(True)
            if entry.own_score is not None:
                entry.own_score.setValue(float(e.own_score) if e and e.own_score is not None
                                         else -1)
            for combo, value in ((entry.own_results, e.own_results_rating if e else None),
                                 (entry.own_behaviour, e.own_behaviour_rating if e else None)):
                if combo is not None:
                    combo.setCurrentIndex(max(combo.findData(value), 0))
            entry.note.setText(e.note if e else "")
            self._enable(entry)
        self.consolidation_combo.setCurrentIndex(
            max(self.consolidation_combo.findData(self.content.consolidation), 0))
        self.recommendation_combo.setCurrentIndex(
            max(self.recommendation_combo.findData(self.content.recommendation), 0))
        self.notes_edit.setPlainText(self.content.notes)
        self._loading = False
        self._changed()

    def _set_chair(self, entry: EvaluatorRow | None) -> None:
        if entry is not None:
            entry.chair.setChecked(True)
            return
        self.chair_group.setExclusive(False)
        for row in self.rows:
            row.chair.setChecked(False)
        self.chair_group.setExclusive(True)

    def _enable(self, entry: EvaluatorRow) -> None:
        on = entry.check.isChecked()
        for widget in (entry.chair, entry.own_score, entry.own_results, entry.own_behaviour,
                       entry.note):
            if widget is not None:
                widget.setEnabled(on)
        if entry.own_results is not None and self.content.organisation_result:
            # The organisation's result binds every evaluator's rating hasil kerja.
            entry.own_results.setEnabled(False)
            entry.own_results.setToolTip(domain_word(ORGANISATION_RULE))

    def _checked(self, entry: EvaluatorRow, checked: bool) -> None:
        self._enable(entry)
        if not self._loading:
            others = [r for r in self.rows if r.check.isChecked() and r is not entry]
            if checked and not any(r.chair.isChecked() for r in others):
                self._set_chair(entry)  # the first one chosen chairs until told otherwise
            elif not checked and entry.chair.isChecked():
                self._set_chair(others[0] if others else None)
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        old = {e.signatory_id: e for e in self.content.evaluators}
        known = {r.signatory_id for r in self.rows}
        self.content.evaluators = [r.assessment() for r in self.rows if r.check.isChecked()] + [
            e for e in old.values() if e.signatory_id not in known]
        self.content.consolidation = self.consolidation_combo.currentData()
        self.content.recommendation = self.recommendation_combo.currentData()
        self.content.notes = self.notes_edit.toPlainText().strip()
        self.refresh()

    def refresh(self) -> None:
        result, problem = self.owner.preview()
        if result is None:
            self.result_label.setText(escape(self.tr("Nilai belum dapat dihitung: {0}")
                                             .format(problem)))
        else:
            names: dict[int | None, str] = dict(self.owner.evaluator_choices())
            predicate = escape(domain_word(result.predicate))
            shown = f"<b>{predicate}</b>" if result.score is None else \
                f"<b>{score_text(result.score)}</b> ({predicate})"
            lines = [shown]
            for e in result.evaluators:
                own = domain_word(e.predicate)
                value = own if e.score is None else f"{score_text(e.score)} ({own})"
                lines.append(escape(f"{names.get(e.signatory_id, '?')}: {value}"))
            self.result_label.setText("<br>".join(lines))
        super().refresh()

    def problems_found(self) -> list[Problem]:
        found = [p for p in rules.validate(self.content, self.owner.record.program_start,
                                           final=False)
                 if p.field in ("penilai", "rekomendasi", "konsolidasi")
                 or (p.field == "catatan" and p.row is None)]
        # What finalising will ask for, shown now as a reminder.
        final = rules.validate(self.content, self.owner.record.program_start, final=True)
        reminders = [Problem(p.field, self.tr("Sebelum difinalkan: {0}").format(p.message),
                             "warning") for p in final
                     if p.field in ("penilai", "rekomendasi")
                     and all(p.message != f.message for f in found)]
        return found + reminders


# 6. Finish -----------------------------------------------------------------------------------
