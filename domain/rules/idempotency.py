"""Pure rules for idempotency keys: a key means one request of one use case about one subject.

A caller's key alone is not enough: the same key reused for another customer, another order or
another use case is a different request, not a retry. And the same key in the same scope with
different parameters is a mistake the caller must hear about (409), not a silent replay.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

MAX_STORED_KEY = 128  # the width of idempotency_record.key


def scoped_key(action: str, subject: object, key: str) -> str:
    """The stored key: use case, subject and the caller's key; hashed when it would not fit."""
    if not key:
        raise ValueError("an idempotency key is a non-empty string")
    if subject is None or str(subject) == "":
        raise ValueError(f"a keyed {action} names its subject")
    scope = f"{action}:{subject}"
    whole = f"{scope}:{key}"
    if len(whole) <= MAX_STORED_KEY:
        return whole
    # Long caller keys keep the readable scope; "#" marks a digest (raw keys fit uncut).
    hashed = f"{scope}:#{hashlib.sha256(key.encode()).hexdigest()}"
    if len(hashed) <= MAX_STORED_KEY:
        return hashed
    return f"{action}:#{hashlib.sha256(whole.encode()).hexdigest()}"


def fingerprint(params: Mapping[str, Any] | None) -> str:
    """A stable digest of a request's parameters (order of keys does not matter)."""
    if params is None:
        return ""
    text = json.dumps(params, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def same_request(stored: str, offered: str) -> bool:
    """True when a stored key's parameters match the retry's; records without any always match."""
    # Records written before fingerprints existed (empty) cannot be compared; replay them.
    return not stored or not offered or stored == offered
