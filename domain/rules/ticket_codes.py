"""Printed ticket codes (电子水票兑换码): make them, read them back, and the lockout rule.

A code is 12 characters from a 31-symbol alphabet without look-alikes:

    BBBBBB TTTTT C      body (6, random) + tag (5, keyed HMAC of the body) + check (1)

The check character makes sum((i + 1) * value(ch_i)) ≡ 0 (mod 31). Because 31 is prime and the
weights 1..12 are distinct and non-zero mod 31, every single wrong character, every swap of two
characters (adjacent or not) and every doubled slip (aa -> bb side by side) fails the check:
typos are rejected with certainty, without the secret and without a database lookup. The tag
is what a forger cannot make: without the station secret a code that passes the check carries
a valid tag with probability 31**-5.

Guessing odds. The check character is public, so a forger gets it right for free and each guess
passes the tag with probability 1 / 31**5 = 1 / 28,629,151 (3.5e-8). To redeem, the guess must
also be a live code, so it succeeds with probability N / 31**11 (N live codes; 31**11 = 2.5e16).
The lockout (5 failures within 10 minutes lock for an hour) allows at most 4 failures per
10 minutes without ever locking: 24 an hour, 210,240 a customer-year. So per customer-year:
passing the tag alone 210,240 / 28.6e6 = 0.7 %, of which a body that exists is a further
N / 31**6; redeeming anything with a million live codes: 210,240 * 1e6 / 2.5e16 = 8e-6.

This module is pure: stdlib only, no ORM, no clock.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from datetime import datetime, timedelta

# 8 digits and 23 letters: no 0/O, 1/I/L. 31 symbols, a prime, which the check character needs.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BODY_LENGTH = 6
TAG_LENGTH = 5
LENGTH = BODY_LENGTH + TAG_LENGTH + 1
# Printed cards carry none of these, so a customer typing one misread the card (O for Q or D,
# I/L for 1 or J...). We do not guess which symbol it was: as the only unreadable character it
# is an erasure at a known place, which the check character recovers exactly (the tag then
# still has to match). Two or more of them leave the code malformed.
MISREAD = "0O1IL"
SEPARATORS = "-_‐‑‒–—―−·"  # after NFKC, which already maps full-width forms

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=10)
LOCKOUT = timedelta(hours=1)
LOOKBACK = FAILURE_WINDOW + LOCKOUT  # older failures can no longer cause a lock

_BASE = len(ALPHABET)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_TAG_DOMAIN = b"waterbot/ticket-code/tag\x00"
_FINGERPRINT_DOMAIN = b"waterbot/ticket-code/fingerprint\x00"


def _weighted(code: str) -> int:
    return sum((i + 1) * _VALUE[ch] for i, ch in enumerate(code)) % _BASE


def _solve(code: str, position: int) -> str:
    """The symbol at `position` that makes the whole code pass the check."""
    rest = sum((i + 1) * _VALUE[ch] for i, ch in enumerate(code) if i != position)
    return ALPHABET[(-rest * pow(position + 1, -1, _BASE)) % _BASE]


def _tag(secret: bytes, body: str) -> str:
    digest = hmac.new(secret, _TAG_DOMAIN + body.encode("ascii"), hashlib.sha256).digest()
    # 64 bits reduced mod 31**5: the bias is below 1e-11, irrelevant next to the odds above.
    number = int.from_bytes(digest[:8], "big") % _BASE**TAG_LENGTH
    symbols = []
    for _ in range(TAG_LENGTH):
        number, digit = divmod(number, _BASE)
        symbols.append(ALPHABET[digit])
    return "".join(symbols)


def _code(secret: bytes, body: str) -> str:
    head = body + _tag(secret, body) + ALPHABET[0]
    return head[:-1] + _solve(head, LENGTH - 1)


def generate(secret: bytes, count: int) -> list[str]:
    """`count` distinct new codes signed with `secret`."""
    if not secret:
        raise ValueError("a code secret is required")
    if count < 0:
        raise ValueError("count must not be negative")
    made: dict[str, None] = {}  # a dict keeps the order and drops the rare repeat
    while len(made) < count:
        body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
        made[_code(secret, body)] = None
    return list(made)


def normalise(text: str) -> str:
    """What the customer most likely meant: upper-case, no spaces or dashes, one misread fixed."""
    folded = unicodedata.normalize("NFKC", text).upper()
    code = "".join(ch for ch in folded if not ch.isspace() and ch not in SEPARATORS)
    if len(code) != LENGTH:
        return code
    unreadable = [i for i, ch in enumerate(code) if ch not in _VALUE]
    if len(unreadable) != 1 or code[unreadable[0]] not in MISREAD:
        return code
    at = unreadable[0]
    return code[:at] + _solve(code, at) + code[at + 1 :]


def passes_check(code: str) -> bool:
    """True when `code` has the right length, alphabet and check character (no secret needed)."""
    return len(code) == LENGTH and all(ch in _VALUE for ch in code) and _weighted(code) == 0


def is_well_formed(code: str, secret: bytes) -> bool:
    """True when a normalised `code` passes the check and carries the tag for `secret`."""
    if not passes_check(code):
        return False
    body, tag = code[:BODY_LENGTH], code[BODY_LENGTH : BODY_LENGTH + TAG_LENGTH]
    return hmac.compare_digest(tag, _tag(secret, body))


def fingerprint(code: str, secret: bytes) -> str:
    """The keyed hash the database stores instead of the code (64 hex characters)."""
    return hmac.new(secret, _FINGERPRINT_DOMAIN + code.encode("ascii"), hashlib.sha256).hexdigest()


def format_for_print(code: str) -> str:
    """The printed form, XXXX-XXXX-XXXX."""
    if len(code) != LENGTH:
        raise ValueError(f"a code has {LENGTH} characters, got {len(code)}")
    return "-".join(code[i : i + 4] for i in range(0, LENGTH, 4))


def locked_until(failures: list[datetime], now: datetime) -> datetime | None:
    """When redemption opens again for a customer with these failures, or None when open now.

    MAX_FAILURES failures less than FAILURE_WINDOW apart (first to last) lock for LOCKOUT from
    the last of them. Failures after `now` are ignored.
    """
    past = sorted(at for at in failures if at <= now)
    until: datetime | None = None
    for first, last in zip(past, past[MAX_FAILURES - 1 :], strict=False):
        if last - first < FAILURE_WINDOW:
            until = last + LOCKOUT
    return until if until is not None and until > now else None
