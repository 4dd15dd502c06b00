"""What several features use: widgets, errors, workers, settings, translation, forms, formats."""
