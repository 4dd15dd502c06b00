"""The tables of each scheme's evaluation form, from an evaluation's content and result (pure:
what the database adds, each target's indicator and evidence files, comes in as TargetInfo).

Numbers are written as PUEBI asks: a decimal comma, thousands grouped with a dot, "80%" with
no space, "Rp170.395.000". A version 1 evaluation prints the figures it was sealed with (one
decimal, achievement capped), under the same form.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain import puebi, scoring_perka, scoring_pp30, scoring_v1
from kinerja_desktop.domain.achievement import target_text
from kinerja_desktop.domain.behaviour_aspects import CORE_VALUES
from kinerja_desktop.domain.document_parts import Row
from kinerja_desktop.domain.evaluation_document import (HUNDRED_DAY_HEADER, MATRIX_BEHAVIOUR_HEADER,
                                                        MATRIX_HEADER, PERKA_HEADER,
                                                        PERKA_V1_HEADER, PP30_HEADER,
                                                        ScoreParts, Table)
from kinerja_desktop.domain.evaluations import (EvaluationContent, EvaluationResult,
                                                TargetAssessment, behaviour_items,
                                                target_figures)
from kinerja_desktop.domain.programs import format_number, format_score
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP30
from kinerja_desktop.domain.scoring import RATINGS, ScoringSettings, round2
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RESULTS, ORGANISATION_RULE
from kinerja_desktop.errors import ValidationError


@dataclass(frozen=True)
class TargetInfo:
    """What the database knows of a target beyond the evaluation's content."""

    indicator: str = ""  # the target's indicator (indikator kinerja)
    evidence: tuple[str, ...] = ()  # names of the files attached to its progress reports


# Numbers the PUEBI way (domain/puebi.py), with as many decimals as the figure holds -------
def _places(value: Decimal | float | int) -> int:
    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    return min(-exponent, 2) if isinstance(exponent, int) and exponent < 0 else 0


def grouped(value: Decimal | float | int | None) -> str:
    """170395000 -> '170.395.000'; 1234.5 -> '1.234,5' (no needless zeros)."""
    return puebi.number(value, _places(value)) if value is not None else ""


def percent(value: Decimal | float | int | None) -> str:
    """'80%', '66,67%': no space before the sign."""
    return puebi.percent(value, _places(value)) if value is not None else ""


def rupiah(value: Decimal | float | int | None) -> str:
    """'Rp170.395.000' (no space, no ',-')."""
    return puebi.rupiah(value) if value is not None else ""


def quantity(value: Decimal | float | int | str | None, unit: str) -> str:
    """'80%' for a percentage, '5 aplikasi' for anything counted."""
    if value is None or value == "":
        return ""
    text = value if isinstance(value, str) else grouped(value)
    unit = unit.strip()
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}".strip()


def score_text(content: EvaluationContent):
    """Version 1 stored one decimal; version 2 prints two, as Perka BKN 1/2013 does (85,50)."""
    return format_number if content.scheme_version == 1 else format_score


# What every results table shows of a target ----------------------------------------------------
def planned(t: TargetAssessment) -> str:
    if t.measure == "selesai":
        return "selesai"
    return quantity(target_text(t.polarity, t.target_value, t.target_max, grouped), t.unit)


def realised(t: TargetAssessment) -> str:
    if t.realised is None:
        return "-"
    if t.measure == "selesai":
        return "selesai" if t.realised >= 1 else "belum"
    return quantity(t.realised, t.unit)


def evidence_text(names: tuple[str, ...]) -> str:
    """'Bukti dukung (2 berkas):' then each file's name on a line of its own (a long name
    breaks once, not in the middle of the next), or 'Bukti dukung: -'."""
    if not names:
        return "Bukti dukung: -"
    return f"Bukti dukung ({len(names)} berkas):\n" + "\n".join(names)


def realised_with_evidence(t: TargetAssessment, info: TargetInfo) -> str:
    return f"{realised(t)}\n{evidence_text(info.evidence)}"


def _infos(content: EvaluationContent, infos: list[TargetInfo] | None) -> list[TargetInfo]:
    given = list(infos or [])
    return given + [TargetInfo()] * (len(content.targets) - len(given))


EVIDENCE_REMARK = ("Realisasi berdasarkan bukti dukung: realisasi yang dinilai, dengan berkas "
                   "bukti dukung yang dilampirkan pada laporan kemajuan target sampai tanggal "
                   "evaluasi.")
V1_REMARK = ("Dinilai dengan aturan hitung versi 1 (sebelum skema mengikuti rumus "
             "peraturannya); angka dicetak sebagaimana disegel.")


# The 100-day scheme ----------------------------------------------------------------------------


def hundred_day_results(content: EvaluationContent, result: EvaluationResult,
                        settings: ScoringSettings,
                        infos: list[TargetInfo] | None = None) -> Table | None:
    """EVALUASI KINERJA 100 HARI: each target with its indicator, its realisation with the
    evidence it rests on, achievement, points and the evaluators' feedback."""
    if not content.targets:
        return None
    score = score_text(content)
    rows = []
    for number, (t, info) in enumerate(zip(content.targets, _infos(content, infos),
                                           strict=True), start=1):
        achieved, value = target_figures(content, t, settings)
        rows.append((str(number), t.title, info.indicator or "-", percent(t.weight), planned(t),
                     realised_with_evidence(t, info), percent(achieved),
                     score(value) if value is not None else "-", t.feedback or "-"))
    total = sum((t.weight for t in content.targets), Decimal(0))
    final = result.computed.target_score
    footer = (("Jumlah", "", "", percent(total), "", "", "",
               score(final) if final is not None else "-", ""),)
    return Table(HUNDRED_DAY_HEADER, tuple(rows), footer)


# PermenPANRB 6/2022 ----------------------------------------------------------------------------
def matrix_rows(content: EvaluationContent, result: EvaluationResult) -> tuple[Row, ...]:
    """The DOKUMEN EVALUASI KINERJA PEGAWAI's item 4: the organisation's result (when the
    superior set one) and the employee's predicate."""
    rows = []
    if content.organisation_result:
        rows.append(Row("CAPAIAN KINERJA ORGANISASI", ORGANISATION_RESULTS.get(
            content.organisation_result, content.organisation_result)))
    rows.append(Row("PREDIKAT KINERJA PEGAWAI", result.predicate))
    return tuple(rows)


def matrix_results(content: EvaluationContent, result: EvaluationResult,
                   settings: ScoringSettings,
                   infos: list[TargetInfo] | None = None) -> Table | None:
    """EVALUASI KINERJA PEGAWAI, hasil kerja: the lampiran's columns, and under them the rating
    hasil kerja. A version 1 evaluation also shows the weighted figures it was sealed with."""
    rating = result.computed.results_rating
    rating_text = RATINGS.get(rating or "", "-")
    if content.organisation_result and content.scheme_version >= 2:
        rating_text += " (capaian kinerja organisasi)"
    if not content.targets:
        return None
    v1 = content.scheme_version == 1
    header = MATRIX_HEADER[:5] + (("Capaian", "Nilai") if v1 else ()) + MATRIX_HEADER[5:]
    rows = []
    for number, (t, info) in enumerate(zip(content.targets, _infos(content, infos),
                                           strict=True), start=1):
        figures: tuple[str, ...] = ()
        if v1:
            achieved, value = target_figures(content, t, settings)
            figures = (percent(achieved), format_number(value) if value is not None else "-")
        rows.append((str(number), t.title, info.indicator or "-", planned(t),
                     realised_with_evidence(t, info)) + figures + (t.feedback or "-",))
    footer = (("RATING HASIL KERJA",) + ("",) * (len(header) - 2) + (rating_text,),)
    return Table(header, tuple(rows), footer)


def matrix_behaviour(content: EvaluationContent, result: EvaluationResult) -> Table | None:
    """Perilaku kerja: each BerAKHLAK value with its panduan perilaku (SE MenPANRB 20/2021),
    the leader's special expectation (ekspektasi khusus pimpinan) and the rating given, then
    the rating perilaku kerja."""
    items = behaviour_items(content)
    if not items:
        return None
    rows = []
    for number, (key, name) in enumerate(items.items(), start=1):
        value = CORE_VALUES.get(key)
        described = name if value is None else name + "\n" + "; ".join(
            f"{n}) {b}" for n, b in enumerate(value.behaviours, start=1))
        given = content.behaviour.get(key) or ""
        rows.append((str(number), described, content.expectations.get(key, "").strip() or "-",
                     RATINGS.get(given, "-")))
    rating = RATINGS.get(result.computed.behaviour_rating or "", "-")
    return Table(MATRIX_BEHAVIOUR_HEADER, tuple(rows), (("RATING PERILAKU KERJA", "", "", rating),))


def matrix_remarks(content: EvaluationContent) -> tuple[str, ...]:
    if content.organisation_result and content.scheme_version >= 2:
        return (ORGANISATION_RULE,)
    return ()


# PP 46/2011, Perka BKN 1/2013 -----------------------------------------------------------------


def _plain(value: Decimal | None) -> str:
    return grouped(value) if value is not None else "-"


def perka_results(content: EvaluationContent, result: EvaluationResult,
                  settings: ScoringSettings) -> Table | None:
    """PENILAIAN CAPAIAN SASARAN KERJA: each activity's target and realisation of quantity,
    quality, time and cost with each aspect's computed value, and its score (the sum of the
    aspects over their number); then tugas tambahan and kreativitas, and the nilai capaian
    SKP. One row per aspect: the Perka's twelve columns do not fit an A4 page upright at the
    9 pt the tables are set in (docs/documents.md)."""
    if not content.targets:
        return None
    skp = result.computed.target_score
    rows: list[tuple[str, ...]] = []
    if content.scheme_version == 1:  # sealed before the Perka's aspects were asked
        for number, t in enumerate(content.targets, start=1):
            achieved, value = target_figures(content, t, settings)
            rows.append((str(number), t.title, percent(t.weight), planned(t), realised(t),
                         percent(achieved), format_number(value) if value is not None else "-"))
        return Table(PERKA_V1_HEADER, tuple(rows), (
            ("Nilai Capaian SKP", "", "", "", "", "",
             format_number(skp) if skp is not None else "-"),))
    for number, t in enumerate(content.targets, start=1):
        rows += perka_activity(number, t)
    footer: list[tuple[str, ...]] = []
    empty = ("",) * (len(PERKA_HEADER) - 2)
    if content.additional_tasks:
        footer.append((f"Tugas tambahan ({content.additional_tasks} kegiatan)",) + empty + (
            format_number(scoring_perka.additional_tasks_value(content.additional_tasks)),))
    if content.creativity:
        label, points = scoring_perka.CREATIVITY[content.creativity]
        footer.append((f"Kreativitas: {label}",) + empty + (format_number(points),))
    band = f" ({scoring_perka.predicate(skp, settings)})" if skp is not None else ""
    footer.append(("Nilai Capaian SKP",) + empty + (
        (format_score(skp) + band) if skp is not None else "-",))
    return Table(PERKA_HEADER, tuple(rows), tuple(footer))


ASPECT_NAMES = {"kuantitas": "Kuantitas/Output", "kualitas": "Kualitas/Mutu", "waktu": "Waktu",
                "biaya": "Biaya"}


def perka_activity(number: int, t: TargetAssessment) -> list[tuple[str, ...]]:
    """An activity's rows: number, title and score on the first, then one aspect a row
    (aspect, target, realisation, its computed value)."""
    p = t.perka
    figures = {"kuantitas": (planned(t), realised(t)),
               "kualitas": (_plain(p.quality_target or Decimal(100)), _plain(p.quality_realised)),
               "waktu": (_plain(p.time_target), _plain(p.time_realised))}
    if p.cost_target:
        figures["biaya"] = (rupiah(p.cost_target), rupiah(p.cost_realised) or "-")
    try:
        aspects = scoring_perka.activity_aspects(t.as_result())
        total = round2(sum(aspects.values(), Decimal(0)))
        activity = (f"{format_score(round2(total / len(aspects)))}\n"
                    f"({format_score(total)} : {len(aspects)})")
    except ValidationError:  # a draft with a figure still missing
        aspects, activity = {}, "-"
    rows: list[tuple[str, ...]] = []
    for index, (key, (target, done)) in enumerate(figures.items()):
        value = format_score(round2(aspects[key])) if key in aspects else "-"
        first = index == 0
        rows.append((str(number) if first else "", t.title if first else "", ASPECT_NAMES[key],
                     target, done, value, activity if first else ""))
    return rows


def _sebutan(value: Decimal, content: EvaluationContent, settings: ScoringSettings) -> str:
    if content.scheme_version == 1:
        old = (scoring_v1.ScoringSettings.from_json(content.settings) if content.settings
               else scoring_v1.ScoringSettings())
        return scoring_v1.predicate(value, old)
    return scoring_perka.predicate(value, settings)


def _shares(content: EvaluationContent, settings: ScoringSettings) -> tuple[Decimal, Decimal]:
    if content.scheme_version == 1:
        old = (scoring_v1.ScoringSettings.from_json(content.settings) if content.settings
               else scoring_v1.ScoringSettings())
        return old.target_share, old.behaviour_share
    if content.scheme == PP30:
        return settings.pp30_target_share, 1 - settings.pp30_target_share
    return settings.target_share, settings.behaviour_share


def behaviour_scores(content: EvaluationContent, settings: ScoringSettings,
                     with_sebutan: bool) -> Table | None:
    """Perilaku kerja of a numeric scheme: each aspect with its score (and, on the Perka form,
    its sebutan)."""
    items = behaviour_items(content)
    if not items:
        return None
    rows = []
    for number, (key, name) in enumerate(items.items(), start=1):
        given = content.behaviour.get(key) or ""
        value = format_number(Decimal(given)) if given else "-"
        row: tuple[str, ...] = (str(number), name, value)
        if with_sebutan:
            row += (_sebutan(Decimal(given), content, settings) if given else "-",)
        rows.append(row)
    header = ("No", "Perilaku Kerja", "Nilai") + (("Sebutan",) if with_sebutan else ())
    return Table(header, tuple(rows))


def score_parts(content: EvaluationContent, result: EvaluationResult,
                settings: ScoringSettings) -> ScoreParts | None:
    """SKP × its share + perilaku kerja × its share = the final score (PP 46/2011 Pasal 20;
    PP 30/2019 Pasal 41), each part as the forms print it. None while a part is missing."""
    computed = result.computed
    if computed.target_score is None or computed.behaviour_score is None:
        return None
    number = score_text(content)
    skp_share, behaviour_share = _shares(content, settings)
    given = [Decimal(v) for k, v in content.behaviour.items()
             if v and k in behaviour_items(content)]
    final = result.score if result.score is not None else computed.score
    pp30 = content.scheme == PP30
    mean_label = ("" if pp30 else _sebutan(computed.behaviour_score, content, settings))
    return ScoreParts(
        "Nilai SKP" if pp30 else "Sasaran Kerja PNS (SKP)",
        number(computed.target_score), percent(skp_share * 100),
        number(round2(computed.target_score * skp_share)),
        format_number(sum(given, Decimal(0))), number(computed.behaviour_score), mean_label,
        percent(behaviour_share * 100),
        number(round2(computed.behaviour_score * behaviour_share)),
        "NILAI KINERJA PEGAWAI" if pp30 else "NILAI PRESTASI KERJA",
        number(final) if final is not None else "-", result.predicate)


def outcome_rows(parts: ScoreParts | None) -> tuple[Row, ...]:
    """The final score and the predicate by the form's names (the sheet's outcome, which the
    verification code's summary quotes); none while a part is missing."""
    if parts is None:
        return ()
    predicate = ("PREDIKAT KINERJA PEGAWAI" if parts.total_label == "NILAI KINERJA PEGAWAI"
                 else "Predikat")
    return (Row(parts.total_label, parts.score), Row(predicate, parts.predicate))


# PP 30/2019, PermenPANRB 8/2021 ---------------------------------------------------------------


def iki_category(value: Decimal) -> str:
    """The category of a nilai capaian IKI, read on PP 30/2019 Pasal 41's ranges as the
    Lampiran's worked SKP names them (109 for 100% is Baik, 110 and above Sangat Baik)."""
    if value >= scoring_pp30.SANGAT_BAIK:
        return "Sangat Baik"
    if value >= scoring_pp30.BAIK:
        return "Baik"
    if value >= scoring_pp30.CUKUP:
        return "Cukup"
    if value >= scoring_pp30.KURANG:
        return "Kurang"
    return "Sangat Kurang"


def pp30_results(content: EvaluationContent, result: EvaluationResult,
                 infos: list[TargetInfo] | None = None) -> Table | None:
    """PENILAIAN SKP (PermenPANRB 8/2021's format): capaian IKI in whole percent, its category
    and value, and the weighted value; the nilai akhir SKP under them."""
    if not content.targets:
        return None
    rows = []
    for number, (t, info) in enumerate(zip(content.targets, _infos(content, infos),
                                           strict=True), start=1):
        target = t.as_result()
        if t.realised is None:
            achieved = category = value = weighted = "-"
        else:
            iki = scoring_pp30.target_value(target)
            achieved = ("-" if t.measure == "selesai"
                        else percent(scoring_pp30.achievement_percent(target)))
            category, value = iki_category(iki), format_score(round2(iki))
            weighted = format_score(round2(t.weight / 100 * iki))
        rows.append((str(number), t.title, info.indicator or "-", planned(t),
                     realised(t), achieved, category, value, percent(t.weight), weighted))
    skp = result.computed.target_score
    footer = (("NILAI AKHIR SKP",) + ("",) * (len(PP30_HEADER) - 2)
              + (format_score(skp) if skp is not None else "-",),)
    return Table(PP30_HEADER, tuple(rows), footer)


def pp30_result(content: EvaluationContent) -> tuple[Row, ...]:
    """What PP 30/2019 Pasal 41 asks beside the score: a new idea for Sangat Baik."""
    return (Row("Ide baru atau cara baru yang bermanfaat (syarat Sangat Baik)",
                "Ada" if content.new_idea else "Tidak ada"),)


def has_behaviour(content: EvaluationContent) -> bool:
    return bool(behaviour_items(content)) and content.scheme != MATRIX_2022
