"""The evaluation wizard's behaviour page: what the program's scheme calls perilaku kerja
(behaviour_aspects.aspects_for): PP 46/2011's six aspects scored 0–100, PP 30/2019's five
scored 0–120, PermenPANRB 6/2022's seven BerAKHLAK values rated with the SE's words; the
100-day scheme scores no behaviour. Nothing is suggested: the regulations give no rule for a
suggestion, so every rating is the evaluator's (or, for the results rating, the organisation's
result set by the superior)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QLabel, QLineEdit, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain import scoring_matrix, scoring_perka, scoring_pp30
from kinerja_desktop.domain.behaviour_aspects import CORE_VALUES, aspects_for
from kinerja_desktop.domain.evaluations import MAX_NOTE
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP30, PP46
from kinerja_desktop.domain.scoring import RATINGS
from kinerja_desktop.errors import Problem, ValidationError
from kinerja_desktop.gui.evaluation.evaluation_pages import (EvaluationPage, hint_label,
                                                             percent, score_text, spin_text)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import locale

if TYPE_CHECKING:
    from kinerja_desktop.gui.evaluation.evaluation_wizard import EvaluationWizard

NOT_CHOSEN = None


class BehaviourPage(EvaluationPage):
    step = "perilaku"

    def __init__(self, owner: EvaluationWizard):
        super().__init__(owner)
        self.setObjectName("behaviourPage")
        scheme = owner.record.scheme
        self.scheme = scheme
        self.items = aspects_for(scheme)
        self.ratings_scheme = scheme == MATRIX_2022
        self.top = 120 if scheme == PP30 else 100
        settings = owner.settings
        if scheme == PP46:
            self.setTitle(self.tr("Perilaku kerja (PP 46/2011)"))
            self.setSubTitle(self.tr("Nilai tiap aspek 0–100 (PP 46/2011 Pasal 12); rata-ratanya "
                                     "menjadi {0}% nilai prestasi kerja.").format(
                percent(settings.behaviour_share)))
        elif scheme == PP30:
            self.setTitle(self.tr("Perilaku kerja (PP 30/2019)"))
            self.setSubTitle(self.tr("Nilai tiap aspek 0–120 (PP 30/2019 Pasal 37, PermenPANRB "
                                     "8/2021); rata-ratanya menjadi {0}% nilai kinerja.").format(
                percent(1 - settings.pp30_target_share)))
        elif scheme == MATRIX_2022:
            self.setTitle(self.tr("Perilaku kerja (BerAKHLAK)"))
            self.setSubTitle(self.tr("Pilih rating tiap nilai dasar menurut panduan perilaku SE "
                                     "MenPANRB 20/2021, lalu rating hasil kerja dan rating "
                                     "perilaku kerja; predikat dibaca dari matriks PermenPANRB "
                                     "6/2022."))
        else:
            self.setTitle(self.tr("Perilaku kerja"))
            self.setSubTitle(self.tr("Skema capaian tertimbang 100 hari tidak menilai perilaku "
                                     "kerja."))
        self.score_spins: dict[str, QDoubleSpinBox] = {}
        self.rating_combos: dict[str, QComboBox] = {}
        self.expectation_edits: dict[str, QLineEdit] = {}
        self.results_combo: QComboBox | None = None
        self.behaviour_combo: QComboBox | None = None
        self.organisation_combo: QComboBox | None = None
        self.additional_spin: QSpinBox | None = None
        self.creativity_combo: QComboBox | None = None
        self.new_idea_check: QCheckBox | None = None
        self.results_hint = hint_label("", self)
        self.results_hint.setObjectName("resultsRatingHint")
        self.results_hint.hide()

        layout = QVBoxLayout(self)
        if not self.items:
            note = hint_label(self.tr("Program 100 hari dinilai dari capaian targetnya saja; "
                                      "tidak ada yang perlu diisi di halaman ini."), self)
            note.setObjectName("noBehaviourNote")
            layout.addWidget(note)
            layout.addStretch(1)
        else:
            layout.addWidget(self._items_area(), 1)
        if scheme == PP46:
            layout.addWidget(self._perka_box())
        elif scheme == PP30:
            self.new_idea_check = QCheckBox(self.tr(
                "Menciptakan &ide baru dan/atau cara baru yang bermanfaat bagi organisasi atau "
                "negara (syarat Sangat Baik, PP 30/2019 Pasal 41)"), self)
            self.new_idea_check.setObjectName("newIdeaCheck")
            self.new_idea_check.toggled.connect(self._changed)
            layout.addWidget(self.new_idea_check)
        elif scheme == MATRIX_2022:
            layout.addWidget(self._overall_box())
        self.result_label = QLabel(self)
        self.result_label.setObjectName("behaviourResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems)

    # Building ---------------------------------------------------------------------------------
    def _items_area(self) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        row = 0
        for key, name in self.items.items():
            title = QLabel(f"<b>{escape(domain_word(name))}</b>", inner)
            editor: QComboBox | QDoubleSpinBox
            if self.ratings_scheme:
                editor = QComboBox(inner)
                editor.addItem(self.tr("(belum dipilih)"), NOT_CHOSEN)
                for code, rating in RATINGS.items():
                    editor.addItem(domain_word(rating), code)
                editor.currentIndexChanged.connect(self._changed)
                self.rating_combos[key] = editor
            else:
                editor = QDoubleSpinBox(inner)
                editor.setLocale(locale())
                editor.setDecimals(2)
                editor.setRange(-1, self.top)
                editor.setSpecialValueText(self.tr("(belum diisi)"))
                editor.setToolTip(self.tr("0 sampai {0}").format(self.top))
                editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance(
                    self.tr("(belum diisi)")) + 48)
                editor.valueChanged.connect(self._changed)
                self.score_spins[key] = editor
            editor.setObjectName(f"behaviour_{key}")
            editor.setAccessibleName(name)
            title.setBuddy(editor)
            grid.addWidget(title, row, 0)
            grid.addWidget(editor, row, 1)
            row += 1
            value = CORE_VALUES.get(key) if self.ratings_scheme else None
            if value is not None:
                # SE MenPANRB 20/2021, quoted: the definition and the three behaviours.
                guidance = hint_label(escape(value.guidance), inner)
                guidance.setObjectName(f"guidance_{key}")
                guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                title.setToolTip(value.guidance)
                editor.setToolTip(value.guidance)
                grid.addWidget(guidance, row, 0, 1, 2)
                row += 1
                expectation = QLineEdit(inner)
                expectation.setObjectName(f"expectation_{key}")
                expectation.setMaxLength(MAX_NOTE)
                expectation.setPlaceholderText(self.tr("Ekspektasi khusus pimpinan (boleh "
                                                       "kosong)"))
                expectation.setAccessibleName(self.tr("Ekspektasi khusus pimpinan: {0}").format(
                    name))
                expectation.textChanged.connect(self._changed)
                self.expectation_edits[key] = expectation
                grid.addWidget(expectation, row, 0, 1, 2)
                row += 1
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(row, 1)  # the items at the top, not spread over the page
        scroll = QScrollArea(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _perka_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tugas tambahan dan kreativitas (Perka BKN 1/2013)"), self)
        form = QFormLayout(box)
        self.additional_spin = QSpinBox(box)
        self.additional_spin.setObjectName("additionalTasksSpin")
        self.additional_spin.setRange(0, 99)
        self.additional_spin.setToolTip(self.tr("1–3 kegiatan menambah 1, 4–6 menambah 2, 7 atau "
                                                "lebih menambah 3 pada nilai capaian SKP."))
        self.additional_spin.valueChanged.connect(self._changed)
        self.creativity_combo = QComboBox(box)
        self.creativity_combo.setObjectName("creativityCombo")
        for code, (text, value) in scoring_perka.CREATIVITY.items():
            shown = domain_word(text)
            if value:
                shown += self.tr(" (+{0})").format(value)
            self.creativity_combo.addItem(shown, code)
        self.creativity_combo.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("&Tugas tambahan (jumlah kegiatan):"), self.additional_spin)
        form.addRow(self.tr("&Kreativitas:"), self.creativity_combo)
        return box

    def _overall_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rating keseluruhan (dipilih penilai)"), self)
        form = QFormLayout(box)
        self.organisation_combo = QComboBox(box)
        self.organisation_combo.setObjectName("organisationCombo")
        self.organisation_combo.addItem(self.tr("(belum ditetapkan)"), NOT_CHOSEN)
        for code, text in scoring_matrix.ORGANISATION_RESULTS.items():
            self.organisation_combo.addItem(domain_word(text), code)
        self.organisation_combo.setToolTip(domain_word(scoring_matrix.ORGANISATION_RULE))
        self.results_combo = self._rating_combo(box, "resultsRating")
        self.behaviour_combo = self._rating_combo(box, "behaviourRating")
        self.results_hint.setParent(box)
        form.addRow(self.tr("Capaian kinerja &organisasi (ditetapkan atasan):"),
                    self.organisation_combo)
        form.addRow(self.tr("Rating &hasil kerja:"), self.results_combo)
        form.addRow("", self.results_hint)
        form.addRow(self.tr("Rating &perilaku kerja:"), self.behaviour_combo)
        self.organisation_combo.currentIndexChanged.connect(self._organisation_chosen)
        self.results_combo.currentIndexChanged.connect(self._results_chosen)
        self.behaviour_combo.currentIndexChanged.connect(self._behaviour_chosen)
        return box

    def _rating_combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.addItem(self.tr("(belum dipilih)"), NOT_CHOSEN)
        for code, rating in RATINGS.items():
            combo.addItem(domain_word(rating), code)
        return combo

    # Loading and editing ----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self._loading = True
        content = self.content
        for key, spin in self.score_spins.items():
            value = content.behaviour.get(key)
            try:
                spin.setValue(float(value) if value not in (None, "") else -1)
            except ValueError:
                spin.setValue(-1)
        for key, combo in self.rating_combos.items():
            combo.setCurrentIndex(max(combo.findData(content.behaviour.get(key)), 0))
        for key, edit in self.expectation_edits.items():
            edit.setText(content.expectations.get(key, ""))
        if self.additional_spin is not None:
            self.additional_spin.setValue(content.additional_tasks)
        if self.creativity_combo is not None:
            self.creativity_combo.setCurrentIndex(
                max(self.creativity_combo.findData(content.creativity), 0))
        if self.new_idea_check is not None:
            self.new_idea_check.setChecked(content.new_idea)
        chosen: list[tuple[QComboBox | None, str | None]] = [
            (self.organisation_combo, content.organisation_result),
            (self.results_combo, content.results_rating),
            (self.behaviour_combo, content.behaviour_rating)]
        for overall, value in chosen:
            if overall is not None:
                overall.setCurrentIndex(max(overall.findData(value), 0))
        self._loading = False
        self._lock_results()
        self.refresh()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        content = self.content
        for key, spin in self.score_spins.items():
            if spin.value() < 0:
                content.behaviour.pop(key, None)
            else:
                content.behaviour[key] = spin_text(spin.value())
        for key, combo in self.rating_combos.items():
            if combo.currentData() is None:
                content.behaviour.pop(key, None)
            else:
                content.behaviour[key] = combo.currentData()
        for key, edit in self.expectation_edits.items():
            text = edit.text().strip()
            if text:
                content.expectations[key] = text
            else:
                content.expectations.pop(key, None)
        if self.additional_spin is not None:
            content.additional_tasks = self.additional_spin.value()
        if self.creativity_combo is not None:
            content.creativity = self.creativity_combo.currentData() or ""
        if self.new_idea_check is not None:
            content.new_idea = self.new_idea_check.isChecked()
        self.refresh()

    def _organisation_chosen(self, _index: int) -> None:
        if self._loading or self.organisation_combo is None:
            return
        self.content.organisation_result = self.organisation_combo.currentData()
        self._lock_results()
        self.refresh()

    def _lock_results(self) -> None:
        """An organisation's result set by the superior is its head's rating hasil kerja
        (PermenPANRB 6/2022): the combo shows it and cannot be changed, and says why."""
        if self.results_combo is None:
            return
        organisation = self.content.organisation_result
        derived = scoring_matrix.RESULT_TO_RATING.get(organisation or "")
        if derived is not None:
            self.content.results_rating = derived
            loading = self._loading
            self._loading = True
            self.results_combo.setCurrentIndex(self.results_combo.findData(derived))
            self._loading = loading
            self.results_hint.setText(domain_word(scoring_matrix.ORGANISATION_RULE))
        self.results_combo.setEnabled(derived is None)
        self.results_combo.setToolTip(domain_word(scoring_matrix.ORGANISATION_RULE)
                                      if derived is not None else "")
        self.results_hint.setVisible(derived is not None)

    def _results_chosen(self, _index: int) -> None:
        if self._loading or self.results_combo is None:
            return
        self.content.results_rating = self.results_combo.currentData()
        self.refresh()

    def _behaviour_chosen(self, _index: int) -> None:
        if self._loading or self.behaviour_combo is None:
            return
        self.content.behaviour_rating = self.behaviour_combo.currentData()
        self.refresh()

    # Showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.result_label.setText(self._result_text())
        super().refresh()

    def behaviour_value(self) -> str | None:
        """The behaviour score once every aspect is filled in (two decimals), else None."""
        try:
            if self.scheme == PP46:
                return score_text(scoring_perka.behaviour_score(self.content.inputs().behaviour))
            if self.scheme == PP30:
                return score_text(scoring_pp30.behaviour_score(self.content.inputs().behaviour))
        except ValidationError:
            return None
        return None

    def _result_text(self) -> str:
        if not self.items:
            return ""
        result, problem = self.owner.preview()
        if self.scheme in (PP46, PP30):
            behaviour = self.behaviour_value()
            lines = [self.tr("Nilai perilaku kerja: <b>{0}</b>").format(behaviour)
                     if behaviour is not None else
                     escape(self.tr("Nilai perilaku kerja: belum semua aspek diisi."))]
            name = self.tr("Nilai prestasi kerja") if self.scheme == PP46 else \
                self.tr("Nilai kinerja")
            if result is not None:
                lines.append(self.tr("{0}: <b>{1}</b> ({2})").format(
                    escape(name), score_text(result.computed.score),
                    escape(domain_word(result.computed.predicate))))
            else:
                lines.append(escape(self.tr("{0} belum dapat dihitung: {1}").format(
                    name, problem)))
            return "<br>".join(lines)
        if result is None:
            return escape(self.tr("Predikat belum dapat dibaca: {0}").format(problem))
        return self.tr("Predikat (matriks): <b>{0}</b>").format(
            escape(domain_word(result.computed.predicate)))

    def problems_found(self) -> list[Problem]:
        return self.draft_problems(("perilaku", "rating", "ekspektasi", "capaian_organisasi",
                                    "kreativitas", "tugas_tambahan"))
