"""Understanding one customer message: text -> intent + slots (the `waterbot parse` contract).

Rules, not a trained model: catalog aliases find products, small rule modules under
`bot.understanding` read numerals, time words, addresses, payment and intent. jieba (with the
catalog aliases and address words as user words) finds word boundaries inside addresses.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jieba

from bot.understanding.address import STOP_WORDS, read_address
from bot.understanding.intents import Signals, classify, only_filler
from bot.understanding.products import AliasTable, build_alias_table, read_items
from bot.understanding.slots import read_code, read_order_ref, read_payment, read_repeat
from bot.understanding.text import mask, normalize
from bot.understanding.timewords import read_time, to_shanghai
from bot.understanding.topics import read_topic, small_talk

log = logging.getLogger(__name__)

INTENTS = (
    "order", "cancel", "order_status", "balance", "price", "buy_tickets", "redeem_code",
    "return_buckets", "reminder_off", "reminder_on", "help", "complaint", "unknown",
)
# Words jieba should keep whole so the walk back from a room number stops in the right place.
_ADDRESS_WORDS = (
    "小区", "花园", "家园", "公寓", "大厦", "大楼", "广场", "新村", "社区", "宿舍", "写字楼",
    "园区", "单元", "号楼",
)
_USER_WORD_FREQ = 50_000
_DEMO_CATALOG = ("domain", "demo_data/catalog.json")


@dataclass(frozen=True)
class Item:
    """One product line: sku None when the product is not named (来两桶水).

    `counted` is beyond the contract: False when no amount was written and the quantity is the
    contract's default 1 (怡宝, 换成怡宝), so a dialogue can keep the number it already has.
    """

    sku: str | None
    quantity: int
    counted: bool = True


@dataclass(frozen=True)
class Parsed:
    """What one message means; `to_contract()` is the JSON object of `waterbot parse`."""

    intent: str = "unknown"
    items: tuple[Item, ...] = ()
    repeat: bool = False
    address: str | None = None
    window: tuple[datetime, datetime] | None = None
    payment: str | None = None
    code: str | None = None
    order_ref: str | None = None
    topic: str | None = None  # what a side question is about (topics.py); beyond the contract

    def to_contract(self) -> dict[str, Any]:
        """The contract JSON object: every field present, times ISO-8601 with +08:00."""
        window = None
        if self.window is not None:
            start, end = self.window
            window = {
                "start": start.isoformat(timespec="seconds"),
                "end": end.isoformat(timespec="seconds"),
            }
        return {
            "intent": self.intent,
            "items": [{"sku": i.sku, "quantity": i.quantity} for i in self.items],
            "repeat": self.repeat,
            "address": self.address,
            "window": window,
            "payment": self.payment,
            "code": self.code,
            "order_ref": self.order_ref,
            "topic": self.topic,
        }


@dataclass(frozen=True)
class CatalogEntry:
    """What the parser needs to know about a product."""

    sku: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    unit: str = "桶"


class Understanding:
    """Parses customer messages against a catalog.

    Constructing one loads jieba's dictionary, which takes about a second: build it once at
    start-up and, in async code, off the event loop (`loop.run_in_executor`). `parse` is cheap
    and thread-safe; `update_catalog` swaps in new products without a restart.
    """

    def __init__(self, catalog: Sequence[CatalogEntry]) -> None:
        self._lock = threading.Lock()
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        self._base_words = {*_ADDRESS_WORDS, *(w for w in STOP_WORDS if len(w) > 1)}
        for word in self._base_words:
            self._tokenizer.add_word(word, freq=_USER_WORD_FREQ)
        self._alias_words: set[str] = set()
        self._aliases: AliasTable = build_alias_table([])
        self.update_catalog(catalog)

    def update_catalog(self, entries: Sequence[CatalogEntry]) -> None:
        """Replace the products understood (aliases and tokenizer user words)."""
        table = build_alias_table(entries)
        with self._lock:
            words = {w for w in table.words if len(w) > 1}
            for gone in self._alias_words - words - self._base_words:
                self._tokenizer.del_word(gone)
            for word in words - self._alias_words:
                self._tokenizer.add_word(word, freq=_USER_WORD_FREQ)
            self._alias_words = words
            self._aliases = table  # one reference swap: parse() sees old or new, never half

    def cut(self, text: str, hmm: bool = False) -> list[str]:
        """Tokenize `text` with this instance's jieba tokenizer (catalog words included)."""
        return [t for t in self._tokenizer.lcut(text, HMM=hmm) if t.strip()]

    def parse(self, text: str, now: datetime) -> Parsed:
        """What `text` means, with relative times read against `now`; never raises."""
        try:
            return self._parse(text if isinstance(text, str) else str(text), now)
        except Exception:  # a malformed message must never take the conversation down
            log.exception("could not parse message of %d characters", len(str(text)))
            return Parsed()

    def _parse(self, text: str, now: datetime) -> Parsed:
        now = to_shanghai(now)
        norm = normalize(text)
        time = read_time(norm, now)
        masked = mask(norm, time.spans)
        payment, repeat = read_payment(masked), read_repeat(masked)
        masked = mask(masked, payment.spans + repeat.spans)
        items = read_items(masked, self._aliases)
        address = read_address(mask(masked, items.spans), self.cut)
        code = read_code(norm)
        topic = read_topic(norm.lower())
        signals = Signals(
            has_items=bool(items.items),
            repeat=repeat.value is not None,
            has_address=address.address is not None and not address.address.startswith("@"),
            address_ref=address.address is not None and address.address.startswith("@"),
            has_code=code is not None,
            has_payment=payment.value is not None,
            only_slots=(time.window is not None or address.address is not None)
            and only_filler(mask(masked, items.spans + address.spans)),
            topic=topic,
        )
        intent = classify(mask(norm, items.product_spans + address.spans), signals)
        order_ref = None if intent == "redeem_code" else read_order_ref(norm)
        intent = _about_placed_order(intent, order_ref, signals)
        return Parsed(
            intent=intent,
            items=_items_for(intent, items.items, items.counted),
            repeat=signals.repeat,
            address=None if intent == "redeem_code" else address.address,
            window=time.window,
            payment=_payment_for(intent, payment.value),
            code=code if intent == "redeem_code" else None,
            order_ref=order_ref,
            topic=_topic_for(intent, topic, norm),
        )


def _about_placed_order(intent: str, order_ref: str | None, signals: Signals) -> str:
    """A message quoting an order number and asking nothing else is about that order's status."""
    if order_ref is None or signals.topic is not None:
        return intent
    if intent == "unknown" or (intent == "order" and not signals.names_order):
        return "order_status"  # 20261124031今天能送到吗 / 查一下订单20261124031
    return intent


def _topic_for(intent: str, topic: str | None, text: str) -> str | None:
    """The topic where the intent needs one to be answered: unknown, help and price only."""
    if intent not in ("unknown", "help", "price"):
        return None
    if topic is None and intent == "unknown":
        return small_talk(text)
    return topic


def _items_for(
    intent: str, found: tuple[tuple[str | None, int], ...], counted: tuple[bool, ...]
) -> tuple[Item, ...]:
    """Items as the contract wants them for `intent`."""
    if intent == "redeem_code":
        return ()
    if intent == "return_buckets":
        # The amount is buckets, whatever brand they held: 退两个桶 -> [{null, 2}].
        total = sum(qty for _, qty in found)
        return (Item(None, total),) if total else ()
    items = [Item(sku, qty, said) for (sku, qty), said in zip(found, counted, strict=True)]
    if intent == "buy_tickets":
        return tuple(item for item in items if item.sku is not None)
    return tuple(items)


def _payment_for(intent: str, payments: str | None) -> str | None:
    """The first payment named, skipping 水票/余额 where they are the subject, not the means."""
    for method in (payments or "").split(","):
        if method and (intent == "order" or method not in ("ticket", "balance")):
            return method
    return None


def load_demo_catalog() -> list[CatalogEntry]:
    """The demo catalog shipped in `domain/demo_data/catalog.json`."""
    package, name = _DEMO_CATALOG
    try:
        raw = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        raw = (Path(__file__).resolve().parents[1] / package / name).read_text(encoding="utf-8")
    return catalog_from_json(json.loads(raw))


def catalog_from_json(data: dict[str, Any]) -> list[CatalogEntry]:
    """CatalogEntry values from a catalog document shaped like the demo `catalog.json`."""
    return [
        CatalogEntry(
            sku=str(p["sku"]),
            name=str(p.get("name", p["sku"])),
            aliases=tuple(str(a) for a in p.get("aliases", ())),
            unit=str(p.get("unit", "桶")),
        )
        for p in data.get("products", ())
    ]
