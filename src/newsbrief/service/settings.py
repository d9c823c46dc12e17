"""What one running service is allowed to do; the CLI flags and environment map onto it."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field

TOKEN_ENV = "NEWSBRIEF_API_TOKEN"

# Environment variables that carry the settings to uvicorn worker processes
# (``--workers N`` starts the app by import path, so it cannot be handed an object).
_ENV = {
    "db": "NEWSBRIEF_SERVE_DB",
    "max_body": "NEWSBRIEF_SERVE_MAX_BODY",
    "max_articles": "NEWSBRIEF_SERVE_MAX_ARTICLES",
    "time_limit": "NEWSBRIEF_SERVE_TIME_LIMIT",
    "allow_private": "NEWSBRIEF_SERVE_ALLOW_PRIVATE",
    "shutdown_grace": "NEWSBRIEF_SERVE_SHUTDOWN_GRACE",
}


@dataclass(frozen=True)
class Settings:
    """Limits and storage for one service.

    Why these defaults: a wire story is 10-30 articles of a few kB each, so 10 MB and
    200 articles per request leave room for whole feeds while keeping one request's
    CPU time bounded; 30 s covers fetching URLs with the CLI's 20 s read timeout.
    """

    db: str | None = None  # story store path; None keeps stories in a temporary store
    token: str | None = field(default=None, repr=False)  # write endpoints need it when set
    max_body: int = 10_000_000  # bytes per request body
    max_articles: int = 200  # documents per request
    time_limit: float = 30.0  # seconds per request (queueing for a worker included)
    cpu_jobs: int = 0  # summaries computed at once per process; 0: the number of cores
    allow_private: bool = False  # fetch URLs on private addresses (never by default)
    summary_cache: int = 256  # story summaries kept per process
    # seconds a stop (Ctrl-C, SIGTERM) waits for requests in progress before dropping
    # them; work they left running (a fetch, a summary) is abandoned, never waited for
    # (``serve --shutdown-grace``, ``NEWSBRIEF_SERVE_SHUTDOWN_GRACE`` for workers)
    shutdown_grace: int = 3

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from the environment (worker processes), then explicit overrides."""
        values: dict[str, object] = {"token": os.environ.get(TOKEN_ENV) or None}
        env = os.environ
        if env.get(_ENV["db"]):
            values["db"] = env[_ENV["db"]]
        if env.get(_ENV["max_body"]):
            values["max_body"] = int(env[_ENV["max_body"]])
        if env.get(_ENV["max_articles"]):
            values["max_articles"] = int(env[_ENV["max_articles"]])
        if env.get(_ENV["time_limit"]):
            values["time_limit"] = float(env[_ENV["time_limit"]])
        if env.get(_ENV["allow_private"]):
            values["allow_private"] = env[_ENV["allow_private"]] == "1"
        if env.get(_ENV["shutdown_grace"]):
            values["shutdown_grace"] = int(env[_ENV["shutdown_grace"]])
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The environment that makes :meth:`from_env` give these settings back."""
        out = {
            _ENV["max_body"]: str(self.max_body),
            _ENV["max_articles"]: str(self.max_articles),
            _ENV["time_limit"]: str(self.time_limit),
            _ENV["allow_private"]: "1" if self.allow_private else "0",
            _ENV["shutdown_grace"]: str(self.shutdown_grace),
        }
        if self.db:
            out[_ENV["db"]] = self.db
        return out

    @property
    def jobs(self) -> int:
        return self.cpu_jobs or os.cpu_count() or 1


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach ``host`` (the token warning depends on it)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
