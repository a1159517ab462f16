"""The outbox end to end: enqueue in a transaction, claim, send to the fake WeChat, mark."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from tortoise.transactions import in_transaction

from bot.channels.api import InMemoryTokenStore, MpClient, WorkClient
from bot.channels.outbox_worker import OutboxWorker, build_clients, outbox_context
from domain.infra.settings import Settings, SettingsError
from domain.models import OutboxMessage
from domain.reads import outbox as outbox_reads
from domain.services import outbox
from tests.fakes.wechat_server import (
    MP_APPID,
    MP_SECRET,
    WORK_AGENT_ID,
    WORK_CORP_ID,
    WORK_SECRET,
    FakeWeChat,
    start_fake_wechat,
)
from tests.support import NOW, on_postgres

pytestmark = pytest.mark.usefixtures("db")

CUSTOM = "/cgi-bin/message/custom/send"
TEMPLATE = "/cgi-bin/message/template/send"
STABLE = "/cgi-bin/stable_token"
WORK_SEND = "/cgi-bin/message/send"
LEASE = timedelta(minutes=5)
FALLBACK = {"template_id": "TPL_DELIVERED", "data": {"thing1": "您的水已送达"}}


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


def mp_client(fake: FakeWeChat) -> MpClient:
    store = InMemoryTokenStore()
    return MpClient(MP_APPID, MP_SECRET, store, base_url=fake.base_url, backoff_s=0.01)


def work_client(fake: FakeWeChat) -> WorkClient:
    store = InMemoryTokenStore()
    return WorkClient(
        WORK_CORP_ID, WORK_AGENT_ID, WORK_SECRET, store, base_url=fake.work_base_url, backoff_s=0.01
    )


@pytest.fixture
async def mp(fake: FakeWeChat) -> AsyncIterator[MpClient]:
    async with mp_client(fake) as client:
        yield client


@pytest.fixture
async def work(fake: FakeWeChat) -> AsyncIterator[WorkClient]:
    async with work_client(fake) as client:
        yield client


async def drain(worker: OutboxWorker, now: datetime = NOW) -> int:
    """Run batches at one instant until nothing is due; return how many were claimed."""
    total = 0
    while claimed := await worker.run_once(now):
        total += claimed
    return total


async def text(recipient: str, body: str, **extra: object) -> int:
    return await outbox.enqueue_now("mp", recipient, "text", {"text": body, **extra}, NOW)


def sent_texts(fake: FakeWeChat, path: str = CUSTOM) -> list[str]:
    return [c.json["text"]["content"] for c in fake.calls_to(path) if "text" in c.json]


async def test_message_exists_only_if_the_transaction_commits() -> None:
    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await outbox.enqueue(conn, "mp", "o1", "text", {"text": "已下单"}, NOW)
            raise RuntimeError("the order failed after the message was written")
    assert await OutboxMessage.all().count() == 0
    async with in_transaction() as conn:
        message_id = await outbox.enqueue(conn, "mp", "o1", "text", {"text": "已下单"}, NOW)
    row = await OutboxMessage.get(id=message_id)
    assert (row.status, row.attempts, row.payload) == ("pending", 0, {"text": "已下单"})
    assert await outbox.outbox_depth() == 1


@pytest.mark.parametrize(
    ("channel", "kind", "payload"),
    [
        ("mp", "template_card", {"card": {"card_type": "text_notice"}}),
        ("work", "template", {"template_id": "T", "data": {}}),
        ("mp", "text", {"text": ""}),
        ("mp", "image", {"image_b64": "not base64!", "filename": "a.png"}),
        ("mp", "template", {"template_id": "T"}),
        ("work", "text", {"text": "x", "fallback_template": FALLBACK}),
        ("fax", "text", {"text": "x"}),
    ],
)
async def test_enqueue_rejects_what_no_sender_could_deliver(
    channel: str, kind: str, payload: dict[str, object]
) -> None:
    with pytest.raises(outbox.OutboxPayloadError):
        await outbox.enqueue_now(channel, "o1", kind, payload, NOW)
    assert await OutboxMessage.all().count() == 0


async def test_due_times_compare_across_time_zones(fake: FakeWeChat, mp: MpClient) -> None:
    await text("o1", "hi")  # enqueued at 10:00 Shanghai == 02:00 UTC
    utc_now = NOW.astimezone(UTC)
    assert await outbox.claim_due(10, utc_now - timedelta(seconds=1), LEASE) == []
    assert [m.payload["text"] for m in await outbox.claim_due(10, utc_now, LEASE)] == ["hi"]


async def test_worker_sends_each_kind_and_keeps_results(
    fake: FakeWeChat, mp: MpClient, work: WorkClient
) -> None:
    png = base64.b64encode(b"\x89PNG chart").decode()
    await text("o1", "您的订单已确认")
    await outbox.enqueue_now("mp", "o1", "image", {"image_b64": png, "filename": "c.png"}, NOW)
    tpl = {"template_id": "TPL_REMIND", "data": {"thing1": "该订水了"}, "url": "https://x.invalid"}
    await outbox.enqueue_now("mp", "o2", "template", tpl, NOW)
    card = {"card_type": "button_interaction", "task_id": "o-1", "button_list": []}
    await outbox.enqueue_now("work", "courier7", "template_card", {"card": card}, NOW)
    await outbox.enqueue_now("work", "courier7", "text", {"text": "新订单"}, NOW)
    assert await drain(OutboxWorker(mp, work)) == 5
    assert sent_texts(fake) == ["您的订单已确认"]
    upload = fake.calls_to("/cgi-bin/media/upload", api="mp")[0]
    assert upload.form["media"]["content"] == b"\x89PNG chart"
    assert fake.calls_to(CUSTOM)[1].json["image"]["media_id"].startswith("image_")
    template = fake.calls_to(TEMPLATE)[0].json
    assert template["client_msg_id"].startswith("outbox-")
    assert template["url"] == "https://x.invalid"
    sent_card, sent_text = (c.json for c in fake.calls_to(WORK_SEND))
    assert sent_card["template_card"] == card and sent_text["text"] == {"content": "新订单"}
    rows = await OutboxMessage.all().order_by("id")
    assert {r.status for r in rows} == {"sent"} and await outbox.outbox_depth() == 0
    assert rows[3].payload["result"] == {"response_code": fake.response_codes[0]}
    assert rows[2].payload["result"]["msgid"] > 0


async def test_two_workers_send_each_of_a_hundred_messages_once(fake: FakeWeChat) -> None:
    for i in range(100):
        await text(f"o{i % 7}", f"msg {i}")
    fake.set_delay(0.005, path=CUSTOM)  # keep both workers busy at the same time
    async with mp_client(fake) as a, mp_client(fake) as b:
        one, two = OutboxWorker(a, None, batch_size=10), OutboxWorker(b, None, batch_size=10)
        counts = await asyncio.gather(drain(one), drain(two))
    assert sorted(sent_texts(fake)) == sorted(f"msg {i}" for i in range(100))
    assert sum(counts) == 100
    if on_postgres():
        assert min(counts) > 0  # both really worked in parallel
    assert set(await OutboxMessage.all().values_list("status", flat=True)) == {"sent"}


async def test_concurrent_claims_are_disjoint() -> None:
    for i in range(100):
        await text("o1", f"msg {i}")
    claims = await asyncio.gather(*(outbox.claim_due(30, NOW, LEASE) for _ in range(5)))
    ids = [m.id for batch in claims for m in batch]
    assert len(ids) == len(set(ids)) == 100
    assert await outbox.claim_due(30, NOW, LEASE) == []


async def test_a_claim_left_by_a_crashed_sender_is_sent_once_after_its_lease(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await text("o1", "您的水已出发")
    assert len(await outbox.claim_due(10, NOW, LEASE)) == 1  # then the process dies
    worker = OutboxWorker(mp, None)
    assert await drain(worker, NOW + LEASE - timedelta(seconds=1)) == 0
    assert await drain(worker, NOW + LEASE) == 1
    assert await drain(worker, NOW + 3 * LEASE) == 0
    assert sent_texts(fake) == ["您的水已出发"]
    row = await OutboxMessage.get()
    assert (row.status, row.attempts) == ("sent", 2)
    assert row.outcome_unknown_at == NOW + LEASE  # the dead sender may have sent it already


async def test_a_sender_that_overran_its_lease_cannot_mark_the_new_claim() -> None:
    await text("o1", "x")
    (late,) = await outbox.claim_due(10, NOW, LEASE)
    (fresh,) = await outbox.claim_due(10, NOW + LEASE, LEASE)
    assert not await outbox.mark_retry(late.id, "boom", NOW, 1, lease_until=late.lease_until)
    assert not await outbox.mark_sent(late.id, NOW, lease_until=late.lease_until)
    row = await OutboxMessage.get()
    assert (row.status, row.attempts, row.last_error) == ("sending", 2, "")
    assert await outbox.mark_sent(fresh.id, NOW + LEASE, lease_until=fresh.lease_until)
    assert (await OutboxMessage.get()).status == "sent"


async def test_unavailable_is_retried_with_backoff_then_sent(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await text("o1", "first")
    await text("o1", "second")
    fake.fail_next(CUSTOM, http_status=502, times=3)  # the client's own 3 attempts
    worker = OutboxWorker(mp, None)
    assert await drain(worker) == 2
    assert len(fake.calls_to(CUSTOM)) == 3  # "second" was not tried while the API was down
    first, second = await OutboxMessage.all().order_by("id")
    assert (first.status, first.attempts) == ("pending", 1) and "502" in first.last_error
    assert first.next_attempt_at == second.next_attempt_at == NOW + outbox.BACKOFF_BASE
    assert second.attempts == 0
    assert await drain(worker, NOW + timedelta(seconds=29)) == 0
    assert await drain(worker, NOW + timedelta(seconds=30)) == 2
    assert sent_texts(fake)[-2:] == ["first", "second"]
    assert [r.status for r in await OutboxMessage.all()] == ["sent", "sent"]


def quick_mp_client(fake: FakeWeChat) -> MpClient:
    """An MP client that gives up waiting for an answer after 0.2 s."""
    store = InMemoryTokenStore()
    return MpClient(
        MP_APPID, MP_SECRET, store, base_url=fake.base_url, timeout_s=0.2, backoff_s=0.01
    )


def delivered_texts(fake: FakeWeChat) -> list[str]:
    return [c.json["text"]["content"] for c in fake.delivered_to(CUSTOM)]


async def test_a_late_answer_sends_the_message_at_most_twice(fake: FakeWeChat) -> None:
    message_id = await text("o1", "您的水已出发")
    fake.answer_late(CUSTOM, 5.0, times=10)  # WeChat delivers every try, answers too late
    async with quick_mp_client(fake) as mp:
        worker = OutboxWorker(mp, None)
        assert await drain(worker) == 1
        assert delivered_texts(fake) == ["您的水已出发"]
        row = await OutboxMessage.get(id=message_id)
        assert (row.status, row.outcome_unknown_at) == ("pending", NOW)
        assert row.last_error.startswith("answer lost, may have been delivered")
        # The one more try waits longer than a failure WeChat surely did not act on.
        assert row.next_attempt_at == NOW + outbox.UNKNOWN_WAIT > NOW + outbox.BACKOFF_BASE
        assert await drain(worker, NOW + outbox.UNKNOWN_WAIT - timedelta(seconds=1)) == 0
        assert await drain(worker, NOW + outbox.UNKNOWN_WAIT) == 1
        assert await drain(worker, NOW + timedelta(days=1)) == 0
    assert delivered_texts(fake) == ["您的水已出发", "您的水已出发"]
    row = await OutboxMessage.get(id=message_id)
    assert row.status == "unconfirmed" and "not sent a third time" in row.last_error
    assert await outbox.outbox_depth() == 0


async def test_after_a_late_answer_the_retry_keeps_the_recipients_order(
    fake: FakeWeChat,
) -> None:
    await text("o1", "first")
    await text("o1", "second")
    fake.answer_late(CUSTOM, 5.0)
    async with quick_mp_client(fake) as mp:
        worker = OutboxWorker(mp, None)
        assert await drain(worker) == 2
        assert delivered_texts(fake) == ["first"]  # "second" waits behind it
        assert await drain(worker, NOW + outbox.UNKNOWN_WAIT) == 2
    assert delivered_texts(fake) == ["first", "first", "second"]
    first, second = await OutboxMessage.all().order_by("id")
    assert (first.status, first.outcome_unknown_at, first.last_error) == ("sent", NOW, "")
    assert (second.status, second.outcome_unknown_at) == ("sent", None)


async def test_failures_between_two_lost_answers_allow_no_third_copy(fake: FakeWeChat) -> None:
    await text("o1", "x")
    fake.answer_late(CUSTOM, 5.0)
    async with quick_mp_client(fake) as mp:
        worker = OutboxWorker(mp, None)
        await drain(worker)
        fake.fail_next(CUSTOM, http_status=502, times=3)  # surely not delivered: backoff
        later = NOW + outbox.UNKNOWN_WAIT
        assert await drain(worker, later) == 1
        row = await OutboxMessage.get()
        assert (row.status, row.next_attempt_at) == ("pending", later + outbox.backoff(2))
        fake.answer_late(CUSTOM, 5.0)
        assert await drain(worker, row.next_attempt_at) == 1
        assert await drain(worker, NOW + timedelta(days=1)) == 0
    assert delivered_texts(fake) == ["x", "x"]
    assert (await OutboxMessage.get()).status == "unconfirmed"


@pytest.mark.parametrize("fault", ["refused", "HTTP 502", "errcode -1", "errcode 45009"])
async def test_failures_wechat_did_not_act_on_keep_their_backoff(
    fake: FakeWeChat, mp: MpClient, fault: str
) -> None:
    message_id = await text("o1", "您的水已出发")
    if fault == "refused":
        await mp.access_token()  # so that it is the send itself that finds no one listening
        await fake.refuse_connections()
    elif fault == "HTTP 502":
        fake.fail_next(CUSTOM, http_status=502, times=6)  # two rounds of the client's 3 tries
    elif fault == "errcode -1":
        fake.fail_next(CUSTOM, errcode=-1, times=6)
    else:
        fake.fail_next(CUSTOM, errcode=45009, times=2)
    worker = OutboxWorker(mp, None)
    assert await drain(worker) == 1
    first_retry = NOW + outbox.backoff(1)
    assert await drain(worker, first_retry) == 1
    row = await OutboxMessage.get(id=message_id)
    assert (row.status, row.outcome_unknown_at) == ("pending", None)
    assert row.next_attempt_at == first_retry + outbox.backoff(2)
    if fault == "refused":
        await fake.accept_connections()
    assert await drain(worker, row.next_attempt_at) == 1
    assert delivered_texts(fake) == ["您的水已出发"]
    row = await OutboxMessage.get(id=message_id)
    assert (row.status, row.attempts, row.outcome_unknown_at) == ("sent", 3, None)


async def test_a_rejected_token_is_refreshed_and_the_send_retried(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await text("o1", "您的水已出发")
    fake.fail_next(CUSTOM, errcode=40001)
    assert await drain(OutboxWorker(mp, None)) == 1
    assert delivered_texts(fake) == ["您的水已出发"]
    assert [c.json["force_refresh"] for c in fake.calls_to(STABLE)] == [False, False, True]
    row = await OutboxMessage.get()
    assert (row.status, row.attempts, row.outcome_unknown_at) == ("sent", 1, None)


async def test_retries_back_off_and_end_in_failure() -> None:
    assert [outbox.backoff(n).total_seconds() for n in (1, 2, 3, 7, 8)] == [
        30,
        60,
        120,
        1800,
        1800,
    ]
    message_id = await text("o1", "x")
    for attempt in range(1, outbox.MAX_ATTEMPTS + 1):
        (claimed,) = await outbox.claim_due(10, NOW + timedelta(days=attempt), LEASE)
        assert claimed.attempts == attempt
        retry_at = await outbox.mark_retry(message_id, "HTTP 502", NOW, attempt)
        assert (retry_at is None) == (attempt == outbox.MAX_ATTEMPTS)
    row = await OutboxMessage.get(id=message_id)
    assert row.status == "failed" and row.last_error == "gave up after 8 attempts: HTTP 502"


async def test_a_sender_that_keeps_dying_sends_at_most_two_copies(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await text("o1", "poison")
    for n in range(2):
        (claimed,) = await outbox.claim_due(10, NOW + n * LEASE, LEASE)
        await mp.send_text("o1", claimed.payload["text"])  # delivered, then the process dies
    assert await drain(OutboxWorker(mp, None), NOW + 99 * LEASE) == 0
    assert delivered_texts(fake) == ["poison", "poison"]
    row = await OutboxMessage.get()
    assert (row.status, row.attempts, row.outcome_unknown_at) == ("unconfirmed", 2, NOW + LEASE)
    assert "stopped mid-send" in row.last_error


async def test_a_sender_dying_after_a_lost_answer_sends_no_third_copy(fake: FakeWeChat) -> None:
    await text("o1", "x")
    fake.answer_late(CUSTOM, 5.0)
    async with quick_mp_client(fake) as mp:
        worker = OutboxWorker(mp, None)
        assert await drain(worker) == 1
        later = NOW + outbox.UNKNOWN_WAIT
        (claimed,) = await outbox.claim_due(10, later, LEASE)
        await mp.send_text("o1", claimed.payload["text"])  # delivered, then the process dies
        assert await drain(worker, later + LEASE) == 0
    assert delivered_texts(fake) == ["x", "x"]
    assert (await OutboxMessage.get()).status == "unconfirmed"


async def test_permanent_error_fails_at_once(fake: FakeWeChat, mp: MpClient) -> None:
    await text("not-an-openid", "x")
    fake.fail_next(CUSTOM, errcode=40003)
    worker = OutboxWorker(mp, None)
    assert await drain(worker) == 1
    assert await drain(worker, NOW + timedelta(days=1)) == 0
    row = await OutboxMessage.get()
    assert row.status == "failed" and "40003" in row.last_error
    assert len(fake.calls_to(CUSTOM)) == 1


async def test_system_busy_is_retried_later(fake: FakeWeChat, mp: MpClient) -> None:
    await text("o1", "x")
    fake.fail_next(CUSTOM, errcode=45009)  # API daily quota reached
    assert await drain(OutboxWorker(mp, None)) == 1
    assert (await OutboxMessage.get()).status == "pending"


async def test_outside_the_48_hour_window_sends_the_fallback_template(
    fake: FakeWeChat, mp: MpClient
) -> None:
    fake.outside_window("o_silent")
    await text("o_silent", "您的水已送达", fallback_template=FALLBACK)
    await text("o_silent", "没有备用模板")
    assert await drain(OutboxWorker(mp, None)) == 2
    (template,) = fake.calls_to(TEMPLATE)
    assert template.json["template_id"] == "TPL_DELIVERED"
    assert template.json["data"] == {"thing1": {"value": "您的水已送达"}}
    with_fallback, without = await OutboxMessage.all().order_by("id")
    assert with_fallback.status == "sent"
    assert with_fallback.payload["result"]["delivered_as"] == "fallback_template"
    assert without.status == "failed" and "48-hour" in without.last_error


async def test_without_credentials_messages_go_to_the_local_outbox(
    fake: FakeWeChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.channels.outbox_worker")
    await text("o1", "您的水已出发")
    await outbox.enqueue_now("work", "courier7", "text", {"text": "新订单"}, NOW)
    worker = OutboxWorker(None, None)
    assert await drain(worker) == 2
    assert fake.calls == []
    assert {r.status for r in await OutboxMessage.all()} == {"local"}
    assert [m.payload["text"] for m in await outbox_reads.recent("o1")] == ["您的水已出发"]
    assert len([r for r in caplog.records if "not configured" in r.getMessage()]) == 2


async def test_wecom_bursts_are_paced_at_thirty_a_minute(
    fake: FakeWeChat, work: WorkClient
) -> None:
    for i in range(45):
        await outbox.enqueue_now("work", "courier7", "text", {"text": f"任务 {i}"}, NOW)
    await outbox.enqueue_now("work", "courier8", "text", {"text": "other courier"}, NOW)
    worker = OutboxWorker(None, work, batch_size=20)
    await drain(worker)
    await drain(worker, NOW + timedelta(seconds=59))
    to_seven = [c for c in fake.calls_to(WORK_SEND) if c.json["touser"] == "courier7"]
    assert len(to_seven) == 30 and len(fake.calls_to(WORK_SEND)) == 31
    assert await outbox.outbox_depth() == 15  # queued, not dropped
    await drain(worker, NOW + timedelta(minutes=2))
    texts = [c.json["text"]["content"] for c in fake.calls_to(WORK_SEND)]
    assert [t for t in texts if t != "other courier"] == [f"任务 {i}" for i in range(45)]
    assert await outbox.outbox_depth() == 0


async def test_pacing_counts_what_other_workers_sent(fake: FakeWeChat, work: WorkClient) -> None:
    for i in range(30):
        await outbox.enqueue_now("work", "courier7", "text", {"text": f"任务 {i}"}, NOW)
    await drain(OutboxWorker(None, work, batch_size=30))  # another process's worker
    later = NOW + timedelta(seconds=30)
    await outbox.enqueue_now("work", "courier7", "text", {"text": "one more"}, later)
    await drain(OutboxWorker(None, work), later)
    assert len(fake.calls_to(WORK_SEND)) == 30 and await outbox.outbox_depth() == 1
    await drain(OutboxWorker(None, work), NOW + timedelta(seconds=65))
    assert fake.calls_to(WORK_SEND)[-1].json["text"]["content"] == "one more"


async def test_recent_lists_the_last_messages_oldest_first() -> None:
    for i in range(5):
        await text("o1", f"m{i}")
    await text("o2", "other")
    assert [m.payload["text"] for m in await outbox_reads.recent("o1", 3)] == ["m2", "m3", "m4"]
    first = (await outbox_reads.recent("o1", 1))[0].id
    assert await outbox_reads.recent("o1", 10, after_id=first) == []
    assert len(await outbox_reads.recent("o1", 10, channel="work")) == 0


async def test_run_forever_survives_errors_and_stops(
    fake: FakeWeChat, mp: MpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await text("o1", "x")
    worker = OutboxWorker(mp, None)
    real_run_once, calls = worker.run_once, list[datetime]()

    async def flaky(now: datetime) -> int:
        calls.append(now)
        if len(calls) == 1:
            raise ConnectionError("database went away")
        return await real_run_once(now)

    monkeypatch.setattr(worker, "run_once", flaky)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run_forever(stop, 0.01, clock=lambda: NOW))
    async with asyncio.timeout(5):
        while (await OutboxMessage.get()).status != "sent":  # noqa: ASYNC110 - polls the DB
            await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert len(calls) >= 2


def test_build_clients_from_settings() -> None:
    assert build_clients(Settings(), None, InMemoryTokenStore()) == (None, None)
    settings = Settings(
        mp_appid="wx1", mp_secret="s", work_corp_id="ww1", work_secret="s", work_agent_id="1000002"
    )
    mp, work = build_clients(settings, None, InMemoryTokenStore())
    assert isinstance(mp, MpClient) and mp.base_url == "https://api.weixin.qq.com"
    assert isinstance(work, WorkClient) and work.agent_id == 1000002
    with pytest.raises(SettingsError, match="AGENT_ID"):
        build_clients(
            Settings(work_corp_id="ww1", work_secret="s", work_agent_id="x"),
            None,
            InMemoryTokenStore(),
        )


async def test_outbox_context_runs_the_sender_with_the_app() -> None:
    app = web.Application()
    app.cleanup_ctx.append(outbox_context(None, None, interval=0.01))
    runner = web.AppRunner(app)
    await runner.setup()  # start-up: the sender task starts
    try:
        await text("o1", "您的水已出发")
        async with asyncio.timeout(5):
            while (await OutboxMessage.get()).status != "local":  # noqa: ASYNC110 - polls the DB
                await asyncio.sleep(0.01)
    finally:
        await runner.cleanup()  # shutdown: the sender stops
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "outbox-worker"]
