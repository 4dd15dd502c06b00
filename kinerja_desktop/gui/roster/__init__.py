"""The roster of officials: its model, filters and detail, the official and inauguration
dialogs, and importing a roster."""
