"""What several features use: widgets, errors, operations, settings, translation, forms, formats,
and the context and shared windows the main window gives the features' actions."""
