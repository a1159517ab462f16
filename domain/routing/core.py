"""The matrix-level problem the solver works on: integer, scaled, shared by stations and Solomon.

Node 0 is the depot; the other nodes are visits or vehicle start positions. Distances (the cost)
and durations are integers already scaled by the caller (metres and seconds for a station,
Solomon's Euclidean distance × 1000), durations rounded up so that a schedule the solver finds
holds on the unrounded times too.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

DEPOT = 0


@dataclass(frozen=True)
class Fleet:
    """One vehicle: capacity per trip, start node, shift [open, close] and trips it may make."""

    capacity: int
    start: int = DEPOT
    open: int = 0
    close: int = 0
    trips: int = 1


@dataclass(frozen=True)
class Instance:
    """Everything the search needs, as plain picklable lists (sent to worker processes)."""

    distance: list[list[int]]
    duration: list[list[int]]
    demand: list[int]
    ready: list[int]
    due: list[int]
    service: list[int]
    vehicles: tuple[Fleet, ...]
    visits: tuple[int, ...]  # the nodes to serve; the rest are the depot and start positions
    allowed: dict[int, tuple[int, ...]] = field(default_factory=dict)  # node -> vehicle indexes
    reload: int = 0  # time at the depot between two trips of a vehicle

    @property
    def size(self) -> int:
        """Number of nodes."""
        return len(self.distance)

    def drop_penalty(self) -> int:
        """A cost above any whole solution's distance: nothing is dropped that can be served."""
        longest = max((max(row) for row in self.distance), default=0)
        arcs = self.size + 2 * sum(v.trips for v in self.vehicles)
        return max(1, longest) * arcs + 1


@dataclass(frozen=True)
class Tour:
    """One trip of one vehicle: the visited nodes in order (start and depot left out)."""

    vehicle: int
    trip: int  # 1-based
    nodes: tuple[int, ...]


@dataclass(frozen=True)
class Solution:
    """Trips in vehicle then trip order, nodes left out, and the distance cost (scaled)."""

    tours: tuple[Tour, ...]
    dropped: tuple[int, ...]
    cost: int
    strategy: str = ""

    def rank(self) -> tuple[int, int]:
        """Fewer dropped first, then lower cost."""
        return (len(self.dropped), self.cost)


def tour_cost(instance: Instance, tour: Tour) -> int:
    """The scaled distance of one trip, from its start node back to the depot."""
    start = instance.vehicles[tour.vehicle].start if tour.trip == 1 else DEPOT
    path = [start, *tour.nodes, DEPOT]
    return sum(instance.distance[a][b] for a, b in itertools.pairwise(path))
