"""Tables as downloads: the domain's CSV or XLSX bytes served as an attachment."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from admin.schema import enum
from domain.rules.tables import Cell, Table, to_csv, to_xlsx

__all__ = ["CSV", "FILE_SCHEMA", "FORMAT_QUERY", "MEDIA_TYPES", "XLSX", "Cell", "Table",
           "download", "to_csv", "to_xlsx"]  # fmt: skip

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEDIA_TYPES = (CSV, XLSX)
FORMAT_QUERY = {"format": enum("csv", "xlsx", default="csv")}
FILE_SCHEMA = {"type": "string", "format": "binary"}


def download(tables: Sequence[Table], file_stem: str, fmt: str) -> web.Response:
    """The tables as an attachment: XLSX holds them all, CSV only the first."""
    if fmt == "xlsx":
        body, media, suffix = to_xlsx(tables), XLSX, "xlsx"
    else:
        body, media, suffix = to_csv(tables[0]), CSV, "csv"
    return web.Response(
        body=body,
        content_type=media,
        headers={"Content-Disposition": f'attachment; filename="{file_stem}.{suffix}"'},
    )
