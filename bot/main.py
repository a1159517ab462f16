"""`python -m bot.main ...`: the same as the `waterbot` console script (`bot.cli.main`)."""

from __future__ import annotations

from bot.cli import main

if __name__ == "__main__":
    main()
