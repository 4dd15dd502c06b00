"""The evaluation's official forms, one module per scheme (reports/evaluation_sheet.py picks)."""
