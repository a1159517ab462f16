"""Counters the edges report into and the metrics endpoint reads; no metrics library here.

The callback endpoints call `webhook_message` for each message they accept, so `/metrics` can
show webhook traffic without the edges importing each other. Counts are per process, like any
Prometheus counter.
"""

from __future__ import annotations

from collections import Counter
from threading import Lock

_webhooks: Counter[tuple[str, str]] = Counter()
_lock = Lock()


def webhook_message(channel: str, kind: str) -> None:
    """Count one accepted webhook message, e.g. ("mp", "text") or ("work", "event")."""
    with _lock:
        _webhooks[(channel[:16], kind[:32])] += 1


def webhook_counts() -> dict[tuple[str, str], int]:
    """Messages so far by (channel, kind)."""
    with _lock:
        return dict(_webhooks)
