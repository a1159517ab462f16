"""Campaigns for the back office: the list, one campaign with its codes, and the ROI report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.models import Campaign, Coupon, Order, OrderCampaign, PromoCode
from domain.reads.paging import Page, page_by_id
from domain.reads.stats import order_revenue
from domain.rules import campaigns as rules
from domain.rules.errors import NotFound
from domain.rules.order_flow import OrderState


@dataclass(frozen=True)
class CampaignRecord:
    """A campaign with its terms and how many coupons it issued so far."""

    id: int
    name: str
    kind: str
    audience: str
    sku: str | None
    buy_quantity: int | None
    free_quantity: int | None
    amount_fen: int | None
    min_goods_fen: int
    valid_days: int
    max_issues: int | None
    issued: int
    starts_at: datetime
    ends_at: datetime
    active: bool
    ended_at: datetime | None
    note: str
    created_by: str
    created_at: datetime


def _campaign_record(row: Campaign) -> CampaignRecord:
    fields = CampaignRecord.__dataclass_fields__
    return CampaignRecord(**{name: getattr(row, name) for name in fields})


@dataclass(frozen=True)
class PromoCodeRecord:
    """A code customers type to claim a coupon, and how often it was claimed."""

    code: str
    campaign_id: int
    max_uses: int | None
    uses: int
    created_by: str
    created_at: datetime


def _code_record(row: PromoCode) -> PromoCodeRecord:
    return PromoCodeRecord(
        row.code, row.campaign_id, row.max_uses, row.uses, row.created_by, row.created_at
    )


async def list_campaigns(limit: int, cursor: str | None) -> Page[CampaignRecord]:
    """Campaigns newest first."""
    return (await page_by_id(Campaign.all(), limit, cursor)).map(_campaign_record)


async def campaign(campaign_id: int) -> CampaignRecord:
    """One campaign, or NotFound."""
    found = await Campaign.filter(id=campaign_id).first()
    if found is None:
        raise NotFound(f"campaign {campaign_id}", message="没有找到这个活动")
    return _campaign_record(found)


async def codes(campaign_id: int) -> list[PromoCodeRecord]:
    """A campaign's promo codes, oldest first."""
    return [_code_record(p) for p in await PromoCode.filter(campaign_id=campaign_id).order_by("id")]


async def promo_code(code_id: int) -> PromoCodeRecord:
    """One promo code by id."""
    return _code_record(await PromoCode.get(id=code_id))


@dataclass(frozen=True)
class Report:
    """A campaign's ROI over its delivered orders, its open orders and its coupons."""

    campaign: CampaignRecord
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
