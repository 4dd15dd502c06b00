"""Settings of the scoring schemes: achievement cap, predicate bands, PP 46 shares,
expectation limits and how several evaluators' views are consolidated."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout)

from kinerja_desktop.domain.scoring import (CONSOLIDATION_RULES, Band, ScoringSettings,
                                            validate_settings)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.formatting import locale
from kinerja_desktop.gui.shared.widgets import ProblemLabel
from kinerja_desktop.services.evaluations import EvaluationService


def _spin(parent, low: float, high: float, suffix: str = "", decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setLocale(locale())
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


class ScoringSettingsDialog(QDialog):
    """Edit ScoringSettings; OK saves through the service (audited), Reset restores defaults."""

    def __init__(self, service: EvaluationService, parent=None):
        super().__init__(parent)
        self.setObjectName("scoringSettingsDialog")
        self.setWindowTitle(self.tr("Pengaturan penilaian"))
        self.service = service

        self.cap_spin = _spin(self, 100, 200, " %", 0)
        self.cap_spin.setObjectName("capSpin")
        self.target_share_spin = _spin(self, 0, 100, " %", 0)
        self.target_share_spin.setObjectName("targetShareSpin")
        self.behaviour_share_label = QLabel(self)
        self.above_spin = _spin(self, 0, 200)
        self.above_spin.setObjectName("aboveSpin")
        self.meets_spin = _spin(self, 0, 200)
        self.meets_spin.setObjectName("meetsSpin")
        self.consolidation_combo = QComboBox(self)
        self.consolidation_combo.setObjectName("consolidationCombo")
        for code, text in CONSOLIDATION_RULES.items():
            self.consolidation_combo.addItem(domain_word(text), code)

        form = QFormLayout()
        form.addRow(self.tr("&Batas capaian per target:"), self.cap_spin)
        form.addRow(self.tr("PP 46/2011: bagian &SKP:"), self.target_share_spin)
        form.addRow(self.tr("PP 46/2011: bagian perilaku:"), self.behaviour_share_label)
        form.addRow(self.tr("Saran rating \"di &atas ekspektasi\" mulai nilai:"), self.above_spin)
        form.addRow(self.tr("Saran rating \"&sesuai ekspektasi\" mulai nilai:"), self.meets_spin)
        form.addRow(self.tr("&Hasil beberapa penilai:"), self.consolidation_combo)

        bands = QGroupBox(self.tr("Predikat (nilai dibulatkan satu desimal, lalu dibandingkan "
                                  "dengan batas bawah)"), self)
        grid = QGridLayout(bands)
        grid.addWidget(QLabel(self.tr("<b>Predikat</b>"), bands), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Mulai nilai</b>"), bands), 0, 1)
        self.band_edits: list[tuple[QLineEdit, QDoubleSpinBox]] = []
        for row in range(len(ScoringSettings().bands)):
            label = QLineEdit(bands)
            label.setObjectName(f"bandLabel{row}")
            minimum = _spin(bands, 0, 200)
            minimum.setObjectName(f"bandMinimum{row}")
            grid.addWidget(label, row + 1, 0)
            grid.addWidget(minimum, row + 1, 1)
            self.band_edits.append((label, minimum))

        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(ScoringSettings()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(bands)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.show_settings(service.settings())
        for spin in (self.cap_spin, self.target_share_spin, self.above_spin, self.meets_spin):
            spin.valueChanged.connect(self.validate)
        for label, minimum in self.band_edits:
            label.textChanged.connect(self.validate)
            minimum.valueChanged.connect(self.validate)
        self.validate()

    def show_settings(self, s: ScoringSettings) -> None:
        self.cap_spin.setValue(float(s.cap * 100))
        self.target_share_spin.setValue(float(s.target_share * 100))
        self.above_spin.setValue(float(s.above_expectation))
        self.meets_spin.setValue(float(s.meets_expectation))
        self.consolidation_combo.setCurrentIndex(self.consolidation_combo.findData(s.consolidation))
        # One row per band: only this dialog saves bands, always as many as the defaults.
        for (label, minimum), band in zip(self.band_edits, s.bands, strict=True):
            label.setText(band.label)
            minimum.setValue(float(band.minimum))

    def settings(self) -> ScoringSettings:
        def dec(spin: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(spin.value(), spin.decimals())))
        target_share = dec(self.target_share_spin) / 100
        return ScoringSettings(
            cap=dec(self.cap_spin) / 100,
            bands=tuple(Band(dec(minimum), " ".join(label.text().split()))
                        for label, minimum in self.band_edits),
            target_share=target_share, behaviour_share=1 - target_share,
            above_expectation=dec(self.above_spin), meets_expectation=dec(self.meets_spin),
            consolidation=self.consolidation_combo.currentData())

    def validate(self) -> bool:
        s = self.settings()
        self.behaviour_share_label.setText(f"{s.behaviour_share * 100:.0f} %")
        problems = validate_settings(s)
        self.problems.show_problems(problems)
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def accept(self) -> None:
        if not self.validate():
            return
        if attempt(self, lambda: self.service.save_settings(self.settings())):
            super().accept()  # else shown, and the dialog stays open
