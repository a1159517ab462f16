"""PNG charts for owners: the 30-day trend, brand share and courier ranking (matplotlib, Agg).

Rendering is CPU work: callers run these functions in a thread (`asyncio.to_thread`). They use
matplotlib's object API (no pyplot global state) and one lock, so two renders never interleave.
Labels are Chinese when a CJK font is installed; otherwise ASCII (skus, WeCom user ids,
English titles), because matplotlib draws missing glyphs as empty boxes.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot import texts
from domain.reads.stats import BrandShare, CourierRank, DaySales

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "AR PL UMing CN",
)
CJK_FILE_HINTS = ("wqy", "notosanscjk", "notoserifcjk", "sourcehansans", "simhei", "msyh", "uming")
SIZE = (8.0, 4.5)  # inches at 100 dpi: 800 x 450, readable on a phone
DPI = 100
_lock = threading.Lock()


def _known_cjk_family() -> str | None:
    from matplotlib import font_manager  # deferred: ~1 s to import, and most runs never draw

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family that has Chinese glyphs, or None."""
    from matplotlib import font_manager  # deferred: ~1 s to import, and most runs never draw

    if found := _known_cjk_family():
        return found
    # matplotlib's font cache is built once; a CJK font installed after that (apt install
    # fonts-wqy-microhei, as .ci/run does) is only seen by adding its file by hand.
    for path in font_manager.findSystemFonts():
        if any(hint in os.path.basename(path).lower() for hint in CJK_FILE_HINTS):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError) as exc:
                log.warning("cannot load font %s: %s", path, exc)
    return _known_cjk_family()


def _label(pair: tuple[str, str]) -> str:
    return pair[0] if cjk_font() else pair[1]


def _figure() -> Figure:
    import matplotlib  # deferred: ~1 s to import, and most runs never draw

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE, dpi=DPI)
    font = cjk_font()
    if font:
        matplotlib.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    return figure


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.tight_layout()
    figure.savefig(out, format="png")
    return out.getvalue()


def render_trend(days: Sequence[DaySales]) -> bytes:
    """Buckets per day as bars, revenue per day as a line on a second axis."""
    with _lock:
        figure = _figure()
        axes = figure.add_subplot()
        labels = [f"{d.day:%m-%d}" for d in days]
        axes.bar(labels, [d.buckets for d in days], color="#3b82f6")
        axes.set_title(_label(texts.CHART_TREND))
        axes.tick_params(axis="x", labelrotation=60, labelsize=7)
        money = axes.twinx()
        money.plot(labels, [d.revenue_fen / 100 for d in days], color="#f59e0b", marker=".")
        money.set_ylabel(_label(texts.CHART_TREND_REVENUE))
        return _png(figure)


def render_brands(shares: Sequence[BrandShare]) -> bytes:
    """Brand share of buckets delivered, as a pie."""
    with _lock:
        figure = _figure()
        axes = figure.add_subplot()
        labels = [s.name if cjk_font() else s.brand for s in shares]
        if shares:
            axes.pie([s.buckets for s in shares], labels=labels, autopct="%1.0f%%")
        axes.set_title(_label(texts.CHART_BRANDS))
        axes.axis("equal")
        return _png(figure)


def render_ranking(ranks: Sequence[CourierRank]) -> bytes:
    """Deliveries per courier as horizontal bars, each labelled with its on-time rate."""
    with _lock:
        return _png(ranking_figure(ranks))


def ranking_figure(ranks: Sequence[CourierRank]) -> Figure:
    """The ranking drawn (call under the lock): a courier without deliveries gets no bar and
    无配送, not an on-time rate of 0%, as the 排行 text says 还没有送达."""
    figure = _figure()
    axes = figure.add_subplot()
    ordered = list(reversed(ranks))  # barh draws bottom-up; the best courier goes on top
    names = [r.name if cjk_font() else r.userid for r in ordered]
    bars = axes.barh(names, [r.deliveries for r in ordered], color="#10b981", linewidth=0)
    on_time, idle = _label(texts.CHART_ON_TIME), _label(texts.CHART_NO_DELIVERIES)
    labels = [f"{on_time} {r.on_time_pct}" if r.deliveries else idle for r in ordered]
    axes.bar_label(bars, labels=labels, padding=3)
    axes.set_title(_label(texts.CHART_RANKING))
    return figure
