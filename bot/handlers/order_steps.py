"""The order draft: what is still missing, the next question, and the confirmation summary."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.refusals import contact
from bot.handlers.states import OrderStates
from bot.nlu import Parsed
from bot.presentation import money_text, window_text
from domain.infra import pay_port
from domain.reads import queries
from domain.rules import pricing
from domain.rules.draft_items import product_choices
from domain.rules.errors import DomainError, InsufficientTickets
from domain.rules.order_draft import OrderDraft
from domain.rules.slot_filling import PAYMENT_CHOICES
from domain.services import customers
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, Preview, preview_order

log = logging.getLogger(__name__)

LABELS = {"@家": "家", "@公司": "公司"}
ORDER_FLOW = frozenset(OrderStates)


def apply_parsed(draft: OrderDraft, parsed: Parsed) -> None:
    """Fold what a message said into the draft (items, window, payment, address words)."""
    if parsed.items:
        draft.items = [(item.sku, item.quantity) for item in parsed.items]
    if parsed.window is not None:
        draft.window = parsed.window
    if parsed.payment is not None:
        draft.payment = parsed.payment
    if parsed.address is not None:
        draft.address_said = parsed.address


async def resolve_address(turn: Turn) -> None:
    """Turn the address words in the draft into a saved address id, when possible."""
    draft = turn.order
    said, draft.address_said = draft.address_said, None
    if not said:
        return
    customer_id = turn.user.id
    if said == "@default":
        found = await queries.default_address(customer_id)
    elif said in LABELS:
        found = await queries.address_by_label(customer_id, LABELS[said])
        if found is None:
            draft.address_label = LABELS[said]
    else:
        draft.address_id = await save_address(turn, said)
        return
    if found is not None:
        draft.address_id = str(found.id)


async def save_address(
    turn: Turn,
    text: str,
    lat: float | None = None,
    lon: float | None = None,
    label: str | None = None,
) -> str:
    """Reuse an identical saved address or save a new one (the first becomes default); its id."""
    existing = await queries.address_by_text(turn.user.id, text)
    if existing is not None:
        return str(existing.id)
    label = label or _take_label(turn) or "家"
    saved = await customers.add_address(
        turn.user.id,
        AddressInput(text, label=label, latitude=lat, longitude=lon, make_default=False),
        "customer",
    )
    return str(saved.id)


def _take_label(turn: Turn) -> str | None:
    # Only an order flow carries a label asked for; a location sent outside one has none.
    if turn.state not in ORDER_FLOW:
        return None
    draft = turn.order
    label, draft.address_label = draft.address_label, None
    return label


def new_draft() -> OrderDraft:
    """An empty order draft with its own id, the key its confirmation is placed under."""
    return OrderDraft.new()


def confirm_key(turn: Turn) -> str:
    """A draft is placed at most once, whichever message (double tap, retry) confirms it."""
    draft_id = turn.order.id
    return f"chat-draft:{draft_id}" if draft_id else f"chat:{turn.incoming.dedupe_key}"


def request_of(turn: Turn, key: str | None = None, payment: str | None = None) -> OrderRequest:
    """The draft as an order request (asked only once every item and the payment are known).

    `payment`: price it paid this way instead (the rest of a mixed order, before it is asked).
    """
    d = turn.order
    items = [(sku, qty) for sku, qty in d.items if sku is not None and qty is not None]
    method = payment or d.payment
    if method is None or len(items) != len(d.items):
        raise LookupError(f"order draft {d.id!r} is not complete")
    return OrderRequest(
        turn.user.id,
        items,
        method,
        address_id=d.address_id,
        window=d.window,
        source="chat",
        idempotency_key=key,
        use_tickets=d.tickets and method != "ticket",
        tickets_expected=d.tickets_shown if key is not None else None,
    )


def ask(turn: Turn, state: OrderStates, question: str) -> Reply:
    """Wait for the answer to `question` in `state`."""
    turn.go(state)
    turn.asked = True
    return Reply(question)


async def next_step(turn: Turn) -> Reply:
    """Ask for the first missing thing, or show the confirmation."""
    d = turn.order
    items = d.items
    if not items or any(sku is None for sku, _ in items):
        return await _ask_product(turn)
    if pricing.over_limit(items):
        return await _over_limit(turn)
    if any(qty is None for _, qty in items):
        products = await queries.product_names()
        first = products.get(items[0][0] or "")
        name, unit = (first.name, first.unit) if first else ("", "桶")
        return ask(turn, OrderStates.QUANTITY, texts.ASK_QUANTITY.format(name=name, unit=unit))
    if not d.address_id:
        default = await queries.default_address(turn.user.id)
        if default is None or d.address_label:
            label = d.address_label
            question = texts.ASK_ADDRESS_LABEL.format(label=label) if label else texts.ASK_ADDRESS
            return ask(turn, OrderStates.ADDRESS, question)
        d.address_id = str(default.id)
    if not d.payment:
        chosen = await _default_payment(turn)
        if chosen is None:
            return await _ask_payment(turn)
        d.payment = chosen
    if not turn.user.phone:
        return ask(turn, OrderStates.PHONE, texts.ASK_PHONE)
    return await confirmation(turn)


async def _over_limit(turn: Turn) -> Reply:
    """Too many at once: say the limit and whom to call now, and ask a smaller amount."""
    turn.order.items = [(sku, None) for sku, _ in turn.order.items]
    refusal = texts.OVER_LIMIT.format(limit=pricing.MAX_LINE_QUANTITY, contact=await contact())
    reply = await next_step(turn)
    return replace(reply, text=f"{refusal}{texts.OVER_LIMIT_GO_ON}\n{reply.text}")


async def _ask_product(turn: Turn) -> Reply:
    products = await queries.product_names()
    usual = await queries.usual_sku(turn.user.id)
    turn.order.usual = usual if usual in products else None
    offer = (
        texts.OFFER_USUAL.format(name=products[usual].name)
        if usual in products
        else texts.OFFER_NONE
    )
    offered = product_choices(list(products), turn.order.usual)
    choices = "\n".join(
        texts.PRODUCT_CHOICE.format(index=i, name=products[sku].name)
        for i, sku in enumerate(offered, 1)
    )
    return ask(turn, OrderStates.PRODUCT, texts.ASK_PRODUCT.format(offer=offer, choices=choices))


async def product_choice(turn: Turn, number: int) -> str | None:
    """The product numbered `number` in the product question (the usual one first)."""
    offered = product_choices(list(await queries.product_names()), turn.order.usual)
    return offered[number - 1] if 1 <= number <= len(offered) else None


async def _default_payment(turn: Turn) -> str | None:
    # Tickets first when the wallet covers the whole order, as a station would do it; when
    # they cover only some lines, they pay those and the payment question is for the rest.
    if turn.order.keep_tickets:  # 不用水票: asked how to pay, tickets not offered
        turn.order.tickets = False
        return None
    summary = await queries.account_summary(turn.user.id, turn.now)
    have = {line.sku: line.count for line in summary.tickets}
    items = turn.order.items
    if all(have.get(sku or "", 0) >= (qty or 0) for sku, qty in items):
        return "ticket"
    turn.order.tickets = any(have.get(sku or "", 0) > 0 for sku, _ in items)
    return None


async def _ask_payment(turn: Turn) -> Reply:
    online = pay_port.online()
    lines = [f"{i}. {texts.payment_name(m, online)}" for i, m in enumerate(PAYMENT_CHOICES, 1)]
    choices = "\n".join(lines)
    offer = await _tickets_offer(turn) if turn.order.tickets else None
    question = (
        texts.ASK_PAYMENT_REST.format(**offer, choices=choices)
        if offer is not None
        else texts.ASK_PAYMENT.format(choices=choices)
    )
    return ask(turn, OrderStates.PAYMENT, question)


async def _tickets_offer(turn: Turn) -> dict[str, str] | None:
    """Which lines the tickets pay and what is left, said before the rest's method is asked."""
    # Priced as cash: the amount left is the same whichever money method pays it.
    try:
        preview = await preview_order(request_of(turn, payment="cash"), turn.now, identified=True)
    except DomainError as exc:  # the confirmation will say why; the question stays plain
        log.info("no tickets offer for %s: %s", turn.user.id, exc.detail)
        return None
    cover = preview.cover
    if not cover.tickets:
        turn.order.tickets = False
        return None
    return {
        "covered": "、".join(f"{ln.name} × {ln.tickets}" for ln in cover.covered),
        "tickets": str(cover.tickets),
        "left": "、".join(f"{name} × {qty}" for name, qty in cover.left) or texts.REST_FEES,
        "due": pricing.yuan(preview.quote.money_due_fen("cash")),
    }


async def confirmation(turn: Turn) -> Reply:
    """Price the draft and show the numbered choices."""
    request = request_of(turn)
    try:
        preview = await preview_order(request, turn.now, identified=True)
    except InsufficientTickets:
        # 水票 said, but they cover only some lines: they pay those, the rest is asked for.
        turn.order.payment = None
        turn.order.tickets = True
        return await _ask_payment(turn)
    # Placing checks the tickets still pay what this confirmation says (TicketsChanged).
    turn.order.tickets_shown, turn.order.reconfirm = preview.quote.tickets_needed, False
    return ask(turn, OrderStates.CONFIRM, summary_text(turn, preview, request.payment_method))


def summary_text(turn: Turn, preview: Preview, method: str) -> str:
    """The confirmation: lines, address, window, payment and money."""
    lines = "\n".join(
        f"{ln.name} × {ln.quantity}{texts.FREE_MARK if ln.unit_price_fen == 0 else ''}"
        for ln in preview.lines
    )
    payment = texts.payment_name(method, pay_port.online())
    used = preview.quote.tickets_needed
    left = sum(preview.tickets_left.get(sku, 0) for sku in {ln.sku for ln in preview.lines}) - used
    if method == "ticket":
        payment = texts.TICKETS_USED.format(used=used, left=left)
    elif used:
        covered = "、".join(f"{ln.name} × {ln.tickets}" for ln in preview.cover.covered)
        rest = texts.payment_name(method, pay_port.online())
        payment = texts.TICKETS_AND_REST.format(used=used, covered=covered, left=left, rest=rest)
    # The real window the order will be booked for, 尽快 included: no surprise after yes.
    window = window_text(preview.window_start, preview.window_end, turn.now)
    moved = texts.WINDOW_MOVED if preview.window_moved else ""
    if turn.order.window is None:
        window = texts.ASAP.format(window=window)
        later = preview.window_start.astimezone(turn.now.tzinfo).date() != turn.now.date()
        moved = texts.ASAP_NOT_TODAY if later else ""
    return texts.SUMMARY.format(
        lines=lines,
        address=preview.address["text"],
        window=window,
        moved=moved,
        payment=payment,
        money=money_text(
            preview.quote.money_due_fen(method),
            preview.quote.deposit_fen,
            preview.quote.floor_fee_fen,
            preview.quote.discount_fen,
        ),
    )
