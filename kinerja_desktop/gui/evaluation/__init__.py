"""Evaluations: the wizard with its pages and models, and the scoring settings."""
