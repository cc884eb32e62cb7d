#!/usr/bin/env python3
"""lssc-bot: run `python bot.py --help` for the commands."""
import sys

from lssc_bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
