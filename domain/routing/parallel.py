"""Both cores: differently started searches in worker processes, the better solution kept."""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from domain.routing.core import Instance, Solution
from domain.routing.exchange import EXCHANGE_ABOVE, Changed, merge, split

FIRST_SHARE = 0.4  # of the time for each worker's own start and cuts, before exchanging
ROUND_SECONDS = 1.5  # of cuts from the same solution by every worker, then merged

_pools: dict[int, ProcessPoolExecutor] = {}
_making = threading.Lock()  # solves may come from several threads of the service


def _pool(workers: int) -> ProcessPoolExecutor:
    """A pool kept between solves: spawning and importing OR-Tools costs about a second."""
    with _making:
        return _pools.get(workers) or _new_pool(workers)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the caller may be a threaded aiohttp process
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_follow_parent,
        initargs=(os.getpid(),),
    )
    _pools[workers] = pool
    return pool


def _follow_parent(parent: int) -> None:
    """In a worker: exit when the parent is gone (killed), instead of searching on for nobody.

    The check runs whenever the search returns to Python (between cuts); a whole-problem
    search in C++ ends at its deadline anyway.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


@atexit.register
def close_pools() -> None:
    """Stop the worker processes (also run at interpreter exit)."""
    for pool in _pools.values():
        pool.shutdown(wait=True, cancel_futures=True)
    _pools.clear()


def _search(instance: Instance, strategy_index: int, deadline: float) -> Solution | None:
    from domain.routing.search import STRATEGIES, run

    return run(instance, STRATEGIES[strategy_index % len(STRATEGIES)], deadline)


def _ready() -> bool:
    import domain.routing.search  # noqa: F401  (imports OR-Tools in the worker)

    return True


def warm_up(workers: int = 2) -> None:
    """Start the worker processes and import OR-Tools in them before a timed solve."""
    if workers > 1:
        pool = _pool(workers)
        for future in [pool.submit(_ready) for _ in range(workers)]:
            future.result()


def _extend(
    instance: Instance,
    base: Solution,
    worker: int,
    round_: int,
    deadline: float,
    mine: frozenset[int],
) -> Changed:
    from domain.routing.search import STRATEGIES, extend

    strategy = STRATEGIES[worker % len(STRATEGIES)]
    return extend(instance, base, strategy, strategy.seed + 100 * round_, deadline, mine)


def solve_instance(instance: Instance, time_limit: float, workers: int = 2) -> Solution | None:
    """The best solution found by `workers` searches within `time_limit` seconds of wall time."""
    deadline = time.time() + time_limit
    if workers <= 1:
        return _search(instance, 0, deadline)
    try:
        pool = _pool(workers)
        if len(instance.visits) > EXCHANGE_ABOVE:
            return _exchanging(pool, instance, workers, time_limit, deadline)
        return _best(pool, instance, workers, deadline)
    except BrokenProcessPool:  # a worker died (killed, out of memory): next time a new pool
        broken = _pools.pop(workers, None)
        if broken is not None:
            broken.shutdown(wait=False, cancel_futures=True)
        return _search(instance, 0, max(deadline, time.time() + 1.0))


def _best(
    pool: ProcessPoolExecutor, instance: Instance, workers: int, deadline: float
) -> Solution | None:
    """Each worker's own search to the deadline; the better solution."""
    futures: list[Future[Solution | None]] = [
        pool.submit(_search, instance, w, deadline) for w in range(workers)
    ]
    found = [s for s in (f.result() for f in futures) if s is not None]
    return min(found, key=Solution.rank, default=None)


def _exchanging(
    pool: ProcessPoolExecutor, instance: Instance, workers: int, time_limit: float, deadline: float
) -> Solution | None:
    """Own searches for a share of the time, then rounds of cuts from the best, merged."""
    best = _best(pool, instance, workers, time.time() + time_limit * FIRST_SHARE)
    if best is None:
        return _best(pool, instance, workers, deadline)
    round_ = 0
    while deadline - time.time() > ROUND_SECONDS / 2:
        end = time.time() + ROUND_SECONDS
        if deadline - end < ROUND_SECONDS / 2:
            end = deadline
        groups = split(instance, best, workers, round_)
        futures: list[Future[Changed]] = [
            pool.submit(_extend, instance, best, w, round_, end, groups[w]) for w in range(workers)
        ]
        best = merge(instance, [f.result() for f in futures])
        round_ += 1
    return replace(best, strategy=f"{best.strategy}+exchange")
