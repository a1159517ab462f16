"""Printed ticket codes, pure: making, checking, reading back and the lockout rule."""

from __future__ import annotations

import string
from datetime import datetime, timedelta

import pytest

from domain.rules import ticket_codes as tc
from tests.support import NOW

SECRET = b"station-secret-for-tests"
OTHER = b"another-station-secret!!"
SAMPLE = tc.generate(SECRET, 40)


def test_alphabet_has_no_look_alikes_and_a_prime_size() -> None:
    assert len(set(tc.ALPHABET)) == len(tc.ALPHABET) == 31
    assert not set(tc.ALPHABET) & set("0O1IL")
    assert set(tc.ALPHABET) <= set(string.digits + string.ascii_uppercase)
    assert all(len(tc.ALPHABET) % n for n in range(2, len(tc.ALPHABET)))


def test_generated_codes_verify_and_differ() -> None:
    codes = tc.generate(SECRET, 500)
    assert len(set(codes)) == 500
    assert all(len(code) == tc.LENGTH == 12 for code in codes)
    assert all(set(code) <= set(tc.ALPHABET) for code in codes)
    assert all(tc.is_well_formed(code, SECRET) for code in codes)


def test_generate_edges() -> None:
    assert tc.generate(SECRET, 0) == []
    with pytest.raises(ValueError):
        tc.generate(SECRET, -1)
    with pytest.raises(ValueError):
        tc.generate(b"", 1)


@pytest.mark.parametrize("code", SAMPLE)
def test_every_single_character_typo_is_rejected_without_the_secret(code: str) -> None:
    for at in range(tc.LENGTH):
        for ch in tc.ALPHABET.replace(code[at], ""):
            typo = code[:at] + ch + code[at + 1 :]
            assert not tc.passes_check(typo), (code, typo)
            assert not tc.is_well_formed(typo, SECRET)


@pytest.mark.parametrize("code", SAMPLE)
def test_every_transposition_is_rejected(code: str) -> None:
    for i in range(tc.LENGTH):
        for j in range(i + 1, tc.LENGTH):
            if code[i] == code[j]:
                continue
            swapped = list(code)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            assert not tc.is_well_formed("".join(swapped), SECRET), (code, i, j)


@pytest.mark.parametrize("code", SAMPLE[:10])
def test_every_doubled_slip_is_rejected(code: str) -> None:
    for i in range(tc.LENGTH - 1):
        if code[i] != code[i + 1]:
            continue
        for ch in tc.ALPHABET.replace(code[i], ""):
            slip = code[:i] + ch + ch + code[i + 2 :]
            assert not tc.is_well_formed(slip, SECRET)


@pytest.mark.parametrize("code", SAMPLE[:10])
def test_a_forged_tag_with_a_correct_check_is_rejected(code: str) -> None:
    # A forger knows the layout and the check character, not the key: every other tag fails.
    tag_start = tc.BODY_LENGTH
    for at in range(tag_start, tag_start + tc.TAG_LENGTH):
        for ch in tc.ALPHABET.replace(code[at], ""):
            head = code[:at] + ch + code[at + 1 : -1]
            forged = next(head + c for c in tc.ALPHABET if tc.passes_check(head + c))
            assert not tc.is_well_formed(forged, SECRET)


def test_codes_signed_with_another_secret_are_rejected() -> None:
    foreign = tc.generate(OTHER, 50)
    assert all(tc.passes_check(code) for code in foreign)
    assert not any(tc.is_well_formed(code, SECRET) for code in foreign)


def test_malformed_input_is_rejected() -> None:
    code = SAMPLE[0]
    for bad in ("", code[:-1], code + "2", code.lower(), tc.format_for_print(code), "中" * 12):
        assert not tc.is_well_formed(bad, SECRET)


def test_normalise_reads_what_customers_type() -> None:
    code = SAMPLE[0]
    printed = tc.format_for_print(code)
    assert tc.normalise(printed) == code
    assert tc.normalise(f"  {printed.lower()} ") == code
    assert tc.normalise(printed.replace("-", " ")) == code
    assert tc.normalise(printed.replace("-", "—")) == code
    assert tc.normalise(printed.replace("-", "_")) == code
    full_width = printed.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert tc.normalise(full_width) == code
    assert tc.normalise("兑换码") == "兑换码"


@pytest.mark.parametrize("code", SAMPLE[:10])
def test_one_misread_character_is_recovered_from_the_check(code: str) -> None:
    for at in range(tc.LENGTH):
        for misread in tc.MISREAD + tc.MISREAD.lower():
            typed = code[:at] + misread + code[at + 1 :]
            assert tc.normalise(typed) == code


def test_two_misreads_stay_malformed() -> None:
    code = SAMPLE[0]
    typed = "O" + code[1:5] + "0" + code[6:]
    assert tc.normalise(typed) == typed
    assert not tc.is_well_formed(tc.normalise(typed), SECRET)


def test_other_foreign_characters_are_not_guessed() -> None:
    typed = "#" + SAMPLE[0][1:]
    assert tc.normalise(typed) == typed


def test_format_for_print() -> None:
    assert tc.format_for_print("ABCDEFGHJKMN") == "ABCD-EFGH-JKMN"
    with pytest.raises(ValueError):
        tc.format_for_print("ABC")


def test_fingerprint_is_keyed_and_stable() -> None:
    code = SAMPLE[0]
    assert tc.fingerprint(code, SECRET) == tc.fingerprint(code, SECRET)
    assert tc.fingerprint(code, SECRET) != tc.fingerprint(code, OTHER)
    assert len(tc.fingerprint(code, SECRET)) == 64
    assert code not in tc.fingerprint(code, SECRET)


def test_documented_odds() -> None:
    assert 31**5 == 28_629_151
    assert round(210_240 / 31**5, 3) == 0.007
    assert 210_240 * 1_000_000 / 31**11 < 1e-5


def _every(step: timedelta, count: int, start: datetime = NOW) -> list[datetime]:
    return [start + i * step for i in range(count)]


def test_no_failures_or_four_quick_ones_do_not_lock() -> None:
    assert tc.locked_until([], NOW) is None
    assert tc.locked_until(_every(timedelta(seconds=1), 4), NOW + timedelta(seconds=5)) is None


def test_five_failures_within_ten_minutes_lock_for_an_hour_from_the_fifth() -> None:
    failures = _every(timedelta(seconds=149), 5)  # first to last: 9 min 56 s
    last = failures[-1]
    assert tc.locked_until(failures, last) == last + timedelta(hours=1)
    assert tc.locked_until(failures, last + timedelta(minutes=59, seconds=59)) == last + (
        timedelta(hours=1)
    )
    assert tc.locked_until(failures, last + timedelta(hours=1)) is None


def test_five_failures_exactly_ten_minutes_apart_do_not_lock() -> None:
    failures = _every(timedelta(minutes=2, seconds=30), 5)  # first to last: exactly 10 min
    assert tc.locked_until(failures, failures[-1]) is None


def test_a_failure_every_two_and_a_half_minutes_never_locks_one_quicker_does() -> None:
    steady = _every(timedelta(minutes=2, seconds=30), 24 * 24)  # a whole day at 24 an hour
    assert all(tc.locked_until(steady[: i + 1], at) is None for i, at in enumerate(steady))
    quicker = _every(timedelta(minutes=2, seconds=29), 5)
    assert tc.locked_until(quicker, quicker[-1]) is not None


def test_the_window_slides_and_order_does_not_matter() -> None:
    failures = [NOW, *_every(timedelta(minutes=1), 5, NOW + timedelta(minutes=20))]
    now = failures[-1]
    assert tc.locked_until(list(reversed(failures)), now) == now + timedelta(hours=1)


def test_failures_after_now_are_ignored() -> None:
    failures = _every(timedelta(seconds=1), 5, NOW + timedelta(minutes=1))
    assert tc.locked_until(failures, NOW) is None


def test_a_later_lock_outlasts_an_earlier_one() -> None:
    first = _every(timedelta(seconds=1), 5)
    second = _every(timedelta(seconds=1), 5, NOW + timedelta(minutes=30))
    now = NOW + timedelta(minutes=31)
    assert tc.locked_until(first + second, now) == second[-1] + timedelta(hours=1)
