"""The evaluation wizard's behaviour page: the seven BerAKHLAK values, scored 0–100 or rated
under PermenPANRB 6/2022, with their guidance."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget)

from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.domain.scoring import BERAKHLAK, RATINGS
from kinerja_desktop.errors import Problem, ValidationError
from kinerja_desktop.gui.evaluation.evaluation_pages import (PERMENPANRB, PP46, WEIGHTED,
                                                             EvaluationPage, hint_label, number,
                                                             score_text)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import locale

if TYPE_CHECKING:
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard


class BehaviourPage(EvaluationPage):
    step = "perilaku"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("behaviourPage")
        self.setTitle(self.tr("Perilaku kerja (BerAKHLAK)"))
        scheme = owner.record.scheme
        self.ratings_scheme = scheme == PERMENPANRB
        if scheme == WEIGHTED:
            self.setSubTitle(self.tr("Nilai tiap nilai dasar 0–100. Di skema capaian tertimbang "
                                     "perilaku dicatat, tetapi tidak masuk nilai."))
        elif scheme == PP46:
            self.setSubTitle(self.tr("Nilai tiap nilai dasar 0–100; rata-ratanya menjadi {0}% "
                                     "prestasi kerja.").format(
                format_number(owner.settings.behaviour_share * 100)))
        else:
            self.setSubTitle(self.tr("Rating tiap nilai dasar, lalu rating hasil kerja dan "
                                     "rating perilaku kerja; predikat dibaca dari matriks."))
        self.score_spins: dict[str, QDoubleSpinBox] = {}
        self.rating_combos: dict[str, QComboBox] = {}
        inner = QWidget(self)
        grid = QGridLayout(inner)
        for row, (key, (name, guidance)) in enumerate(BERAKHLAK.items()):
            title = QLabel(f"<b>{escape(domain_word(name))}</b>", inner)
            text = hint_label(domain_word(guidance), inner)
            editor: QComboBox | QDoubleSpinBox
            if self.ratings_scheme:
                editor = QComboBox(inner)
                editor.addItem(self.tr("(belum dipilih)"), None)
                for code, rating in RATINGS.items():
                    editor.addItem(domain_word(rating), code)
                editor.currentIndexChanged.connect(self._changed)
                self.rating_combos[key] = editor
            else:
                editor = QDoubleSpinBox(inner)
                editor.setLocale(locale())
                editor.setDecimals(1)
                editor.setRange(-1, 100)
                editor.setSpecialValueText(self.tr("(belum diisi)"))
                editor.valueChanged.connect(self._changed)
                self.score_spins[key] = editor
            editor.setObjectName(f"behaviour_{key}")
            editor.setAccessibleName(name)
            title.setBuddy(editor)
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(editor, row * 2, 1)
            grid.addWidget(text, row * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.results_combo = self.behaviour_combo = None
        if self.ratings_scheme:
            box = QGroupBox(self.tr("Rating keseluruhan"), self)
            form = QFormLayout(box)
            self.results_combo, self.results_hint = self._overall_combo(box, "resultsRating")
            self.behaviour_combo, self.behaviour_hint = self._overall_combo(box,
                                                                            "behaviourRating")
            form.addRow(self.tr("Rating &hasil kerja:"), self._with_hint(
                box, self.results_combo, self.results_hint))
            form.addRow(self.tr("Rating &perilaku kerja:"), self._with_hint(
                box, self.behaviour_combo, self.behaviour_hint))
            self.results_combo.activated.connect(self._results_chosen)
            self.behaviour_combo.activated.connect(self._behaviour_chosen)
            layout.addWidget(box)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("behaviourResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems)

    def _overall_combo(self, parent: QWidget, name: str) -> tuple[QComboBox, QLabel]:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        for code, rating in RATINGS.items():
            combo.addItem(domain_word(rating), code)
        hint = hint_label("", parent)
        hint.setObjectName(name + "Hint")
        return combo, hint

    @staticmethod
    def _with_hint(parent: QWidget, combo: QComboBox, hint: QLabel) -> QWidget:
        field = QWidget(parent)
        row = QHBoxLayout(field)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo)
        row.addWidget(hint, 1)
        field.setFocusProxy(combo)
        return field

    def initializePage(self) -> None:  # noqa: N802
        self._loading = True
        behaviour = self.content.behaviour
        for key, spin in self.score_spins.items():
            value = behaviour.get(key)
            spin.setValue(float(value) if value not in (None, "") else -1)
        for key, combo in self.rating_combos.items():
            found = combo.findData(behaviour.get(key))
            combo.setCurrentIndex(max(found, 0))
        self._loading = False
        self.refresh()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        behaviour = self.content.behaviour
        for key, spin in self.score_spins.items():
            if spin.value() < 0:
                behaviour.pop(key, None)
            else:
                behaviour[key] = score_text(spin.value())
        for key, combo in self.rating_combos.items():
            if combo.currentData() is None:
                behaviour.pop(key, None)
            else:
                behaviour[key] = combo.currentData()
        self.refresh()

    def _results_chosen(self, _index: int) -> None:
        assert self.results_combo is not None  # connected only to the combo once made
        self.content.results_rating = self.results_combo.currentData()
        self.refresh()

    def _behaviour_chosen(self, _index: int) -> None:
        assert self.behaviour_combo is not None  # connected only to the combo once made
        self.content.behaviour_rating = self.behaviour_combo.currentData()
        self.refresh()

    def suggestions(self) -> tuple[str, str]:
        settings = self.owner.settings
        score = scoring.weighted_score([t.as_result() for t in self.content.targets], settings)
        return (scoring.suggested_results_rating(score, settings),
                scoring.suggested_behaviour_rating(dict(self.content.behaviour)))

    def refresh(self) -> None:
        # The overall combos exist in the ratings scheme only.
        if self.results_combo is not None and self.behaviour_combo is not None:
            # A rating not chosen follows the suggestion (stored as "not chosen", so a later
            # change of the figures moves it too).
            results, conduct = self.suggestions()
            for combo, hint, chosen, suggested in (
                    (self.results_combo, self.results_hint, self.content.results_rating,
                     results),
                    (self.behaviour_combo, self.behaviour_hint, self.content.behaviour_rating,
                     conduct)):
                combo.setCurrentIndex(combo.findData(chosen or suggested))
                advice = domain_word(RATINGS[suggested])
                hint.setText(self.tr("saran: {0}").format(advice) if chosen is None
                             or chosen == suggested else
                             self.tr("dipilih penilai (saran: {0})").format(advice))
        self.result_label.setText(self._result_text())
        super().refresh()

    def _result_text(self) -> str:
        result, problem = self.owner.preview()
        if result is None:
            return escape(problem)
        computed = result.computed
        if self.content.scheme == WEIGHTED:
            if not self.content.behaviour:
                return self.tr("Perilaku belum diisi; tidak memengaruhi nilai.")
            try:
                value = scoring.behaviour_score({k: Decimal(v)
                                                 for k, v in self.content.behaviour.items()})
            except ValidationError:
                return self.tr("Nilai perilaku dicatat; tidak masuk nilai.")
            return self.tr("Nilai perilaku: <b>{0}</b> (dicatat; tidak masuk nilai).").format(
                number(value))
        if self.content.scheme == PP46:
            s = self.owner.settings
            return self.tr("Nilai perilaku: <b>{0}</b> · Prestasi kerja = {1}% × {2} + {3}% × "
                           "{0} = <b>{4}</b> ({5})").format(
                number(computed.behaviour_score), format_number(s.target_share * 100),
                number(computed.target_score), format_number(s.behaviour_share * 100),
                number(computed.score), domain_word(computed.predicate))
        return self.tr("Predikat (matriks): <b>{0}</b>").format(
            escape(domain_word(computed.predicate)))

    def problems_found(self) -> list[Problem]:
        return self.draft_problems(("perilaku", "rating"))


# 4. Summary ----------------------------------------------------------------------------------
