"""`waterbot import customers|template` as a real process against a SQLite file."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.commands.imports import ProgressBar
from domain.rules.customer_import import TEMPLATE_HEADERS

WATERBOT = Path(sys.executable).with_name("waterbot")
GOOD = (
    "姓名,电话,地址,水票品种,水票,押桶,押金(元)\n张三,13812345678,阳光小区3栋502,nfsq-19l,10,2,60\n"
)
BAD_ROW = "王五,12345,,,,,\n"


def _waterbot(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_DATABASE_URL"] = f"sqlite://{db}"
    return subprocess.run(
        [str(WATERBOT), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def catalog_db(tmp_path: Path) -> Path:
    """A SQLite file holding the demo data (and so the demo catalog)."""
    db = tmp_path / "station.db"
    loaded = _waterbot(db, "demo-data")
    assert loaded.returncode == 0, loaded.stderr
    return db


def test_import_reports_rows_shows_progress_and_is_idempotent(
    catalog_db: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "客户.csv"
    sheet.write_bytes((GOOD + BAD_ROW).encode("gbk"))
    first = _waterbot(catalog_db, "import", "customers", str(sheet), "--batch", "1")
    assert first.returncode == 1, first.stderr
    assert "导入完成:共2行,新建1,更新0,未变0,失败1" in first.stdout
    assert "错误 第3行 电话:不是有效的手机号" in first.stdout
    assert f"[{'#' * 30}] 1/1" in first.stderr  # no terminal: plain lines
    phone = "SELECT count(*) FROM customer WHERE phone = '13812345678'"
    assert _stored(catalog_db, phone) == [(1,)]
    entries = "SELECT count(*) FROM ticket_entry"
    before = _stored(catalog_db, entries)
    sheet.write_text(GOOD, encoding="utf-8")
    again = _waterbot(catalog_db, "import", "customers", str(sheet))
    assert again.returncode == 0, again.stderr
    assert "未变1" in again.stdout
    assert _stored(catalog_db, entries) == before


def test_dry_run_and_unusable_files(catalog_db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "new.csv"
    sheet.write_text(GOOD, encoding="utf-8")
    dry = _waterbot(catalog_db, "import", "customers", str(sheet), "--dry-run")
    assert dry.returncode == 0 and "试导入(未写入):共1行,新建1" in dry.stdout
    assert _stored(catalog_db, "SELECT count(*) FROM customer WHERE phone = '13812345678'") == [
        (0,)
    ]
    sheet.write_text("称呼,地址\n张三,x\n", encoding="utf-8")
    refused = _waterbot(catalog_db, "import", "customers", str(sheet))
    assert refused.returncode == 1 and "缺少必填列:姓名、电话" in refused.stderr
    missing = _waterbot(catalog_db, "import", "customers", str(tmp_path / "nothing.csv"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_template_is_written_as_csv_or_xlsx(tmp_path: Path) -> None:
    db = tmp_path / "unused.db"
    for name in ("t.csv", "t.xlsx"):
        made = _waterbot(db, "import", "template", str(tmp_path / name))
        assert made.returncode == 0, made.stderr
    header = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == ",".join(TEMPLATE_HEADERS)
    book = load_workbook(tmp_path / "t.xlsx", read_only=True)
    assert next(book.worksheets[0].iter_rows(values_only=True)) == TEMPLATE_HEADERS
    wrong = _waterbot(db, "import", "template", str(tmp_path / "t.txt"))
    assert wrong.returncode == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_redraws_in_place_on_a_terminal_and_prints_tenths_otherwise() -> None:
    tty = _Terminal()
    bar = ProgressBar(tty)
    for done in range(1, 4):
        bar(done, 3)
    assert tty.getvalue().count("\r") == 3 and tty.getvalue().endswith("] 3/3\n")
    plain = io.StringIO()
    bar = ProgressBar(plain)
    for done in range(1, 301):
        bar(done, 300)
    lines = plain.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].endswith(" 300/300") and "\r" not in plain.getvalue()
