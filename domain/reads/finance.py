"""Finance for a day or a month: revenue, courier cash, tickets, stored value, deposits.

Money is integer fen. Period figures come from `domain.reads.stats` (delivered orders, revenue per
order) and the ledgers, each queried a day wider and cut exactly in Python (SQLite compares
datetimes as text). What is owed now — unused tickets, stored value, deposits held — is a
snapshot at `now`, and so are receivables: cash due at the door and not taken (`door_cash`).
Packs paid from the balance and orders paid from it are not new money: that
money came in as a top-up, so `money_in` counts top-ups and only packs paid in cash or by scan.
Revenue never includes bucket deposits (`rules.revenue`): they are owed back, so they are shown
beside it, and counted in `money_in` by how they were paid.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from domain.models import (
    BalanceAccount,
    BalanceEntry,
    BucketEntry,
    Courier,
    Order,
    PaymentRefund,
    TicketEntry,
    TicketPack,
)
from domain.reads import owner_views, stats
from domain.rules import refund_route
from domain.rules import revenue as revenue_rules
from domain.rules import tickets as ticket_rules
from domain.rules.courier_pay import cash_in_hand, door, scan_fen
from domain.rules.door_cash import OWING
from domain.rules.periods import Period

METHODS = revenue_rules.METHODS
PACK_METHODS = ticket_rules.PACK_PAYMENTS
NEW_MONEY = ticket_rules.TOPUP_PAYMENTS  # the methods that bring money in: cash, scans


def revenue_split(order: Order) -> dict[str, int]:
    """A delivered order's revenue (no deposit) by how it was paid; adds up to `order_revenue`."""
    return revenue_rules.sales_by_method(order)


@dataclass(frozen=True)
class Revenue:
    """Delivered orders' revenue by payment method, and the deposit they took beside it."""

    orders: int
    by_method: dict[str, int]
    deposit_fen: int  # deposit charged on those deliveries, net of door refunds: not revenue
    deposit_by_method: dict[str, int]  # how that deposit was paid (it is still new money)

    @property
    def total_fen(self) -> int:
        """All methods together."""
        return sum(self.by_method.values())


@dataclass(frozen=True)
class CourierCash:
    """What one courier collected at the door in the period."""

    userid: str
    name: str
    orders: int
    cash_fen: int  # to hand in
    scan_fen: int  # already with the station
    short_fen: int  # due but not taken: owed by the customers
    over_fen: int  # taken beyond the due (inside cash_fen / scan_fen)


@dataclass(frozen=True)
class DoorCash:
    """Cash due at the door against cash taken in the period, and what is still owed now."""

    due_fen: int
    collected_fen: int
    short_fen: int  # left owing in the period
    over_fen: int  # taken beyond the due in the period
    receivables_fen: int  # owed now by customers, whenever delivered
    receivable_orders: int


@dataclass(frozen=True)
class PackSales:
    """Ticket packs of one product sold in the period."""

    sku: str
    packs: int
    tickets: int  # bonus included
    amount_fen: int
    by_method: dict[str, int]  # amount_fen by how the packs were paid (PACK_METHODS)


@dataclass(frozen=True)
class StoredValue:
    """Top-ups in the period by how they were paid, and the stored value customers hold now."""

    topups: dict[str, int]  # NEW_MONEY methods
    held_fen: int  # a liability, like unused tickets
    customers: int  # holding a positive balance

    @property
    def topups_fen(self) -> int:
        """All top-ups together."""
        return sum(self.topups.values())


@dataclass(frozen=True)
class Liability:
    """Unused tickets of one product now, valued at the unit price and at the pack price."""

    owed: owner_views.TicketLiability
    pack_value_fen: int  # what the customers paid for them, at the usual pack's price per ticket


@dataclass(frozen=True)
class Deposits:
    """Deposit taken and refunded in the period, and what is held now."""

    collected_fen: int
    refunded_cash_fen: int  # returns and extra empties at the door refunded in cash
    refunded_balance_fen: int
    refunded_online_fen: int  # back to the WeChat Pay payment it was paid with (原路退回)
    buckets_returned: int  # returned, or handed back as extra empties at the door
    held: owner_views.DepositsHeld


@dataclass(frozen=True)
class Finance:
    """The whole report."""

    period: Period
    as_of: datetime
    revenue: Revenue
    couriers: list[CourierCash]
    packs: list[PackSales]
    tickets_used: int
    tickets_used_fen: int
    codes_redeemed: int  # tickets from printed codes (paid for elsewhere)
    liabilities: list[Liability]
    stored_value: StoredValue
    deposits: Deposits
    door: DoorCash

    def money_in(self) -> dict[str, int]:
        """New money per method: paid at the door (deposits too), top-ups, packs not paid from
        the balance."""
        return {
            method: self.revenue.by_method[method]
            + self.revenue.deposit_by_method[method]
            + self.stored_value.topups[method]
            + sum(p.by_method[method] for p in self.packs)
            for method in NEW_MONEY
        }


def _revenue(delivered: list[Order]) -> Revenue:
    by_method, deposits = dict.fromkeys(METHODS, 0), dict.fromkeys(METHODS, 0)
    for order in delivered:
        for method, fen in revenue_split(order).items():
            by_method[method] += fen
        for method, fen in revenue_rules.deposit_by_method(order).items():
            deposits[method] += fen
    return Revenue(len(delivered), by_method, sum(deposits.values()), deposits)


async def courier_cash(delivered: list[Order]) -> list[CourierCash]:
    """Each courier's cash and scans at the door for these deliveries, most cash first."""
    mine: dict[str, list[Order]] = defaultdict(list)
    for order in delivered:
        if order.courier_id is not None:  # type: ignore[attr-defined]
            mine[str(order.courier_id)].append(order)  # type: ignore[attr-defined]
    rows = [
        CourierCash(
            c.wecom_userid,
            c.name,
            len(mine[str(c.id)]),
            sum(cash_in_hand(o) for o in mine[str(c.id)]),
            sum(scan_fen(o) for o in mine[str(c.id)]),
            sum(door(o).short_fen for o in mine[str(c.id)]),
            sum(door(o).over_fen for o in mine[str(c.id)]),
        )
        for c in await Courier.filter(id__in=list(mine))
    ]
    return sorted(rows, key=lambda r: (-r.cash_fen, r.userid))


async def _ticket_entries(period: Period) -> tuple[list[PackSales], int]:
    low, high = stats.widened(period)
    rows = await TicketEntry.filter(
        kind__in=("purchase", "redeem"), created_at__gte=low, created_at__lt=high
    ).prefetch_related("wallet")
    packs: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    paid: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(PACK_METHODS, 0))
    codes = 0
    for entry in rows:
        if not period.contains(entry.created_at):
            continue
        if entry.kind == "redeem":
            codes += entry.delta
            continue
        row = packs[entry.wallet.sku]
        row[0], row[1], row[2] = row[0] + 1, row[1] + entry.delta, row[2] + entry.amount_fen
        paid[entry.wallet.sku][ticket_rules.pack_payment(entry.reason)] += entry.amount_fen
    found = [
        PackSales(sku, row[0], row[1], row[2], paid[sku]) for sku, row in sorted(packs.items())
    ]
    return found, codes


async def _stored_value(period: Period) -> StoredValue:
    low, high = stats.widened(period)
    rows = await BalanceEntry.filter(kind="topup", created_at__gte=low, created_at__lt=high)
    topups = dict.fromkeys(NEW_MONEY, 0)
    for entry in rows:
        if period.contains(entry.created_at):
            topups[entry.reason] += entry.delta_fen  # the reason is the method (`top_up`)
    held = [a.balance_fen for a in await BalanceAccount.filter(balance_fen__gt=0)]
    return StoredValue(topups, sum(held), len(held))


def _at_pack_price(row: owner_views.TicketLiability, pack: TicketPack | None) -> int:
    """The tickets at the pack's price per ticket (bonus included), rounded to the fen."""
    if pack is None or pack.tickets + pack.bonus <= 0:
        return row.value_fen
    per_pack = pack.tickets + pack.bonus
    return (row.count * pack.price_fen + per_pack // 2) // per_pack


async def _liabilities(now: datetime) -> list[Liability]:
    owed = await owner_views.ticket_liabilities(now)
    usual: dict[str, TicketPack] = {}
    for pack in await TicketPack.filter(active=True).order_by("-tickets", "code"):
        usual.setdefault(pack.sku, pack)
    found = []
    for row in owed:
        found.append(Liability(row, _at_pack_price(row, usual.get(row.sku))))
    return found


async def _door_online(delivered: list[Order]) -> int:
    """Deposit refunded at these deliveries through their WeChat Pay payment, not in cash."""
    ids = [order.id for order in delivered]
    reason = refund_route.DOOR_DEPOSIT_REASON
    refunds = await PaymentRefund.filter(payment__order_id__in=ids, reason=reason)
    return sum(refund.amount_fen for refund in refunds)


async def _deposits(period: Period, delivered: list[Order]) -> Deposits:
    low, high = stats.widened(period)
    returns = await BucketEntry.filter(kind="return", created_at__gte=low, created_at__lt=high)
    inside = [e for e in returns if period.contains(e.created_at)]
    # A return's posting reason is how its deposit went back (refund_route.return_reason).
    parts = [refund_route.return_parts(e.reason, -e.deposit_delta_fen) for e in inside]
    door_online = await _door_online(delivered)
    refunded = {"cash": sum(p.cash_fen for p in parts)}
    refunded["balance"] = sum(p.balance_fen for p in parts)
    handed_back = 0
    for order in delivered:  # extra empties at the door: given back and refunded there
        to = "balance" if order.payment_method == "balance" else "cash"
        refunded[to] += max(0, -(order.deposit_charged_fen or 0))
        handed_back += max(0, (order.empties_collected or 0) - (order.buckets_delivered or 0))
    return Deposits(
        collected_fen=sum(max(0, o.deposit_charged_fen or 0) for o in delivered),
        refunded_cash_fen=refunded["cash"] - door_online,
        refunded_balance_fen=refunded["balance"],
        refunded_online_fen=sum(p.online_fen for p in parts) + door_online,
        buckets_returned=handed_back - sum(e.held_delta for e in inside),
        held=await owner_views.deposits_held(),
    )


async def door_cash(delivered: list[Order]) -> DoorCash:
    """Cash due against taken for these deliveries, and the receivables owed now."""
    settled = [door(o) for o in delivered]
    owing = [door(o).short_fen for o in await Order.filter(payment_status=OWING)]
    return DoorCash(
        due_fen=sum(s.due_fen for s in settled),
        collected_fen=sum(s.collected_fen for s in settled),
        short_fen=sum(s.short_fen for s in settled),
        over_fen=sum(s.over_fen for s in settled),
        receivables_fen=sum(owing),
        receivable_orders=len(owing),
    )


async def finance(period: Period, now: datetime) -> Finance:
    """The finance report for a period, with what is owed as of `now`."""
    delivered = await stats.delivered_in(period)
    packs, codes = await _ticket_entries(period)
    ticket_orders = [o for o in delivered if o.tickets_used]  # mixed orders too
    return Finance(
        period=period,
        as_of=now,
        revenue=_revenue(delivered),
        couriers=await courier_cash(delivered),
        packs=packs,
        tickets_used=sum(o.tickets_used for o in ticket_orders),
        tickets_used_fen=sum(revenue_rules.ticket_value(o) for o in ticket_orders),
        codes_redeemed=codes,
        liabilities=await _liabilities(now),
        stored_value=await _stored_value(period),
        deposits=await _deposits(period, delivered),
        door=await door_cash(delivered),
    )
