"""Builders for the campaign tests: campaigns of each kind, and an order taken to the door."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.models import Courier
from domain.rules import campaigns as rules
from domain.services import campaigns, order_moves, staff
from domain.services.orders import OrderRequest, PlacedOrder, place_order
from tests.support import NOW

MONTH = timedelta(days=30)


async def buy_five_get_one(sku: str | None = None) -> int:
    """A running 买五赠一, for one product or any bucket."""
    terms = rules.Terms(rules.BUY_N_GET_M, rules.EVERYONE, NOW - timedelta(days=1), NOW + MONTH,
                        sku, 5, 1)  # fmt: skip
    return await campaigns.create_campaign(terms, "买五赠一", "owner", NOW)


async def coupon_campaign(
    audience: str = rules.EVERYONE,
    amount_fen: int = 500,
    min_goods_fen: int = 4000,
    valid_days: int = 30,
    max_issues: int | None = None,
) -> int:
    """A running coupon campaign."""
    terms = rules.Terms(
        rules.COUPON,
        audience,
        NOW - timedelta(days=1),
        NOW + MONTH,
        amount_fen=amount_fen,
        min_goods_fen=min_goods_fen,
        valid_days=valid_days,
    )
    return await campaigns.create_campaign(
        terms, f"{amount_fen // 100}元券", "owner", NOW, max_issues=max_issues
    )


async def order(
    customer_id: object,
    quantity: int,
    method: str = "cash",
    at: datetime = NOW,
    code: str | None = None,
) -> PlacedOrder:
    """Place an order of nfsq-19l."""
    request = OrderRequest(customer_id, [("nfsq-19l", quantity)], method, promo_code=code)  # type: ignore[arg-type]
    return await place_order(request, at)


async def deliver(number: str, at: datetime = NOW) -> order_moves.Delivered:
    """Assign and deliver, cash as due."""
    if not await Courier.exists(wecom_userid="courier1"):
        await staff.add_courier("courier1", "刘师傅", "test")
    await order_moves.assign_order(number, "courier1", "dispatcher", at)
    return await order_moves.record_delivery(number, "courier1", at + timedelta(minutes=30))
