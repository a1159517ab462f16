"""Balance, prices, ticket packs and reminder preferences."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import orders_info
from bot.handlers.owner_requests import pack_notice
from bot.handlers.refusals import contact
from bot.handlers.states import TicketStates
from bot.router import Router
from domain.infra import pay_port
from domain.reads import queries
from domain.rules.customer_requests import is_pack_cancel
from domain.rules.pricing import yuan
from domain.rules.slot_words import payment_word
from domain.services import catalog, customers, pack_payments, requests

router = Router("account")


@router.intent("balance")
async def balance(turn: Turn) -> Reply:
    """Tickets by product with expiry, stored value, buckets and deposit."""
    summary = await queries.account_summary(turn.user.id, turn.now)
    lines = [texts.BALANCE_HEAD]
    for w in summary.tickets:
        expiry = ""
        if w.earliest_expiry is not None:
            day = w.earliest_expiry.astimezone(turn.now.tzinfo).date()
            expiry = texts.BALANCE_EXPIRY.format(date=f"{day:%Y-%m-%d}")
        lines.append(texts.BALANCE_TICKETS.format(name=w.name, count=w.count, expiry=expiry))
    if not summary.tickets:
        lines.append(texts.BALANCE_NO_TICKETS)
    lines.append(texts.BALANCE_MONEY.format(amount=yuan(summary.balance_fen)))
    lines.append(
        texts.BALANCE_BUCKETS.format(held=summary.buckets_held, deposit=yuan(summary.deposit_fen))
    )
    return Reply("\n".join(lines))


async def _packs_text() -> str:
    packs = await catalog.active_packs()
    return "\n".join(
        texts.PACK_LINE.format(
            index=i, name=p.name, price=yuan(p.price_fen), tickets=p.tickets, bonus=p.bonus
        )
        for i, p in enumerate(packs, 1)
    )


@router.intent("price")
async def price(turn: Turn) -> Reply:
    """The catalog and the ticket packs."""
    lines = [texts.PRICE_HEAD]
    for p in await catalog.active_products():
        deposit = texts.PRICE_DEPOSIT.format(deposit=yuan(p.deposit_fen)) if p.deposit_fen else ""
        lines.append(
            texts.PRICE_LINE.format(
                name=p.name, price=yuan(p.price_fen), unit=p.unit, deposit=deposit
            )
        )
    packs = await _packs_text()
    if packs:
        lines += [texts.PACKS_HEAD, packs]
    return Reply("\n".join(lines))


@router.intent("buy_tickets")
async def buy_tickets(turn: Turn) -> Reply:
    """Pick a pack: the one for the named product, or a numbered list (不买水票了: cancel)."""
    if is_pack_cancel(turn.text):
        return await orders_info.cancel(turn)
    packs = await catalog.active_packs()
    if not packs:
        return Reply(texts.NO_PACKS.format(contact=await contact()))
    named = {item.sku for item in turn.parsed.items} if turn.parsed else set()
    matching = [p for p in packs if p.sku in named]
    if len(matching) == 1:
        return await _order_pack(turn, matching[0].code)
    turn.go(TicketStates.PICK, packs=[p.code for p in packs])
    return Reply(texts.ASK_PACK.format(packs=await _packs_text()))


@router.state(TicketStates.PICK)
async def pick_pack(turn: Turn) -> Reply | None:
    """The number of a pack from the list."""
    codes = turn.draft.get("packs", [])
    if not turn.text.isdigit() or not 1 <= int(turn.text) <= len(codes):
        return None
    return await _order_pack(turn, codes[int(turn.text) - 1])


async def _order_pack(turn: Turn, code: str) -> Reply:
    """The pack chosen: with WeChat Pay connected ask how it is paid, else pay the courier."""
    if pay_port.online():
        pack = {p.code: p for p in await catalog.active_packs()}.get(code)
        if pack is not None:
            turn.go(TicketStates.PAY, pack=code)
            return Reply(texts.ASK_PACK_PAYMENT.format(name=pack.name, price=yuan(pack.price_fen)))
    return await _pack_to_courier(turn, code)


@router.state(TicketStates.PAY)
async def pack_payment(turn: Turn) -> Reply | None:
    """1 / 微信: pay the pack online now; 2 / 现金 / 师傅: pay the courier on the next delivery."""
    code = str(turn.draft.get("pack", ""))
    word = payment_word(turn.text)
    if turn.text == "1" or word == "wechat_pay":
        online = await pack_payments.order_pack_online(turn.user.id, code, turn.now)
        if online is not None:
            turn.reset()
            return Reply(
                texts.PACK_PAY_ONLINE.format(
                    id=online.id, name=online.pack, price=yuan(online.price_fen),
                    minutes=online.minutes, link=online.link,
                )
            )  # fmt: skip
    if turn.text in ("1", "2") or word is not None or "师傅" in turn.text:
        return await _pack_to_courier(turn, code)
    return None


async def _pack_to_courier(turn: Turn, code: str) -> Reply:
    purchase = await requests.order_pack(turn.user.id, code, turn.now, pack_notice)
    turn.reset()
    packs = {p.code: p for p in await catalog.active_packs()}
    return Reply(
        texts.PACK_ORDERED.format(
            name=packs[purchase.pack_code].name, price=yuan(purchase.price_fen)
        )
    )


@router.intent("reminder_off", "reminder_on")
async def reminders(turn: Turn) -> Reply:
    """退订提醒 / 开启提醒."""
    assert turn.parsed is not None
    enabled = turn.parsed.intent == "reminder_on"
    await customers.set_reminders(turn.user.id, enabled, "customer")
    return Reply(texts.REMINDERS_ON if enabled else texts.REMINDERS_OFF)
