"""What every route needs, handed down by the daemon: the database, the settings, the clock
(web/ never reads the clock itself), and the daemon's health and metrics when it has them.
Kept on `app.state.context`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from sequencer.config import Settings
from sequencer.ops.metrics import Metrics
from sequencer.web.health import Health


@dataclass(frozen=True)
class WebContext:
    engine: sa.Engine
    settings: Settings
    clock: Callable[[], datetime]
    metrics: Metrics | None = None
    health: Health | None = None
