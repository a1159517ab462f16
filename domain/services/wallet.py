"""Tickets and stored value: buy, redeem, grant, deduct, top up, spend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Customer, Product, TicketPack
from domain.rules import tickets as ticket_rules
from domain.rules.errors import InvalidInput, NotFound, ProductUnavailable
from domain.services import ledgers
from domain.services.ledgers import Posting
from domain.services.support import audit, lock_customer, run_in_transaction

PACK_PAYMENTS = ticket_rules.PACK_PAYMENTS


@dataclass(frozen=True)
class TicketsMoved:
    """A wallet after tickets moved."""

    sku: str
    delta: int
    balance: int


@dataclass(frozen=True)
class BalanceMoved:
    """Stored value after a move."""

    delta_fen: int
    balance_fen: int


async def _pack(conn: Conn, code: str) -> TicketPack:
    pack = await TicketPack.filter(code=code, active=True).using_db(conn).first()
    if pack is None:
        raise NotFound(f"ticket pack {code!r} unknown", message="没有这种水票套餐")
    return pack


async def buy_pack(
    customer_id: UUID | str,
    pack_code: str,
    payment_method: str,
    actor: str,
    now: datetime,
    key: str | None = None,
    source: str = "purchase",
) -> TicketsMoved:
    """Sell a ticket pack: tickets + bonus arrive as one lot with the pack's expiry."""
    if payment_method not in PACK_PAYMENTS:
        raise InvalidInput(
            f"cannot buy tickets with {payment_method}", message="不支持这种付款方式"
        )

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        pack = await _pack(conn, pack_code)
        return await sell_pack(conn, customer, pack, payment_method, actor, now, source)

    params = {"pack": pack_code, "payment": payment_method}
    done = await run_in_transaction(
        f"tickets.{source}", key, work, subject=customer_id, params=params
    )
    return TicketsMoved(**done)


async def sell_pack(
    conn: Conn,
    customer: Customer,
    pack: TicketPack,
    payment_method: str,
    actor: str,
    now: datetime,
    source: str = "purchase",
    price_fen: int | None = None,
    reference: str | None = None,
) -> dict[str, Any]:
    """Sell a pack to a locked customer in the caller's transaction (`price_fen`: a price
    agreed before, else the pack's; `reference`: the ledger's link to the payment, e.g. the
    WeChat Pay ledger's P + purchase id)."""
    if payment_method not in PACK_PAYMENTS:
        raise InvalidInput(
            f"cannot buy tickets with {payment_method}", message="不支持这种付款方式"
        )
    price = pack.price_fen if price_fen is None else price_fen
    if payment_method == "balance":
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(
            conn, account, -price, Posting(actor, "tickets", f"购买{pack.name}")
        )
    wallet = await ledgers.wallet(conn, customer, pack.sku)
    count = ticket_rules.pack_total(pack.tickets, pack.bonus)
    reason = ticket_rules.pack_reason(pack.name, payment_method)
    posting = Posting(actor, source, reason, order_number=reference, amount_fen=price)
    await ledgers.add_tickets(
        conn, wallet, count, ticket_rules.pack_expiry(now, pack.valid_days), posting
    )
    result = {"sku": pack.sku, "delta": count, "balance": wallet.balance}
    await audit(
        conn,
        actor,
        f"tickets.{source}",
        "customer",
        customer.id,
        {"pack": pack.code, "payment": payment_method},
        result,
    )
    return result


async def redeem_pack(
    customer_id: UUID | str, pack_code: str, actor: str, now: datetime, key: str
) -> TicketsMoved:
    """Add a prepaid pack (a printed code) to the wallet; the key makes it once only."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        return await credit_pack(conn, customer, await _pack(conn, pack_code), actor, now, key)

    done = await run_in_transaction(
        "tickets.redeem", key, work, subject=customer_id, params={"pack": pack_code}
    )
    return TicketsMoved(**done)


async def credit_pack(
    conn: Conn, customer: Customer, pack: TicketPack, actor: str, now: datetime, key: str
) -> dict[str, Any]:
    """Put a prepaid pack into a locked customer's wallet, in the caller's transaction."""
    wallet = await ledgers.wallet(conn, customer, pack.sku)
    count = ticket_rules.pack_total(pack.tickets, pack.bonus)
    await ledgers.add_tickets(
        conn,
        wallet,
        count,
        ticket_rules.pack_expiry(now, pack.valid_days),
        Posting(actor, "redeem", key),
    )
    result = {"sku": pack.sku, "delta": count, "balance": wallet.balance}
    await audit(conn, actor, "tickets.redeem", "customer", customer.id, {"key": key}, result)
    return result


async def adjust_tickets(
    customer_id: UUID | str,
    sku: str,
    delta: int,
    reason: str,
    actor: str,
    now: datetime,
    expires_at: datetime | None = None,
    key: str | None = None,
) -> TicketsMoved:
    """Staff grant (delta > 0) or deduct (delta < 0) tickets, always with a reason."""
    if delta == 0 or not reason.strip():
        raise InvalidInput(
            "adjustment needs a non-zero delta and a reason", message="调整水票需要数量和原因"
        )

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        if not await Product.filter(sku=sku).using_db(conn).exists():
            raise ProductUnavailable(f"no product {sku!r} to adjust tickets for")
        wallet = await ledgers.wallet(conn, customer, sku)
        if delta > 0:
            await ledgers.add_tickets(
                conn, wallet, delta, expires_at, Posting(actor, "grant", reason)
            )
        else:
            await ledgers.take_tickets(conn, wallet, -delta, now, Posting(actor, "deduct", reason))
        result = {"sku": sku, "delta": delta, "balance": wallet.balance}
        await audit(
            conn, actor, "tickets.adjust", "customer", customer.id, {"reason": reason}, result
        )
        return result

    params = {"sku": sku, "delta": delta, "reason": reason, "expires_at": expires_at}
    done = await run_in_transaction("tickets.adjust", key, work, subject=customer_id, params=params)
    return TicketsMoved(**done)


async def move_stored_value(
    customer_id: UUID | str,
    delta_fen: int,
    kind: str,
    reason: str,
    actor: str,
    key: str | None = None,
) -> BalanceMoved:
    """Top up (positive) or spend (negative) stored value; never below zero."""
    if delta_fen == 0:
        raise InvalidInput("zero amount", message="金额不能为0")

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        account = await ledgers.balance_account(conn, customer)
        after = await ledgers.move_balance(conn, account, delta_fen, Posting(actor, kind, reason))
        result = {"delta_fen": delta_fen, "balance_fen": after}
        await audit(
            conn, actor, f"balance.{kind}", "customer", customer.id, {"reason": reason}, result
        )
        return result

    params = {"delta_fen": delta_fen, "reason": reason}
    done = await run_in_transaction(
        f"balance.{kind}", key, work, subject=customer_id, params=params
    )
    return BalanceMoved(**done)


async def top_up(
    customer_id: UUID | str, amount_fen: int, method: str, actor: str, key: str | None = None
) -> BalanceMoved:
    """Add stored value paid by cash or WeChat Pay."""
    if amount_fen <= 0:
        raise InvalidInput("top-up must be positive", message="充值金额要大于0")
    # The method is the entry's reason; finance sums top-ups by it, so only known ones.
    if method not in ticket_rules.TOPUP_PAYMENTS:
        raise InvalidInput(f"cannot top up with {method}", message="不支持这种付款方式")
    return await move_stored_value(customer_id, amount_fen, "topup", method, actor, key)


async def spend(
    customer_id: UUID | str, amount_fen: int, reason: str, actor: str, key: str | None = None
) -> BalanceMoved:
    """Spend stored value; InsufficientBalance when it does not cover the amount."""
    if amount_fen <= 0:
        raise InvalidInput("spend must be positive", message="金额要大于0")
    return await move_stored_value(customer_id, -amount_fen, "spend", reason, actor, key)
