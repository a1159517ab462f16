"""Sending one outbox message through the MP or WeCom client, and what the answer means."""

from __future__ import annotations

import base64
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.channels.api import (
    MpClient,
    OutcomeUnknown,
    OutsideServiceWindow,
    WeChatApiError,
    WeChatUnavailable,
    WorkClient,
)
from bot.channels.api_base import SYSTEM_BUSY, TOKEN_ERRCODES, UNEXPECTED_ANSWER
from bot.channels.pictures import FetchLater, send_customer_picture
from domain.reads.outbox import card_send
from domain.services import outbox
from domain.services.outbox import Claimed

log = logging.getLogger(__name__)

# Worth another try later: busy, quota or frequency limits, token trouble that survived a
# refresh, answers that were not WeChat JSON. Anything else (bad openid, unsubscribed user,
# bad template) would fail the same way again.
RETRYABLE_ERRCODES = frozenset(
    {SYSTEM_BUSY, UNEXPECTED_ANSWER, 45009, 45011, 45033, *TOKEN_ERRCODES}
)
RETRY = "retry"
UNKNOWN = "unknown"  # the answer was lost: WeChat may have delivered it

Client = MpClient | WorkClient


@dataclass(frozen=True)
class Outcome:
    """What one send attempt came to."""

    status: str  # outbox.SENT, outbox.LOCAL, outbox.FAILED, RETRY or UNKNOWN
    error: str = ""
    result: Mapping[str, Any] | None = None
    down: bool = False  # the API itself is unreachable, not just this message refused


class Undeliverable(Exception):
    """The stored message cannot be sent at all (a malformed or foreign payload)."""


class NotYet(Exception):
    """The message depends on another that has not been sent yet; try again later."""


async def deliver(
    client: Client | None, message: Claimed, source: MpClient | None = None
) -> Outcome:
    """Send one message (None: channel not configured, local outbox only); never raises.

    `source` is the Official Account client a customer's picture is downloaded through.
    """
    if client is None:
        return Outcome(outbox.LOCAL)
    try:
        return Outcome(outbox.SENT, result=await _send(client, message, source))
    except OutsideServiceWindow as exc:
        return await _fallback(client, message, exc)
    except OutcomeUnknown as exc:
        # down: WeChat is too slow to answer, and the recipient's next messages must wait
        # behind this one to stay in order.
        return Outcome(UNKNOWN, str(exc), down=True)
    except WeChatUnavailable as exc:
        return Outcome(RETRY, str(exc), down=True)
    except WeChatApiError as exc:
        return classify(exc)
    except (NotYet, FetchLater) as exc:
        return Outcome(RETRY, str(exc))
    except (Undeliverable, KeyError, TypeError, ValueError) as exc:
        return Outcome(outbox.FAILED, f"undeliverable payload: {type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug must not stop the other messages; retried, capped
        log.exception("outbox message %d: unexpected error while sending", message.id)
        return Outcome(RETRY, f"unexpected {type(exc).__name__}: {exc}")


def classify(exc: WeChatApiError) -> Outcome:
    """Retry later or give up, by errcode."""
    status = RETRY if exc.errcode in RETRYABLE_ERRCODES else outbox.FAILED
    return Outcome(status, str(exc))


async def _fallback(client: Client, message: Claimed, refused: WeChatApiError) -> Outcome:
    fallback = message.payload.get("fallback_template")
    if not isinstance(client, MpClient) or not isinstance(fallback, dict):
        why = "outside the 48-hour service window and no fallback template"
        return Outcome(outbox.FAILED, f"{why} (errcode {refused.errcode})")
    try:
        msgid = await _send_template(client, message, fallback)
    except OutcomeUnknown as exc:
        return Outcome(UNKNOWN, str(exc), down=True)
    except WeChatUnavailable as exc:
        return Outcome(RETRY, str(exc), down=True)
    except WeChatApiError as exc:
        return classify(exc)
    log.info("outbox message %d: outside the service window, sent the template", message.id)
    return Outcome(outbox.SENT, result={"delivered_as": "fallback_template", "msgid": msgid})


async def _send_template(client: MpClient, message: Claimed, spec: Mapping[str, Any]) -> int:
    # client_msg_id: WeChat drops a repeat within 10 minutes, so a retry after a lost
    # answer does not push the template twice.
    return await client.send_template(
        message.recipient,
        str(spec["template_id"]),
        spec["data"],
        url=spec.get("url") or None,
        client_msg_id=f"outbox-{message.id}",
    )


async def _response_code(payload: Mapping[str, Any]) -> str:
    """The response_code WeCom gave when the card was sent (each allows one update)."""
    card_message_id = payload.get("card_message_id")
    if not isinstance(card_message_id, int):
        raise Undeliverable("card_update 'card_message_id' is not an integer")
    card = await card_send(card_message_id)
    if card is None:
        raise Undeliverable(f"card message {card_message_id} is gone")
    if card.status in (outbox.PENDING, outbox.SENDING):
        raise NotYet(f"card message {card_message_id} is not sent yet")
    if card.response_code is None:
        raise Undeliverable(f"card message {card_message_id} has no response_code ({card.status})")
    return card.response_code


async def _send(
    client: Client, message: Claimed, source: MpClient | None = None
) -> dict[str, Any] | None:
    """Send by kind; return what is worth keeping (a template's msgid, a card's response_code)."""
    payload, to = message.payload, message.recipient
    if message.kind == "text":
        await client.send_text(to, str(payload["text"]))
    elif message.kind == "image" and "mp_media_id" in payload:
        return await send_customer_picture(client, message, source)
    elif message.kind == "image":
        media_id = payload.get("media_id")
        if not isinstance(media_id, str):
            content = base64.b64decode(str(payload["image_b64"]), validate=True)
            media_id = await client.upload_temp_media("image", str(payload["filename"]), content)
        await client.send_image(to, media_id)
    elif message.kind == "template" and isinstance(client, MpClient):
        return {"msgid": await _send_template(client, message, payload)}
    elif message.kind == "template_card" and isinstance(client, WorkClient):
        card = payload["card"]
        if not isinstance(card, dict):
            raise Undeliverable("template_card 'card' is not an object")
        code = await client.send_template_card(to, card)
        return {"response_code": code} if code else None
    elif message.kind == "card_update" and isinstance(client, WorkClient):
        given = payload.get("response_code")
        code = given if isinstance(given, str) else await _response_code(payload)
        await client.update_template_card([to], code, str(payload["replace_name"]))
    else:
        raise Undeliverable(f"cannot send {message.kind!r} on {message.channel!r}")
    return None
