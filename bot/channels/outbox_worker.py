"""The outbox sender: claims due messages, sends them through the MP / WeCom clients, marks them.

Messages to one recipient go out in order, one at a time; different recipients in parallel.
WeCom silently drops app messages beyond 30 per member per minute (1000 per hour), so sends
to a member are paced: the excess goes back to the queue, due when a slot frees.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import aiohttp
from aiohttp import web

from bot.channels.api import MpClient, TokenStore, WorkClient
from bot.channels.outbox_send import UNKNOWN, Client, Outcome, deliver
from domain.infra.ports import Clock
from domain.infra.settings import Settings, SettingsError
from domain.reads.outbox import sent_times
from domain.services import outbox
from domain.services.outbox import Claimed
from domain.services.support import utcnow

log = logging.getLogger(__name__)

# (messages, per span) per WeCom member: WeCom's app-message limits are 30 a minute and 1000
# an hour. Five seconds more than each, because sends are stamped with the batch's start time,
# a little before they really leave.
WORK_LIMITS: tuple[tuple[int, timedelta], ...] = (
    (30, timedelta(seconds=65)),
    (1000, timedelta(seconds=3605)),
)


@dataclass
class Pacer:
    """Sliding windows of recent successful sends to one WeCom member."""

    sent: list[datetime] = field(default_factory=list)

    def next_free(self, now: datetime) -> datetime:
        """The earliest time another message may go out (`now` when a slot is free)."""
        free = now
        for limit, span in WORK_LIMITS:
            recent = [t for t in self.sent if t > now - span]
            if len(recent) >= limit:
                free = max(free, recent[-limit] + span)
        return free


class OutboxWorker:
    """Sends the outbox; a channel whose client is None is delivered to the local outbox."""

    def __init__(
        self,
        mp: MpClient | None,
        work: WorkClient | None,
        *,
        batch_size: int = 20,
        lease: timedelta = outbox.DEFAULT_LEASE,
        concurrency: int = 8,
    ) -> None:
        self.clients: dict[str, Client | None] = {"mp": mp, "work": work}
        self.picture_source = mp  # customers' pictures are downloaded from the OA
        self.batch_size = batch_size
        self.lease = lease
        self._slots = asyncio.Semaphore(concurrency)
        for channel, client in self.clients.items():
            if client is None:
                log.info("%s is not configured: its messages stay in the local outbox", channel)

    async def run_once(self, now: datetime) -> int:
        """Claim one batch of due messages, send each, mark each; return how many were claimed."""
        batch = await outbox.claim_due(self.batch_size, now, self.lease)
        groups: dict[tuple[str, str], list[Claimed]] = {}
        for message in batch:
            groups.setdefault((message.channel, message.recipient), []).append(message)
        members = [r for (channel, r) in groups if channel == "work" and self.clients["work"]]
        since = now - max(span for _, span in WORK_LIMITS)
        history = await sent_times("work", members, since) if members else {}
        results = await asyncio.gather(
            *(
                self._send_group(messages, now, self._pacer(channel, history.get(recipient)))
                for (channel, recipient), messages in groups.items()
            ),
            return_exceptions=True,
        )
        for error in results:
            if isinstance(error, BaseException):
                # Most likely the database: the rows keep their lease and come back later.
                log.error("outbox group failed: %r", error, exc_info=error)
        return len(batch)

    @staticmethod
    def _pacer(channel: str, history: list[datetime] | None) -> Pacer | None:
        return Pacer(list(history or [])) if channel == "work" else None

    async def run_forever(
        self,
        stop: asyncio.Event,
        interval: float = 1.0,
        clock: Clock = utcnow,
    ) -> None:
        """Poll until `stop` is set; a failed batch is logged and the loop goes on."""
        log.info("outbox worker started (every %.1f s)", interval)
        while not stop.is_set():
            try:
                claimed = await self.run_once(clock())
            except Exception:  # the sender must outlive any one bad batch or DB hiccup
                log.exception("outbox batch failed; trying again in %.1f s", interval)
                claimed = 0
            if claimed >= self.batch_size:
                await asyncio.sleep(0)  # more may be due: go again at once, but stay fair
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), interval)
        log.info("outbox worker stopped")

    async def _send_group(
        self, messages: list[Claimed], now: datetime, pacer: Pacer | None
    ) -> None:
        async with self._slots:
            for index, message in enumerate(messages):
                free_at = pacer.next_free(now) if pacer else now
                if free_at > now:
                    await self._defer_all(messages[index:], free_at, "WeCom rate limit")
                    return
                client = self.clients.get(message.channel)
                outcome = await deliver(client, message, self.picture_source)
                retry_at = await self._record(message, outcome, now)
                if outcome.status == outbox.SENT and pacer:
                    pacer.sent.append(now)
                if outcome.down:
                    # The API is down: do not spend the lease timing out on the rest.
                    later = retry_at or now + outbox.BACKOFF_BASE
                    await self._defer_all(messages[index + 1 :], later, "WeChat unavailable")
                    return

    async def _defer_all(self, messages: list[Claimed], until: datetime, why: str) -> None:
        for message in messages:
            await outbox.defer(message.id, until, lease_until=message.lease_until)
        if messages:
            log.info(
                "%s: %d message(s) to %s wait until %s",
                why,
                len(messages),
                messages[0].recipient,
                until.isoformat(),
            )

    async def _record(
        self, message: Claimed, outcome: Outcome, now: datetime
    ) -> datetime | None:
        lease = message.lease_until
        if outcome.status == outbox.SENT:
            done = await outbox.mark_sent(message.id, now, lease_until=lease, result=outcome.result)
        elif outcome.status == outbox.LOCAL:
            done = await outbox.mark_local(message.id, now, lease_until=lease)
        elif outcome.status == outbox.FAILED:
            log.warning("outbox message %d failed for good: %s", message.id, outcome.error)
            done = await outbox.mark_failed(message.id, outcome.error, lease_until=lease)
        elif outcome.status == UNKNOWN:
            log.warning("outbox message %d may have been delivered: %s", message.id, outcome.error)
            return await outbox.mark_unknown(
                message.id, outcome.error, now, message.attempts, lease_until=lease
            )
        else:
            log.info("outbox message %d will be retried: %s", message.id, outcome.error)
            return await outbox.mark_retry(
                message.id, outcome.error, now, message.attempts, lease_until=lease
            )
        if not done:
            log.warning("outbox message %d: lease lost before it could be marked", message.id)
        return None


def build_clients(
    settings: Settings, session: aiohttp.ClientSession | None, store: TokenStore
) -> tuple[MpClient | None, WorkClient | None]:
    """The MP and WeCom clients the settings configure; None for a channel without credentials."""
    mp = None
    if settings.mp_appid and settings.mp_secret:
        mp = MpClient(
            settings.mp_appid,
            settings.mp_secret,
            store,
            base_url=settings.wechat_api_base,
            session=session,
        )
    work = None
    if settings.work_corp_id and settings.work_secret and settings.work_agent_id:
        try:
            agent_id = int(settings.work_agent_id)
        except ValueError:
            raise SettingsError("WATERBOT_WORK_AGENT_ID must be a number") from None
        work = WorkClient(
            settings.work_corp_id,
            agent_id,
            settings.work_secret,
            store,
            base_url=settings.work_api_base,
            session=session,
        )
    return mp, work


def outbox_context(
    mp: MpClient | None,
    work: WorkClient | None,
    interval: float = 1.0,
    *,
    shutdown_timeout: float = 15.0,
) -> Callable[[web.Application], AsyncIterator[None]]:
    """aiohttp cleanup context running the sender; mount it after the database context.

    The clients stay the caller's to close.
    """

    async def context(_app: web.Application) -> AsyncIterator[None]:
        stop = asyncio.Event()
        worker = OutboxWorker(mp, work)
        task = asyncio.create_task(worker.run_forever(stop, interval), name="outbox-worker")
        yield
        stop.set()
        try:
            # A send cut short here is not lost: its lease runs out and it is claimed again.
            await asyncio.wait_for(task, shutdown_timeout)
        except TimeoutError:
            log.warning("outbox worker did not stop within %.0f s; cancelled", shutdown_timeout)

    return context
