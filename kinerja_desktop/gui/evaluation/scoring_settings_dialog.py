"""Settings of the scoring schemes: the 100-day scheme's cap and predicate bands, how a score
meets a band's edge, PP 46/2011's shares, PP 30/2019's share and how several evaluators'
views are consolidated. The regulations' own bands (PP 46/2011, PP 30/2019) are not settings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout)

from kinerja_desktop.domain.scoring import (BAND_EDGES, CONSOLIDATION_RULES, Band,
                                            ScoringSettings, validate_settings)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.formatting import locale
from kinerja_desktop.gui.shared.widgets import HINT_COLOUR, ProblemLabel
from kinerja_desktop.services.evaluations import EvaluationService

PP30_SHARES = (Decimal("0.7"), Decimal("0.6"))


def _spin(parent, low: float, high: float, suffix: str = "", decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setLocale(locale())
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


def _hint(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR}")
    return label


class ScoringSettingsDialog(QDialog):
    """Edit ScoringSettings; OK saves through the service (audited), Reset restores defaults."""

    def __init__(self, service: EvaluationService, parent=None):
        super().__init__(parent)
        self.setObjectName("scoringSettingsDialog")
        self.setWindowTitle(self.tr("Pengaturan penilaian"))
        self.service = service

        # The 100-day scheme (the app's own: the bands follow PP 30/2019 Pasal 41's ranges).
        weighted = QGroupBox(self.tr("Skema capaian tertimbang 100 hari (skala 0–120)"), self)
        self.cap_spin = _spin(weighted, 100, 200, " %", 0)
        self.cap_spin.setObjectName("capSpin")
        weighted_form = QFormLayout()
        weighted_form.addRow(self.tr("&Batas capaian per target:"), self.cap_spin)
        band_grid = QGridLayout()
        band_grid.addWidget(QLabel(self.tr("<b>Predikat</b>"), weighted), 0, 0)
        band_grid.addWidget(QLabel(self.tr("<b>Mulai nilai</b>"), weighted), 0, 1)
        self.band_edits: list[tuple[QLineEdit, QDoubleSpinBox]] = []
        for row in range(len(ScoringSettings().bands)):
            label = QLineEdit(weighted)
            label.setObjectName(f"bandLabel{row}")
            minimum = _spin(weighted, 0, 120, decimals=2)
            minimum.setMinimumWidth(minimum.fontMetrics().horizontalAdvance("000,00") + 48)
            minimum.setObjectName(f"bandMinimum{row}")
            band_grid.addWidget(label, row + 1, 0)
            band_grid.addWidget(minimum, row + 1, 1)
            self.band_edits.append((label, minimum))
        weighted_layout = QVBoxLayout(weighted)
        weighted_layout.addLayout(weighted_form)
        weighted_layout.addLayout(band_grid)

        # How a score meets a band's lower edge, in every scheme with a score.
        self.band_edge_combo = QComboBox(self)
        self.band_edge_combo.setObjectName("bandEdgeCombo")
        for code, text in BAND_EDGES.items():
            self.band_edge_combo.addItem(domain_word(text), code)

        pp46 = QGroupBox(self.tr("PP 46/2011 (Pasal 20: nilai prestasi kerja)"), self)
        self.target_share_spin = _spin(pp46, 0, 100, " %", 0)
        self.target_share_spin.setObjectName("targetShareSpin")
        self.behaviour_share_label = QLabel(pp46)
        self.behaviour_share_label.setObjectName("behaviourShareLabel")
        pp46_form = QFormLayout(pp46)
        pp46_form.addRow(self.tr("Bagian nilai capaian &SKP:"), self.target_share_spin)
        pp46_form.addRow(self.tr("Bagian nilai perilaku kerja:"), self.behaviour_share_label)

        pp30 = QGroupBox(self.tr("PP 30/2019 (Pasal 41: nilai kinerja)"), self)
        self.pp30_share_combo = QComboBox(pp30)
        self.pp30_share_combo.setObjectName("pp30ShareCombo")
        self.pp30_share_combo.addItem(self.tr("70% SKP + 30% perilaku kerja"), PP30_SHARES[0])
        self.pp30_share_combo.addItem(self.tr("60% SKP + 40% perilaku kerja"), PP30_SHARES[1])
        pp30_help = self.tr(
            "PP 30/2019 Pasal 41 ayat (2)–(4): nilai kinerja terdiri atas 70% SKP dan 30% "
            "perilaku kerja; bila penilaian perilaku kerja memakai pendapat rekan kerja "
            "setingkat dan/atau bawahan, bobotnya 60% SKP dan 40% perilaku kerja.")
        self.pp30_share_combo.setToolTip(pp30_help)
        self.pp30_help = _hint(pp30_help, pp30)
        self.pp30_help.setObjectName("pp30ShareHelp")
        pp30_form = QFormLayout(pp30)
        pp30_form.addRow(self.tr("&Bobot nilai kinerja:"), self.pp30_share_combo)
        pp30_form.addRow(self.pp30_help)

        self.consolidation_combo = QComboBox(self)
        self.consolidation_combo.setObjectName("consolidationCombo")
        for code, text in CONSOLIDATION_RULES.items():
            self.consolidation_combo.addItem(domain_word(text), code)
        form = QFormLayout()
        form.addRow(self.tr("Batas &predikat:"), self.band_edge_combo)
        form.addRow(self.tr("&Hasil beberapa penilai:"), self.consolidation_combo)

        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(ScoringSettings()))
        layout = QVBoxLayout(self)
        layout.addWidget(weighted)
        layout.addLayout(form)
        layout.addWidget(pp46)
        layout.addWidget(pp30)
        layout.addWidget(_hint(self.tr("Predikat PP 46/2011 (Perka BKN 1/2013) dan PP 30/2019 "
                                       "(Pasal 41) mengikuti peraturannya dan tidak diubah "
                                       "di sini."), self))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.show_settings(service.settings())
        for spin in (self.cap_spin, self.target_share_spin):
            spin.valueChanged.connect(self.validate)
        for combo in (self.band_edge_combo, self.pp30_share_combo, self.consolidation_combo):
            combo.currentIndexChanged.connect(self.validate)
        for label, minimum in self.band_edits:
            label.textChanged.connect(self.validate)
            minimum.valueChanged.connect(self.validate)
        self.validate()

    def show_settings(self, s: ScoringSettings) -> None:
        self.cap_spin.setValue(float(s.cap * 100))
        self.target_share_spin.setValue(float(s.target_share * 100))
        self.band_edge_combo.setCurrentIndex(max(self.band_edge_combo.findData(s.band_edge), 0))
        self.pp30_share_combo.setCurrentIndex(
            PP30_SHARES.index(s.pp30_target_share) if s.pp30_target_share in PP30_SHARES
            else 0)
        self.consolidation_combo.setCurrentIndex(
            max(self.consolidation_combo.findData(s.consolidation), 0))
        # One row per band: only this dialog saves bands, always as many as the defaults.
        bands = list(s.bands) + list(ScoringSettings().bands[len(s.bands):])
        for (label, minimum), band in zip(self.band_edits, bands, strict=False):
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
            band_edge=self.band_edge_combo.currentData(),
            target_share=target_share, behaviour_share=1 - target_share,
            pp30_target_share=self.pp30_share_combo.currentData(),
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
