"""Refill reminder rules on plain values: when a reminder may go out, and how.

The model (`domain.rules.refill`) says when a household will want water; these rules say whether a
reminder planned from it is sent now, later or never: allowed hours, an open order, a newer
delivery, opt-out, unsubscribe, a conversation in progress, the 48-hour service window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from domain.rules.chat_states import ChatState
from domain.rules.refill_estimators import hashed_between
from domain.rules.station_calendar import WEEKENDS_ONLY, StationCalendar

FIRST, FOLLOW_UP, WAKE_UP = "first", "follow_up", "wake_up"
KINDS = (FIRST, FOLLOW_UP, WAKE_UP)
PENDING, CLAIMED, SENT, SKIPPED = "pending", "claimed", "sent", "skipped"
ORDERED, NOT_ORDERED, DECLINED = "ordered", "not_ordered", "declined"


class ReminderStates(ChatState):
    """The conversation state a reminder opens, so that replying 1 places the offered order."""

    REORDER = "reminder.reorder"


REPLY_TTL = timedelta(hours=24)  # how long "回复 1" stays valid, longer than a chat's idle lapse
HELD_RETRY = timedelta(minutes=1)  # a turn lasts seconds; the next sweep finds the chat free

# Template fields may carry these values; WATERBOT_MP_REMINDER_TEMPLATE_FIELDS maps them.
TEMPLATE_VALUES = frozenset(
    {"title", "name", "product", "quantity", "payment", "offer", "due", "action"}
)
DEFAULT_TEMPLATE_FIELDS = "first=title,keyword1=offer,keyword2=due,remark=action"


@dataclass(frozen=True)
class ReminderPolicy:
    """Every knob of the reminder rules; the defaults are what a station would choose."""

    lead: timedelta = timedelta(days=2)  # the model places the reminder this long before need
    allowed_hours: tuple[time, time] = (time(9), time(20))  # station time, both inclusive
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    follow_up_after: timedelta = timedelta(days=2)
    outcome_window: timedelta = timedelta(days=3)  # "ordered within N days" counts as a hit
    stale_after: timedelta = timedelta(days=1)  # a reminder this late helps nobody
    dormant_after_need: timedelta = timedelta(days=7)
    dormant_no_order: timedelta = timedelta(days=30)
    reply_ttl: timedelta = REPLY_TTL
    # WeChat allows customer-service messages for 48 h after the customer's last message;
    # a margin keeps a reminder sent near the edge from being refused.
    service_window: timedelta = timedelta(hours=47)
    template_id: str = ""
    template_fields: tuple[tuple[str, str], ...] = ()
    calendar: StationCalendar = WEEKENDS_ONLY  # days off and 春节 the refill model counts
    hour_cap: int = 30  # first reminders planned per hour across the station (0: no cap)


DEFAULT_POLICY = ReminderPolicy()  # frozen: safe to share as a default argument


@dataclass(frozen=True)
class Facts:
    """What is true about one reminder and its customer at the moment it is due."""

    kind: str
    now: datetime
    due_at: datetime
    has_openid: bool
    subscribed: bool
    opted_out: bool
    open_order: bool
    current_cycle: bool  # no delivery since the one this reminder was planned from
    busy_until: datetime | None = None  # a conversation in progress lapses then


@dataclass(frozen=True)
class Decision:
    """Send now, skip for good (with a reason) or try again at `until`."""

    action: str  # "send", "skip" or "defer"
    reason: str = ""
    until: datetime | None = None


SEND = Decision("send")


def decide(policy: ReminderPolicy, facts: Facts) -> Decision:
    """Whether a due reminder goes out now; reasons are stable words for the report."""
    checks = (
        (not facts.has_openid, "no_openid"),
        (not facts.subscribed, "unsubscribed"),
        (facts.opted_out, "opted_out"),
        (not facts.current_cycle, "superseded"),
        (facts.open_order, "open_order"),
        (facts.kind != WAKE_UP and facts.now - facts.due_at > policy.stale_after, "stale"),
    )
    for failed, reason in checks:
        if failed:
            return Decision("skip", reason)
    if not in_allowed_hours(facts.now, policy):
        return Decision("defer", "outside_hours", next_allowed(facts.now, policy))
    if facts.busy_until is not None and facts.busy_until > facts.now:
        # Overwriting a half-finished order draft would lose what the customer said.
        return Decision("defer", "chatting", next_allowed(facts.busy_until, policy))
    return SEND


def in_allowed_hours(moment: datetime, policy: ReminderPolicy) -> bool:
    """True when `moment` falls inside the allowed hours (station time, both ends inclusive)."""
    start, end = policy.allowed_hours
    return start <= _local(moment, policy).time() <= end


def next_allowed(moment: datetime, policy: ReminderPolicy) -> datetime:
    """`moment` if allowed, else the start of the next allowed span."""
    local = _local(moment, policy)
    start, end = policy.allowed_hours
    if start <= local.time() <= end:
        return local
    day = local.date() if local.time() < start else local.date() + timedelta(days=1)
    return datetime.combine(day, start, policy.tz)


def held_retry_at(now: datetime, policy: ReminderPolicy) -> datetime:
    """When to try again after finding the customer's conversation held by a turn under way."""
    return next_allowed(now + HELD_RETRY, policy)


def follow_up_at(sent_at: datetime, policy: ReminderPolicy) -> datetime:
    """When the one follow-up goes out if the first reminder is ignored."""
    return next_allowed(sent_at + policy.follow_up_after, policy)


def dormant_at(last_at: datetime, need_at: datetime, policy: ReminderPolicy) -> datetime:
    """When a household that has not ordered again counts as dormant and gets a wake-up.

    Well past the predicted need, or a month without an order, whichever comes first; but
    never before the need itself, so a slow household is not woken while it still has water.
    """
    dormant = min(need_at + policy.dormant_after_need, last_at + policy.dormant_no_order)
    return next_allowed(max(dormant, need_at + timedelta(days=1)), policy)


def use_template(last_message_at: datetime | None, now: datetime, policy: ReminderPolicy) -> bool:
    """True when the 48-hour customer-service window is closed (or was never opened)."""
    return last_message_at is None or now - last_message_at >= policy.service_window


def parse_template_fields(spec: str) -> tuple[tuple[str, str], ...]:
    """'first=title,keyword1=offer' as pairs; ValueError names what is wrong."""
    pairs: list[tuple[str, str]] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        name, sep, value = (s.strip() for s in part.partition("="))
        if not sep or not name or value not in TEMPLATE_VALUES:
            known = ", ".join(sorted(TEMPLATE_VALUES))
            raise ValueError(f"expected FIELD=VALUE pairs with VALUE one of {known}: {part!r}")
        pairs.append((name, value))
    if not pairs:
        raise ValueError("names no template field")
    return tuple(pairs)


def parse_hours(spec: str) -> tuple[time, time]:
    """'09:00-20:00' as (start, end); ValueError unless start < end."""
    try:
        start_text, end_text = spec.split("-")
        start, end = time.fromisoformat(start_text.strip()), time.fromisoformat(end_text.strip())
    except ValueError:
        raise ValueError(f"expected HH:MM-HH:MM, got {spec!r}") from None
    if not start < end:
        raise ValueError(f"start must be before end: {spec!r}")
    return start, end


def hour_start(moment: datetime, tz: ZoneInfo) -> datetime:
    """The start of the local hour holding `moment`."""
    return moment.astimezone(tz).replace(minute=0, second=0, microsecond=0)


def hours_of(earliest: datetime, latest: datetime, tz: ZoneInfo) -> list[datetime]:
    """The starts of the local hours from the one holding `earliest` to the one holding `latest`."""
    hour = hour_start(earliest, tz)
    out = []
    while hour <= latest:
        out.append(hour)
        hour += timedelta(hours=1)
    return out


def pick_slot(
    earliest: datetime,
    latest: datetime,
    key: str,
    planned: Mapping[datetime, int],
    policy: ReminderPolicy,
) -> datetime:
    """A time in [earliest, latest] in an hour with fewer than `policy.hour_cap` reminders.

    `planned` counts the station's reminders already planned per local hour start. The time
    drawn from `key` stands when its hour has room; else the open hour nearest it (ties: the
    later, nearer the model's time); when every hour is full, the least loaded. A reminder is
    never dropped or moved out of its useful range for the cap.
    """
    wanted = hashed_between(earliest, latest, key)
    hours = hours_of(earliest, latest, policy.tz)
    if policy.hour_cap <= 0 or len(hours) < 2:
        return wanted

    def load(hour: datetime) -> int:
        return planned.get(hour, 0)

    here = hour_start(wanted, policy.tz)
    if load(here) < policy.hour_cap:
        return wanted
    open_hours = [h for h in hours if load(h) < policy.hour_cap] or [min(hours, key=load)]
    best = min(open_hours, key=lambda h: (abs(h - here), -h.timestamp()))
    return hashed_between(max(best, earliest), min(best + timedelta(minutes=59), latest), key)


def _local(moment: datetime, policy: ReminderPolicy) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("reminder times must be timezone-aware")
    return moment.astimezone(policy.tz)
