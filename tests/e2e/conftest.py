"""Make ``lssc_bot`` importable when pytest is run from the repository root without installing it."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
