"""Pure campaign rules: terms, free goods of 买N赠M, coupon discounts and ROI arithmetic.

Campaigns apply to orders paid in money only (balance, cash, WeChat Pay). A ticket already is a
discounted bucket (packs carry bonus tickets), so a ticket order gets neither free goods nor a
coupon: its goods are paid in tickets and a coupon cannot reduce them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from domain.rules.errors import Conflict, InvalidInput
from domain.rules.pricing import PricedLine

BUY_N_GET_M = "buy_n_get_m"
COUPON = "coupon"
KINDS = (BUY_N_GET_M, COUPON)
EVERYONE, DORMANT, CODE = "everyone", "dormant", "code"
AUDIENCES = (EVERYONE, DORMANT, CODE)
ISSUED, USED, EXPIRED = "issued", "used", "expired"
MONEY_METHODS = ("balance", "cash", "wechat_pay")
CODE_PATTERN = re.compile(r"^[A-Z0-9]{4,32}$")


@dataclass(frozen=True)
class Terms:
    """What a campaign promises, as plain values."""

    kind: str
    audience: str
    starts_at: datetime
    ends_at: datetime
    sku: str | None = None
    buy_quantity: int | None = None
    free_quantity: int | None = None
    amount_fen: int | None = None
    min_goods_fen: int = 0
    valid_days: int = 30


def check_terms(terms: Terms) -> None:
    """Refuse terms that cannot work, naming the offending fields."""
    bad: dict[str, str] = {}
    if terms.kind not in KINDS:
        bad["kind"] = "可选值: " + " / ".join(KINDS)
    if terms.audience not in AUDIENCES:
        bad["audience"] = "可选值: " + " / ".join(AUDIENCES)
    if terms.ends_at <= terms.starts_at:
        bad["ends_at"] = "结束时间要晚于开始时间"
    if terms.kind == BUY_N_GET_M:
        if not terms.buy_quantity or terms.buy_quantity < 1:
            bad["buy_quantity"] = "买N赠M需要购买数量"
        if not terms.free_quantity or terms.free_quantity < 1:
            bad["free_quantity"] = "买N赠M需要赠送数量"
        if terms.audience != EVERYONE:
            # Free goods apply at ordering to whoever buys enough; there is nothing to hand out.
            bad["audience"] = "买N赠M只能面向所有客户"
    if terms.kind == COUPON:
        if not terms.amount_fen or terms.amount_fen < 1:
            bad["amount_fen"] = "优惠券需要面额"
        for name in ("sku", "buy_quantity", "free_quantity"):
            if getattr(terms, name) is not None:
                bad[name] = "优惠券活动不用这一项"
    if terms.kind == BUY_N_GET_M and terms.amount_fen is not None:
        bad["amount_fen"] = "买N赠M活动不用这一项"
    if terms.valid_days < 1:
        bad["valid_days"] = "有效天数要大于0"
    if bad:
        raise InvalidInput(f"bad campaign terms {sorted(bad)}", fields=bad)


def is_running(active: bool, starts_at: datetime, ends_at: datetime, now: datetime) -> bool:
    """True while an active campaign's period contains `now`."""
    return active and starts_at <= now < ends_at


@dataclass(frozen=True)
class FreeGoods:
    """The free line a 买N赠M campaign adds, and its value at the list price (the cost)."""

    line: PricedLine
    value_fen: int


def free_goods(terms: Terms, lines: list[PricedLine], method: str) -> FreeGoods | None:
    """For every N qualifying buckets paid, M free of the cheapest qualifying product."""
    if terms.kind != BUY_N_GET_M or method not in MONEY_METHODS:
        return None
    assert terms.buy_quantity and terms.free_quantity
    qualifying = [
        ln for ln in lines if ln.is_bucket and ln.unit_price_fen > 0 and terms.sku in (None, ln.sku)
    ]
    bought = sum(ln.quantity for ln in qualifying)
    # One line holds at most 99 (the ordering limit), however generous the terms.
    free = min(99, bought // terms.buy_quantity * terms.free_quantity)
    if free == 0:
        return None
    base = min(qualifying, key=lambda ln: (ln.unit_price_fen, ln.sku))
    line = PricedLine(base.sku, base.name, free, 0, base.deposit_each_fen, True)
    return FreeGoods(line, free * base.unit_price_fen)


def best_free_goods(offers: list[tuple[int, FreeGoods | None]]) -> tuple[int, FreeGoods] | None:
    """Only one 买N赠M applies to an order: the one worth most (then the oldest campaign)."""
    found = [(cid, f) for cid, f in offers if f is not None]
    if not found:
        return None
    return max(found, key=lambda pair: (pair[1].value_fen, -pair[0]))


def coupon_discount(amount_fen: int, min_goods_fen: int, goods_fen: int, fees_fen: int) -> int:
    """Money off: the coupon's face value, at most goods and fees (a deposit is never reduced)."""
    if goods_fen < min_goods_fen:
        return 0
    return max(0, min(amount_fen, goods_fen + fees_fen))


def coupon_state(status: str, expires_at: datetime, now: datetime) -> str:
    """The coupon's status as of `now`: an unused coupon past its expiry is expired."""
    return EXPIRED if status == ISSUED and expires_at <= now else status


def check_coupon(status: str, expires_at: datetime, now: datetime, method: str) -> None:
    """Refuse a coupon that is used, expired, or offered on an order not paid in money."""
    state = coupon_state(status, expires_at, now)
    if state == USED:
        raise Conflict("coupon already used", message="这张优惠券已经用过了")
    if state == EXPIRED:
        raise Conflict("coupon expired", message="这张优惠券已过期")
    check_money_order(method)


def check_money_order(method: str) -> None:
    """Refuse a coupon on an order paid with tickets (see the module's note)."""
    if method not in MONEY_METHODS:
        raise InvalidInput("coupon on a ticket order", message="用水票付款的订单不能用优惠券")


def coupon_expiry(now: datetime, valid_days: int, ends_at: datetime) -> datetime:
    """A coupon lasts `valid_days` from issue, and never past the campaign's end."""
    return min(now + timedelta(days=valid_days), ends_at)


def normalize_code(text: str) -> str:
    """A promo code as stored: trimmed and upper-case, 4 to 32 letters or digits."""
    code = text.strip().upper()
    if not CODE_PATTERN.match(code):
        raise InvalidInput(f"bad promo code {text[:40]!r}", message="优惠码格式不对")
    return code


@dataclass(frozen=True)
class Roi:
    """What a campaign brought (delivered orders) against what it gave away."""

    participants: int
    orders: int
    revenue_fen: int
    cost_fen: int

    @property
    def roi(self) -> float | None:
        """(revenue - cost) / cost to four places; None while nothing was given away."""
        if self.cost_fen == 0:
            return None
        return round(float(Fraction(self.revenue_fen - self.cost_fen, self.cost_fen)), 4)


def roi(rows: list[tuple[str, int, int]]) -> Roi:
    """ROI from (customer, revenue, cost) per delivered order of the campaign."""
    return Roi(
        participants=len({customer for customer, _, _ in rows}),
        orders=len(rows),
        revenue_fen=sum(revenue for _, revenue, _ in rows),
        cost_fen=sum(cost for _, _, cost in rows),
    )
