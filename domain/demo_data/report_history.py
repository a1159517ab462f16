"""A station's history for `waterbot bench reports`: customers and delivered orders, bulk-written.

Placing 20,000 orders through the services would take far longer than the reports it feeds, so
the rows are built in memory and written with `bulk_create`. They follow the services' own rules
(`pricing.quote`, `deposits`, the ticket allocation, order_delivery's cash due) and carry what the
services write and the reports read: lines, the event trail, ticket lots, uses and entries,
balance and bucket entries with their running balances, the refill due date. Audit rows,
reminders and dispatch cards are left out: no report reads them.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from domain.demo_data.report_rows import (
    ACTOR,
    Batch,
    post_balance,
    post_buckets,
    post_tickets,
    write,
)
from domain.models import (
    Address,
    BalanceAccount,
    BucketAccount,
    Courier,
    Customer,
    Order,
    OrderEvent,
    OrderLine,
    OrderTicketUse,
    Product,
    TicketLot,
    TicketPack,
    TicketWallet,
)
from domain.rules import deposits, door_cash, pricing
from domain.rules import tickets as ticket_rules
from domain.rules.order_flow import OrderState, format_order_number
from domain.rules.station import StationRules
from domain.services import catalog, demo, staff
from domain.services.ledgers import bucket_state

# The cash a courier collects is record_delivery's own rule: borrowed, not restated here.
from domain.services.order_delivery import bill_of
from domain.services.order_preparation import address_snapshot
from domain.services.station import configure_station, load_rules

HISTORY_DAYS = 180
COMMUNITIES = ("阳光花园", "翠湖小区", "创业大厦", "金地花园", "滨江公寓", "锦绣家园")
COURIERS = (("刘师傅", 150), ("赵师傅", 150), ("孙师傅", 120), ("周师傅", 120), ("吴师傅", 100))
S = OrderState


@dataclass
class Household:
    """One customer, what they drink and how they pay, and their accounts as they go."""

    customer: Customer
    address: Address
    product: Product
    method: str
    every_days: int
    wallet: TicketWallet | None = None
    lots: list[TicketLot] = field(default_factory=list)
    balance: BalanceAccount | None = None
    buckets: BucketAccount | None = None
    last_delivery: datetime | None = None


@dataclass(frozen=True)
class World:
    """What every order draws on: the rules, the catalog and the couriers."""

    rules: StationRules
    packs: dict[str, TicketPack]
    extra: Product  # a case of bottles some orders add: not a bucket
    couriers: list[Courier]


async def generate(customers: int, orders: int, now: datetime, seed: int = 7) -> dict[str, int]:
    """Write the catalog, couriers, `customers` households and `orders` delivered orders."""
    rng = random.Random(seed)
    world = await _setup()
    batch = Batch()
    products = [p for p in await Product.all().order_by("id") if p.unit == "桶"]
    households = [_household(batch, rng, i, products, world) for i in range(customers)]
    for placed, number, home in _plan(rng, households, orders, now):
        _order(batch, rng, world, home, placed, number)
    for home in households:
        _settle(batch, rng, home, now)
    return await write(batch)


async def _setup() -> World:
    await catalog.load_catalog(demo.demo_catalog(), ACTOR)
    await configure_station(
        {"name": "清泉水站", "floor_fee_fen": 100, "free_floors": 3,
         "communities": list(COMMUNITIES)},
        ACTOR,
    )  # fmt: skip
    for i, (name, rate) in enumerate(COURIERS, 1):
        await staff.add_courier(f"courier{i}", name, ACTOR, f"1390000000{i}", 12, rate)
    packs: dict[str, TicketPack] = {}
    for pack in await TicketPack.filter(active=True).order_by("-tickets", "code"):
        packs.setdefault(pack.sku, pack)
    extra = await Product.get(sku="nfsq-550ml-24")
    return World(await load_rules(), packs, extra, list(await Courier.all().order_by("id")))


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _household(
    batch: Batch, rng: random.Random, i: int, products: list[Product], world: World
) -> Household:
    customer = batch.new(
        Customer, id=_uuid(rng), mp_openid=f"bench-{i:05d}", name=f"客户{i}", phone=f"139{i:08d}"
    )
    community, floor = rng.choice(COMMUNITIES), rng.randint(1, 18)
    building, room = rng.randint(1, 12), f"{floor}{rng.randint(1, 4):02d}"
    address = batch.new(
        Address, id=_uuid(rng), customer_id=customer.id, text=f"{community}{building}栋{room}",
        community=community, building=f"{building}栋", room=room, floor=floor,
        has_lift=floor > 6 or rng.random() < 0.3, is_default=True,
    )  # fmt: skip
    product = rng.choices(products, weights=[len(products) - k for k in range(len(products))])[0]
    methods: tuple[str, ...] = ("cash", "wechat_pay", "balance")
    weights = [4, 4, 2]
    if product.sku in world.packs:
        methods, weights = ("ticket", "cash", "wechat_pay", "balance"), [5, 2, 2, 1]
    method = rng.choices(methods, weights)[0]
    return Household(customer, address, product, method, rng.randint(5, 25))


def _plan(
    rng: random.Random, households: list[Household], count: int, now: datetime
) -> list[tuple[datetime, str, Household]]:
    """When each order was placed (shop hours, some households busier), with its number."""
    weights = [rng.lognormvariate(0, 1) for _ in households]
    times = []
    for home in rng.choices(households, weights, k=count):
        day = now - timedelta(days=rng.randint(1, HISTORY_DAYS))
        at = day.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59), microsecond=0)
        times.append((at, home))
    times.sort(key=lambda pair: pair[0])
    per_day: dict[str, int] = defaultdict(int)
    planned = []
    for at, home in times:
        per_day[f"{at:%Y%m%d}"] += 1
        planned.append((at, format_order_number(at.date(), per_day[f"{at:%Y%m%d}"]), home))
    first: dict[int, tuple[datetime, Household]] = {}
    for at, _, home in planned:
        first.setdefault(id(home), (at, home))
    for at, home in first.values():
        home.customer.created_at = at - timedelta(days=rng.randint(0, 30), hours=2)
    return planned


def _order(
    batch: Batch,
    rng: random.Random,
    world: World,
    home: Household,
    placed: datetime,
    number: str,
) -> None:
    """One order from placing to delivery, with the ledgers moved as the services move them."""
    product = home.product
    lines = [pricing.PricedLine(product.sku, product.name, rng.choice((1, 1, 2, 2, 3)),
                                product.price_fen, product.deposit_fen, True)]  # fmt: skip
    if home.method != "ticket" and rng.random() < 0.1:
        extra = world.extra
        lines.append(pricing.PricedLine(extra.sku, extra.name, 1, extra.price_fen, 0, False))
    home.buckets = home.buckets or batch.new(BucketAccount, customer_id=home.customer.id)
    buckets = lines[0].quantity
    deposit = deposits.expected_deposit(bucket_state(home.buckets), buckets, product.deposit_fen)
    floor, lift = home.address.floor, home.address.has_lift
    courier = rng.choice(world.couriers)
    quote = pricing.quote(world.rules, lines, home.method, floor, lift, deposit)
    order = batch.new(
        Order, number=number, customer_id=home.customer.id,
        address=address_snapshot(home.address), window_start=placed,
        window_end=placed + timedelta(hours=2), payment_method=home.method,
        goods_fen=quote.goods_fen, delivery_fee_fen=quote.delivery_fee_fen,
        floor_fee_fen=quote.floor_fee_fen, deposit_fen=quote.deposit_fen,
        tickets_used=quote.tickets_needed, courier_id=courier.id, created_at=placed,
    )  # fmt: skip
    for line in lines:
        batch.new(OrderLine, order_id=order.id, **asdict(line))
    _pay(batch, world, home, order, quote, placed)
    delivered_at = _events(batch, rng, world, order, courier, placed)
    _deliver(batch, home, order, buckets, courier, delivered_at)


def _pay(
    batch: Batch,
    world: World,
    home: Household,
    order: Order,
    quote: pricing.Quote,
    at: datetime,
) -> None:
    if order.payment_method == "ticket":
        _take_tickets(batch, world, home, order, at)
    elif order.payment_method == "balance":
        due = quote.money_due_fen("balance")
        account = home.balance or batch.new(BalanceAccount, customer_id=home.customer.id)
        home.balance = account
        if account.balance_fen < due:
            top_up = max(due, 30000)  # a household tops up 300 yuan at a time
            post_balance(batch, account, top_up, "topup", "cash", None, at - timedelta(hours=1))
        post_balance(batch, account, -due, "order", "", order.number, at)
        order.prepaid_fen = due


def _take_tickets(batch: Batch, world: World, home: Household, order: Order, at: datetime) -> None:
    pack = world.packs[home.product.sku]
    if home.wallet is None:
        home.wallet = batch.new(TicketWallet, customer_id=home.customer.id, sku=pack.sku)
    wallet = home.wallet
    while wallet.balance < order.tickets_used:
        bought = at - timedelta(hours=1)
        count = ticket_rules.pack_total(pack.tickets, pack.bonus)
        home.lots.append(
            batch.new(
                TicketLot, wallet_id=wallet.id, granted=count, remaining=count, source="purchase",
                expires_at=ticket_rules.pack_expiry(bought, pack.valid_days), created_at=bought,
            )
        )  # fmt: skip
        # The reason as wallet.buy_pack writes it: finance reads how the pack was paid from it.
        paid = ticket_rules.pack_reason(pack.name, "cash")
        post_tickets(batch, wallet, count, "purchase", None, bought, pack.price_fen, paid)
    plain = [ticket_rules.Lot(x.id, x.remaining, x.expires_at, x.created_at) for x in home.lots]
    lots = {lot.id: lot for lot in home.lots}
    for lot_id, n in ticket_rules.allocate(plain, order.tickets_used, at):
        lots[lot_id].remaining -= n
        batch.new(OrderTicketUse, order_id=order.id, lot_id=lot_id, count=n)
    post_tickets(batch, wallet, -order.tickets_used, "order", order.number, at)


def _events(
    batch: Batch,
    rng: random.Random,
    world: World,
    order: Order,
    courier: Courier,
    at: datetime,
) -> datetime:
    """The state trail of a delivered order (one in 30 failed once first); when it arrived."""

    def move(src: S | None, dst: S, actor: str, reason: str = "") -> None:
        batch.new(OrderEvent, order_id=order.id, from_state=src, to_state=dst, actor=actor,
                  reason=reason, at=at)  # fmt: skip

    move(None, S.PENDING, "customer", "chat")
    move(S.PENDING, S.AWAITING_DISPATCH, "customer")
    if rng.random() < 1 / 30:
        missed = rng.choice(world.couriers).wecom_userid
        at += timedelta(minutes=rng.randint(5, 30))
        move(S.AWAITING_DISPATCH, S.ASSIGNED, "dispatcher", missed)
        move(S.ASSIGNED, S.DELIVERING, missed)
        at += timedelta(minutes=rng.randint(10, 40))
        move(S.DELIVERING, S.FAILED, missed, "家里没人")
        move(S.FAILED, S.AWAITING_DISPATCH, missed, "redispatch")
    at += timedelta(minutes=rng.randint(5, 40))
    move(S.AWAITING_DISPATCH, S.ASSIGNED, "dispatcher", courier.wecom_userid)
    at += timedelta(minutes=rng.randint(5, 20))
    move(S.ASSIGNED, S.DELIVERING, courier.wecom_userid)
    at += timedelta(minutes=rng.randint(10, 90))
    move(S.DELIVERING, S.DELIVERED, courier.wecom_userid)
    return at


def _deliver(
    batch: Batch, home: Household, order: Order, buckets: int, courier: Courier, at: datetime
) -> None:
    """Every held empty comes back, as the quote assumed (record_delivery's default)."""
    account = home.buckets
    assert account is not None  # opened when the order was priced
    state = bucket_state(account)
    collected = min(state.held, buckets)
    move = deposits.delivery_move(state, buckets, collected, home.product.deposit_fen)
    post_buckets(batch, account, move, "delivery", "", order.number, courier.wecom_userid, at)
    order.state = S.DELIVERED
    order.buckets_delivered, order.empties_collected = buckets, collected
    order.deposit_charged_fen = move.deposit_delta_fen
    due = door_cash.at_the_door(bill_of(order), move.deposit_delta_fen).cash_due_fen
    order.cash_due_fen = order.cash_collected_fen = due
    order.delivered_at, order.payment_status = at, "paid"
    home.last_delivery = at


def _settle(batch: Batch, rng: random.Random, home: Household, now: datetime) -> None:
    """The refill due date; a quiet household sometimes hands its buckets back for the deposit."""
    last, account = home.last_delivery, home.buckets
    if last is None or account is None:
        home.customer.created_at = now - timedelta(days=rng.randint(1, HISTORY_DAYS))
        return
    home.customer.refill_due_at = last + timedelta(days=home.every_days)
    if account.held and now - last > timedelta(days=90) and rng.random() < 0.5:
        at = last + timedelta(days=30)
        move = deposits.return_move(bucket_state(account), account.held)
        how = "balance" if home.balance is not None else "cash"
        post_buckets(batch, account, move, "return", how, None, ACTOR, at)
        if how == "balance" and home.balance is not None and move.deposit_delta_fen:
            refund = -move.deposit_delta_fen
            post_balance(batch, home.balance, refund, "deposit_refund", "", None, at)
