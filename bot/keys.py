"""Typed application keys shared by the bot's edges."""

from __future__ import annotations

from aiohttp import web

from domain.infra.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
