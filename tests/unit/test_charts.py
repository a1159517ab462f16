"""Charts draw Chinese labels with a CJK font (CI installs fonts-wqy-microhei)."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import pytest

from bot import charts
from domain.reads.stats import BrandShare, DaySales


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
