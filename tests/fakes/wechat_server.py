"""A fake WeChat MP + WeCom API server: real aiohttp apps on 127.0.0.1, random ports.

MP endpoints live on `base_url` (stands in for api.weixin.qq.com), WeCom ones on
`work_base_url` (qyapi.weixin.qq.com), so shared paths like /cgi-bin/media/upload
behave like the right platform. JSON shapes and errcodes follow the official docs.
`delivered` lists the messages the fake really handed to a user, so a test can count copies
even when answers were late or lost.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.wechat_faults import FaultInjection
from tests.fakes.wechat_faults import error_body as _err
from tests.fakes.wechat_media import MediaStore

MP_APPID = "wx_fake_appid"
MP_SECRET = "fake_mp_secret"
WORK_CORP_ID = "ww_fake_corp"
WORK_AGENT_ID = 1000002
WORK_SECRET = "fake_work_secret"

MP_MEDIA_TYPES = {"image", "voice", "video", "thumb"}
WORK_MEDIA_TYPES = {"image", "voice", "video", "file"}
INTERACTIVE_CARDS = {"button_interaction", "vote_interaction", "multiple_interaction"}
_API = web.AppKey("api", str)


@dataclass
class Call:
    """One request the fake received."""

    api: str
    method: str
    path: str
    query: dict[str, str]
    json: Any = None
    form: dict[str, Any] = field(default_factory=dict)


_CALL = web.RequestKey("call", Call)


@dataclass
class _Token:
    api: str
    app: str
    expires_at: float


class FakeWeChat(FaultInjection, MediaStore):
    """State and handlers of the fake (faults: FaultInjection, media: MediaStore); build with
    start_fake_wechat()."""

    def __init__(self, token_ttl: int = 7200) -> None:
        FaultInjection.__init__(self)
        MediaStore.__init__(self)
        self.token_ttl = token_ttl
        self.calls: list[Call] = []
        self.tokens: dict[str, _Token] = {}
        self.blocked: dict[str, int] = {}
        self.response_codes: list[str] = []
        self.spent_codes: set[str] = set()
        self.delivered: list[Call] = []
        self._runners: list[web.AppRunner] = []
        self._ports: dict[str, int] = {}
        self.base_url = ""
        self.work_base_url = ""

    def expire_tokens(self) -> None:
        """Every issued token now answers 42001."""
        for token in self.tokens.values():
            token.expires_at = time.time() - 1

    def invalidate_tokens(self) -> None:
        """Forget every issued token: they answer 40001 (MP) / 40014 (WeCom)."""
        self.tokens.clear()

    def delivered_to(self, path: str) -> list[Call]:
        """Messages on path that really reached their recipient (copies included)."""
        return [c for c in self.delivered if c.path == path]

    async def refuse_connections(self) -> None:
        """Stop listening and drop open connections: new calls get 'connection refused'."""
        for runner in self._runners:
            await runner.cleanup()
        self._runners = []

    async def accept_connections(self) -> None:
        """Listen again on the same ports after refuse_connections()."""
        await self.start()

    def outside_window(self, openid: str, errcode: int = 45015) -> None:
        """Custom sends to openid fail as if the 48 h window were closed."""
        self.blocked[openid] = errcode

    def calls_to(self, path: str, api: str | None = None) -> list[Call]:
        """Recorded calls to path (optionally only on one API)."""
        return [c for c in self.calls if c.path == path and api in (None, c.api)]

    async def close(self) -> None:
        """Stop both listeners."""
        self._closing.set()
        await self.refuse_connections()

    async def _record(self, api: str, request: web.Request) -> Call:
        call = Call(api, request.method, request.path, dict(request.query))
        if request.content_type.startswith("multipart/"):
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    call.form[name] = {
                        "filename": value.filename,
                        "content": value.file.read(),
                        "content_type": value.content_type,
                    }
        elif request.can_read_body:
            call.json = json.loads(await request.read() or b"null")
        self.calls.append(call)
        return call

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        api = request.app[_API]
        request[_CALL] = await self._record(api, request)
        if injected := await self._before(api, request):
            return injected
        return await self._handle(request, handler)

    def _issue(self, api: str, app: str) -> tuple[str, int]:
        token = secrets.token_urlsafe(24)
        self.tokens[token] = _Token(api, app, time.time() + self.token_ttl)
        return token, self.token_ttl

    def _current(self, api: str, app: str, min_left: float) -> tuple[str, int] | None:
        now = time.time()
        for value, tok in self.tokens.items():
            if tok.api == api and tok.app == app and tok.expires_at - now > min_left:
                return value, int(tok.expires_at - now)
        return None

    def _token_error(self, api: str, request: web.Request) -> dict[str, Any] | None:
        tok = self.tokens.get(request.query.get("access_token", ""))
        if tok is None or tok.api != api:
            if api == "mp":
                return _err(api, 40001, "invalid credential, access_token is invalid or not latest")
            return _err(api, 40014, "invalid access_token")
        if tok.expires_at <= time.time():
            return _err(api, 42001, "access_token expired")
        return None

    async def mp_stable_token(self, request: web.Request) -> web.Response:
        body = request[_CALL].json or {}
        if body.get("grant_type") != "client_credential":
            return web.json_response(_err("mp", 40002, "invalid grant_type"))
        if body.get("appid") != MP_APPID:
            return web.json_response(_err("mp", 40013, "invalid appid"))
        if body.get("secret") != MP_SECRET:
            return web.json_response(_err("mp", 40125, "invalid appsecret"))
        if body.get("force_refresh"):
            self.tokens = {k: t for k, t in self.tokens.items() if t.app != MP_APPID}
            token, ttl = self._issue("mp", MP_APPID)
        else:
            # Normal mode: same token until its last 5 minutes, then a new one (old
            # one stays valid meanwhile).
            token, ttl = self._current("mp", MP_APPID, 300) or self._issue("mp", MP_APPID)
        return web.json_response({"access_token": token, "expires_in": ttl})

    async def mp_custom_send(self, request: web.Request) -> web.Response:
        if error := self._token_error("mp", request):
            return web.json_response(error)
        body = request[_CALL].json or {}
        if body.get("msgtype") not in {"text", "image"} or body["msgtype"] not in body:
            return web.json_response(_err("mp", 40008, "invalid message type"))
        if (code := self.blocked.get(body.get("touser", ""))) is not None:
            msg = {
                45015: "response out of time limit or subscription is canceled",
                45047: "out of response count limit",
            }.get(code, "refused")
            return web.json_response(_err("mp", code, msg))
        self.delivered.append(request[_CALL])
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def mp_template_send(self, request: web.Request) -> web.Response:
        if error := self._token_error("mp", request):
            return web.json_response(error)
        body = request[_CALL].json or {}
        if not body.get("template_id"):
            return web.json_response(_err("mp", 40037, "invalid template_id"))
        msgid = secrets.randbelow(2**40)
        self.delivered.append(request[_CALL])
        return web.json_response({"errcode": 0, "errmsg": "ok", "msgid": msgid})

    async def upload(self, request: web.Request) -> web.Response:
        api = request.app[_API]
        if error := self._token_error(api, request):
            return web.json_response(error)
        kind = request.query.get("type", "")
        if kind not in (MP_MEDIA_TYPES if api == "mp" else WORK_MEDIA_TYPES):
            return web.json_response(_err(api, 40004, "invalid media type"))
        if "media" not in request[_CALL].form:
            return web.json_response(_err(api, 41005, "media data missing"))
        media_id = f"{kind}_{secrets.token_hex(8)}"
        if api == "mp":
            return web.json_response(
                {"type": kind, "media_id": media_id, "created_at": int(time.time())}
            )
        return web.json_response(
            {
                "errcode": 0,
                "errmsg": "",
                "type": kind,
                "media_id": media_id,
                "created_at": str(int(time.time())),
            }
        )

    async def work_gettoken(self, request: web.Request) -> web.Response:
        if request.query.get("corpid") != WORK_CORP_ID:
            return web.json_response(_err("work", 40013, "invalid corpid"))
        if request.query.get("corpsecret") != WORK_SECRET:
            return web.json_response(_err("work", 40001, "invalid secret"))
        token, ttl = self._current("work", WORK_CORP_ID, 0) or self._issue("work", WORK_CORP_ID)
        return web.json_response(
            {"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": ttl}
        )

    async def work_message_send(self, request: web.Request) -> web.Response:
        if error := self._token_error("work", request):
            return web.json_response(error)
        body = request[_CALL].json or {}
        if body.get("agentid") != WORK_AGENT_ID:
            return web.json_response(_err("work", 40056, "invalid agentid"))
        if not body.get("touser"):
            return web.json_response(_err("work", 81013, "user & party & tag all invalid"))
        answer: dict[str, Any] = {
            "errcode": 0,
            "errmsg": "ok",
            "invaliduser": "",
            "invalidparty": "",
            "invalidtag": "",
            "unlicenseduser": "",
            "msgid": secrets.token_urlsafe(12),
        }
        card = body.get("template_card") or {}
        if body.get("msgtype") == "template_card" and (
            card.get("card_type") in INTERACTIVE_CARDS or "action_menu" in card
        ):
            answer["response_code"] = secrets.token_urlsafe(16)
            self.response_codes.append(answer["response_code"])
        self.delivered.append(request[_CALL])
        return web.json_response(answer)

    async def work_update_card(self, request: web.Request) -> web.Response:
        if error := self._token_error("work", request):
            return web.json_response(error)
        body = request[_CALL].json or {}
        if body.get("agentid") != WORK_AGENT_ID:
            return web.json_response(_err("work", 40056, "invalid agentid"))
        code = body.get("response_code")
        # WeCom documents that a response_code works once, within 72 hours; it does not
        # document which errcode a spent one gets, so the fake answers "invalid parameter".
        if code not in self.response_codes or code in self.spent_codes:
            return web.json_response(_err("work", 40058, "invalid response_code"))
        self.spent_codes.add(code)
        return web.json_response({"errcode": 0, "errmsg": "ok", "invaliduser": []})

    def _app(self, api: str) -> web.Application:
        app = web.Application(middlewares=[self._middleware])
        app[_API] = api
        app.router.add_post("/cgi-bin/media/upload", self.upload)
        if api == "mp":
            app.router.add_post("/cgi-bin/stable_token", self.mp_stable_token)
            app.router.add_get("/cgi-bin/media/get", self.media_get_handler(self._token_error))
            app.router.add_post("/cgi-bin/message/custom/send", self.mp_custom_send)
            app.router.add_post("/cgi-bin/message/template/send", self.mp_template_send)
        else:
            app.router.add_get("/cgi-bin/gettoken", self.work_gettoken)
            app.router.add_post("/cgi-bin/message/send", self.work_message_send)
            app.router.add_post("/cgi-bin/message/update_template_card", self.work_update_card)
        return app

    async def start(self) -> None:
        """Bind both APIs on 127.0.0.1 (random ports the first time, the same ones after)."""
        for api in ("mp", "work"):
            runner = web.AppRunner(self._app(api), access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", self._ports.get(api, 0)).start()
            self._runners.append(runner)
            host, port = runner.addresses[0][:2]
            self._ports[api] = port
            url = f"http://{host}:{port}"
            if api == "mp":
                self.base_url = url
            else:
                self.work_base_url = url


async def start_fake_wechat(token_ttl: int = 7200) -> FakeWeChat:
    """Start a FakeWeChat; call `await fake.close()` when done."""
    fake = FakeWeChat(token_ttl=token_ttl)
    await fake.start()
    return fake
