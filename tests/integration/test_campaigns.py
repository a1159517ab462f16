"""Campaigns on a real database: 买五赠一, coupons at ordering, codes, cancel, ROI."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from domain.models import (
    AuditLog,
    Campaign,
    Coupon,
    Customer,
    Order,
    OrderCampaign,
    OrderLine,
    OutboxMessage,
    PromoCode,
    Reminder,
)
from domain.reads import campaigns as reads
from domain.reads.stats import order_revenue
from domain.rules import campaigns as rules
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.rules.reminder_rules import WAKE_UP
from domain.services import (
    campaign_orders,
    campaigns,
    order_moves,
    reminders,
    task_cards,
    wallet,
)
from domain.services.support import default_connection
from tests.integration.campaign_helpers import (
    MONTH,
    buy_five_get_one,
    coupon_campaign,
    deliver,
    order,
)
from tests.integration.helpers import make_customer, seed_catalog
from tests.integration.reminder_helpers import POLICY, household
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
async def catalog(db: str) -> AsyncIterator[None]:
    await seed_catalog()
    yield


async def test_buy_five_get_one_adds_a_free_bucket_with_its_deposit() -> None:
    campaign = await buy_five_get_one("nfsq-19l")
    customer = await make_customer()
    placed = await order(customer.id, 5)
    assert placed.goods_fen == 5 * 2200
    assert placed.deposit_fen == 6 * 5000  # a new customer: every bucket carries a deposit
    assert placed.money_due_fen == 5 * 2200 + 6 * 5000
    assert [(ln["quantity"], ln["unit_price_fen"]) for ln in placed.lines] == [(5, 2200), (1, 0)]
    done = await deliver(placed.number)
    assert (done.buckets_delivered, done.deposit_charged_fen) == (6, 6 * 5000)
    use = await OrderCampaign.get(campaign_id=campaign)
    assert (use.free_quantity, use.free_goods_fen, use.discount_fen) == (1, 2200, 0)
    four = await order(customer.id, 4)
    assert len(four.lines) == 1 and await OrderCampaign.all().count() == 1


async def test_ticket_orders_get_neither_free_goods_nor_coupons() -> None:
    await buy_five_get_one()
    await coupon_campaign()
    customer = await make_customer()
    await wallet.adjust_tickets(customer.id, "nfsq-19l", 10, "test", "owner", NOW)
    placed = await order(customer.id, 5, "ticket")
    assert (placed.tickets_used, placed.discount_fen, len(placed.lines)) == (5, 0, 1)
    assert not await Coupon.exists()


async def test_an_everyone_coupon_applies_once_and_nets_every_figure() -> None:
    campaign = await coupon_campaign(amount_fen=500, min_goods_fen=4000)
    customer = await make_customer()
    small = await order(customer.id, 1)  # 22 yuan of goods: below the minimum
    assert small.discount_fen == 0 and not await Coupon.exists()
    placed = await order(customer.id, 2)
    assert placed.discount_fen == 500
    assert placed.money_due_fen == 4400 + 2 * 5000 - 500
    saved = await Order.get(number=placed.number)
    assert (saved.discount_fen, saved.total_fen) == (500, 4400 + 10000 - 500)
    assert task_cards.money_due_fen(saved) == placed.money_due_fen  # what the courier collects
    coupon = await Coupon.get(campaign_id=campaign)
    assert (coupon.status, coupon.order_id) == (rules.USED, saved.id)
    again = await order(customer.id, 2)
    assert again.discount_fen == 0
    done = await deliver(placed.number)
    assert done.cash_due_fen == done.cash_collected_fen == 4400 - 500 + done.deposit_charged_fen
    # Revenue is what was paid less the deposit, which goes back with the buckets.
    revenue = order_revenue(await Order.get(number=placed.number))
    assert revenue == done.cash_collected_fen - done.deposit_charged_fen == 4400 - 500
    assert await AuditLog.filter(action="campaign.apply", entity_id=placed.number).exists()


async def test_balance_pays_the_net_amount_and_cancel_gives_coupon_and_money_back() -> None:
    await coupon_campaign(amount_fen=800, min_goods_fen=0)
    customer = await make_customer()
    await wallet.top_up(customer.id, 20000, "cash", "owner")
    placed = await order(customer.id, 1, "balance")
    assert (placed.discount_fen, placed.prepaid_fen) == (800, 2200 + 5000 - 800)
    moved = await order_moves.cancel_order(placed.number, "customer", NOW)
    assert moved.refunded_fen == 2200 + 5000 - 800
    coupon = await Coupon.get(customer_id=customer.id)
    assert (coupon.status, coupon.order_id, coupon.used_at) == (rules.ISSUED, None, None)
    assert await AuditLog.filter(action="coupon.return", entity_id=placed.number).exists()
    again = await order(customer.id, 1, "balance")
    assert again.discount_fen == 800
    assert (await Coupon.get(id=coupon.id)).status == rules.USED
    await deliver(again.number)
    assert order_revenue(await Order.get(number=again.number)) == 2200 - 800  # no deposit


async def test_the_best_open_coupon_wins() -> None:
    customer = await make_customer()
    small = await coupon_campaign(rules.CODE, amount_fen=300, min_goods_fen=0)
    big = await coupon_campaign(rules.CODE, amount_fen=1000, min_goods_fen=0)
    for campaign, code in ((small, "SMALL3"), (big, "BIG10")):
        await campaigns.create_promo_code(campaign, code, None, "owner", NOW)
        await campaigns.claim_code(customer.id, code.lower(), "customer", NOW)
    first = await order(customer.id, 1)
    second = await order(customer.id, 1)
    third = await order(customer.id, 1)
    assert [first.discount_fen, second.discount_fen, third.discount_fen] == [1000, 300, 0]


async def test_promo_code_at_ordering_refuses_used_expired_and_ticket_orders() -> None:
    campaign = await coupon_campaign(rules.CODE, amount_fen=500, min_goods_fen=4000, valid_days=3)
    await campaigns.create_promo_code(campaign, "Winter5", 10, "owner", NOW)
    customer = await make_customer()
    with pytest.raises(InvalidInput):
        await order(customer.id, 2, "ticket", code="WINTER5")
    with pytest.raises(Conflict, match="minimum"):
        await order(customer.id, 1, code="winter5")
    with pytest.raises(NotFound):
        await order(customer.id, 2, code="SPRING5")
    placed = await order(customer.id, 2, code="winter5")
    assert placed.discount_fen == 500
    assert (await PromoCode.get(code="WINTER5")).uses == 1
    with pytest.raises(Conflict, match="used"):
        await order(customer.id, 2, code="WINTER5")
    late = await make_customer("o-late", "阳光花园3栋503")
    await campaigns.claim_code(late.id, "winter5", "customer", NOW)
    with pytest.raises(Conflict, match="expired") as caught:
        await order(late.id, 2, at=NOW + timedelta(days=3), code="WINTER5")
    assert caught.value.message == "这张优惠券已过期"
    assert (await order(late.id, 2, at=NOW + timedelta(days=3))).discount_fen == 0


async def test_code_uses_and_campaign_budget_hold_under_concurrent_claims() -> None:
    campaign = await coupon_campaign(rules.CODE, max_issues=3)
    await campaigns.create_promo_code(campaign, "ONLY2", 2, "owner", NOW)
    await campaigns.create_promo_code(campaign, "MANY", None, "owner", NOW)
    people = [await make_customer(f"o-{i}", f"阳光花园3栋{500 + i}") for i in range(6)]
    claims = [campaigns.claim_code(p.id, "only2", "customer", NOW) for p in people]
    results = await asyncio.gather(*claims, return_exceptions=True)
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 4 and all(isinstance(r, Conflict) for r in refused), refused
    assert (await PromoCode.get(code="ONLY2")).uses == 2
    rest = [campaigns.claim_code(p.id, "MANY", "customer", NOW) for p in people]
    results = await asyncio.gather(*rest, return_exceptions=True)
    assert {str(getattr(r, "message", "")) for r in results if isinstance(r, BaseException)} == {
        "优惠券已经发完了"
    }
    assert await Coupon.filter(campaign_id=campaign).count() == 3
    assert (await reads.campaign(campaign)).issued == 3


async def test_claiming_twice_gives_the_same_coupon_and_ended_campaigns_issue_none() -> None:
    campaign = await coupon_campaign(rules.CODE)
    await campaigns.create_promo_code(campaign, "TWICE", 5, "owner", NOW)
    customer = await make_customer()
    first, new = await campaigns.claim_code(customer.id, "twice", "customer", NOW)
    second, again = await campaigns.claim_code(customer.id, "TWICE", "customer", NOW)
    assert (first.id, new, again) == (second.id, True, False) and (
        await PromoCode.get(code="TWICE")
    ).uses == 1
    await campaigns.end_campaign(campaign, "owner", NOW)
    other = await make_customer("o-2", "阳光花园3栋503")
    with pytest.raises(Conflict):
        await campaigns.claim_code(other.id, "TWICE", "customer", NOW)
    # A coupon already issued stays good until its own expiry.
    assert (await order(customer.id, 2)).discount_fen == 500


async def test_campaign_changes_are_checked_and_ending_twice_conflicts() -> None:
    campaign = await coupon_campaign()
    await campaigns.update_campaign(campaign, {"amount_fen": 700, "name": "7元券"}, "owner")
    assert (await reads.campaign(campaign)).amount_fen == 700
    with pytest.raises(InvalidInput) as caught:
        await campaigns.update_campaign(campaign, {"ends_at": NOW - MONTH}, "owner")
    assert "ends_at" in caught.value.fields
    with pytest.raises(InvalidInput):
        await campaigns.update_campaign(campaign, {"kind": rules.BUY_N_GET_M}, "owner")
    with pytest.raises(Conflict):
        await campaigns.create_promo_code(campaign, "NOPE", None, "owner", NOW)  # not a code one
    await campaigns.end_campaign(campaign, "owner", NOW)
    with pytest.raises(Conflict):
        await campaigns.end_campaign(campaign, "owner", NOW)
    with pytest.raises(Conflict):
        await campaigns.update_campaign(campaign, {"name": "x"}, "owner")
    with pytest.raises(NotFound):
        await campaigns.end_campaign(9999, "owner", NOW)
    actions = await AuditLog.filter(entity="campaign").values_list("action", flat=True)
    assert sorted(actions) == ["campaign.create", "campaign.end", "campaign.update"]


async def test_roi_report_counts_delivered_orders_exactly() -> None:
    free = await buy_five_get_one()
    coupon = await coupon_campaign(amount_fen=500, min_goods_fen=0)
    a = await make_customer("o-a", "阳光花园3栋501")
    b = await make_customer("o-b", "阳光花园3栋502")
    first = await order(a.id, 5)  # free bucket and the coupon
    second = await order(a.id, 6)  # free bucket only: a's coupon is spent
    third = await order(b.id, 10)  # two free buckets, b's coupon
    await order(b.id, 5)  # open: not in revenue or cost
    cancelled = await order(a.id, 5)
    await order_moves.cancel_order(cancelled.number, "customer", NOW)
    for placed in (first, second, third):
        await deliver(placed.number)
    # Revenue, and so the report, leaves the deposits out: they go back when the buckets do.
    sales = {
        n: order_revenue(await Order.get(number=n))
        for n in (first.number, second.number, third.number)
    }
    assert sales[first.number] == 5 * 2200 - 500  # 6 buckets' deposit was paid besides
    report = await reads.report(free)
    assert (report.roi.participants, report.roi.orders, report.open_orders) == (2, 3, 1)
    assert report.roi.revenue_fen == sum(sales.values())
    assert report.roi.cost_fen == report.free_goods_fen == 4 * 2200
    assert report.free_quantity == 4
    expected = round((sum(sales.values()) - 4 * 2200) / (4 * 2200), 4)
    assert report.roi.roi == expected
    money = await reads.report(coupon)
    assert (money.roi.orders, money.roi.cost_fen, money.discount_fen) == (2, 1000, 1000)
    assert money.roi.revenue_fen == sales[first.number] + sales[third.number]
    assert (money.coupons_issued, money.coupons_used) == (2, 2)
    held = await Order.filter(number=third.number).first()
    lines = await OrderLine.filter(order_id=held.id if held else 0).order_by("id")
    assert [(ln.quantity, ln.unit_price_fen) for ln in lines] == [(10, 2200), (2, 0)]


async def test_a_dormant_wake_up_issues_and_mentions_the_coupon_once() -> None:
    campaign = await coupon_campaign(rules.DORMANT, amount_fen=500, min_goods_fen=3000)
    customer = await household()
    wake = await Reminder.get(customer_id=customer.id, kind=WAKE_UP, status="pending")
    await Customer.filter(id=customer.id).update(last_message_at=wake.due_at - timedelta(hours=1))
    await Campaign.filter(id=campaign).update(ends_at=wake.due_at + MONTH)
    assert (await reminders.sweep(wake.due_at, POLICY, (WAKE_UP,))).counts == {"sent": 1}
    message = await OutboxMessage.filter(channel="mp").order_by("-id").first()
    text = str(message.payload.get("text")) if message else ""
    coupon = await Coupon.get(customer_id=customer.id, campaign_id=campaign)
    last_day = (coupon.expires_at - timedelta(microseconds=1)).astimezone(TZ)
    assert (
        f"送您一张5元优惠券(商品满30元可用,下单自动抵扣,有效期至{last_day.month}月{last_day.day}日)"
        in text
    )
    assert coupon.expires_at == wake.due_at + MONTH
    assert await AuditLog.filter(action="coupon.issue", actor="scheduler").count() == 1
    placed = await order(customer.id, 2, at=wake.due_at + timedelta(hours=2))
    assert placed.discount_fen == 500


async def test_no_dormant_campaign_no_coupon_line() -> None:
    await coupon_campaign(rules.EVERYONE)
    customer = await household()
    conn = await default_connection()
    assert await reminders.campaign_coupon(conn, customer, NOW) is None
    assert not await Coupon.exists()


async def test_an_order_goes_on_without_the_coupon_another_order_just_took(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    campaign = await coupon_campaign(amount_fen=500, min_goods_fen=0, max_issues=1)
    held = await coupon_campaign(amount_fen=200, min_goods_fen=0)
    customer = await make_customer()
    real_issue = campaign_orders.issue_coupon

    async def issue_after_a_rival(conn: Any, chosen: Campaign, *args: Any) -> Any:
        if chosen.id == campaign:  # another order takes the last one first
            await Campaign.filter(id=campaign).using_db(conn).update(issued=1)
        return await real_issue(conn, chosen, *args)

    monkeypatch.setattr(campaign_orders, "issue_coupon", issue_after_a_rival)
    placed = await order(customer.id, 2)
    assert placed.discount_fen == 200  # the next best coupon, not a refused order
    assert await Coupon.filter(customer_id=customer.id).values_list("campaign_id", flat=True) == [
        held
    ]
