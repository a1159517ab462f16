"""Read side for couriers: open tasks in route order, what a delivery will take, the day and month.

Money in fen. Piece-rate earnings are the courier's `piece_rate_fen` per item delivered (each
bucket or case on a delivered order counts one).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from domain.models import BucketAccount, Courier, Customer, Order, OrderEvent, OrderLine, Station
from domain.reads import dispatch_plans, stats
from domain.rules import deposits, door_cash, door_pay
from domain.rules.courier_pay import Takings, takings
from domain.rules.dispatch import Stop, route_order
from domain.rules.errors import NotFound
from domain.rules.order_flow import OrderState
from domain.services import door_paid, door_trades
from domain.services.dispatch import TASK_STATES
from domain.services.order_delivery import bill_of
from domain.services.task_cards import money_due_fen


@dataclass(frozen=True)
class TaskRow:
    """One open task as the courier's list shows it."""

    number: str
    state: str
    window_start: datetime
    window_end: datetime
    address: str
    latitude: float | None
    longitude: float | None
    items: tuple[tuple[str, int], ...]
    collect: door_cash.ToCollect  # the same rule as the task card's 收款 row
    phone: str


async def courier_by_userid(userid: str) -> Courier:
    """The courier with this WeCom user id."""
    courier = await Courier.get_or_none(wecom_userid=userid)
    if courier is None:
        raise NotFound(f"no courier {userid}", message="您还没有登记为送水员")
    return courier


async def open_task_numbers(userid: str) -> list[str]:
    """Numbers of the courier's open tasks (assigned or on the way)."""
    courier = await courier_by_userid(userid)
    orders = Order.filter(courier_id=courier.id, state__in=list(TASK_STATES))
    return [str(n) for n in await orders.order_by("id").values_list("number", flat=True)]


async def open_tasks(userid: str, now: datetime, today_only: bool = False) -> list[TaskRow]:
    """The courier's open tasks, day by day (overdue ones count as today's): each day's in the
    current plan's order when one was made for that day, the rest as a nearest-neighbour walk
    from the station; with `today_only`, only today's."""
    courier = await courier_by_userid(userid)
    today, _ = day_bounds(now)
    query = Order.filter(courier_id=courier.id, state__in=list(TASK_STATES))
    if today_only:
        query = query.filter(window_start__lt=today + timedelta(days=1))
    rows = [await _row(order) for order in await query.order_by("window_start", "id")]
    station = await Station.get_or_none(id=1)
    home = None
    if station and station.latitude is not None and station.longitude is not None:
        home = (station.latitude, station.longitude)
    days: dict[date, list[TaskRow]] = {}
    for row in rows:
        days.setdefault(
            max(today.date(), row.window_start.astimezone(now.tzinfo).date()), []
        ).append(row)
    ordered: list[TaskRow] = []
    for day in sorted(days):
        planned = await dispatch_plans.planned_sequence(courier.id, day)
        ordered += _day_order(days[day], planned, home)
    return ordered


def _day_order(
    rows: list[TaskRow], planned: dict[str, int], home: tuple[float, float] | None
) -> list[TaskRow]:
    """One day's tasks: those in the plan in its order, then the others by the walk."""
    first = sorted((r for r in rows if r.number in planned), key=lambda r: planned[r.number])
    rest = [r for r in rows if r.number not in planned]
    stops = [Stop(r.number, r.window_start, r.latitude, r.longitude) for r in rest]
    by_number = {r.number: r for r in rest}
    return first + [by_number[stop.key] for stop in route_order(home, stops)]


async def _row(order: Order) -> TaskRow:
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    customer = await Customer.get_or_none(id=order.customer_id)  # type: ignore[attr-defined]
    lat, lon = order.address.get("latitude"), order.address.get("longitude")
    return TaskRow(
        number=order.number,
        state=order.state,
        window_start=order.window_start,
        window_end=order.window_end,
        address=str(order.address.get("text") or ""),
        latitude=float(lat) if isinstance(lat, int | float) else None,
        longitude=float(lon) if isinstance(lon, int | float) else None,
        items=tuple((line.name, line.quantity) for line in lines),
        collect=door_cash.to_collect(  # packs riding on the delivery too, as on the card
            order.payment_method, money_due_fen(order) + await packs_due(order), order.tickets_used
        ),
        phone=(customer.phone or "") if customer else "",
    )


@dataclass(frozen=True)
class DeliveryFacts:
    """What the delivery questions need: buckets, the expected empties and what is owed."""

    number: str
    buckets: int
    expected_empties: int
    payment_method: str
    cash_due_fen: int  # with the expected empties, and the packs riding on it
    packs_fen: int = 0  # of which the ticket packs riding on the delivery (docs/PAY.md)


async def delivery_facts(number: str, empties: int | None = None) -> DeliveryFacts:
    """An order's delivery as it will be recorded with `empties` (default: the expected)."""
    order = await Order.get_or_none(number=number)
    if order is None:
        raise NotFound(f"order {number} not found", message=f"没有找到订单 {number}")
    lines = await OrderLine.filter(order_id=order.id)
    buckets = sum(line.quantity for line in lines if line.is_bucket)
    account = await BucketAccount.get_or_none(customer_id=order.customer_id)  # type: ignore[attr-defined]
    state = deposits.BucketState(
        account.held if account else 0,
        account.paid_buckets if account else 0,
        account.deposit_fen if account else 0,
    )
    # The quote assumed every held empty comes back, up to the buckets delivered.
    expected = min(state.held, buckets)
    collected = expected if empties is None else min(empties, state.held + buckets)
    deposit_each = max((line.deposit_each_fen for line in lines if line.is_bucket), default=0)
    move = deposits.delivery_move(state, buckets, collected, deposit_each)
    due = door_cash.at_the_door(bill_of(order), move.deposit_delta_fen).cash_due_fen
    packs = await packs_due(order)
    return DeliveryFacts(number, buckets, expected, order.payment_method, due + packs, packs)


async def packs_due(order: Order) -> int:
    """What the packs riding on the order's delivery leave to collect (0: the code paid them)."""
    prices = [p.price_fen for p in await door_paid.riding_packs(None, order.number)]
    trade = await door_trades.door_payment(None, order.id)
    status, pack_fen = (trade.status, trade.pack_fen) if trade else (None, 0)
    void = trade is not None and door_pay.voided(trade.flag)
    return 0 if door_pay.packs_paid_by_code(status, pack_fen, prices, void) else sum(prices)


@dataclass(frozen=True)
class Earnings(Takings):
    """A courier's deliveries over a period (`Takings`), and the deliveries that failed."""

    failed: int


async def earnings(userid: str, start: datetime, end: datetime) -> Earnings:
    """What the courier delivered between start and end."""
    courier = await courier_by_userid(userid)
    orders = await Order.filter(
        courier_id=courier.id,
        state=OrderState.DELIVERED,
        delivered_at__gte=start,
        delivered_at__lt=end,
    )
    took = takings(orders, await stats.lines_by_order(orders), courier.piece_rate_fen)
    failed = await OrderEvent.filter(
        actor=userid, to_state=OrderState.FAILED, at__gte=start, at__lt=end
    ).count()
    return Earnings(**asdict(took), failed=failed)


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """The calendar day of `now`, in its time zone."""
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def month_bounds(now: datetime) -> tuple[datetime, datetime]:
    """The calendar month of `now`, in its time zone."""
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following


async def courier_named(said: str) -> tuple[str, str] | None:
    """(WeCom user id, name) of the courier with this user id, or else this name; None when
    nobody or more than one courier has it."""
    courier = await Courier.get_or_none(wecom_userid=said)
    if courier is not None:
        return courier.wecom_userid, courier.name
    named = await Courier.filter(name=said).limit(2)
    return (named[0].wecom_userid, named[0].name) if len(named) == 1 else None
