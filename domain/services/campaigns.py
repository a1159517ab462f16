"""Campaign use cases: create, change and end campaigns, promo codes, and issuing coupons."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from domain.infra.ports import Conn
from domain.models import Campaign, Coupon, Customer, Product, PromoCode
from domain.rules import campaigns as rules
from domain.rules.cleaning import clean_text
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.services.support import as_stored_time, audit, lock_customer, run_in_transaction

# What PATCH may change; kind and audience stay, since coupons and codes were made under them.
EDITABLE = (
    "name", "note", "starts_at", "ends_at", "sku", "buy_quantity", "free_quantity",
    "amount_fen", "min_goods_fen", "valid_days", "max_issues",
)  # fmt: skip
BUCKET = "桶"  # the unit of products that are buckets (see `order_preparation.priced_lines`)
TERMS = tuple(f for f in rules.Terms.__dataclass_fields__)


def terms_of(campaign: Campaign) -> rules.Terms:
    """A campaign's terms as plain values for the pure rules."""
    return rules.Terms(**{name: getattr(campaign, name) for name in TERMS})


def running(campaign: Campaign, now: datetime) -> bool:
    """True while the campaign is active and inside its period."""
    return rules.is_running(campaign.active, campaign.starts_at, campaign.ends_at, now)


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    return {k: as_stored_time(v) if isinstance(v, datetime) else v for k, v in values.items()}


async def _check_sku(conn: Conn, sku: str | None) -> None:
    if sku is None:
        return
    product = await Product.filter(sku=sku).using_db(conn).first()
    if product is None or product.unit != BUCKET:
        raise InvalidInput(f"sku {sku!r} is not a bucket product", fields={"sku": "没有这种桶装水"})


async def create_campaign(
    terms: rules.Terms, name: str, actor: str, now: datetime, note: str = "", **limits: Any
) -> int:
    """Check the terms and create the campaign; returns its id. `limits`: max_issues."""
    rules.check_terms(terms)

    async def work(conn: Conn) -> dict[str, Any]:
        await _check_sku(conn, terms.sku)
        campaign = await Campaign.create(
            name=clean_text(name),
            note=clean_text(note, multiline=True),
            created_by=actor,
            created_at=as_stored_time(now),
            using_db=conn,
            **_stored(asdict(terms)),
            **limits,
        )
        await audit(conn, actor, "campaign.create", "campaign", campaign.id, None, asdict(terms))
        return {"id": campaign.id}

    return int((await run_in_transaction("campaign.create", None, work))["id"])


async def _locked(conn: Conn, campaign_id: int) -> Campaign:
    found = await Campaign.filter(id=campaign_id).select_for_update().using_db(conn).first()
    if found is None:
        raise NotFound(f"campaign {campaign_id}", message="没有找到这个活动")
    return found


def _refuse_ended(campaign: Campaign) -> None:
    if not campaign.active:
        raise Conflict(f"campaign {campaign.id} ended", message="活动已经结束")


async def update_campaign(campaign_id: int, changes: dict[str, Any], actor: str) -> None:
    """Change a running or future campaign's terms; the merged terms are checked again."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput(f"not editable {unknown}", fields={k: "不能修改" for k in unknown})

    async def work(conn: Conn) -> dict[str, Any]:
        campaign = await _locked(conn, campaign_id)
        _refuse_ended(campaign)
        before = {k: getattr(campaign, k) for k in changes}
        merged = replace(terms_of(campaign), **{k: v for k, v in changes.items() if k in TERMS})
        rules.check_terms(merged)
        await _check_sku(conn, merged.sku)
        for name, value in _stored(changes).items():
            setattr(campaign, name, value)
        await campaign.save(using_db=conn)
        await audit(conn, actor, "campaign.update", "campaign", campaign_id, before, changes)
        return {}

    await run_in_transaction("campaign.update", None, work)


async def end_campaign(campaign_id: int, actor: str, now: datetime) -> None:
    """End a campaign now: no more free goods, coupons or codes; coupons issued stay valid."""

    async def work(conn: Conn) -> dict[str, Any]:
        campaign = await _locked(conn, campaign_id)
        _refuse_ended(campaign)
        campaign.active, campaign.ended_at = False, as_stored_time(now)
        await campaign.save(using_db=conn)
        await audit(conn, actor, "campaign.end", "campaign", campaign_id, {"active": True}, None)
        return {}

    await run_in_transaction("campaign.end", None, work)


async def create_promo_code(
    campaign_id: int, code: str, max_uses: int | None, actor: str, now: datetime
) -> int:
    """A promo code for a coupon campaign whose audience is `code`; returns its id."""
    text = rules.normalize_code(code)

    async def work(conn: Conn) -> dict[str, Any]:
        campaign = await _locked(conn, campaign_id)
        _refuse_ended(campaign)
        if campaign.kind != rules.COUPON or campaign.audience != rules.CODE:
            raise Conflict(
                f"campaign {campaign_id} is not a code coupon",
                message="只有凭码领取的优惠券活动能建优惠码",
            )
        if await PromoCode.filter(code=text).using_db(conn).exists():
            raise Conflict(f"promo code {text} exists", message="这个优惠码已经存在")
        made = await PromoCode.create(
            code=text,
            campaign=campaign,
            max_uses=max_uses,
            created_by=actor,
            created_at=as_stored_time(now),
            using_db=conn,
        )
        after = {"code": text, "max_uses": max_uses}
        await audit(conn, actor, "promo_code.create", "campaign", campaign_id, None, after)
        return {"id": made.id}

    try:
        return int((await run_in_transaction("promo_code.create", None, work))["id"])
    except IntegrityError as exc:  # a concurrent twin took the code first
        raise Conflict(f"promo code {text} exists", message="这个优惠码已经存在") from exc


async def find_code(conn: Conn, code: str) -> PromoCode:
    """A promo code by what the customer typed, case ignored."""
    found = await PromoCode.filter(code=rules.normalize_code(code)).using_db(conn).first()
    if found is None:
        raise NotFound(f"promo code {code[:40]!r}", message="没有这个优惠码")
    return found


async def issue_coupon(
    conn: Conn,
    campaign: Campaign,
    customer: Customer,
    now: datetime,
    actor: str,
    code: PromoCode | None = None,
) -> tuple[Coupon, bool]:
    """The customer's coupon of this campaign, issued now if they have none (True when new).

    The caller holds the customer's lock; the campaign's and the code's counters are bumped
    with conditional updates, so concurrent claims never pass `max_issues` or `max_uses`.
    """
    mine = Coupon.filter(campaign_id=campaign.id, customer_id=customer.id).using_db(conn)
    existing = await mine.first()
    if existing is not None:
        return existing, False
    if campaign.kind != rules.COUPON or not running(campaign, now):
        raise Conflict(f"campaign {campaign.id} not issuing", message="活动未开始或已经结束")
    issues = Campaign.filter(id=campaign.id).using_db(conn)
    if campaign.max_issues is not None:
        issues = issues.filter(issued__lt=campaign.max_issues)
    if not await issues.update(issued=F("issued") + 1):
        raise Conflict(f"campaign {campaign.id} budget spent", message="优惠券已经发完了")
    if code is not None:
        uses = PromoCode.filter(id=code.id).using_db(conn)
        if code.max_uses is not None:
            uses = uses.filter(uses__lt=code.max_uses)
        if not await uses.update(uses=F("uses") + 1):
            raise Conflict(f"promo code {code.code} used up", message="这个优惠码已经被领完了")
    assert campaign.amount_fen is not None
    expiry = rules.coupon_expiry(now, campaign.valid_days, campaign.ends_at)
    coupon = await Coupon.create(
        campaign=campaign,
        customer=customer,
        promo_code=code,
        amount_fen=campaign.amount_fen,
        min_goods_fen=campaign.min_goods_fen,
        expires_at=as_stored_time(expiry),
        issued_at=as_stored_time(now),
        using_db=conn,
    )
    after = {"coupon": coupon.id, "customer": customer.id, "amount_fen": coupon.amount_fen}
    await audit(conn, actor, "coupon.issue", "campaign", campaign.id, None, after)
    return coupon, True


async def claim_code(
    customer_id: UUID | str, code: str, actor: str, now: datetime
) -> tuple[Coupon, bool]:
    """A customer claims the coupon behind a promo code; twice gives the same one (False)."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        promo = await find_code(conn, code)
        campaign = await Campaign.get(id=promo.campaign_id, using_db=conn)
        coupon, new = await issue_coupon(conn, campaign, customer, now, actor, promo)
        return {"id": coupon.id, "new": new}

    found = await run_in_transaction("coupon.claim", None, work)
    return await Coupon.get(id=found["id"]), bool(found["new"])


async def dormant_coupon(conn: Conn, customer: Customer, now: datetime) -> Coupon | None:
    """An open coupon for a dormant customer from the best running `dormant` campaign, if any."""
    at = as_stored_time(now)
    offers = (
        await Campaign.filter(
            kind=rules.COUPON,
            audience=rules.DORMANT,
            active=True,
            starts_at__lte=at,
            ends_at__gt=at,
        )
        .order_by("-amount_fen", "id")
        .using_db(conn)
    )
    if not offers:
        return None
    await lock_customer(conn, customer.id)
    for campaign in offers:
        spent = campaign.max_issues is not None and campaign.issued >= campaign.max_issues
        mine = await Coupon.filter(campaign_id=campaign.id, customer_id=customer.id).using_db(conn)
        if (spent and not mine) or (mine and not _open(mine[0], now)):
            continue
        try:
            coupon, _ = await issue_coupon(conn, campaign, customer, now, "scheduler")
        except Conflict:
            continue  # spent meanwhile; the refused update wrote nothing, so try the next one
        return coupon
    return None


def _open(coupon: Coupon, now: datetime) -> bool:
    return rules.coupon_state(coupon.status, coupon.expires_at, now) == rules.ISSUED
