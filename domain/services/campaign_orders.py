"""Campaigns at ordering: free goods of 买N赠M, the coupon an order uses, and giving it back.

Everything here runs inside the order's own transaction, after the customer's row is locked,
so one customer's coupons cannot be spent twice by concurrent orders.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from domain.infra.ports import Conn
from domain.models import Campaign, Coupon, Customer, Order, OrderCampaign, PromoCode
from domain.rules import campaigns as rules
from domain.rules.errors import Conflict
from domain.rules.pricing import PricedLine, Quote, yuan
from domain.services.campaigns import find_code, issue_coupon, running, terms_of
from domain.services.support import as_stored_time, audit


@dataclass(frozen=True)
class FreeChoice:
    """The 买N赠M campaign an order gets free goods from."""

    campaign_id: int
    goods: rules.FreeGoods


@dataclass(frozen=True)
class CouponChoice:
    """The coupon an order uses: one the customer holds, or one issued as the order is placed."""

    campaign_id: int
    discount_fen: int
    coupon_id: int | None = None
    code_id: int | None = None


async def running_offers(conn: Conn, method: str, now: datetime) -> list[Campaign]:
    """The running 买N赠M and coupon campaigns an order may use, in one read (none: no money)."""
    if method not in rules.MONEY_METHODS:
        return []
    at = as_stored_time(now)
    kinds = [rules.BUY_N_GET_M, rules.COUPON]
    return await Campaign.filter(
        kind__in=kinds, active=True, starts_at__lte=at, ends_at__gt=at
    ).using_db(conn)


async def free_goods_for(
    conn: Conn,
    lines: list[PricedLine],
    method: str,
    now: datetime,
    offers: list[Campaign] | None = None,
) -> FreeChoice | None:
    """The best running 买N赠M for these lines (money orders only); `offers`: read already."""
    if method not in rules.MONEY_METHODS:
        return None
    if offers is None:
        offers = await running_offers(conn, method, now)
    best = rules.best_free_goods(
        [
            (c.id, rules.free_goods(terms_of(c), lines, method))
            for c in offers
            if c.kind == rules.BUY_N_GET_M
        ]
    )
    return FreeChoice(*best) if best else None


async def coupon_for(
    conn: Conn,
    customer: Customer,
    quote: Quote,
    method: str,
    code: str | None,
    now: datetime,
    passed: frozenset[int] = frozenset(),
    offers: list[Campaign] | None = None,
) -> CouponChoice | None:
    """The coupon behind `code`, else the customer's best open or `everyone` coupon, if any.

    `passed`: `everyone` campaigns to leave out (their coupons ran out since they were offered).
    `offers`: the running campaigns when the order read them already (`running_offers`).
    """
    goods, fees = quote.goods_fen, quote.delivery_fee_fen + quote.floor_fee_fen
    if code:
        return await _coded(conn, customer, goods, fees, method, code, now)
    if method not in rules.MONEY_METHODS:
        return None
    mine = await Coupon.filter(customer_id=customer.id).using_db(conn)
    choices = [
        CouponChoice(
            c.campaign_id, rules.coupon_discount(c.amount_fen, c.min_goods_fen, goods, fees), c.id
        )
        for c in mine
        if rules.coupon_state(c.status, c.expires_at, now) == rules.ISSUED
    ]
    if offers is None:
        offers = await running_offers(conn, method, now)
    left_out = passed | {c.campaign_id for c in mine}
    choices += _everyone_choices(offers, left_out, goods, fees)
    useful = [c for c in choices if c.discount_fen > 0]
    # Most money off; on a tie a coupon already held before a new one, then the older campaign.
    return max(
        useful,
        key=lambda c: (c.discount_fen, c.coupon_id is not None, -c.campaign_id),
        default=None,
    )


def _everyone_choices(
    offers: list[Campaign], left_out: frozenset[int] | set[int], goods: int, fees: int
) -> list[CouponChoice]:
    """The running `everyone` coupon campaigns with coupons left, not held nor passed over."""
    choices = []
    for campaign in offers:
        if campaign.kind != rules.COUPON or campaign.audience != rules.EVERYONE:
            continue
        spent = campaign.max_issues is not None and campaign.issued >= campaign.max_issues
        if campaign.id not in left_out and not spent:
            assert campaign.amount_fen is not None
            off = rules.coupon_discount(campaign.amount_fen, campaign.min_goods_fen, goods, fees)
            choices.append(CouponChoice(campaign.id, off))
    return choices


async def settle_coupon(
    conn: Conn,
    customer: Customer,
    quote: Quote,
    method: str,
    code: str | None,
    now: datetime,
    actor: str,
    offers: list[Campaign] | None = None,
) -> CouponChoice | None:
    """The coupon a placed order uses, an automatic `everyone` coupon issued already.

    Issuing is where a campaign's budget is claimed; when other orders took the last coupons
    since the customer saw the offer, the order goes on without it (the next best coupon, or
    none) instead of being refused: the customer never asked for that coupon.
    """
    passed: set[int] = set()
    while True:
        choice = await coupon_for(
            conn, customer, quote, method, code, now, frozenset(passed), offers
        )
        if choice is None or choice.coupon_id is not None or choice.code_id is not None:
            return choice
        campaign = await Campaign.get(id=choice.campaign_id, using_db=conn)
        try:
            coupon, _ = await issue_coupon(conn, campaign, customer, now, actor)
        except Conflict:
            passed.add(campaign.id)
            continue
        # The coupon's own amount, in case the campaign was edited since the offer was priced.
        goods, fees = quote.goods_fen, quote.delivery_fee_fen + quote.floor_fee_fen
        off = rules.coupon_discount(coupon.amount_fen, coupon.min_goods_fen, goods, fees)
        return replace(choice, discount_fen=off, coupon_id=coupon.id)


async def _coded(
    conn: Conn, customer: Customer, goods: int, fees: int, method: str, code: str, now: datetime
) -> CouponChoice:
    promo = await find_code(conn, code)
    campaign = await Campaign.get(id=promo.campaign_id, using_db=conn)
    mine = (
        await Coupon.filter(campaign_id=campaign.id, customer_id=customer.id).using_db(conn).first()
    )
    if mine is not None:
        rules.check_coupon(mine.status, mine.expires_at, now, method)
        amount, minimum = mine.amount_fen, mine.min_goods_fen
    else:
        rules.check_money_order(method)
        if not running(campaign, now):
            raise Conflict(f"campaign {campaign.id} not running", message="活动未开始或已经结束")
        assert campaign.amount_fen is not None
        amount, minimum = campaign.amount_fen, campaign.min_goods_fen
    off = rules.coupon_discount(amount, minimum, goods, fees)
    if off == 0:
        raise Conflict(
            f"goods {goods} below coupon minimum {minimum}",
            message=f"商品满{yuan(minimum)}元才能用这张优惠券",
        )
    if mine is not None:
        return CouponChoice(campaign.id, off, coupon_id=mine.id)
    return CouponChoice(campaign.id, off, code_id=promo.id)


async def record_use(
    conn: Conn,
    order: Order,
    customer: Customer,
    free: FreeChoice | None,
    choice: CouponChoice | None,
    actor: str,
    now: datetime,
) -> None:
    """Write what the campaigns gave the placed order and spend the coupon."""
    if free is not None:
        await OrderCampaign.create(
            order=order,
            campaign_id=free.campaign_id,
            free_goods_fen=free.goods.value_fen,
            free_quantity=free.goods.line.quantity,
            using_db=conn,
        )
    if choice is not None:
        coupon = await _coupon(conn, choice, customer, now, actor)
        spent = (
            await Coupon.filter(id=coupon.id, status=rules.ISSUED)
            .using_db(conn)
            .update(status=rules.USED, order_id=order.id, used_at=as_stored_time(now))
        )
        if not spent:
            raise Conflict(f"coupon {coupon.id} not open", message="这张优惠券已经用过了")
        await OrderCampaign.create(
            order=order,
            campaign_id=choice.campaign_id,
            discount_fen=choice.discount_fen,
            using_db=conn,
        )
    if free is not None or choice is not None:
        after = {
            "free": free.campaign_id if free else None,
            "free_goods_fen": free.goods.value_fen if free else 0,
            "coupon_campaign": choice.campaign_id if choice else None,
            "discount_fen": choice.discount_fen if choice else 0,
        }
        await audit(conn, actor, "campaign.apply", "order", order.number, None, after)


async def _coupon(
    conn: Conn, choice: CouponChoice, customer: Customer, now: datetime, actor: str
) -> Coupon:
    if choice.coupon_id is not None:
        return await Coupon.get(id=choice.coupon_id, using_db=conn)
    campaign = await Campaign.get(id=choice.campaign_id, using_db=conn)
    code = None
    if choice.code_id is not None:
        code = await PromoCode.get(id=choice.code_id, using_db=conn)
    coupon, _ = await issue_coupon(conn, campaign, customer, now, actor, code)
    return coupon


async def return_coupons(conn: Conn, order: Order, actor: str) -> int:
    """A cancelled order gives its coupon back (it is still bound by its own expiry)."""
    ids = (
        await Coupon.filter(order_id=order.id, status=rules.USED)
        .using_db(conn)
        .values_list("id", flat=True)
    )
    if ids:
        await (
            Coupon.filter(id__in=list(ids))
            .using_db(conn)
            .update(status=rules.ISSUED, order_id=None, used_at=None)
        )
        after = {"coupons": list(ids)}
        await audit(conn, actor, "coupon.return", "order", order.number, None, after)
    return len(ids)
