"""Performance programs: the target editor with its panel, table, undo, and dialogs."""
