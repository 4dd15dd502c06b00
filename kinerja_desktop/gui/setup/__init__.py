"""Set-up of this dataset and PC: first-run wizard, settings, about and the user guide."""
