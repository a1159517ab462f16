"""The scheduled jobs: thin, idempotent calls into domain services that claim their own work.

APScheduler only says "now"; every job claims what it does in the database (leased reminder
rows, a per-day job_run row, alert keys), so any number of processes may run the same jobs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import time

from domain.infra.ports import Clock
from domain.rules.reminder_rules import FIRST, FOLLOW_UP, WAKE_UP, ReminderPolicy
from domain.services import (
    alerts,
    daily_report,
    dedupe,
    dispatch_plans,
    handoffs,
    pay_close,
    payment_sweeps,
    refill_season,
    reminder_outcomes,
    reminders,
    ticket_expiry,
)

log = logging.getLogger(__name__)


@dataclass
class Jobs:
    """The jobs of one scheduler, sharing its clock and policy."""

    policy: ReminderPolicy
    clock: Clock
    alert_wording: alerts.Wording | None = None
    report_at: time = time(8)
    close_at: time = time(10, 30)

    async def remind(self) -> int:
        """Send due first reminders and follow-ups; settle what earlier reminders led to."""
        now = self.clock()
        result = await reminders.sweep(now, self.policy, (FIRST, FOLLOW_UP))
        settled = await reminder_outcomes.settle_outcomes(now, self.policy)
        if result.claimed or settled:
            log.info("reminder sweep: %s; %d outcome(s) settled", result.counts, settled)
        return result.counts.get("sent", 0)

    async def wake_dormant(self) -> int:
        """Send the one wake-up of households well past their need or a month without orders."""
        result = await reminders.sweep(self.clock(), self.policy, (WAKE_UP,))
        if result.claimed:
            log.info("dormant sweep: %s", result.counts)
        return result.counts.get("sent", 0)

    async def fit_season(self) -> bool:
        """Refit the station's seasonal swing on its own deliveries, once a day in all processes."""
        return await refill_season.refit_station_season(self.clock(), self.policy.tz) is not None

    async def report(self) -> bool:
        """Yesterday's report to the owners from `report_at` on, once per day in all processes."""
        now = self.clock()
        # Polled rather than fired once: a process started after the hour still sends it.
        if now.astimezone(self.policy.tz).time() < self.report_at:
            return False
        return await daily_report.send_daily_report(now, self.policy.tz, self.policy)

    async def close_day(self) -> bool:
        """Close yesterday's books and send owners the summary, once per day in all processes."""
        # Polled like the report; it also waits while WeChat Pay's bill is not made yet.
        return await pay_close.send_day_close(self.clock(), self.policy.tz, self.close_at)

    async def expire_tickets(self) -> int:
        """Post lots that expired with tickets left; each lot once, whichever process runs."""
        return (await ticket_expiry.post_expiries(self.clock())).lots

    async def forget_messages(self) -> int:
        """Drop message claims long past WeChat's retries, so the claim table stays small."""
        return await dedupe.forget_processed(self.clock())

    async def payments(self) -> int:
        """Online payments: expired trades settled or closed, refunds sent (docs/PAY.md)."""
        swept = await payment_sweeps.sweep_payments(self.clock())
        if swept != payment_sweeps.Swept():
            log.info("payment sweep: %s", swept)
        return swept.settled + swept.closed + swept.refunds_sent + swept.refunds_confirmed

    async def end_handoffs(self) -> int:
        """Give conversations silent for half an hour back to the bot; both sides are told."""
        return await handoffs.lapse_due(self.clock())

    async def dispatch(self) -> bool:
        """Plan the day at each dispatch cut-off (the station's every-N-minutes in opening
        hours), once per cut-off across processes."""
        return await dispatch_plans.plan_at_cutoff(self.clock()) is not None

    async def alerts(self) -> int:
        """Overdue-task and unaccepted-order alerts, worded by the bot through `alert_wording`."""
        # The alerts' wording belongs to the bot; the composition root passes it in.
        if self.alert_wording is None:
            log.debug("no alert wording configured; no alert sweep")
            return 0
        return await alerts.sweep_alerts(self.clock(), self.alert_wording)
