"""A Native pay code_url as a QR code PNG (segno: pure Python, no imaging library)."""

from __future__ import annotations

import io

import segno


def qr_png(code_url: str, scale: int = 8) -> bytes:
    """The PNG a customer scans with WeChat to pay a Native trade."""
    buffer = io.BytesIO()
    segno.make(code_url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
