"""Test set-up: Qt offscreen, a private data folder, and the shared fixtures."""

import os
import sys
from pathlib import Path

# Before anything imports Qt: no screen is needed, and the user's data is never touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("KINERJA_TEST", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.gui_fixtures"]
