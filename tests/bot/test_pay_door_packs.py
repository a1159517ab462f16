"""A ticket pack bought in chat to pay the courier rides on the customer's next delivery card and
is settled by that delivery: in cash, or by the courier's 收款码 (a pack paid by QR). Tickets
are credited once, whatever is retried; cancelling before the delivery still works. Through the
OA and WeCom callbacks and the fake WeChat Pay, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from domain.models import (
    AuditLog,
    Order,
    PackPurchase,
    PaymentEntry,
    PaymentRefund,
    TicketEntry,
    TicketWallet,
)
from domain.reads.courier_queries import DeliveryFacts, delivery_facts
from domain.rules import revenue
from domain.services import door_codes
from tests.bot.chat_harness import Customer, Staffer
from tests.bot.door_harness import (
    App,
    app,  # noqa: F401 (a fixture)
    bob,  # noqa: F401 (a fixture)
    courier,
    door_trade,
    last_text,
    place_cash,
    tap_code,
    the_card,
)
from tests.bot.pay_harness import Client

pytestmark = pytest.mark.usefixtures("db")
PACK = "农夫山泉水票 10送1"


async def buy_pack(client: Client) -> PackPurchase:
    """o-bob buys a pack in chat, to pay the courier (WeChat Pay is connected: 2 picks that)."""
    chat = Customer(client, "o-bob")
    assert "2. 送水时付给师傅" in await chat.say("买农夫山泉水票")
    reply = await chat.say("2")
    assert f"已为您登记购买{PACK}" in reply and "送水时交给师傅" in reply
    return await PackPurchase.filter(status="pending").order_by("-id").first()  # type: ignore[return-value]


async def tickets(customer_id: str) -> int:
    wallet = await TicketWallet.get_or_none(customer_id=customer_id, sku="nfsq-19l")
    return wallet.balance if wallet else 0


async def test_a_pack_rides_on_the_next_delivery_and_is_settled_by_it_once(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client = app[0]
    purchase = await buy_pack(client)
    number = await place_cash(bob)
    card = str(await the_card(number))
    assert "现金 364.00元" in card and f"含水票套餐 {PACK} 220.00元" in card  # 144 + 220
    assert (await PackPurchase.get(id=purchase.id)).rides_on == number
    assert "现金 364.00元" in await courier(client).say("任务")  # the list says what the card says

    assert "应收364.00元" in await courier(client).say(f"送达 {number} 回桶 0")
    reply = await courier(client).say("好")
    assert "收款364.00元" in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.cash_collected_fen, order.packs_cash_fen) == (
        36400, 36400, 22000,
    )  # fmt: skip
    assert (await PackPurchase.get(id=purchase.id)).status == "paid"
    assert await tickets(bob) == 11
    (sold,) = await TicketEntry.filter(kind="purchase", wallet__customer_id=bob)
    assert (sold.delta, sold.amount_fen, sold.reason) == (11, 22000, f"{PACK} cash")
    assert await AuditLog.filter(action="pack.settle", entity_id=str(purchase.id)).count() == 1
    # The order's takings are its own: the pack's cash is the courier's to hand in, not revenue.
    assert revenue.paid_by_method(order)["cash"] == 14400 and revenue.sales(order) == 4400

    again = await courier(client).say(f"送达 {number} 回桶 0 收款 364")  # a retried confirmation
    assert f"已登记送达 {number}" in again
    assert await tickets(bob) == 11
    assert await TicketEntry.filter(kind="purchase", wallet__customer_id=bob).count() == 1


async def test_a_pack_paid_by_the_door_code(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    purchase = await buy_pack(client)
    number = await place_cash(bob)
    await tap_code(client, number)
    trade = await door_trade(number)
    assert (trade.amount_fen, trade.pack_fen) == (36400, 22000)
    assert fake.trades[trade.out_trade_no].total == 36400
    assert "含水票套餐220.00元" in await last_text("u-li")

    fake.pay(trade.out_trade_no)
    assert (await fake.notify(trade.out_trade_no))[0] == 204
    order = await Order.get(number=number)
    assert (order.prepaid_fen, order.payment_status) == (14400, "paid")  # the order's part
    assert await tickets(bob) == 0  # the delivery settles the pack
    refused = await Customer(client, "o-bob").say("取消水票")
    assert "已经付过款" in refused and (await PackPurchase.get(id=purchase.id)).status == "pending"
    by_hand = await Staffer(client, "u-boss").say(f"收票款 {purchase.id}")  # no second payment
    assert "已由送水员扫码收款" in by_hand and await tickets(bob) == 0

    reply = await courier(client).say(f"送达 {number} 回桶 0")  # nothing left to collect
    assert "收款0.00元" in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.cash_collected_fen, order.packs_cash_fen) == (0, 0, 0)
    assert await tickets(bob) == 11 and (await PackPurchase.get(id=purchase.id)).status == "paid"
    (sold,) = await TicketEntry.filter(kind="purchase", wallet__customer_id=bob)
    assert (sold.amount_fen, sold.reason) == (22000, f"{PACK} wechat_pay")
    (entry,) = await PaymentEntry.filter(order_number=number)
    transaction = fake.trades[trade.out_trade_no].transaction_id
    assert (entry.amount_fen, entry.reference) == (36400, transaction)
    assert revenue.paid_by_method(order)["wechat_pay"] == 14400


async def test_a_pack_cancelled_before_the_delivery_is_not_collected(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    purchase = await buy_pack(client)
    number = await place_cash(bob)
    assert "220.00元" in str(await the_card(number))
    await tap_code(client, number)
    old = await door_trade(number)
    assert old.amount_fen == 36400
    assert "已取消水票单" in await Customer(client, "o-bob").say("取消水票")
    assert (await door_trade(number)).status == "closed"  # the code for the pack is withdrawn
    await tap_code(client, number)
    assert fake.trades[old.out_trade_no].state == "CLOSED"  # closed at WeChat Pay before reuse
    new = await door_trade(number)
    assert (new.amount_fen, new.pack_fen) == (14400, 0)  # the code asks for the order alone
    assert new.out_trade_no != old.out_trade_no and fake.trades[new.out_trade_no].total == 14400
    reply = await courier(client).say(f"送达 {number} 回桶 0 收款 144")
    assert "收款144.00元" in reply and "少收" not in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.packs_cash_fen, await tickets(bob)) == (14400, 0, 0)
    assert (await PackPurchase.get(id=purchase.id)).status == "cancelled"


async def test_an_old_code_paid_after_the_pack_was_cancelled_is_refunded_and_cash_goes_on(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    await buy_pack(client)
    number = await place_cash(bob)
    await tap_code(client, number)
    old = await door_trade(number)
    assert "已取消水票单" in await Customer(client, "o-bob").say("取消水票")
    fake.pay(old.out_trade_no)  # scanned anyway, before the courier asked for a new code
    assert (await fake.notify(old.out_trade_no))[0] == 204
    assert (await PaymentRefund.get(payment_id=old.id)).amount_fen == 36400  # all of it, back
    order = await Order.get(number=number)
    assert (order.prepaid_fen, order.payment_status) == (0, "unpaid")  # nothing counts as paid
    assert "已作废" in await courier(client).say(f"收款码 {number}")
    reply = await courier(client).say(f"送达 {number} 回桶 0 收款 144")
    assert "收款144.00元" in reply and "少收" not in reply


async def test_a_voided_code_pays_no_pack_still_riding(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    """Two packs ride; one is cancelled, closing the code; the old code is paid anyway and
    refunded in full. The pack still riding was not paid by that code: the courier collects it."""
    client, fake, _ = app
    kept = await buy_pack(client)
    await buy_pack(client)
    number = await place_cash(bob)
    await tap_code(client, number)
    old = await door_trade(number)
    assert (old.amount_fen, old.pack_fen) == (58400, 44000)
    chat = Customer(client, "o-bob")
    assert f"1. 水票单 #{kept.id}" in await chat.say("取消水票")
    assert "已取消水票单" in await chat.say("2")  # the other one
    fake.pay(old.out_trade_no)
    assert (await fake.notify(old.out_trade_no))[0] == 204
    assert (await PaymentRefund.get(payment_id=old.id)).amount_fen == 58400  # all of it, back
    assert (await PackPurchase.get(id=kept.id)).status == "pending"
    reply = await courier(client).say(f"送达 {number} 回桶 0 收款 364")
    assert "收款364.00元" in reply and "少收" not in reply and "多收" not in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.packs_cash_fen) == (36400, 22000)
    (sold,) = await TicketEntry.filter(kind="purchase", wallet__customer_id=bob)
    assert sold.reason == f"{PACK} cash"


async def test_a_pack_on_a_voided_code_can_still_be_cancelled(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    """The code that included the pack was paid after we closed it and is refunded in full:
    the pack's money is not with us, so cancelling the pack is not refused as paid."""
    client, fake, _ = app
    kept = await buy_pack(client)
    await buy_pack(client)
    number = await place_cash(bob)
    await tap_code(client, number)
    old = await door_trade(number)
    chat = Customer(client, "o-bob")
    await chat.say("取消水票")
    assert "已取消水票单" in await chat.say("2")
    fake.pay(old.out_trade_no)
    assert (await fake.notify(old.out_trade_no))[0] == 204
    assert "已取消水票单" in await chat.say("取消水票")
    assert (await PackPurchase.get(id=kept.id)).status == "cancelled"


async def test_a_pack_cancelled_while_the_code_is_made_is_not_in_it(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tap reads what is due, then the customer cancels the pack before the tap's
    transaction: the code must not ask for the cancelled pack (its money would be kept,
    credited to nothing)."""
    client, _, _ = app
    purchase = await buy_pack(client)
    number = await place_cash(bob)
    real = door_codes.delivery_facts

    async def then_cancelled(*args: object) -> DeliveryFacts:
        facts = await real(*args)  # type: ignore[arg-type]
        await Customer(client, "o-bob").say("取消水票")
        return facts

    monkeypatch.setattr(door_codes, "delivery_facts", then_cancelled)
    await tap_code(client, number)
    assert (await PackPurchase.get(id=purchase.id)).status == "cancelled"
    trade = await door_trade(number)
    assert (trade.amount_fen, trade.pack_fen) == (14400, 0)


async def test_the_card_of_a_voided_code_still_asks_for_the_riding_pack(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    kept = await buy_pack(client)
    await buy_pack(client)
    number = await place_cash(bob)
    await tap_code(client, number)
    old = await door_trade(number)
    chat = Customer(client, "o-bob")
    await chat.say("取消水票")
    assert "已取消水票单" in await chat.say("2")
    fake.pay(old.out_trade_no)
    assert (await fake.notify(old.out_trade_no))[0] == 204
    facts = await delivery_facts(number)
    assert (facts.cash_due_fen, facts.packs_fen) == (36400, 22000)
    assert (await PackPurchase.get(id=kept.id)).status == "pending"
