"""Courier routes: a pure VRPTW model and its OR-Tools solver (no database, no bot, no network)."""
