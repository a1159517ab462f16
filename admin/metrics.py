"""GET /metrics: Prometheus text for requests, latency, webhooks, the outbox and reminders."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector

from domain.infra.telemetry import webhook_counts
from domain.reads.records import reminder_counts
from domain.services.outbox import outbox_depth

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Metrics:
    """One registry per app, so several apps in one process (tests) do not collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "waterbot_http_requests",
            "HTTP requests by route, method and status",
            ("route", "method", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "waterbot_http_request_duration_seconds",
            "HTTP request latency by route",
            ("route",),
            registry=self.registry,
        )
        self.outbox_depth = 0
        self.reminders: dict[str, int] = {}
        self.registry.register(_Snapshot(self))


class _Snapshot(Collector):
    """Values read at scrape time: webhook counts, the outbox depth and reminders."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        """Yield the current values."""
        hooks = CounterMetricFamily(
            "waterbot_webhook_messages",
            "Webhook messages by channel and type",
            labels=("channel", "type"),
        )
        for (channel, kind), n in sorted(webhook_counts().items()):
            hooks.add_metric((channel, kind), n)
        yield hooks
        yield GaugeMetricFamily(
            "waterbot_outbox_depth",
            "Outbound messages not yet delivered",
            value=self.metrics.outbox_depth,
        )
        reminders = GaugeMetricFamily(
            "waterbot_reminders", "Refill reminders by status", labels=("status",)
        )
        for status, n in sorted(self.metrics.reminders.items()):
            reminders.add_metric((status,), n)
        yield reminders


METRICS: web.AppKey[Metrics] = web.AppKey("metrics", Metrics)


def route_of(request: web.Request) -> str:
    """The route template (bounded label values), not the raw path."""
    info = request.match_info
    if info.http_exception is not None:
        return "unmatched"
    return info.route.resource.canonical if info.route.resource else "unmatched"


@web.middleware
async def metrics_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Count and time every request of the whole app."""
    metrics = request.config_dict[METRICS]
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        route = route_of(request)
        metrics.requests.labels(route, request.method, str(status)).inc()
        metrics.latency.labels(route).observe(time.perf_counter() - started)


async def metrics_view(request: web.Request) -> web.Response:
    """Prometheus text exposition."""
    metrics = request.config_dict[METRICS]
    metrics.outbox_depth = await outbox_depth()
    metrics.reminders = await reminder_counts()
    body = generate_latest(metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def setup(app: web.Application) -> None:
    """Count every request of `app` and serve GET /metrics on it."""
    app[METRICS] = Metrics()
    app.middlewares.append(metrics_middleware)
    app.router.add_get("/metrics", metrics_view)
