"""Fault injection for the fake WeChat server: errors, slow and late answers, dead lines.

A late answer or a dropped connection comes after the message was processed (and counted in
`delivered`), like WeChat acting on a send whose answer the client never gets.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import web


@dataclass
class _Fault:
    errcode: int | None
    http_status: int | None
    remaining: int


@dataclass
class _Late:
    seconds: float  # answer this long after processing; 0 with drop: never answer
    drop: bool
    remaining: int


def error_body(api: str, errcode: int, errmsg: str) -> dict[str, Any]:
    """An error answer as MP or WeCom words it."""
    # MP appends " rid: ..." and WeCom ", hint: [...]" to every errmsg.
    tail = f" rid: {secrets.token_hex(4)}" if api == "mp" else f", hint: [{secrets.token_hex(4)}]"
    return {"errcode": errcode, "errmsg": errmsg + tail}


def _take(queues: dict[str, list[Any]], path: str) -> Any:
    queue = queues.get(path)
    if not queue:
        return None
    rule = queue[0]
    rule.remaining -= 1
    if rule.remaining <= 0:
        queue.pop(0)
    return rule


class FaultInjection:
    """The fake's faults, by path; FakeWeChat's middleware applies them."""

    def __init__(self) -> None:
        self.delay_s = 0.0
        self.delay_path: str | None = None
        self._faults: dict[str, list[_Fault]] = {}
        self._late: dict[str, list[_Late]] = {}
        # Set on close: late answers still waiting give up, so shutdown does not wait on them.
        self._closing = asyncio.Event()

    def fail_next(
        self,
        path: str,
        *,
        errcode: int | None = None,
        http_status: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls to path answer errcode (HTTP 200) or a bare HTTP status."""
        if (errcode is None) == (http_status is None):
            raise ValueError("give exactly one of errcode / http_status")
        self._faults.setdefault(path, []).append(_Fault(errcode, http_status, times))

    def answer_late(self, path: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` calls to path are processed, then answered only after `seconds`."""
        self._late.setdefault(path, []).append(_Late(seconds, drop=False, remaining=times))

    def drop_after_processing(self, path: str, *, times: int = 1) -> None:
        """The next `times` calls to path are processed, then the connection closes unanswered."""
        self._late.setdefault(path, []).append(_Late(0.0, drop=True, remaining=times))

    def set_delay(self, seconds: float, path: str | None = None) -> None:
        """Delay answers (to every path, or just one) by seconds, before processing."""
        self.delay_s, self.delay_path = seconds, path

    async def _sleep(self, seconds: float) -> None:
        # Cut short on close, so that shutting down never waits for a slow answer.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    async def _before(self, api: str, request: web.Request) -> web.Response | None:
        """Delay, then an injected failure instead of the real handler (None: go on)."""
        if self.delay_s and self.delay_path in (None, request.path):
            await self._sleep(self.delay_s)
        fault: _Fault | None = _take(self._faults, request.path)
        if fault and fault.http_status is not None:
            return web.Response(status=fault.http_status, text="<html>busy</html>")
        if fault and fault.errcode is not None:
            return web.json_response(error_body(api, fault.errcode, "injected failure"))
        return None

    async def _handle(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Run the real handler, then answer late or not at all if told to."""
        late: _Late | None = _take(self._late, request.path)
        response: web.StreamResponse = await handler(request)
        if late and late.drop:
            # Processed, then the line goes dead: the client never sees an answer.
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError
        if late:
            await self._sleep(late.seconds)
        return response
