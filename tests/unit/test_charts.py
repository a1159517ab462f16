"""Charts draw Chinese labels with a CJK font (CI installs fonts-wqy-microhei)."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import pytest

from bot import charts, texts
from domain.reads.stats import BrandShare, CourierRank, DaySales


def test_a_cjk_font_is_found_even_when_installed_after_matplotlib_built_its_cache() -> None:
    if charts.cjk_font() is None:
        pytest.skip("no CJK font on this machine; .ci/run installs fonts-wqy-microhei")
    assert charts.cjk_font() in charts.CJK_FAMILIES


def test_chinese_labels_render_without_missing_glyphs() -> None:
    if charts.cjk_font() is None:
        pytest.skip("no CJK font on this machine; .ci/run installs fonts-wqy-microhei")
    days = [DaySales(date(2026, 11, 1) + timedelta(days=i), 2, 3, 6600) for i in range(30)]
    shares = [BrandShare("nfsq", "农夫山泉", 12), BrandShare("cestbon", "怡宝", 8)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pngs = [charts.render_trend(days), charts.render_brands(shares)]
    assert all(png.startswith(b"\x89PNG") for png in pngs)
    assert not [w for w in caught if "missing from" in str(w.message)]


def test_a_courier_without_deliveries_gets_no_bar_and_no_on_time_rate() -> None:
    ranks = [
        CourierRank("courier1", "刘师傅", deliveries=4, buckets=6, on_time=3, avg_minutes=40),
        CourierRank("courier2", "赵师傅", deliveries=0, buckets=0, on_time=0, avg_minutes=None),
    ]
    with charts._lock:
        figure = charts.ranking_figure(ranks)
    axes = figure.axes[0]
    # barh draws bottom-up: the idle courier (last in the ranking) is the first bar.
    widths = [bar.get_width() for bar in axes.patches]
    labels = [text.get_text() for text in axes.texts]
    idle, on_time = charts._label(texts.CHART_NO_DELIVERIES), charts._label(texts.CHART_ON_TIME)
    assert widths == [0, 4]
    assert labels == [idle, f"{on_time} 75"]
    assert not any(label.endswith(" 0") for label in labels)
    assert charts.render_ranking(ranks).startswith(b"\x89PNG")
