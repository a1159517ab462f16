"""Scheduled work: APScheduler triggers thin jobs that call domain services (see runner.py)."""

from scheduler.runner import scheduler_context, setup, setup_with

__all__ = ["scheduler_context", "setup", "setup_with"]
