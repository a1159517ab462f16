"""The whole demo day in order: the morning, the customers' chats, the conversations that
leave the prompts, the courier's round, a handoff answered from its card and the owner's
questions."""

from __future__ import annotations

from bot.devtools.demo_kit import Step
from bot.devtools.demo_script import CUSTOMERS
from bot.devtools.demo_staff import COURIER_ROUND, HANDOFF_ROUND, MORNING, OWNER_ROUND
from bot.devtools.demo_talk import TALK

DAY: list[Step] = [*MORNING, *CUSTOMERS, *TALK, *COURIER_ROUND, *HANDOFF_ROUND, *OWNER_ROUND]
