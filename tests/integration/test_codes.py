"""Printed ticket codes on a real database: batches, redemption, lockout and races."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID

import pytest

from domain.infra.settings import SettingsError
from domain.models import (
    AuditLog,
    CodeSecret,
    RedeemFailure,
    TicketCode,
    TicketCodeBatch,
    TicketEntry,
    TicketPack,
    TicketWallet,
)
from domain.rules import ticket_codes
from domain.rules.errors import (
    CodeAlreadyRedeemed,
    CodeInvalid,
    CodeTaken,
    CodeVoided,
    InvalidInput,
    NotFound,
    RedeemLocked,
)
from domain.services import codes, wallet
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

SECRET = b"integration-test-code-secret"
PACK = "nfsq-19l-10"


async def _batch(count: int = 3) -> list[str]:
    await seed_catalog()
    _, made = await codes.create_batch(PACK, count, "owner", NOW, SECRET)
    return made


async def _redeem(customer_id: UUID, text: str, minutes: float = 0) -> codes.Redeemed:
    return await codes.redeem_code(
        customer_id, text, NOW + timedelta(minutes=minutes), SECRET, "customer"
    )


async def _balance(customer_id: UUID, sku: str = "nfsq-19l") -> int:
    found = await TicketWallet.get_or_none(customer_id=customer_id, sku=sku)
    return 0 if found is None else found.balance


async def _ledger_total(customer_id: UUID) -> int:
    entries = await TicketEntry.filter(wallet__customer_id=customer_id)
    return sum(entry.delta for entry in entries)


def _typo(code: str) -> str:
    swap = "2" if code[0] != "2" else "3"
    return swap + code[1:]


async def test_create_batch_stores_fingerprints_only_and_audits() -> None:
    made = await _batch(5)
    batch = (await codes.list_batches())[0]
    assert (batch.pack_code, batch.count, batch.redeemed, batch.voided_at) == (PACK, 5, 0, None)
    assert batch.created_by == "owner" and batch.created_at == NOW
    assert len(set(made)) == 5 and all(ticket_codes.is_well_formed(c, SECRET) for c in made)
    stored = set(await TicketCode.all().values_list("fingerprint", flat=True))
    assert stored == {ticket_codes.fingerprint(c, SECRET) for c in made}
    assert not stored & set(made)
    assert await AuditLog.filter(action="codes.create_batch", entity_id=str(batch.id)).exists()


async def test_create_batch_refuses_unknown_or_inactive_packs_and_bad_sizes() -> None:
    await seed_catalog()
    with pytest.raises(NotFound) as err:
        await codes.create_batch("no-such-pack", 5, "owner", NOW, SECRET)
    assert err.value.message == "没有这种水票套餐"
    await TicketPack.filter(code=PACK).update(active=False)
    with pytest.raises(NotFound):
        await codes.create_batch(PACK, 5, "owner", NOW, SECRET)
    for size in (0, codes.MAX_BATCH + 1):
        with pytest.raises(InvalidInput):
            await codes.create_batch("cestbon-18l-10", size, "owner", NOW, SECRET)
    assert await TicketCodeBatch.all().count() == 0


async def test_largest_batch_in_one_go() -> None:
    made = await _batch(codes.MAX_BATCH)
    assert len(set(made)) == codes.MAX_BATCH == await TicketCode.all().count()


async def test_redeem_once_then_again_changes_nothing() -> None:
    code = (await _batch())[0]
    customer = await make_customer()
    done = await _redeem(customer.id, ticket_codes.format_for_print(code).lower())
    assert done == codes.Redeemed(PACK, "农夫山泉水票 10送1", "nfsq-19l", 11, 11)
    with pytest.raises(CodeAlreadyRedeemed) as err:
        await _redeem(customer.id, code, minutes=1)
    assert err.value.message == "这个兑换码已经兑换过了"
    assert await _balance(customer.id) == 11 == await _ledger_total(customer.id)
    assert await RedeemFailure.all().count() == 0
    row = await TicketCode.get(fingerprint=ticket_codes.fingerprint(code, SECRET))
    assert row.redeemed_by_id == customer.id and row.redeemed_at == NOW


async def test_a_code_redeemed_by_someone_else_is_used() -> None:
    code = (await _batch())[0]
    first = await make_customer("o-a")
    second = await make_customer("o-b")
    await _redeem(first.id, code)
    with pytest.raises(CodeTaken) as err:
        await _redeem(second.id, code)
    assert err.value.message == "该兑换码已被使用"
    assert await _balance(second.id) == 0
    assert await RedeemFailure.all().count() == 0


async def test_a_typo_is_invalid_and_counts_as_a_failure() -> None:
    code = (await _batch())[0]
    customer = await make_customer()
    with pytest.raises(CodeInvalid) as err:
        await _redeem(customer.id, _typo(code))
    assert err.value.message == "兑换码无效,请核对后重试"
    failure = await RedeemFailure.get(customer_id=customer.id)
    assert failure.attempted == _typo(code)[: codes.ATTEMPT_KEPT]
    assert failure.at == NOW
    assert await _balance(customer.id) == 0


async def test_a_misread_letter_is_forgiven() -> None:
    code = (await _batch())[0]
    customer = await make_customer()
    done = await _redeem(customer.id, code[:3] + "O" + code[4:])
    assert done.tickets_added == 11


async def test_forged_codes_are_invalid() -> None:
    await _batch()
    customer = await make_customer()
    signed_not_issued = ticket_codes.generate(SECRET, 1)[0]
    other_station = ticket_codes.generate(b"some-other-station-key", 1)[0]
    for forged in (signed_not_issued, other_station, "兑换码", ""):
        with pytest.raises(CodeInvalid):
            await _redeem(customer.id, forged)
    assert await RedeemFailure.filter(customer_id=customer.id).count() == 4


async def test_voided_batch_stops_unredeemed_codes_only() -> None:
    first_code, second_code, _ = await _batch()
    customer = await make_customer()
    await _redeem(customer.id, first_code)
    batch_id = (await TicketCodeBatch.first()).id  # type: ignore[union-attr]
    voided = await codes.void_batch(batch_id, "owner", NOW)
    assert (voided.voided_at, voided.redeemed) == (NOW, 1)
    again = await codes.void_batch(batch_id, "owner", NOW + timedelta(days=1))
    assert again.voided_at == NOW
    assert await AuditLog.filter(action="codes.void_batch").count() == 1
    with pytest.raises(CodeVoided) as err:
        await _redeem(customer.id, second_code)
    assert err.value.message == "该兑换码已作废"
    with pytest.raises(CodeAlreadyRedeemed):
        await _redeem(customer.id, first_code)
    assert await RedeemFailure.all().count() == 0
    assert await _balance(customer.id) == 11


async def test_five_failures_lock_for_an_hour_then_free_again() -> None:
    code = (await _batch())[0]
    customer = await make_customer("o-a")
    neighbour = await make_customer("o-b")
    for minute in range(5):
        with pytest.raises(CodeInvalid):
            await _redeem(customer.id, _typo(code), minutes=minute)
    with pytest.raises(RedeemLocked) as err:
        await _redeem(customer.id, code, minutes=4)
    assert err.value.message == "兑换失败次数过多,请1小时后再试"
    assert err.value.http_status == 429
    with pytest.raises(RedeemLocked) as err:
        await _redeem(customer.id, code, minutes=4 + 59.5)
    assert err.value.message == "兑换失败次数过多,请1分钟后再试"
    assert await RedeemFailure.filter(customer_id=customer.id).count() == 5  # not extended
    other_code = (await codes.create_batch(PACK, 1, "owner", NOW, SECRET))[1][0]
    assert (await _redeem(neighbour.id, other_code, minutes=5)).balance == 11
    done = await _redeem(customer.id, code, minutes=4 + 60)
    assert done.balance == 11


async def test_unknown_customer_is_not_found() -> None:
    code = (await _batch())[0]
    with pytest.raises(NotFound):
        await _redeem(UUID(int=7), code)


async def test_a_pack_taken_off_sale_still_honours_sold_cards() -> None:
    code = (await _batch())[0]
    await TicketPack.filter(code=PACK).update(active=False)
    customer = await make_customer()
    assert (await _redeem(customer.id, code)).tickets_added == 11


async def test_batch_codes_and_list_show_redemptions() -> None:
    made = await _batch(3)
    customer = await make_customer()
    await _redeem(customer.id, made[1])
    await codes.create_batch("cestbon-18l-10", 2, "owner", NOW, SECRET, "展会")
    batches = await codes.list_batches()
    assert [(b.pack_code, b.count, b.redeemed, b.note) for b in batches] == [
        ("cestbon-18l-10", 2, 0, "展会"),
        (PACK, 3, 1, ""),
    ]
    states = await codes.batch_codes(batches[1].id)
    assert [s.redeemed_by for s in states] == [None, str(customer.id), None]
    with pytest.raises(NotFound):
        await codes.batch_codes(999)
    with pytest.raises(NotFound):
        await codes.void_batch(999, "owner")


async def test_wallet_balance_equals_the_ledger_after_mixed_moves() -> None:
    made = await _batch(3)
    customer = await make_customer()
    await wallet.buy_pack(customer.id, PACK, "cash", "test", NOW)
    for code in made[:2]:
        await _redeem(customer.id, code)
    with pytest.raises(CodeAlreadyRedeemed):
        await _redeem(customer.id, made[0])
    assert await _balance(customer.id) == 33 == await _ledger_total(customer.id)
    kinds = await TicketEntry.all().order_by("id").values_list("kind", flat=True)
    assert list(kinds) == ["purchase", "redeem", "redeem"]


async def test_same_code_by_many_customers_at_once_exactly_one_wins() -> None:
    code = (await _batch())[0]
    people = [await make_customer(f"o-{n}", f"阳光花园{n}栋101") for n in range(10)]
    results = await asyncio.gather(*[_redeem(p.id, code) for p in people], return_exceptions=True)
    winners = [r for r in results if isinstance(r, codes.Redeemed)]
    losers = [r for r in results if isinstance(r, BaseException)]
    assert len(winners) == 1 and all(isinstance(e, CodeTaken) for e in losers), losers[:3]
    balances = [await _balance(p.id) for p in people]
    assert sorted(balances) == [0] * 9 + [11]
    row = await TicketCode.get(fingerprint=ticket_codes.fingerprint(code, SECRET))
    assert await _balance(row.redeemed_by_id) == 11  # type: ignore[arg-type]
    for p in people:
        assert await _balance(p.id) == await _ledger_total(p.id)


async def test_same_code_twice_at_once_by_one_customer_credits_once() -> None:
    code = (await _batch())[0]
    customer = await make_customer()
    results = await asyncio.gather(
        *[_redeem(customer.id, code) for _ in range(10)], return_exceptions=True
    )
    assert sum(isinstance(r, codes.Redeemed) for r in results) == 1
    assert sum(isinstance(r, CodeAlreadyRedeemed) for r in results) == 9
    assert await _balance(customer.id) == 11 == await _ledger_total(customer.id)


async def test_a_burst_of_bad_tries_cannot_outrun_the_lockout() -> None:
    code = (await _batch())[0]
    customer = await make_customer()
    results = await asyncio.gather(
        *[_redeem(customer.id, _typo(code)) for _ in range(20)], return_exceptions=True
    )
    assert sum(isinstance(r, CodeInvalid) for r in results) == 5
    assert sum(isinstance(r, RedeemLocked) for r in results) == 15
    assert await RedeemFailure.all().count() == 5


async def test_code_secret_configured_or_made_once_and_kept() -> None:
    assert await codes.code_secret("x" * 16) == b"x" * 16
    with pytest.raises(SettingsError):
        await codes.code_secret("too-short")
    assert await CodeSecret.all().count() == 0
    made = await asyncio.gather(*[codes.code_secret("") for _ in range(5)])
    assert len(set(made)) == 1 and len(made[0]) == 32
    assert await codes.code_secret("") == made[0]
    assert await CodeSecret.all().count() == 1
