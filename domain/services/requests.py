"""Customer requests that staff act on: complaints, bucket returns, ticket packs, hurry-ups.

Each writes its record and the staff notification in one transaction (through the outbox).
A return's and a pack's notification is worded from `Asked` (who, phone, address, what), so
the owner can act on it without looking the customer up; a pack bought in chat is paid to
staff later and settled here (`settle_pack`), when its tickets arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import (
    Address,
    BucketAccount,
    Complaint,
    Courier,
    Customer,
    CustomerMedia,
    Order,
    PackPurchase,
    ReturnRequest,
    Staff,
    TicketPack,
)
from domain.rules.cleaning import clean_text
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.rules.tickets import PACK_PAYMENTS
from domain.services import door_trades, wallet
from domain.services.outbox import enqueue
from domain.services.support import audit, lock_customer, run_in_transaction

STAFF_ROLES = ("owner", "dispatcher")
# A pack purchase: waiting for its money, settled, or cancelled by the customer before that.
PENDING, PAID, CANCELLED = "pending", "paid", "cancelled"


@dataclass(frozen=True)
class Asked:
    """A customer's request as staff are told of it: which one, who, where, what."""

    id: int
    name: str
    phone: str
    address: str  # the default address, "" when none is saved
    buckets: int | None = None  # a return: how many were asked for (None: not said)
    held: int = 0  # a return: buckets at the customer's now, and their deposit
    deposit_fen: int = 0
    pack: str = ""  # a pack purchase: its name and the price agreed
    price_fen: int = 0


# How staff hear of a request: a function of the facts, or a str.format template over them.
Wording = Callable[[Asked], str] | str


def worded(word: Wording, asked: Asked) -> str:
    """What staff read about a request."""
    return word(asked) if callable(word) else word.format(**asdict(asked))


async def asked_of(conn: Conn, customer: Customer, request_id: int, **what: Any) -> Asked:
    """The request as staff are told of it: who, their phone and default address, what."""
    address = await Address.filter(customer_id=customer.id, is_default=True).using_db(conn).first()
    return Asked(
        request_id, customer.name, customer.phone or "", address.text if address else "", **what
    )


async def notify_staff(conn: Conn, text: str, now: datetime, roles: tuple[str, ...]) -> int:
    """A WeCom text to every staff member with one of these roles; returns how many."""
    staff = await Staff.filter(role__in=list(roles)).using_db(conn)
    for member in staff:
        await enqueue(conn, "work", member.wecom_userid, "text", {"text": text}, now)
    return len(staff)


async def log_complaint(
    customer_id: UUID | str,
    text: str,
    now: datetime,
    owner_text: str,
    order_number: str | None = None,
    pictures: tuple[tuple[str, str], ...] = (),
    picture_note: str = "投诉 #{id} 的一张图片没能取到,请联系客户。",
) -> int:
    """Record a complaint and tell owners and dispatchers; `owner_text` may use {id}.

    `pictures` are (media id, url) pairs sent before the details: kept and forwarded too;
    `picture_note` (may use {id}) is what staff read instead of a picture that cannot be had.
    """
    # The owner's notice quotes the complaint: cleaned too, or a direction override in it
    # would scramble the alert in WeCom.
    text, owner_text = clean_text(text, multiline=True), clean_text(owner_text, multiline=True)
    if not text:
        raise InvalidInput("empty complaint", message="请说一下遇到了什么问题")

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        complaint = await Complaint.create(
            customer=customer, text=text[:2000], order_number=order_number, using_db=conn
        )
        await notify_staff(conn, owner_text.format(id=complaint.id), now, STAFF_ROLES)
        note = picture_note.format(id=complaint.id)
        for media_id, pic_url in pictures:
            await _forward_picture(conn, customer.id, (media_id, pic_url), note, now)
        await audit(
            conn,
            "customer",
            "complaint.create",
            "complaint",
            complaint.id,
            None,
            {"text": text[:200]},
        )
        return {"id": complaint.id}

    return int((await run_in_transaction("complaint.create", None, work))["id"])


async def _forward_picture(
    conn: Conn, customer_id: UUID | str, picture: tuple[str, str], note: str, now: datetime
) -> None:
    """Keep the picture; queue it for owners and dispatchers, downloaded at send time."""
    media_id, pic_url = picture
    await CustomerMedia.create(
        customer_id=customer_id,
        media_id=media_id[:128],
        pic_url=pic_url[:500],
        purpose="complaint",
        using_db=conn,
    )
    if not media_id:  # nothing to fetch it by: staff hear of it all the same
        await notify_staff(conn, note, now, STAFF_ROLES)
        return
    # The Official Account's media id means nothing to WeCom: the sender downloads the
    # picture and uploads it there, or sends the note when it cannot.
    payload = {"mp_media_id": media_id, "unfetched_text": note}
    staff = await Staff.filter(role__in=list(STAFF_ROLES)).using_db(conn)
    for member in staff:
        await enqueue(conn, "work", member.wecom_userid, "image", payload, now)


async def add_complaint_picture(
    customer_id: UUID | str,
    complaint_id: int,
    picture: tuple[str, str],
    now: datetime,
    note: str,
) -> None:
    """A picture for a complaint already filed: kept, and forwarded to owners and dispatchers.

    `picture` is (media id, url); `note` is what staff read if the picture cannot be had.
    """
    media_id = picture[0]
    if not media_id:
        raise InvalidInput("complaint picture without media id", message="图片没收到,请再发一次")

    async def work(conn: Conn) -> dict[str, Any]:
        await lock_customer(conn, customer_id)
        await _forward_picture(conn, customer_id, picture, note, now)
        after = {"media": media_id}
        await audit(conn, "customer", "complaint.picture", "complaint", complaint_id, None, after)
        return {}

    await run_in_transaction("complaint.picture", None, work)


async def request_return(
    customer_id: UUID | str, buckets: int | None, now: datetime, staff_text: Wording
) -> int:
    """Ask the dispatcher to collect empties; refused when nothing is held."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        account = await BucketAccount.filter(customer_id=customer.id).using_db(conn).first()
        held = account.held if account else 0
        if held == 0 or (buckets is not None and buckets > held):
            raise InvalidInput(
                f"return {buckets} of {held}",
                message=f"您名下有{held}个桶" if held else "您名下没有押桶",
            )
        request = await ReturnRequest.create(customer=customer, buckets=buckets, using_db=conn)
        deposit = account.deposit_fen if account else 0
        asked = await asked_of(
            conn, customer, request.id, buckets=buckets, held=held, deposit_fen=deposit
        )
        await notify_staff(conn, worded(staff_text, asked), now, STAFF_ROLES)
        await audit(
            conn, "customer", "return.request", "customer", customer.id, None, {"buckets": buckets}
        )
        return {"id": request.id}

    return int((await run_in_transaction("return.request", None, work))["id"])


async def order_pack(
    customer_id: UUID | str, pack_code: str, now: datetime, staff_text: Wording
) -> PackPurchase:
    """A pending pack purchase, paid to the courier on the next delivery."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        pack = await TicketPack.filter(code=pack_code, active=True).using_db(conn).first()
        if pack is None:
            raise NotFound(f"pack {pack_code}", message="没有这种水票套餐", sends_away=True)
        purchase = await PackPurchase.create(
            customer=customer, pack_code=pack.code, price_fen=pack.price_fen, using_db=conn
        )
        asked = await asked_of(
            conn, customer, purchase.id, pack=pack.name, price_fen=pack.price_fen
        )
        await notify_staff(conn, worded(staff_text, asked), now, STAFF_ROLES)
        await audit(
            conn, "customer", "pack.order", "customer", customer.id, None, {"pack": pack.code}
        )
        return {"id": purchase.id}

    created = await run_in_transaction("pack.order", None, work)
    return await PackPurchase.get(id=created["id"])


@dataclass(frozen=True)
class PackSettled:
    """A pack purchase paid to staff: its tickets are in the customer's wallet."""

    id: int
    pack: str
    price_fen: int
    payment_method: str
    sku: str
    tickets: int  # the pack's tickets and bonus
    balance: int  # the wallet's tickets after


async def settle_pack(
    purchase_id: int, payment_method: str, actor: str, now: datetime
) -> PackSettled:
    """The customer paid for a pack bought in chat: sell it at the price agreed, once."""
    if payment_method not in PACK_PAYMENTS:
        raise InvalidInput(f"pack paid by {payment_method}", message="不支持这种付款方式")

    async def work(conn: Conn) -> dict[str, Any]:
        purchase, customer = await locked_purchase(conn, purchase_id)
        paid = f"水票单 #{purchase_id} 已由送水员扫码收款,送达时水票自动到账"
        await door_trades.guard_pack(conn, purchase, actor, paid)
        return await settle_locked(conn, purchase, customer, payment_method, actor, now)

    return PackSettled(**await run_in_transaction("pack.settle", None, work))


async def settle_locked(
    conn: Conn,
    purchase: PackPurchase,
    customer: Customer,
    payment_method: str,
    actor: str,
    now: datetime,
) -> dict[str, Any]:
    """Settle a locked pending purchase in the caller's transaction: the pack sold, once."""
    if purchase.status != PENDING:
        done = "客户已经取消了" if purchase.status == CANCELLED else "已经收过款了"
        raise Conflict(
            f"pack purchase {purchase.id} is {purchase.status}",
            message=f"水票单 #{purchase.id} {done}",
        )
    # The pack may have been withdrawn since: the customer still gets what was agreed.
    pack = await TicketPack.filter(code=purchase.pack_code).using_db(conn).first()
    if pack is None:
        raise NotFound(f"pack {purchase.pack_code}", message="没有这种水票套餐")
    sold = await wallet.sell_pack(
        conn, customer, pack, payment_method, actor, now, price_fen=purchase.price_fen
    )
    purchase.status = PAID
    await purchase.save(using_db=conn, update_fields=["status"])
    before, after = {"status": PENDING}, {"status": PAID, "payment": payment_method}
    await audit(conn, actor, "pack.settle", "pack_purchase", purchase.id, before, after)
    return {
        "id": purchase.id,
        "pack": pack.name,
        "price_fen": purchase.price_fen,
        "payment_method": payment_method,
        "sku": sold["sku"],
        "tickets": sold["delta"],
        "balance": sold["balance"],
    }


async def locked_purchase(conn: Conn, purchase_id: int) -> tuple[PackPurchase, Customer]:
    """The purchase, locked after its customer's row (the one lock order)."""
    query = PackPurchase.filter(id=purchase_id).using_db(conn)
    owner = await query.values_list("customer_id", flat=True)
    if not owner:
        raise NotFound(f"pack purchase {purchase_id}", message=f"没有水票单 #{purchase_id}")
    customer = await lock_customer(conn, str(owner[0]))
    purchase = await query.select_for_update().first()
    if purchase is None:
        raise NotFound(f"pack purchase {purchase_id}", message=f"没有水票单 #{purchase_id}")
    return purchase, customer


async def hurry(customer_id: UUID | str, order_number: str, now: datetime, text: str) -> None:
    """Log a hurry-up for owners and dispatchers, and the courier who has the order."""

    async def work(conn: Conn) -> dict[str, Any]:
        await notify_staff(conn, text, now, STAFF_ROLES)
        order = await Order.filter(number=order_number, customer_id=customer_id).using_db(conn)
        courier_id = order[0].courier_id if order else None  # type: ignore[attr-defined]
        courier = await Courier.filter(id=courier_id).using_db(conn).first() if courier_id else None
        if courier is not None:
            await enqueue(conn, "work", courier.wecom_userid, "text", {"text": text}, now)
        await audit(
            conn,
            "customer",
            "order.hurry",
            "order",
            order_number,
            None,
            {"customer": str(customer_id)},
        )
        return {}

    await run_in_transaction("order.hurry", None, work)


async def keep_media(customer_id: UUID | str, media_id: str, pic_url: str, purpose: str) -> None:
    """Keep a picture the customer sent (proof or complaint evidence)."""
    await CustomerMedia.create(
        customer_id=customer_id, media_id=media_id[:128], pic_url=pic_url[:500], purpose=purpose
    )
