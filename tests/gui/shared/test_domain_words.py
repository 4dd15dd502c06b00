"""Every label of the domain's tables is in the English catalogue's DomainWords list, and the
translated helpers say in Indonesian exactly what the core says."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from kinerja_desktop.domain import board, board_chart, dates, date_text, evaluations, nip
from kinerja_desktop.domain import (achievement, behaviour_aspects, periods, programs,
                                    scheme_catalog, scoring, scoring_matrix, scoring_perka,
                                    vocab)
from kinerja_desktop.gui.shared.domain_words import (CONTEXT, WORDS, date_problem,
                                                     describe_position)
from kinerja_desktop.services.demo import DEMO_NOTICE

ROOT = Path(__file__).resolve().parents[3]


def domain_labels() -> set[str]:
    """Every label the domain's vocabularies hold (the texts the window shows)."""
    labels: set[str] = set()
    for table in (vocab.FILLING_METHODS, programs.SCHEMES, programs.STATUSES,
                  programs.TARGET_KINDS, programs.PRIORITIES, programs.MEASURES,
                  evaluations.RECOMMENDATIONS, evaluations.CAPACITIES, evaluations.STATUSES,
                  scoring.RATINGS, scoring.CONSOLIDATION_RULES, board.FLAGS, nip.SEX_LABELS):
        labels.update(table.values())
    labels.update(name for name, _months in periods.PROGRAM_KINDS.values())
    for name, guidance in behaviour_aspects.BERAKHLAK.values():
        labels.update((name, guidance))
    labels.update(behaviour_aspects.PP46_ASPECTS.values())
    labels.update(behaviour_aspects.PP30_ASPECTS.values())
    for scheme in scheme_catalog.CATALOG.values():
        labels.update((scheme.label, scheme.basis, scheme.status))
    labels.update(achievement.POLARITIES.values())
    labels.update(scoring_matrix.MATRIX.values())
    labels.update(scoring_matrix.ORGANISATION_RESULTS.values())
    labels.add(scoring_matrix.ORGANISATION_RULE)
    labels.update(name for name, _value in scoring_perka.CREATIVITY.values())
    labels.update(band.label for band in scoring_perka.BANDS)
    labels.update(scoring.BAND_EDGES.values())
    labels.update(band.label for band in scoring.ScoringSettings().bands)
    labels.update(board_chart.PREDICATE_RANK)
    labels.update(dates.MONTHS)
    labels.update(date_text.MESSAGES)
    labels.add(date_text.HELP)
    labels.add(DEMO_NOTICE)
    return labels


def test_every_domain_label_is_listed_for_translation():
    missing = sorted(domain_labels() - set(WORDS))
    assert not missing, f"add to gui/shared/domain_words.WORDS: {missing}"


def test_the_english_catalogue_holds_every_listed_word_translated():
    # lupdate collects only literal texts: this shows it really read the WORDS list.
    root = ET.parse(ROOT / "resources" / "translations" / "kinerja_en.ts").getroot()
    translated = {m.findtext("source"): m.findtext("translation")
                  for c in root.iter("context") if c.findtext("name") == CONTEXT
                  for m in c.iter("message")}
    assert set(WORDS) <= set(translated)
    assert all(translated[word] for word in WORDS)
    assert translated["Rotasi"] == "Rotation"
    assert translated["Seleksi Terbuka"] == "Open Selection"


@pytest.mark.parametrize("today", [date(2019, 6, 10), date(2019, 6, 14), date(2019, 7, 1),
                                   date(2019, 9, 21), date(2019, 12, 1)])
def test_a_position_reads_in_indonesian_as_the_core_writes_it(app, today):
    where = periods.position(date(2019, 6, 14), date(2019, 9, 21), today)
    assert describe_position(where) == where.describe()


@pytest.mark.parametrize("text", ["besok", "31/02/2019", "14 jnui 2019", "14/13/2019",
                                  "14/06/1850"])
def test_a_date_problem_reads_in_indonesian_as_the_core_writes_it(app, text):
    with pytest.raises(date_text.DateTextError) as caught:
        date_text.parse_date_text(text)
    assert date_problem(caught.value) == str(caught.value)
