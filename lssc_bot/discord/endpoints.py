"""Point discord.py at a Discord-compatible server other than discord.com.

discord.py 2.7.1 has exactly two places that decide where it connects:

* REST: every request (including interaction callbacks and webhook
  follow-ups, which go through ``discord.webhook.async_`` but build the
  same :class:`discord.http.Route`) uses ``Route.BASE + path``.  The URL is
  computed when the route is constructed, so changing the class attribute
  affects every later request.
* Gateway: a plain :class:`discord.Client` never asks ``GET /gateway/bot``.
  It opens ``DiscordWebSocket.DEFAULT_GATEWAY`` for the first connection and
  again after a non-resumable INVALID_SESSION (gateway.py resets
  ``self.gateway = self.DEFAULT_GATEWAY``).  Resumes go to READY's
  ``resume_gateway_url``, which the server chooses.  Only
  :class:`discord.AutoShardedClient` uses the URL from ``/gateway/bot``,
  which is fetched through ``Route.BASE`` and is therefore also the
  server's choice.

So patching those two class attributes is sufficient; nothing else needs
monkeypatching.  ``None`` restores discord.py's own default, which keeps
repeated calls (e.g. in one test process) order-independent.
"""

from __future__ import annotations

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

_DEFAULT_API_BASE: str = Route.BASE
_DEFAULT_GATEWAY: yarl.URL = DiscordWebSocket.DEFAULT_GATEWAY


def _checked_url(value: str, schemes: tuple[str, ...], setting: str) -> yarl.URL:
    url = yarl.URL(value.strip())
    if url.scheme not in schemes or not url.host:
        raise ValueError(f'{setting} must be an absolute {"/".join(schemes)} URL, got {value!r}')
    return url


def configure_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Set (or, with ``None``, reset) discord.py's REST base and gateway URL.

    ``api_base`` is the full versioned base, e.g. ``http://127.0.0.1:8080/api/v10``;
    a trailing slash is dropped because discord.py appends paths that start
    with ``/``.  ``gateway_url`` is e.g. ``ws://127.0.0.1:8080/gateway``;
    discord.py replaces its query string with ``v=10&encoding=json&compress=...``.
    Must be called before the client connects.  Raises :class:`ValueError`
    for a URL with the wrong scheme or no host, so a typo in the settings
    fails at start-up rather than as a confusing connection error.
    """
    # Validate both before changing either, so a bad value leaves discord.py untouched.
    base = _DEFAULT_API_BASE
    if api_base is not None:
        base = str(_checked_url(api_base, ('http', 'https'), 'DISCORD_API_BASE')).rstrip('/')
    gateway = _DEFAULT_GATEWAY
    if gateway_url is not None:
        gateway = _checked_url(gateway_url, ('ws', 'wss'), 'DISCORD_GATEWAY_URL')
    Route.BASE = base
    DiscordWebSocket.DEFAULT_GATEWAY = gateway
