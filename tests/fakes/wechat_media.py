"""The Official Account's media download (GET /cgi-bin/media/get) for the fake WeChat server.

A picture a customer sent is known by its media id for three days. The real API answers the
file itself (Content-Type image/jpeg, Content-disposition naming it) or, for an unknown or
expired id, a JSON error with a text/plain content type.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fakes.wechat_faults import error_body

TokenCheck = Callable[[str, web.Request], "dict[str, Any] | None"]


class MediaStore:
    """Pictures customers sent, by the Official Account's media id."""

    def __init__(self) -> None:
        self.mp_media: dict[str, tuple[bytes, str]] = {}

    def add_mp_media(self, media_id: str, content: bytes, content_type: str = "image/jpeg") -> None:
        """Make the Official Account serve this file under media_id."""
        self.mp_media[media_id] = (content, content_type)

    def media_get_handler(self, token_error: TokenCheck) -> Callable[..., Any]:
        """The aiohttp handler of GET /cgi-bin/media/get."""

        async def media_get(request: web.Request) -> web.Response:
            error = token_error("mp", request)
            found = self.mp_media.get(request.query.get("media_id", ""))
            if error is None and found is None:
                error = error_body("mp", 40007, "invalid media_id")
            if error is not None:
                return web.Response(text=json.dumps(error), content_type="text/plain")
            content, ctype = found  # type: ignore[misc]
            name = request.query["media_id"] + (".png" if ctype == "image/png" else ".jpg")
            headers = {"Content-disposition": f'attachment; filename="{name}"'}
            return web.Response(body=content, content_type=ctype, headers=headers)

        return media_get
