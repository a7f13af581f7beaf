"""Crash test: `kill -9` the real daemon again and again while it sends through a faulty
SendGrid, then prove from the provider's own log that nothing went out twice.

The harness lives with the tests (`tests/helpers/crash.py`, where its checks are documented),
which run it at a small size; this is its command line, at the sizes bench/README.md reports:

    .venv/bin/python bench/crash_test.py [--seed N] [--people 500] [--kills 10] [--help]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from helpers.crash import main

if __name__ == "__main__":
    sys.exit(main())
