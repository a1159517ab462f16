"""Answers to what customers ask about the station itself, composed from its settings.

Hours, address, phone, the delivery and floor fees (worked out by the same rule that prices an
order, so the answer and the bill agree), small talk, and the contact line that refusals cite.
Plain values in, a sentence out; the wording is in `station_texts`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol, TypeVar

from domain.rules import station_texts as t
from domain.rules.pricing import floor_fee, yuan
from domain.rules.station import StationRules

# Side-question topics the parser gives (`Parsed.topic`) that are answered from the settings;
# `human` is not among them: it hands the conversation to staff.
TOPICS = frozenset(
    {"greeting", "thanks", "hours", "location", "phone", "recharge", "invoice", "delivery_fee"}
)
CLOSED_DATES_AHEAD = timedelta(days=14)  # closed days further off are not news yet
EXAMPLE_FLOORS_UP, EXAMPLE_BUCKETS = 4, 2
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# WeChat's own stickers arrive as text: [微笑][强] or /::) codes.
_STICKERS = re.compile(r"^(\s*(\[[^\[\]]{1,4}\]|/:[^\s/]{1,8})\s*)+$")


@dataclass(frozen=True)
class StationInfo:
    """What the station tells customers about itself; empty strings are not given."""

    name: str = ""
    address: str = ""
    phone: str = ""
    hours_text: str = ""  # empty: said from the opening hours and closed weekdays


class Priced(Protocol):
    """A product as the price list needs it."""

    @property
    def sku(self) -> str: ...


P = TypeVar("P", bound=Priced)


def station_name(info: StationInfo) -> str:
    """The name customers see."""
    return info.name.strip() or t.STATION


def contact_hint(phone: str) -> str:
    """How to reach the station, for any refusal that sends the customer to a person."""
    phone = phone.strip()
    return t.CONTACT_PHONE.format(phone=phone) if phone else t.CONTACT_NONE


_TRAILING_STOP = re.compile(r"[。.!!;;\s]+$")


def with_contact(refusal: str, phone: str) -> str:
    """A refusal that sends the customer away, ending with how to reach the station (once)."""
    phone = phone.strip()
    if (phone and phone in refusal) or t.CONTACT_NONE in refusal:
        return refusal
    return f"{_TRAILING_STOP.sub('', refusal)},{contact_hint(phone)}。"


def opening_hours(info: StationInfo, rules: StationRules) -> str:
    """The hours as customers read them: the station's own words, else from its settings."""
    if info.hours_text.strip():
        return info.hours_text.strip()
    opens, closes = f"{rules.opens_at:%H:%M}", f"{rules.closes_at:%H:%M}"
    if not rules.closed_weekdays:
        return t.HOURS_EVERY_DAY.format(opens=opens, closes=closes)
    days = "、".join(t.WEEKDAYS[d] for d in sorted(rules.closed_weekdays) if 0 <= d < 7)
    return t.HOURS_CLOSED_ON.format(opens=opens, closes=closes, days=days)


def next_opening(rules: StationRules, now: datetime) -> datetime | None:
    """When the station opens next; None while it is open now (or never opens again)."""
    for ahead in range(366):
        day = now.date() + timedelta(days=ahead)
        if not rules.is_open_day(day):
            continue
        opening = datetime.combine(day, rules.opens_at, now.tzinfo)
        if now < opening:
            return opening
        if now < datetime.combine(day, rules.closes_at, now.tzinfo):
            return None
    return None


def day_words(day: date, today: date) -> str:
    """今天, 明天, 周三 within the week, else 12月25日."""
    if day == today:
        return t.TODAY
    if day == today + timedelta(days=1):
        return t.TOMORROW
    if day < today + timedelta(days=7):
        return t.WEEKDAYS[day.weekday()]
    return t.DATE.format(month=day.month, day=day.day)


def hours_answer(info: StationInfo, rules: StationRules, now: datetime) -> str:
    """When the station is open, whether it is open now, and closed days coming up."""
    opening = next_opening(rules, now)
    if opening is None and rules.is_open_day(now.date()):
        state = t.OPEN_NOW.format(closes=f"{rules.closes_at:%H:%M}")
    elif opening is not None:
        when = day_words(opening.date(), now.date())
        state = t.CLOSED_NOW.format(when=when, opens=f"{opening:%H:%M}")
    else:
        state = ""
    today = now.date()
    soon = sorted(d for d in rules.closed_dates if today <= d <= today + CLOSED_DATES_AHEAD)
    if soon:
        dates = "、".join(t.DATE.format(month=d.month, day=d.day) for d in soon)
        state += t.HOURS_CLOSED_DATES.format(dates=dates)
    name, hours = station_name(info), opening_hours(info, rules)
    return t.HOURS.format(name=name, hours=hours, now=state)


def location_answer(info: StationInfo, rules: StationRules) -> str:
    """The address (or how to ask for it) and the communities delivered to."""
    name = station_name(info)
    if info.address.strip():
        text = t.LOCATION.format(name=name, address=info.address.strip())
    else:
        text = t.LOCATION_UNKNOWN.format(name=name, contact=contact_hint(info.phone))
    if rules.communities:
        text += t.AREA.format(communities="、".join(rules.communities))
    return text


def phone_answer(info: StationInfo, rules: StationRules) -> str:
    """The station's phone with its hours, or the way to a person when none is set."""
    name = station_name(info)
    if not info.phone.strip():
        return t.PHONE_UNKNOWN.format(name=name)
    hours = opening_hours(info, rules)
    return t.PHONE.format(name=name, phone=info.phone.strip(), hours=hours)


def fees_answer(rules: StationRules) -> str:
    """The delivery fee, the minimum order and the floor fee exactly as orders are priced."""
    fee = rules.delivery_fee_fen
    delivery = t.DELIVERY_FEE.format(fee=yuan(fee)) if fee else t.DELIVERY_FREE
    minimum = t.MINIMUM.format(minimum=yuan(rules.min_order_fen)) if rules.min_order_fen else ""
    if rules.floor_fee_fen <= 0:
        floor = t.FLOOR_FREE
    else:
        example_floor = rules.free_floors + EXAMPLE_FLOORS_UP
        example = floor_fee(rules, example_floor, False, EXAMPLE_BUCKETS)
        floor = t.FLOOR_FEE.format(
            first=rules.free_floors + 1,
            fee=yuan(rules.floor_fee_fen),
            floor=example_floor,
            buckets=EXAMPLE_BUCKETS,
            example=yuan(example),
        )
    return t.FEES.format(delivery=delivery, minimum=minimum, floor=floor)


def answer(topic: str | None, info: StationInfo, rules: StationRules, now: datetime) -> str | None:
    """The answer to a side question's topic; None for topics not answered from the settings."""
    phone = info.phone
    answers = {
        "greeting": lambda: t.GREETING.format(name=station_name(info)),
        "thanks": lambda: t.THANKS,
        "hours": lambda: hours_answer(info, rules, now),
        "location": lambda: location_answer(info, rules),
        "phone": lambda: phone_answer(info, rules),
        "recharge": lambda: t.RECHARGE.format(contact=contact_hint(phone)),
        "invoice": lambda: t.INVOICE.format(contact=contact_hint(phone)),
        "delivery_fee": lambda: fees_answer(rules),
    }
    compose = answers.get(topic or "")
    return compose() if compose is not None else None


def is_foreign(text: str) -> bool:
    """True for a message with no Chinese in it but letters or emoji (hello, 👍, [微笑])."""
    text = text.strip()
    if not text:
        return False
    if _STICKERS.match(text):
        return True
    if _CJK.search(text):
        return False
    return any(ch.isalpha() or unicodedata.category(ch) == "So" for ch in text)


def named_first(products: Iterable[P], skus: Sequence[str | None]) -> list[P]:
    """The products named, once each, in the order they were named (unknown ones skipped)."""
    by_sku = {p.sku: p for p in products}
    wanted = dict.fromkeys(sku for sku in skus if sku in by_sku)
    return [by_sku[sku] for sku in wanted if sku is not None]
