"""The conversation store: one user's turns run one at a time across processes, and a turn's
state is saved in the same transaction that marks its message done.

A turn holds its conversation as a lease (`holder`, `held_until`) renewed while it runs, so a
double tap that two processes receive at once runs as two turns in a row, and a process killed
mid-turn frees the user within `LEASE`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import Conversation, DailyCounter, ProcessedMessage
from domain.rules.chat_states import IDLE
from domain.services import shared_settings
from domain.services.dedupe import KEY_CHARS, LEASE, lease_now
from domain.services.support import (
    SETTINGS_VERSION,
    as_stored_time,
    default_connection,
    is_postgres,
)

log = logging.getLogger(__name__)

HOLD_POLL_S = 0.05


class ConversationBusy(Exception):
    """Another turn of this user held the conversation for longer than we could wait."""


@dataclass(frozen=True)
class Saved:
    """A conversation as last saved: its state, draft and when it lapses."""

    state: str
    draft: dict[str, Any]
    expires_at: datetime | None


async def hold_conversation(channel: str, user_id: str, holder: str, wait_s: float) -> None:
    """Wait until this user's conversation is free, then hold it for `holder`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_s
    # The usual case is one round trip; a user's first message creates the row already held.
    if await _try_hold(channel, user_id, holder) or await _create_held(channel, user_id, holder):
        return
    while not await _try_hold(channel, user_id, holder):
        if loop.time() >= deadline:
            raise ConversationBusy(f"{channel}:{user_id} held for over {wait_s:.0f} s")
        await asyncio.sleep(HOLD_POLL_S)


async def _create_held(channel: str, user_id: str, holder: str) -> bool:
    """Create the user's conversation held by `holder`; False when the row exists (held)."""
    try:
        await Conversation.create(
            channel=channel, user_id=user_id, holder=holder, held_until=lease_now() + LEASE
        )
    except IntegrityError:  # it exists (another turn holds it, or created it first)
        return False
    return True


async def _try_hold(channel: str, user_id: str, holder: str) -> bool:
    now = lease_now()
    free = Q(held_until__isnull=True) | Q(held_until__lt=as_stored_time(now))
    return bool(
        await Conversation.filter(free, channel=channel, user_id=user_id).update(
            holder=holder, held_until=now + LEASE
        )
    )


async def renew_conversation(channel: str, user_id: str, holder: str) -> bool:
    """Extend the hold; False when the lease lapsed and another turn took the user."""
    return bool(
        await Conversation.filter(channel=channel, user_id=user_id, holder=holder).update(
            held_until=lease_now() + LEASE
        )
    )


async def release_conversation(channel: str, user_id: str, holder: str) -> None:
    """Free the user for their next turn without saving anything."""
    await Conversation.filter(channel=channel, user_id=user_id, holder=holder).update(
        holder=None, held_until=None
    )


async def load_conversation(channel: str, user_id: str) -> Saved | None:
    """The conversation as last saved, if there is one; notes the settings version for the turn.

    The version of the station's settings and catalog comes in the same statement, so the
    turn's cached copies are checked without a round trip of their own (shared_settings).
    """
    version = DailyCounter.filter(name=SETTINGS_VERSION).values("value")
    found = (
        await Conversation.filter(channel=channel, user_id=user_id)
        .annotate(settings_version=Subquery(version))
        .first()
    )
    shared_settings.note_version(getattr(found, "settings_version", None))
    if found is None:
        return None
    return Saved(found.state, dict(found.draft), found.expires_at)


async def open_reply(conn: Conn, channel: str, user_id: str, saved: Saved) -> bool:
    """Put a user's conversation in a state that waits for their reply (a reminder's 回复 1).

    Written in the caller's transaction, and only while no turn holds the conversation: a turn
    under way would save its own state over this one when it finishes, so the caller is told
    (False) and tries again later rather than send an offer whose reply would not be understood.
    """
    values: dict[str, Any] = {
        "state": saved.state,
        "draft": saved.draft,
        "expires_at": saved.expires_at,
        "updated_at": lease_now(),
    }
    free = Q(held_until__isnull=True) | Q(held_until__lt=as_stored_time(lease_now()))
    chats = Conversation.filter(channel=channel, user_id=user_id).using_db(conn)
    if await chats.filter(free).update(**values):
        return True
    if await chats.exists():
        return False  # held by a turn in progress
    try:
        async with in_transaction() as inner:  # a savepoint: a concurrent first turn may win
            await Conversation.create(channel=channel, user_id=user_id, using_db=inner, **values)
    except IntegrityError:
        return False
    return True


async def leave_state(
    conn: Conn,
    channel: str,
    user_id: str,
    state: str,
    resume: tuple[str, datetime] | None = None,
) -> bool:
    """Put a conversation that is in `state` back to idle, in the caller's transaction.

    Only while no turn holds it (a turn under way saves its own state when it finishes; the
    caller then relies on that turn's handler to notice). True when it was reset.
    `resume` is (key, until): a state and draft the conversation's draft keeps under `key`
    (the order draft a handoff interrupted) come back instead of idle, kept until `until`.
    """
    free = Q(held_until__isnull=True) | Q(held_until__lt=as_stored_time(lease_now()))
    chats = Conversation.filter(free, channel=channel, user_id=user_id, state=state)
    values: dict[str, Any] = {
        "state": IDLE,
        "draft": {},
        "expires_at": None,
        "updated_at": lease_now(),
    }
    found = await chats.using_db(conn).first() if resume else None
    paused = found.draft.get(resume[0]) if found is not None and resume else None
    if resume and isinstance(paused, dict) and isinstance(paused.get("state"), str):
        values.update(
            state=paused["state"],
            draft=dict(paused.get("draft") or {}),
            expires_at=as_stored_time(resume[1]),
        )
    return bool(await chats.using_db(conn).update(**values))


async def finish_turn(
    channel: str,
    user_id: str,
    holder: str,
    saved: Saved | None,
    message_key: str,
    reply: dict[str, Any] | None,
) -> None:
    """Save the state (None: leave it), keep the reply and free the user, all or nothing."""
    key = message_key[:KEY_CHARS]
    conn = await default_connection()
    if is_postgres(conn):  # one statement instead of BEGIN, two updates and COMMIT
        kept = await _finish_in_one(conn, (channel, user_id, holder), saved, key, reply)
    else:
        kept = await _finish_in_transaction((channel, user_id, holder), saved, key, reply)
    if not kept:
        # Our lease lapsed (the process stalled) and another turn may have run since;
        # its state stands, but the reply still belongs to this message.
        log.error("turn for %s:%s finished after its lease lapsed", channel, user_id)


async def _finish_in_transaction(
    who: tuple[str, str, str], saved: Saved | None, key: str, reply: dict[str, Any] | None
) -> bool:
    channel, user_id, holder = who
    values: dict[str, Any] = {"holder": None, "held_until": None}
    if saved is not None:
        values.update(
            state=saved.state,
            draft=saved.draft,
            expires_at=saved.expires_at,
            updated_at=lease_now(),
        )
    async with in_transaction() as conn:
        mine = Conversation.filter(channel=channel, user_id=user_id, holder=holder)
        kept = await mine.using_db(conn).update(**values)
        done = ProcessedMessage.filter(key=key).using_db(conn)
        await done.update(status="done", reply=reply)
    return bool(kept)


async def _finish_in_one(
    conn: Conn,
    who: tuple[str, str, str],
    saved: Saved | None,
    key: str,
    reply: dict[str, Any] | None,
) -> bool:
    # Both updates in one statement (data-modifying WITH parts always run to completion):
    # as atomic as the transaction, in one round trip on the turn's hottest path.
    params: list[Any] = [*who, key, None if reply is None else json.dumps(reply)]
    state = ""
    if saved is not None:
        state = ', "state"=$6, "draft"=$7::jsonb, "expires_at"=$8, "updated_at"=$9'
        params += [saved.state, json.dumps(saved.draft), saved.expires_at, lease_now()]
    sql = (
        'WITH kept AS (UPDATE "conversation" SET "holder"=NULL, "held_until"=NULL' + state
        + ' WHERE "channel"=$1 AND "user_id"=$2 AND "holder"=$3 RETURNING 1), '
        'done AS (UPDATE "processed_message" SET "status"=\'done\', "reply"=$5::jsonb '
        'WHERE "key"=$4 RETURNING 1) SELECT (SELECT COUNT(*) FROM kept) AS "kept"'
    )  # fmt: skip
    rows = await conn.execute_query_dict(sql, params)
    return bool(rows[0]["kept"])
