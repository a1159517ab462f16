"""Campaigns: list, create, change, end, promo codes and the ROI report (writes: the owner)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import (
    BOOL,
    DATETIME,
    array,
    enum,
    integer,
    nullable,
    obj,
    parse_datetime,
    ref,
    string,
)
from admin.views import PAGE_QUERY, page_json, page_schema
from domain.reads import campaigns as reads
from domain.reads.campaigns import CampaignRecord, PromoCodeRecord
from domain.rules import campaigns as rules
from domain.services import campaigns

routes = Routes("campaigns")
ID = {"campaign_id": integer(1)}
MONEY = integer(0, 10_000_000)
SUM: dict[str, Any] = {"type": "integer"}  # totals over many orders may pass 32 bits
SKU = nullable(string(32, min_length=1))
TERMS: dict[str, Any] = {  # Any: mypy would match these to obj()'s own parameters
    "starts_at": DATETIME,
    "ends_at": DATETIME,
    "sku": SKU,
    "buy_quantity": nullable(integer(1, 99)),
    "free_quantity": nullable(integer(1, 99)),
    "amount_fen": nullable(integer(1, 10_000_000)),
    "min_goods_fen": MONEY,
    "valid_days": integer(1, 3650),
    "max_issues": nullable(integer(1, 10_000_000)),
    "note": string(200),
}
CAMPAIGN = ref(
    "Campaign",
    obj(
        ("id", "name", "kind", "audience", "sku", "buy_quantity", "free_quantity", "amount_fen",
         "min_goods_fen", "valid_days", "max_issues", "issued", "starts_at", "ends_at", "active",
         "running", "ended_at", "note", "created_by", "created_at"),
        id=integer(),
        name=string(64),
        kind=enum(*rules.KINDS),
        audience=enum(*rules.AUDIENCES),
        issued=integer(),
        active=BOOL,
        running=BOOL,
        ended_at=nullable(DATETIME),
        created_by=string(64),
        created_at=DATETIME,
        **TERMS,
    ),
)  # fmt: skip
PROMO_CODE = ref(
    "PromoCode",
    obj(
        ("code", "campaign_id", "max_uses", "uses", "created_by", "created_at"),
        code=string(32),
        campaign_id=integer(),
        max_uses=nullable(integer()),
        uses=integer(),
        created_by=string(64),
        created_at=DATETIME,
    ),
)
REPORT = ref(
    "CampaignReport",
    obj(
        ("campaign", "participants", "orders", "open_orders", "revenue_fen", "cost_fen",
         "discount_fen", "free_goods_fen", "free_quantity", "roi", "coupons_issued",
         "coupons_used"),
        campaign=CAMPAIGN,
        participants=integer(),
        orders=integer(),
        open_orders=integer(),
        revenue_fen=SUM,
        cost_fen=SUM,
        discount_fen=SUM,
        free_goods_fen=SUM,
        free_quantity=SUM,
        roi=nullable({"type": "number"}),
        coupons_issued=integer(),
        coupons_used=integer(),
    ),
)  # fmt: skip


def _at(moment: datetime | None, tz: tzinfo | None) -> str | None:
    return moment.astimezone(tz).isoformat() if moment else None


def campaign_json(c: CampaignRecord, now: datetime) -> dict[str, Any]:
    """A campaign with its terms, coupons issued and whether it runs now."""
    tz = now.tzinfo  # the station's time zone, as every time the API returns
    fields = ("id", "name", "kind", "audience", "sku", "buy_quantity", "free_quantity",
              "amount_fen", "min_goods_fen", "valid_days", "max_issues", "issued", "active",
              "note", "created_by")  # fmt: skip
    return {
        **{name: getattr(c, name) for name in fields},
        "starts_at": _at(c.starts_at, tz),
        "ends_at": _at(c.ends_at, tz),
        "ended_at": _at(c.ended_at, tz),
        "created_at": _at(c.created_at, tz),
        "running": rules.is_running(c.active, c.starts_at, c.ends_at, now),
    }


def code_json(p: PromoCodeRecord, tz: tzinfo) -> dict[str, Any]:
    """A promo code and how often it was claimed."""
    return {
        "code": p.code,
        "campaign_id": p.campaign_id,
        "max_uses": p.max_uses,
        "uses": p.uses,
        "created_by": p.created_by,
        "created_at": _at(p.created_at, tz),
    }


@routes.op("GET", "/campaigns", summary="Campaigns newest first", area="campaigns",
           query=PAGE_QUERY, response=page_schema("CampaignPage", CAMPAIGN))  # fmt: skip
async def list_campaigns(call: Call) -> Any:
    """A page of campaigns."""
    page = await reads.list_campaigns(call.query["limit"], call.query.get("cursor"))
    return page_json(page, lambda c: campaign_json(c, call.now))


def _terms(body: dict[str, Any]) -> dict[str, Any]:
    return {
        k: parse_datetime(v) if k in ("starts_at", "ends_at") else v
        for k, v in body.items()
        if k in TERMS
    }


@routes.op(
    "POST",
    "/campaigns",
    summary="Create a campaign: buy_n_get_m (买五赠一) or a coupon for everyone, dormant or code",
    area="campaigns",
    body=obj(
        ("name", "kind", "starts_at", "ends_at"),
        name=string(64, min_length=1),
        kind=enum(*rules.KINDS),
        audience=enum(*rules.AUDIENCES),
        **TERMS,
    ),
    response=CAMPAIGN,
    status=201,
)
async def create(call: Call) -> Any:
    """Create."""
    b = _terms(call.body)
    note, max_issues = b.pop("note", ""), b.pop("max_issues", None)
    terms = rules.Terms(kind=call.body["kind"], audience=call.body.get("audience", "everyone"), **b)
    made = await campaigns.create_campaign(
        terms, call.body["name"], call.actor, call.now, note, max_issues=max_issues
    )
    return Reply(campaign_json(await reads.campaign(made), call.now), 201)


@routes.op("GET", "/campaigns/{campaign_id}", summary="One campaign", area="campaigns",
           path_params=ID, response=CAMPAIGN)  # fmt: skip
async def get(call: Call) -> Any:
    """One campaign."""
    return campaign_json(await reads.campaign(call.path["campaign_id"]), call.now)


@routes.op(
    "PATCH",
    "/campaigns/{campaign_id}",
    summary="Change a campaign's name, period or terms (not its kind or audience) until it ends",
    area="campaigns",
    path_params=ID,
    body=obj(name=string(64, min_length=1), **TERMS),
    response=CAMPAIGN,
)
async def update(call: Call) -> Any:
    """Change terms; they are checked again as a whole."""
    changes = _terms(call.body)
    if "name" in call.body:
        changes["name"] = call.body["name"]
    await campaigns.update_campaign(call.path["campaign_id"], changes, call.actor)
    return campaign_json(await reads.campaign(call.path["campaign_id"]), call.now)


@routes.op("POST", "/campaigns/{campaign_id}/end",
           summary="End a campaign now (409 when already ended); coupons issued stay valid",
           area="campaigns", path_params=ID, response=CAMPAIGN)  # fmt: skip
async def end(call: Call) -> Any:
    """End."""
    await campaigns.end_campaign(call.path["campaign_id"], call.actor, call.now)
    return campaign_json(await reads.campaign(call.path["campaign_id"]), call.now)


@routes.op("GET", "/campaigns/{campaign_id}/codes", summary="A campaign's promo codes",
           area="campaigns", path_params=ID, response=array(PROMO_CODE, 100_000))  # fmt: skip
async def list_codes(call: Call) -> Any:
    """Codes, oldest first."""
    await reads.campaign(call.path["campaign_id"])
    return [code_json(p, call.tz) for p in await reads.codes(call.path["campaign_id"])]


@routes.op(
    "POST",
    "/campaigns/{campaign_id}/codes",
    summary="A promo code for a coupon campaign of audience `code` (case ignored when typed)",
    area="campaigns",
    path_params=ID,
    body=obj(
        ("code",),
        code=string(32, min_length=4, pattern=r"^[A-Za-z0-9]+$"),
        max_uses=nullable(integer(1, 10_000_000)),
    ),
    response=PROMO_CODE,
    status=201,
)
async def create_code(call: Call) -> Any:
    """Make a code."""
    b = call.body
    made = await campaigns.create_promo_code(
        call.path["campaign_id"], b["code"], b.get("max_uses"), call.actor, call.now
    )
    return Reply(code_json(await reads.promo_code(made), call.tz), 201)


@routes.op("GET", "/campaigns/{campaign_id}/report",
           summary="ROI of delivered orders: participants, orders, revenue (no deposits), cost",
           area="campaigns", path_params=ID, response=REPORT)  # fmt: skip
async def report(call: Call) -> Any:
    """ROI = (revenue - cost) / cost, null while the campaign has cost nothing."""
    r = await reads.report(call.path["campaign_id"])
    return {
        "campaign": campaign_json(r.campaign, call.now),
        "participants": r.roi.participants,
        "orders": r.roi.orders,
        "open_orders": r.open_orders,
        "revenue_fen": r.roi.revenue_fen,
        "cost_fen": r.roi.cost_fen,
        "discount_fen": r.discount_fen,
        "free_goods_fen": r.free_goods_fen,
        "free_quantity": r.free_quantity,
        "roi": r.roi.roi,
        "coupons_issued": r.coupons_issued,
        "coupons_used": r.coupons_used,
    }
