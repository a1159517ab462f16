"""Bearer tokens, what each role may do, and slowing down whoever keeps guessing.

Failures count per real client (behind WATERBOT_TRUSTED_PROXIES) and per token prefix, never
per proxy, so other people's guesses cannot lock the owner out. The counter lives in each
process's memory: behind a load balancer a guesser gets five tries per process per minute,
which is still nothing against a 256-bit token.
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable

from aiohttp import web

from admin.clients import client_address, failure_keys
from admin.errors import ApiError
from admin.keys import PRINCIPAL, clock_of, settings_of
from domain.services.api_tokens import authenticate

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

ALL = "*"
# Reads: viewers and dispatchers see everything but tokens and printed codes (bearer vouchers).
# Finance (money owed, cash to hand in, ledgers) is for the owner and a viewer such as the
# accountant; imports change balances, so only the owner runs them.
READ: dict[str, frozenset[str]] = {
    "owner": frozenset({ALL}),
    "dispatcher": frozenset({"customers", "orders", "catalog", "staff", "tickets", "returns",
                             "complaints", "audit", "dispatch", "stats", "campaigns"}),
    "viewer": frozenset({"customers", "orders", "catalog", "staff", "tickets", "returns",
                         "complaints", "audit", "dispatch", "stats", "campaigns", "finance"}),
}  # fmt: skip
# Writes: dispatchers run the day (orders, dispatch, customers, returns, complaints);
# money, catalog, codes and tokens stay with the owner.
WRITE: dict[str, frozenset[str]] = {
    "owner": frozenset({ALL}),
    "dispatcher": frozenset({"customers", "orders", "dispatch", "returns", "complaints"}),
    "viewer": frozenset(),
}


def may(role: str, area: str, writes: bool) -> bool:
    """True when `role` may read (or write) in `area`."""
    allowed = (WRITE if writes else READ).get(role, frozenset())
    return ALL in allowed or area in allowed


def authorize(role: str, area: str, writes: bool) -> None:
    """403 unless the role may."""
    if not may(role, area, writes):
        raise ApiError(403, "forbidden", "您的角色没有权限执行这个操作")


class Throttle:
    """After `limit` failures in `window` seconds a key (client, token prefix) waits `penalty` s."""

    def __init__(
        self,
        limit: int = 5,
        window: float = 60.0,
        penalty: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.limit, self.window, self.penalty, self.clock = limit, window, penalty, clock
        self.max_keys = max_keys
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._blocked: dict[str, float] = {}

    def retry_after(self, key: str) -> int:
        """Seconds the key must still wait (0: it may try)."""
        until = self._blocked.get(key)
        if until is None:
            return 0
        left = until - self.clock()
        if left <= 0:
            del self._blocked[key]
            return 0
        return max(1, math.ceil(left))

    def fail(self, key: str) -> bool:
        """Count a failure; the limit-th within the window starts the penalty (True)."""
        now = self.clock()
        seen = self._failures.setdefault(key, deque())
        self._failures.move_to_end(key)
        seen.append(now)
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        while len(self._failures) > self.max_keys:  # bounded memory under a spray
            self._failures.popitem(last=False)
        if len(seen) < self.limit:
            return False
        seen.clear()
        if len(self._blocked) >= self.max_keys:
            self._blocked = {k: t for k, t in self._blocked.items() if t > now}
        self._blocked[key] = now + self.penalty
        return True


THROTTLE: web.AppKey[Throttle] = web.AppKey("admin_throttle", Throttle)
PUBLIC = "admin_public"


def bearer(request: web.Request) -> str:
    """The token from `Authorization: Bearer …`, or empty."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """401 without a live token, 429 while its client or token prefix is being slowed down."""
    if getattr(request.match_info.handler, PUBLIC, False):
        return await handler(request)
    throttle = request.app[THROTTLE]
    token = bearer(request)
    client = client_address(
        request.remote,
        request.headers.getall("X-Forwarded-For", []),
        settings_of(request).trusted_proxies,
    )
    keys = failure_keys(client, token)
    wait = max(throttle.retry_after(key) for key in keys)
    if wait:
        raise ApiError(
            429,
            "too_many_failures",
            "认证失败次数过多,请稍后再试",
            headers={"Retry-After": str(wait)},
        )
    principal = await authenticate(token, clock_of(request)())
    if principal is None:
        for key in keys:
            if throttle.fail(key):
                log.warning("admin API: too many failed logins for %s; slowing it down", key)
        raise ApiError(
            401, "unauthorized", "需要有效的访问令牌", headers={"WWW-Authenticate": "Bearer"}
        )
    request[PRINCIPAL] = principal
    return await handler(request)
