"""A customer's picture (Official Account media) passed on to staff in WeCom.

The Official Account's media id means nothing to WeCom, so the picture is downloaded
(media/get), uploaded to WeCom as temporary media and sent from there. The outbox payload is
`{"mp_media_id", "unfetched_text"}`: when the picture cannot be had (expired after WeChat's
3 days, refused, too big, or the Official Account unreachable for several tries) staff get
`unfetched_text` instead, so what the customer reported is never silently lost.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.channels.api import (
    Media,
    MpClient,
    OutcomeUnknown,
    WeChatApiError,
    WeChatUnavailable,
    WorkClient,
)

if TYPE_CHECKING:
    from domain.services.outbox import Claimed

log = logging.getLogger(__name__)

# WeCom refuses images over 10 MB; a download that keeps failing is given up after this
# many claims of the message (the outbox backs off between them).
MAX_IMAGE_BYTES = 10 * 1024 * 1024
FETCH_TRIES = 3
EXTENSIONS = {"image/png": "png", "image/gif": "gif", "image/bmp": "bmp"}


class FetchLater(Exception):
    """The Official Account did not answer: try the picture again later."""


async def _fetch(source: MpClient | None, message: Claimed, media_id: str) -> Media | None:
    """The picture, or None (logged why) when staff should get the note instead."""
    if source is None:
        log.warning("outbox %d: picture %s not fetched: the Official Account client is not "
                    "configured", message.id, media_id)  # fmt: skip
        return None
    try:
        media = await source.get_media(media_id)
    except (WeChatUnavailable, OutcomeUnknown) as exc:
        if message.attempts < FETCH_TRIES:
            raise FetchLater(f"picture {media_id} not fetched yet: {exc}") from exc
        log.warning("outbox %d: picture %s not fetched after %d tries: %s",
                    message.id, media_id, message.attempts, exc)  # fmt: skip
        return None
    except WeChatApiError as exc:
        log.warning("outbox %d: picture %s refused by the Official Account: %s",
                    message.id, media_id, exc)  # fmt: skip
        return None
    if not media.content_type.startswith("image/") or len(media.content) > MAX_IMAGE_BYTES:
        log.warning("outbox %d: picture %s is not an image WeCom takes (%s, %d bytes)",
                    message.id, media_id, media.content_type, len(media.content))  # fmt: skip
        return None
    return media


async def send_customer_picture(
    client: MpClient | WorkClient, message: Claimed, source: MpClient | None
) -> dict[str, Any]:
    """Download the customer's picture and send it to the staff member, else the note."""
    media_id = str(message.payload["mp_media_id"])
    media = await _fetch(source, message, media_id)
    if media is None:
        await client.send_text(message.recipient, str(message.payload["unfetched_text"]))
        return {"delivered_as": "unfetched_text"}
    extension = EXTENSIONS.get(media.content_type, "jpg")
    uploaded = await client.upload_temp_media("image", f"picture.{extension}", media.content)
    await client.send_image(message.recipient, uploaded)
    return {"delivered_as": "image", "work_media_id": uploaded}
