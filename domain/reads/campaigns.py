"""Campaigns for the back office: the list, one campaign with its codes, and the ROI report."""

from __future__ import annotations

from dataclasses import dataclass

from domain.models import Campaign, Coupon, Order, OrderCampaign, PromoCode
from domain.reads.paging import Page, page_by_id
from domain.reads.stats import order_revenue
from domain.rules import campaigns as rules
from domain.rules.errors import NotFound
from domain.rules.order_flow import OrderState


async def list_campaigns(limit: int, cursor: str | None) -> Page[Campaign]:
    """Campaigns newest first."""
    return await page_by_id(Campaign.all(), limit, cursor)


async def campaign(campaign_id: int) -> Campaign:
    """One campaign, or NotFound."""
    found = await Campaign.filter(id=campaign_id).first()
    if found is None:
        raise NotFound(f"campaign {campaign_id}", message="没有找到这个活动")
    return found


async def codes(campaign_id: int) -> list[PromoCode]:
    """A campaign's promo codes, oldest first."""
    return list(await PromoCode.filter(campaign_id=campaign_id).order_by("id"))


async def promo_code(code_id: int) -> PromoCode:
    """One promo code by id."""
    return await PromoCode.get(id=code_id)


@dataclass(frozen=True)
class Report:
    """A campaign's ROI over its delivered orders, its open orders and its coupons."""

    campaign: Campaign
    roi: rules.Roi
    discount_fen: int
    free_goods_fen: int
    free_quantity: int
    open_orders: int
    coupons_issued: int
    coupons_used: int


def _sales(order: Order) -> int:
    return order_revenue(order)  # deposits are never revenue (`rules.revenue.sales`)


async def report(campaign_id: int) -> Report:
    """Participants, orders, revenue (net of discounts and deposits) and cost of a campaign.

    Only delivered orders count towards revenue and cost; an order that took two campaigns
    counts in each one's report. Bucket deposits are left out of revenue: they are owed back
    when the buckets return, so a campaign that wins new households would look better than it is.
    """
    found = await campaign(campaign_id)
    uses = await OrderCampaign.filter(campaign_id=campaign_id).prefetch_related("order")
    done = [u for u in uses if u.order.state == OrderState.DELIVERED]
    rows = [
        (str(u.order.customer_id), _sales(u.order), u.discount_fen + u.free_goods_fen)  # type: ignore[attr-defined]
        for u in done
    ]
    closed = (OrderState.DELIVERED, OrderState.CANCELLED)
    coupons = await Coupon.filter(campaign_id=campaign_id).values_list("status", flat=True)
    return Report(
        campaign=found,
        roi=rules.roi(rows),
        discount_fen=sum(u.discount_fen for u in done),
        free_goods_fen=sum(u.free_goods_fen for u in done),
        free_quantity=sum(u.free_quantity for u in done),
        open_orders=len([u for u in uses if u.order.state not in closed]),
        coupons_issued=len(coupons),
        coupons_used=len([s for s in coupons if s == rules.USED]),
    )
