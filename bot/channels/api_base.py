"""Shared machinery of the outbound WeChat clients: errors, tokens, retries, upload.

A failed attempt is retried here only when WeChat surely did not act on it (no connection,
5xx, errcode -1), or when acting twice is harmless (tokens, uploads). A send that reached
WeChat but got no answer raises OutcomeUnknown at once: the message may have gone out, and
only the outbox may decide to try once more, later.
"""

from __future__ import annotations

import asyncio
import json
import logging
import mimetypes
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

import aiohttp

from bot.channels.tokens import TokenStore

log = logging.getLogger(__name__)

# 40001 invalid credential, 40014 invalid access_token, 42001 access_token expired.
TOKEN_ERRCODES = frozenset({40001, 40014, 42001})
SYSTEM_BUSY = -1
# Local code (not WeChat's) for an answer that is not WeChat JSON at all.
UNEXPECTED_ANSWER = -2

# The content types a WeChat JSON answer comes with (errors of a download are text/plain).
JSON_TYPES = frozenset({"application/json", "text/plain", "text/json"})

FormFactory = Callable[[], aiohttp.FormData]


class WeChatError(Exception):
    """Base of every outbound WeChat / WeCom failure."""


class WeChatApiError(WeChatError):
    """WeChat answered with a non-zero errcode."""

    def __init__(self, errcode: int, errmsg: str, path: str = "") -> None:
        super().__init__(f"{path}: errcode {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg
        self.path = path


class OutsideServiceWindow(WeChatApiError):
    """45015 (no user message in 48 h) or 45047 (per-window quota used): push a template."""


class WeChatUnavailable(WeChatError):
    """Retries exhausted on 5xx, timeouts, connection errors or errcode -1."""

    def __init__(self, path: str, attempts: int, last_error: str) -> None:
        super().__init__(f"{path}: unavailable after {attempts} attempts ({last_error})")
        self.path = path
        self.attempts = attempts
        self.last_error = last_error


class OutcomeUnknown(WeChatError):
    """A send reached WeChat but its answer was lost (timeout, dropped connection)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: outcome unknown, WeChat may have acted on it ({reason})")
        self.path = path
        self.reason = reason


class _Transient(Exception):
    """Internal: this attempt failed in a way worth retrying."""


class _Unanswered(_Transient):
    """Internal: the request went out but no answer came back; WeChat may have acted on it."""


def _errcode(payload: Mapping[str, Any]) -> int:
    try:
        return int(payload.get("errcode") or 0)
    except (TypeError, ValueError):
        return UNEXPECTED_ANSWER


class BaseClient:
    """Token caching, one refresh on token errors, bounded retries; shared by both APIs."""

    window_errcodes: ClassVar[frozenset[int]] = frozenset()
    # Refresh this long before expiry (see subclasses for why it differs).
    expiry_margin_s: ClassVar[float] = 0.0

    def __init__(
        self,
        store: TokenStore,
        *,
        base_url: str,
        session: aiohttp.ClientSession | None = None,
        timeout_s: float = 10.0,
        connect_timeout_s: float = 5.0,
        max_attempts: int = 3,
        backoff_s: float = 0.5,
    ) -> None:
        self.store = store
        self.base_url = base_url.rstrip("/")
        self.max_attempts = max(1, max_attempts)
        self.backoff_s = backoff_s
        # timeout_s bounds the wait for an answer once connected. The connect limit fires
        # before the total one, so any other timeout means the request may have gone out.
        self._timeout = aiohttp.ClientTimeout(
            total=connect_timeout_s + timeout_s, connect=connect_timeout_s, sock_read=timeout_s
        )
        self._session = session
        self._owns_session = session is None

    @property
    def token_key(self) -> str:
        """TokenStore key of this app's access token."""
        raise NotImplementedError

    async def _fetch_token(self, stale: str | None) -> tuple[str, float]:
        raise NotImplementedError

    async def close(self) -> None:
        """Close the HTTP session if this client created it."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def _cached_token(self) -> str | None:
        cached = await self.store.get(self.token_key)
        if cached and cached[1] - self.expiry_margin_s > time.time():
            return cached[0]
        return None

    async def access_token(self, *, stale: str | None = None) -> str:
        """A valid token; with `stale`, replace that rejected token (once, under the lock)."""
        if stale is None and (token := await self._cached_token()):
            return token
        async with self.store.lock(self.token_key):
            # Another worker may have refreshed while we waited for the lock.
            token = await self._cached_token()
            if token and token != stale:
                return token
            token, expires_in = await self._fetch_token(stale)
            await self.store.put(self.token_key, token, time.time() + expires_in)
            log.info("access token refreshed for %s", self.token_key)
            return token

    def _raise_for(self, path: str, payload: Mapping[str, Any]) -> None:
        code = _errcode(payload)
        if code == 0:
            return
        errmsg = str(payload.get("errmsg", ""))
        if code in self.window_errcodes:
            raise OutsideServiceWindow(code, errmsg, path)
        raise WeChatApiError(code, errmsg, path)

    async def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Mapping[str, Any] | None = None,
        form: FormFactory | None = None,
        params: Mapping[str, str] | None = None,
        once: bool = False,
        binary: bool = False,
    ) -> dict[str, Any]:
        """Authenticated call: one token refresh + retry on 40001/40014/42001.

        once: acting twice would be seen (a message sent twice), so an attempt whose answer
        was lost raises OutcomeUnknown instead of being retried. binary: a download; an
        answer that is not JSON comes back as {"content": bytes, "content_type": str}.
        """
        token = await self.access_token()
        query = dict(params or {})
        payload = await self._request(
            method, path, {**query, "access_token": token}, json_body, form, once=once,
            binary=binary,
        )  # fmt: skip
        if _errcode(payload) in TOKEN_ERRCODES:
            # A rejected token means WeChat did nothing, so even a send may go again.
            log.warning("token rejected on %s (errcode %s), refreshing", path, _errcode(payload))
            token = await self.access_token(stale=token)
            payload = await self._request(
                method, path, {**query, "access_token": token}, json_body, form, once=once,
                binary=binary,
            )  # fmt: skip
        self._raise_for(path, payload)
        return payload

    async def _request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        form: FormFactory | None = None,
        *,
        once: bool = False,
        binary: bool = False,
    ) -> dict[str, Any]:
        """One logical request with bounded, exponentially backed-off retries (see _call)."""
        last_error = "no attempt made"
        for attempt in range(self.max_attempts):
            if attempt:
                delay = self.backoff_s * 2 ** (attempt - 1)
                # Jitter so that workers that failed together do not retry together.
                await asyncio.sleep(delay * (1 + random.random() / 4))
            try:
                return await self._attempt(method, path, params, json_body, form, binary)
            except _Unanswered as exc:
                if once:
                    log.warning("%s %s attempt %d: answer lost: %s", method, path, attempt + 1, exc)
                    raise OutcomeUnknown(path, str(exc)) from exc
                last_error = str(exc)
                log.warning("%s %s attempt %d failed: %s", method, path, attempt + 1, exc)
            except _Transient as exc:
                last_error = str(exc)
                log.warning("%s %s attempt %d failed: %s", method, path, attempt + 1, exc)
        raise WeChatUnavailable(path, self.max_attempts, last_error)

    def _session_for_call(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
            self._owns_session = True
        return self._session

    async def _attempt(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        json_body: Mapping[str, Any] | None,
        form: FormFactory | None,
        binary: bool = False,
    ) -> dict[str, Any]:
        data: bytes | aiohttp.FormData | None = form() if form else None
        headers = None
        if json_body is not None:
            # ensure_ascii=False: WeChat shows \uXXXX escapes literally in some places.
            data = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            headers = {"Content-Type": "application/json; charset=utf-8"}
        url = self.base_url + path
        try:
            async with self._session_for_call().request(
                method, url, params=params, data=data, headers=headers, timeout=self._timeout
            ) as resp:
                if resp.status >= 500 or resp.status == 429:
                    raise _Transient(f"HTTP {resp.status}")
                if resp.status != 200:
                    raise WeChatApiError(UNEXPECTED_ANSWER, f"HTTP {resp.status}", path)
                raw, ctype = await resp.read(), resp.content_type
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            # No connection, so nothing was sent.
            raise _Transient(f"{type(exc).__name__}: {exc}") from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            # Connected, then no usable answer: the request may have been read and acted on.
            raise _Unanswered(f"{type(exc).__name__}: {exc}") from exc
        if binary and ctype not in JSON_TYPES:  # a file; WeChat's refusals are JSON or text
            return {"content": raw, "content_type": ctype}
        # An answer that cannot be read says nothing about what WeChat did: as good as lost.
        try:
            payload = json.loads(raw)
        except ValueError as exc:
            raise _Unanswered("answer is not JSON") from exc
        if not isinstance(payload, dict):
            raise _Unanswered("answer is not a JSON object")
        if _errcode(payload) == SYSTEM_BUSY:
            raise _Transient("errcode -1 system busy")
        return payload

    def _token_from(self, path: str, payload: Mapping[str, Any]) -> tuple[str, float]:
        self._raise_for(path, payload)
        token, expires_in = payload.get("access_token"), payload.get("expires_in")
        if not isinstance(token, str) or not token or not isinstance(expires_in, int | float):
            raise WeChatApiError(UNEXPECTED_ANSWER, "token answer without access_token", path)
        return token, float(expires_in)

    async def upload_temp_media(self, kind: str, filename: str, content: bytes) -> str:
        """Upload temporary media (kept 3 days by WeChat) and return its media_id."""

        def form() -> aiohttp.FormData:
            # A FormData can be serialised only once, so each retry builds a new one.
            data = aiohttp.FormData()
            ctype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            data.add_field("media", content, filename=filename, content_type=ctype)
            return data

        payload = await self._call(
            "POST", "/cgi-bin/media/upload", form=form, params={"type": kind}
        )
        media_id = payload.get("media_id")
        if not isinstance(media_id, str) or not media_id:
            raise WeChatApiError(UNEXPECTED_ANSWER, "upload answer without media_id", "upload")
        return media_id
