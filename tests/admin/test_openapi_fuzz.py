"""The API exercised from its own OpenAPI document (schemathesis): no 5xx, no schema breaches.

The app runs on a real loopback port; schemathesis loads the document with `openapi.from_url`
and drives every operation with generated valid and invalid input, as an owner, in a worker
thread while the server keeps serving on the test's event loop.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
import schemathesis
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from admin.app import API_APP
from admin.auth import THROTTLE, Throttle
from tests.admin.conftest import admin_app, token_for
from tests.admin.seed import seed_world

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


def _fuzz_operation(
    operation: Any, mode: GenerationMode, base_url: str, token: str, seen: Counter[int]
) -> None:
    headers = {"Authorization": f"Bearer {token}"}

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call(base_url=base_url, headers=headers, timeout=10)
        seen[response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    run()


def _fuzz_all(base_url: str, token: str, seen: Counter[int]) -> list[str]:
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz_operation(operation, mode, base_url, token, seen)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:  # every operation's failures (groups too), not just one
                failures.append(f"{operation.label} [{mode.value}]: {exc}"[:3000])
    return failures


@pytest.mark.usefixtures("db")
async def test_every_operation_survives_generated_input() -> None:
    await seed_world()
    token = await token_for("owner", "fuzz")
    app = admin_app()
    # Negative cases send bad credentials on purpose; the throttle has its own tests.
    app[API_APP][THROTTLE] = Throttle(limit=10**9)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        base_url = f"http://127.0.0.1:{server.port}/api/v1"
        seen: Counter[int] = Counter()
        failures = await asyncio.to_thread(_fuzz_all, base_url, token, seen)
    finally:
        await server.close()
    assert not failures, "\n\n".join(failures)
    assert seen[429] == 0 and not any(status >= 500 for status in seen)
    # The run reached the business, not only the input checks.
    assert sum(n for status, n in seen.items() if status < 300) > 100, seen
