"""A small progress line on stderr: count, percentage, rate and time left; no dependency."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int, *, start: int = 0, stream: TextIO | None = None) -> None:
        self.label, self.total, self.done = label, total, start
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty()
        self._t0 = time.monotonic()
        self._first = start
        self._last_print = 0.0

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self._t0
        return (self.done - self._first) / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        pct = 100.0 * self.done / self.total if self.total else 100.0
        width = 24
        filled = int(width * pct / 100)
        rate = self.rate
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        bar = "█" * filled + "·" * (width - filled)
        return f"[{self.label}] {bar} {self.done}/{self.total} records {pct:5.1f}% {rate:,.0f}/s, {left:,.0f} s left"

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.tty:
            if now - self._last_print >= 0.1 or self.done >= self.total:
                self.stream.write("\r" + self.line())
                self.stream.flush()
                self._last_print = now
        elif now - self._last_print >= 2.0 and self.done < self.total:
            self.stream.write(self.line() + "\n")
            self.stream.flush()
            self._last_print = now

    def finish(self) -> float:
        elapsed = time.monotonic() - self._t0
        self.stream.write(("\r" if self.tty else "") + self.line() + f", {elapsed:.1f} s in all\n")
        self.stream.flush()
        return elapsed
