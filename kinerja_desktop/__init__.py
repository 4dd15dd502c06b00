"""Kinerja Desktop: 100-day targets and performance evaluation of echelon II officials."""

__version__ = "0.1.0"
APP_NAME = "Kinerja Desktop"
ORG_NAME = "Kinerja"
