"""The monitoring board: its window, model, painted delegates and chart."""
