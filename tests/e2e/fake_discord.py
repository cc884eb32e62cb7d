"""A fake Discord (gateway v10 + REST) for end-to-end tests of the real discord.py client.

``FakeDiscord`` is an aiohttp server on 127.0.0.1 that the *unmodified*
discord.py 2.7 client can log in to, once it has been pointed at it with
``lssc_bot.discord.endpoints.configure_endpoints(fake.api_base, fake.gateway_url)``.
It records every REST request and every gateway frame the bot sends, lets a
test inject events (messages, forum posts, slash commands, autocomplete,
button/select clicks, modal submits, context menus, attachments on messages
and as slash-command options, served at their ``url``) and faults (HTTP
429/5xx, dropped sockets, invalidated sessions).  State (guilds, text and
forum channels, threads, roles, members, DM channels) is plain dataclasses;
the default is one guild described in :meth:`FakeGuild.default`.

Covered:

* Gateway (one shard, one live session): HELLO, IDENTIFY -> READY + one
  GUILD_CREATE per guild, heartbeat ACKs, RESUME with replay of missed
  events + RESUMED, INVALID_SESSION and
  RECONNECT on demand, REQUEST_GUILD_MEMBERS -> GUILD_MEMBERS_CHUNK, the bot's
  own messages echoed back as MESSAGE_CREATE.  discord.py asks for
  ``compress=zlib-stream`` when neither ``zstandard`` nor ``compression.zstd``
  is importable (the case on Python 3.11 without extras); the fake then sends
  zlib-stream binary frames like Discord does.  For ``zstd-stream`` it sends
  plain text frames, which discord.py also accepts (it only decompresses
  ``bytes`` frames).
* REST: the routes a typical bot uses - login (``/users/@me``,
  ``/oauth2/applications/@me``), ``/gateway[/bot]``, application-command bulk
  overwrite/list (global and guild), channel messages (JSON and multipart with
  files), edit/delete/fetch/history, typing, reactions, channels, guild
  members/roles, DM creation, interaction callbacks (types 1, 4-9) and
  webhook follow-ups / ``@original``.  Unknown routes answer 404 with
  Discord's ``{"message", "code"}`` body, so discord.py raises ``NotFound``.

State changes after the bot connected are not announced (no
GUILD_MEMBER_ADD, CHANNEL_CREATE, ...); configure the guild before the bot
starts, or send the event yourself with :meth:`FakeDiscord.dispatch_event`.

Not covered (by design): sharding beyond one shard, voice, presences,
audit-log semantics, permission *enforcement* (members carry permissions so
the bot's own checks work, but the fake never answers 403 by itself),
Discord's real rate limits (only injected ones), message search, and the
contents of most non-message events (GUILD_UPDATE, MEMBER_UPDATE, ...).
Mentions in dispatched messages are only what the test passes in; the fake
does not parse ``<@id>`` out of content.

Waiting: ``wait_for_request`` / ``wait_for_gateway_op`` return the first
*recorded* match, including ones recorded before the call; pass
``since=len(fake.requests)`` (or ``len(fake.gateway_frames)``) taken before
triggering something to only see what follows.  Every wait has a timeout and
raises ``AssertionError`` when it expires.

discord.py 2.7.1 details this fake accommodates (found by reading its source):

* ``discord.Client`` connects to ``DiscordWebSocket.DEFAULT_GATEWAY`` directly;
  it never calls ``GET /gateway/bot`` (only ``AutoShardedClient`` does).  It
  resumes at READY's ``resume_gateway_url`` and, after a non-resumable
  INVALID_SESSION, goes back to ``DEFAULT_GATEWAY``.
* ``json_or_text`` parses a body only if ``Content-Type`` is exactly
  ``application/json`` (aiohttp's default adds ``; charset=utf-8``).
* A 429 without a ``Via`` header is treated as a Cloudflare ban
  (``HTTPException``, no retry); 500/502/504 are retried after 1 s, 3 s, ...
* Interaction callbacks are sent with ``?with_response=1`` and the reply must
  be an ``{"interaction": ..., "resource": ...}`` object.
* Client-side knobs for fast tests (not fake features): ``guild_ready_timeout``
  (default 2 s of waiting after the last GUILD_CREATE before ``on_ready``) and
  ``before_identify_hook``, which sleeps 5 s before every non-initial IDENTIFY.

Threading: everything runs on the loop that called :meth:`FakeDiscord.start`.
To drive a bot running as a subprocess from sync test code use
:meth:`FakeDiscord.run_in_thread`, whose handle proxies every coroutine
method as a blocking call (``srv.dispatch_message(...)``,
``srv.wait_for_request(...)``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import itertools
import json
import logging
import mimetypes
import re
import secrets
import threading
import time
import zlib
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import BodyPartReader, WSMsgType, web

JSON = dict[str, Any]
T = TypeVar('T')
_log = logging.getLogger(__name__)

API_PREFIX = '/api/v10'

# Permission bits (https://discord.com/developers/docs/topics/permissions).
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
SEND_MESSAGES_IN_THREADS = 1 << 38
MODERATE_MEMBERS = 1 << 40
ALL_PERMISSIONS = (1 << 53) - 1

MEMBER_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | READ_MESSAGE_HISTORY
    | EMBED_LINKS
    | ATTACH_FILES
    | ADD_REACTIONS
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
MODERATOR_PERMISSIONS = (
    MEMBER_PERMISSIONS | MANAGE_MESSAGES | MANAGE_THREADS | KICK_MEMBERS | BAN_MEMBERS | MODERATE_MEMBERS
)

# Channel types.
GUILD_TEXT = 0
DM = 1
PUBLIC_THREAD = 11
PRIVATE_THREAD = 12
GUILD_FORUM = 15
THREAD_TYPES = (10, PUBLIC_THREAD, PRIVATE_THREAD)

# Gateway opcodes.
OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

_snowflakes = itertools.count(1_250_000_000_000_000_000)


def new_snowflake() -> int:
    """Return a process-wide unique, realistic-looking snowflake."""
    return next(_snowflakes)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat()


# ---------------------------------------------------------------- state


@dataclass
class FakeUser:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None

    def payload(self) -> JSON:
        return {
            'id': str(self.id),
            'username': self.username,
            'discriminator': '0',
            'global_name': self.global_name,
            'avatar': None,
            'bot': self.bot,
            'public_flags': 0,
        }


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0

    def payload(self) -> JSON:
        return {
            'id': str(self.id),
            'name': self.name,
            'permissions': str(self.permissions),
            'position': self.position,
            'color': 0,
            'hoist': False,
            'managed': False,
            'mentionable': True,
            'flags': 0,
        }


@dataclass
class FakeMember:
    user: FakeUser
    roles: list[int] = field(default_factory=list)
    nick: str | None = None

    def payload(self, *, with_user: bool = True) -> JSON:
        data: JSON = {
            'roles': [str(r) for r in self.roles],
            'nick': self.nick,
            'avatar': None,
            'joined_at': '2024-01-01T00:00:00+00:00',
            'deaf': False,
            'mute': False,
            'flags': 0,
            'pending': False,
        }
        if with_user:
            data['user'] = self.user.payload()
        return data


@dataclass
class FakeChannel:
    """A guild channel, thread (``parent_id`` + ``owner_id``) or forum (type 15)."""

    id: int
    name: str
    type: int = GUILD_TEXT
    parent_id: int | None = None
    owner_id: int | None = None
    position: int = 0
    applied_tags: list[int] = field(default_factory=list)

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    def payload(self, guild_id: int) -> JSON:
        data: JSON = {
            'id': str(self.id),
            'guild_id': str(guild_id),
            'name': self.name,
            'type': self.type,
            'position': self.position,
            'parent_id': str(self.parent_id) if self.parent_id else None,
            'permission_overwrites': [],
            'nsfw': False,
            'rate_limit_per_user': 0,
            'topic': None,
            'last_message_id': None,
            'flags': 0,
        }
        if self.is_thread:
            data.update(
                owner_id=str(self.owner_id),
                message_count=0,
                member_count=1,
                applied_tags=[str(t) for t in self.applied_tags],
                thread_metadata={
                    'archived': False,
                    'auto_archive_duration': 1440,
                    'archive_timestamp': _now(),
                    'locked': False,
                    'create_timestamp': _now(),
                },
            )
        if self.type == GUILD_FORUM:
            data.update(available_tags=[], default_reaction_emoji=None, default_sort_order=None, default_forum_layout=0)
        return data


@dataclass
class FakeDMChannel:
    id: int
    recipient: FakeUser

    def payload(self) -> JSON:
        return {'id': str(self.id), 'type': DM, 'recipients': [self.recipient.payload()], 'last_message_id': None}


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: list[FakeRole] = field(default_factory=list)
    members: list[FakeMember] = field(default_factory=list)
    channels: list[FakeChannel] = field(default_factory=list)
    threads: list[FakeChannel] = field(default_factory=list)

    @classmethod
    def default(cls, bot_user: FakeUser) -> FakeGuild:
        """One guild with #general, #bot-commands, a forum with one post, a
        "Moderator" role and members ``bot``, ``member`` and ``mod`` (Moderator)."""
        gid = new_snowflake()
        mod_role = FakeRole(new_snowflake(), 'Moderator', MODERATOR_PERMISSIONS, position=1)
        everyone = FakeRole(gid, '@everyone', MEMBER_PERMISSIONS)
        mod = FakeUser(new_snowflake(), 'mod')
        member = FakeUser(new_snowflake(), 'member')
        general = FakeChannel(new_snowflake(), 'general', position=0)
        forum = FakeChannel(new_snowflake(), 'help-forum', GUILD_FORUM, position=2)
        return cls(
            id=gid,
            name='LSSC Test Guild',
            owner_id=mod.id,
            roles=[everyone, mod_role],
            members=[FakeMember(bot_user), FakeMember(member), FakeMember(mod, [mod_role.id])],
            channels=[general, FakeChannel(new_snowflake(), 'bot-commands', position=1), forum],
            threads=[
                FakeChannel(new_snowflake(), 'existing-thread', PUBLIC_THREAD, parent_id=general.id, owner_id=member.id),
                FakeChannel(new_snowflake(), 'existing-post', PUBLIC_THREAD, parent_id=forum.id, owner_id=member.id),
            ],
        )

    def add_member(self, username: str, roles: Sequence[int] = ()) -> FakeMember:
        member = FakeMember(FakeUser(new_snowflake(), username), list(roles))
        self.members.append(member)
        return member

    def add_channel(self, name: str, type: int = GUILD_TEXT, *, parent_id: int | None = None) -> FakeChannel:
        """A channel, or with a thread ``type`` and ``parent_id`` a thread owned by the guild owner."""
        channel = FakeChannel(new_snowflake(), name, type, parent_id=parent_id, position=len(self.channels))
        if channel.is_thread:
            channel.owner_id = self.owner_id
            self.threads.append(channel)
        else:
            self.channels.append(channel)
        return channel

    def channel_named(self, name: str) -> FakeChannel:
        return next(c for c in [*self.channels, *self.threads] if c.name == name)

    def role_named(self, name: str) -> FakeRole:
        return next(r for r in self.roles if r.name == name)

    def member_named(self, username: str) -> FakeMember:
        return next(m for m in self.members if m.user.username == username)

    def get_member(self, user_id: int) -> FakeMember | None:
        return next((m for m in self.members if m.user.id == user_id), None)

    def get_channel(self, channel_id: int) -> FakeChannel | None:
        return next((c for c in [*self.channels, *self.threads] if c.id == channel_id), None)

    def permissions_of(self, member: FakeMember) -> int:
        """Guild-level permissions (no channel overwrites): @everyone | roles, owner/admin = all."""
        if member.user.id == self.owner_id:
            return ALL_PERMISSIONS
        perms = 0
        for role in self.roles:
            if role.id == self.id or role.id in member.roles:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def payload(self) -> JSON:
        """The GUILD_CREATE payload; ``member_count == len(members)`` so discord.py
        considers the guild chunked and does not wait for member chunks."""
        return {
            'id': str(self.id),
            'name': self.name,
            'owner_id': str(self.owner_id),
            'icon': None,
            'splash': None,
            'discovery_splash': None,
            'banner': None,
            'description': None,
            'features': [],
            'verification_level': 0,
            'default_message_notifications': 0,
            'explicit_content_filter': 0,
            'mfa_level': 0,
            'nsfw_level': 0,
            'premium_tier': 0,
            'preferred_locale': 'en-US',
            'afk_channel_id': None,
            'afk_timeout': 300,
            'system_channel_id': None,
            'rules_channel_id': None,
            'emojis': [],
            'stickers': [],
            'roles': [r.payload() for r in self.roles],
            'unavailable': False,
            'large': False,
            'member_count': len(self.members),
            'members': [m.payload() for m in self.members],
            'channels': [c.payload(self.id) for c in self.channels],
            'threads': [t.payload(self.id) for t in self.threads],
            'voice_states': [],
            'presences': [],
            'stage_instances': [],
            'guild_scheduled_events': [],
            'joined_at': '2024-01-01T00:00:00+00:00',
        }


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class RecordedFile:
    field_name: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request.  ``path`` is relative to the API base
    (``/channels/1/messages``); the Authorization header is stored as
    ``<redacted>`` and the bot token it carried in ``auth_token``."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    files: list[RecordedFile]
    auth_token: str | None = field(repr=False)
    status: int = 0
    response: Any = None
    received_at: float = field(default_factory=time.monotonic)
    """``time.monotonic()`` when the request (body included) had arrived."""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class GatewayFrame:
    """One frame the client sent; the token in IDENTIFY/RESUME is redacted from ``d``."""

    op: int
    d: Any
    connection: int
    auth_token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class DispatchedMessage:
    id: int
    channel_id: int
    guild_id: int | None
    author_id: int


@dataclass(frozen=True)
class DispatchedThread:
    thread_id: int
    message_id: int
    parent_id: int
    guild_id: int


@dataclass(frozen=True)
class DispatchedInteraction:
    id: int
    token: str
    channel_id: int
    guild_id: int | None
    user_id: int
    command_id: int | None = None
    message_id: int | None = None


@dataclass
class _Fault:
    method: str
    path: re.Pattern[str]
    status: int
    retry_after: float
    times: int
    is_global: bool
    code: int


@dataclass
class _Interaction:
    payload: JSON
    channel_id: int
    guild_id: int | None
    responded: bool = False
    original_id: int | None = None
    followups: list[int] = field(default_factory=list)


class _Connection:
    """One gateway websocket; serialises sends because zlib-stream state is shared."""

    def __init__(
        self, ws: web.WebSocketResponse, transport: asyncio.BaseTransport | None, number: int, zlib_stream: bool
    ) -> None:
        self.ws = ws
        self.transport = transport
        self.number = number
        self._compressor = zlib.compressobj() if zlib_stream else None
        self._lock = asyncio.Lock()

    async def send(self, payload: JSON) -> None:
        text = json.dumps(payload)
        async with self._lock:
            if self._compressor is None:
                await self.ws.send_str(text)
            else:
                data = self._compressor.compress(text.encode()) + self._compressor.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)


@dataclass
class _Session:
    id: str
    seq: int = 0
    events: list[JSON] = field(default_factory=list)
    connection: _Connection | None = None


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, code: int = 0) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


_Handler = Callable[..., Coroutine[Any, Any, Any]]


def _json_response(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response with ``Content-Type: application/json`` exactly: discord.py's
    ``json_or_text`` compares the header verbatim, so aiohttp's default
    ``application/json; charset=utf-8`` would hand the bot an unparsed string."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={**(headers or {}), 'Content-Type': 'application/json'}
    )


# ---------------------------------------------------------------- server


class FakeDiscord:
    """The fake server; see the module docstring.  Use as ``async with FakeDiscord() as fake``."""

    def __init__(
        self,
        *,
        bot_user: FakeUser | None = None,
        application_id: int | None = None,
        guilds: list[FakeGuild] | None = None,
        token: str | None = None,
        heartbeat_interval_ms: int = 41_250,
        echo_bot_messages: bool = True,
    ) -> None:
        """``token``: if set, REST calls and IDENTIFY with another token are
        rejected (401 / close 4004), like Discord.  ``echo_bot_messages``:
        send MESSAGE_CREATE for messages the bot posts, as Discord does."""
        self.bot_user = bot_user or FakeUser(new_snowflake(), 'lssc-bot', bot=True)
        self.application_id = application_id or self.bot_user.id
        self.guilds = guilds if guilds is not None else [FakeGuild.default(self.bot_user)]
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.echo_bot_messages = echo_bot_messages

        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user}
        for guild in self.guilds:
            self.users.update((m.user.id, m.user) for m in guild.members)
        self.dm_channels: dict[int, FakeDMChannel] = {}
        self.messages: dict[int, JSON] = {}
        self.commands: dict[int | None, list[JSON]] = {}
        """Application commands as last bulk-overwritten, keyed by guild id (None = global)."""

        self.requests: list[RecordedRequest] = []
        self.gateway_frames: list[GatewayFrame] = []
        self.errors: list[Exception] = []
        """Exceptions raised inside the fake's handlers; a test fixture should assert it is empty."""
        self.gateway_queries: list[dict[str, str]] = []
        """Query string of each gateway connection, e.g. ``{'v': '10', 'encoding': 'json', ...}``."""

        self._faults: list[_Fault] = []
        self._interactions: dict[int, _Interaction] = {}
        self._interactions_by_token: dict[str, _Interaction] = {}
        self._attachments: dict[int, bytes] = {}
        self._sessions: dict[str, _Session] = {}
        self._session: _Session | None = None
        self._connections: set[_Connection] = set()
        self._connection_numbers = itertools.count(1)
        self._routes = self._build_routes()
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._changed: asyncio.Condition | None = None

    # -- lifecycle

    async def start(self) -> None:
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get('/gateway', self._gateway)
        app.router.add_get('/attachments/{attachment_id}/{filename}', self._attachment)
        app.router.add_route('*', API_PREFIX + '/{tail:.*}', self._rest)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, '127.0.0.1', 0)
        await site.start()
        self._port = self._runner.addresses[0][1]  # port 0 asked the OS to pick one

    async def stop(self) -> None:
        for conn in list(self._connections):
            await self._close_socket(conn, 1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def run_in_thread(self, *, start_timeout: float = 10.0) -> FakeDiscordThread:
        """Start the server on a private event loop in a daemon thread."""
        return FakeDiscordThread(self, start_timeout)

    @property
    def base_url(self) -> str:
        return f'http://127.0.0.1:{self._port}'

    @property
    def api_base(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f'ws://127.0.0.1:{self._port}/gateway'

    @property
    def guild(self) -> FakeGuild:
        """The first (by default the only) guild."""
        return self.guilds[0]

    @property
    def session_id(self) -> str | None:
        return self._session.id if self._session else None

    # -- state helpers

    def add_user(self, username: str, *, bot: bool = False) -> FakeUser:
        """A user outside every guild (e.g. someone who only DMs the bot)."""
        user = FakeUser(new_snowflake(), username, bot=bot)
        self.users[user.id] = user
        return user

    def dm_channel_for(self, user_id: int) -> FakeDMChannel:
        for channel in self.dm_channels.values():
            if channel.recipient.id == user_id:
                return channel
        channel = FakeDMChannel(new_snowflake(), self._user(user_id))
        self.dm_channels[channel.id] = channel
        return channel

    def _user(self, user_id: int) -> FakeUser:
        if user_id in self.users:
            return self.users[user_id]
        for guild in self.guilds:  # members added to a guild after construction
            member = guild.get_member(user_id)
            if member is not None:
                return member.user
        raise _HTTPError(404, 'Unknown User', 10013)

    def _locate_channel(self, channel_id: int) -> tuple[FakeGuild | None, FakeChannel | FakeDMChannel]:
        for guild in self.guilds:
            channel = guild.get_channel(channel_id)
            if channel is not None:
                return guild, channel
        if channel_id in self.dm_channels:
            return None, self.dm_channels[channel_id]
        raise _HTTPError(404, 'Unknown Channel', 10003)

    def _guild(self, guild_id: int) -> FakeGuild:
        for guild in self.guilds:
            if guild.id == guild_id:
                return guild
        raise _HTTPError(404, 'Unknown Guild', 10004)

    def _channel_payload(self, channel_id: int) -> JSON:
        guild, channel = self._locate_channel(channel_id)
        return channel.payload() if isinstance(channel, FakeDMChannel) else channel.payload(guild.id)  # type: ignore[union-attr]

    def _default_channel_id(self) -> int:
        return next(c.id for c in self.guild.channels if c.type == GUILD_TEXT)

    def _default_user_id(self) -> int:
        """``member`` in the default guild: the first human member."""
        return next(m.user.id for m in self.guild.members if not m.user.bot)

    # -- fault injection

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int = 429,
        retry_after: float = 0.2,
        times: int = 1,
        *,
        is_global: bool = False,
        code: int = 0,
    ) -> None:
        """Answer the next ``times`` matching REST requests with ``status``.

        ``path_regex`` is searched in the path relative to the API base.
        A 429 carries what discord.py's handler reads: a ``Via`` header
        (without it discord.py assumes a Cloudflare ban and raises),
        ``X-RateLimit-*`` headers and ``{"retry_after", "global"}``.  Note that
        discord.py retries 500/502/504 itself after ``1 + 2*try`` seconds.
        """
        self._faults.append(
            _Fault(method.upper(), re.compile(path_regex), status, retry_after, times, is_global, code)
        )

    async def drop_connection(self, code: int | None = 4000) -> None:
        """Close the bot's gateway socket; discord.py then RESUMEs.

        ``code=None`` aborts the TCP connection without a close frame."""
        session = self._require_session()
        conn = session.connection
        if conn is None:
            raise RuntimeError('the bot is not connected')
        session.connection = None
        await self._close_socket(conn, code)

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send INVALID_SESSION.  Not resumable: the session is forgotten and
        discord.py IDENTIFYs again (after its 5 s ``before_identify_hook``)."""
        session = self._require_session()
        if not resumable:
            self._sessions.pop(session.id, None)
            self._session = None
        if session.connection is not None:
            await session.connection.send({'op': OP_INVALID_SESSION, 'd': resumable})

    async def request_reconnect(self) -> None:
        """Send RECONNECT (op 7); discord.py closes and RESUMEs."""
        conn = self._require_session().connection
        if conn is None:
            raise RuntimeError('the bot is not connected')
        await conn.send({'op': OP_RECONNECT, 'd': None})

    async def _close_socket(self, conn: _Connection, code: int | None) -> None:
        if code is None:
            if isinstance(conn.transport, asyncio.WriteTransport):
                conn.transport.abort()
            return
        try:
            await asyncio.wait_for(conn.ws.close(code=code), timeout=2.0)
        except (asyncio.TimeoutError, ConnectionError):
            pass

    # -- waiting and views

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _wait_until(self, find: Callable[[], T | None], timeout: float, what: str) -> T:
        assert self._changed is not None, 'FakeDiscord.start() was not called'
        found: list[T] = []

        def check() -> bool:
            value = find()
            if value is not None:
                found.append(value)
            return value is not None

        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(check), timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f'timed out after {timeout}s waiting for {what}') from None
        return found[0]

    def find_requests(self, method: str | None = None, path_regex: str | None = None) -> list[RecordedRequest]:
        pattern = re.compile(path_regex) if path_regex else None
        return [
            r
            for r in self.requests
            if (method is None or r.method == method.upper()) and (pattern is None or pattern.search(r.path))
        ]

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 5.0,
        *,
        since: int = 0,
    ) -> RecordedRequest:
        """First recorded request (already answered, so ``status``/``response``
        are set) at index >= ``since`` in ``requests`` that matches."""
        pattern = re.compile(path_regex)

        def find() -> RecordedRequest | None:
            for r in self.requests[since:]:
                if r.method == method.upper() and pattern.search(r.path) and (predicate is None or predicate(r)):
                    return r
            return None

        return await self._wait_until(find, timeout, f'{method} {path_regex}')

    async def wait_for_gateway_op(
        self,
        op: int,
        predicate: Callable[[GatewayFrame], bool] | None = None,
        timeout: float = 5.0,
        *,
        since: int = 0,
    ) -> GatewayFrame:
        """First frame from the client with this opcode at index >= ``since`` in ``gateway_frames``."""

        def find() -> GatewayFrame | None:
            for f in self.gateway_frames[since:]:
                if f.op == op and (predicate is None or predicate(f)):
                    return f
            return None

        return await self._wait_until(find, timeout, f'gateway op {op}')

    async def wait_until_connected(self, timeout: float = 5.0) -> str:
        """Wait until a session is identified and its socket is up; returns the session id."""

        def find() -> str | None:
            s = self._session
            return s.id if s is not None and s.connection is not None else None

        return await self._wait_until(find, timeout, 'a connected gateway session')

    def sent_messages(self, channel_id: int | None = None) -> list[RecordedRequest]:
        """Successful ``POST /channels/{id}/messages`` requests (``.json`` is the
        payload the bot sent, incl. ``allowed_mentions``; ``.response`` the message)."""
        channel = str(channel_id) if channel_id else r'\d+'
        path = rf'^/channels/{channel}/messages$'
        return [r for r in self.find_requests('POST', path) if r.ok]

    def interaction_responses(self, interaction_id: int | None = None) -> list[RecordedRequest]:
        """Successful interaction callbacks (``.json['type']`` is the callback type)."""
        interaction = str(interaction_id) if interaction_id else r'\d+'
        path = rf'^/interactions/{interaction}/[^/]+/callback$'
        return [r for r in self.find_requests('POST', path) if r.ok]

    def followups(self, token: str | None = None) -> list[RecordedRequest]:
        """Successful webhook requests for interaction tokens (follow-ups and ``@original`` edits)."""
        token_pattern = re.escape(token) if token else '[^/]+'
        path = rf'^/webhooks/{self.application_id}/{token_pattern}'
        return [r for r in self.find_requests(None, path) if r.ok]

    def original_message(self, interaction_id: int) -> JSON:
        """The message an interaction's response created, as it is now (after a
        deferral, the one its first follow-up filled in), e.g. to click its buttons."""
        interaction = self._interactions.get(interaction_id)
        if interaction is None or interaction.original_id not in self.messages:
            raise ValueError(f'interaction {interaction_id} has no response message')
        return self.messages[interaction.original_id]

    # -- gateway

    def _require_session(self) -> _Session:
        if self._session is None:
            raise RuntimeError('no identified gateway session; await fake.wait_until_connected() first')
        return self._session

    async def dispatch_event(self, event: str, data: JSON) -> None:
        """Send a DISPATCH to the bot, or buffer it for replay if it is disconnected."""
        session = self._require_session()
        session.seq += 1
        frame = {'op': OP_DISPATCH, 't': event, 's': session.seq, 'd': data}
        session.events.append(frame)
        if session.connection is not None:
            try:
                await session.connection.send(frame)
            except ConnectionError:
                session.connection = None

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        self.gateway_queries.append(dict(request.query))
        ws = web.WebSocketResponse(timeout=2.0, max_msg_size=0)
        await ws.prepare(request)
        zlib_stream = request.query.get('compress') == 'zlib-stream'
        conn = _Connection(ws, request.transport, next(self._connection_numbers), zlib_stream)
        self._connections.add(conn)
        try:
            await conn.send({'op': OP_HELLO, 'd': {'heartbeat_interval': self.heartbeat_interval_ms}})
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    try:
                        await self._on_frame(conn, json.loads(msg.data))
                    except ConnectionError:
                        raise
                    except Exception as exc:
                        _log.exception('FakeDiscord failed on gateway frame %s', msg.data)
                        self.errors.append(exc)
        except ConnectionError:
            pass
        finally:
            self._connections.discard(conn)
            for session in self._sessions.values():
                if session.connection is conn:
                    session.connection = None
            await self._notify()
        return ws

    async def _on_frame(self, conn: _Connection, payload: JSON) -> None:
        op, data = payload.get('op'), payload.get('d')
        token = None
        if op in (OP_IDENTIFY, OP_RESUME) and isinstance(data, dict):
            token = data.get('token')
            data = {**data, 'token': '<redacted>'}
        self.gateway_frames.append(GatewayFrame(op, data, conn.number, token))  # type: ignore[arg-type]

        if op == OP_HEARTBEAT:
            await conn.send({'op': OP_HEARTBEAT_ACK, 'd': None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, token)
        elif op == OP_RESUME:
            await self._resume(conn, payload['d'])
        elif op == OP_REQUEST_GUILD_MEMBERS:
            guild = self._guild(int(payload['d']['guild_id']))
            await self.dispatch_event(
                'GUILD_MEMBERS_CHUNK',
                {
                    'guild_id': str(guild.id),
                    'members': [m.payload() for m in guild.members],
                    'chunk_index': 0,
                    'chunk_count': 1,
                    'nonce': payload['d'].get('nonce'),
                },
            )
        await self._notify()

    async def _identify(self, conn: _Connection, token: str | None) -> None:
        if self.token is not None and token != self.token:
            await self._close_socket(conn, 4004)
            return
        session = _Session(secrets.token_hex(16), connection=conn)
        self._sessions = {session.id: session}
        self._session = session
        await self.dispatch_event(
            'READY',
            {
                'v': 10,
                'user': self.bot_user.payload() | {'verified': True, 'mfa_enabled': False, 'flags': 0},
                'guilds': [{'id': str(g.id), 'unavailable': True} for g in self.guilds],
                'session_id': session.id,
                'resume_gateway_url': self.gateway_url,
                'shard': [0, 1],
                'application': {'id': str(self.application_id), 'flags': 0},
                'private_channels': [],
                'relationships': [],
            },
        )
        for guild in self.guilds:
            await self.dispatch_event('GUILD_CREATE', guild.payload())

    async def _resume(self, conn: _Connection, data: JSON) -> None:
        session = self._sessions.get(data.get('session_id') or '')
        if session is None:
            await conn.send({'op': OP_INVALID_SESSION, 'd': False})
            return
        if session.connection is not None and session.connection is not conn:
            await self._close_socket(session.connection, 4000)
        session.connection = conn
        last_seq = data.get('seq') or 0
        for frame in session.events:
            if frame['s'] > last_seq:
                await conn.send(frame)
        await self.dispatch_event('RESUMED', {})

    # -- gateway dispatch helpers

    def _member_of(self, guild: FakeGuild, user_id: int) -> FakeMember:
        member = guild.get_member(user_id)
        if member is None:
            raise ValueError(f'user {user_id} is not a member of guild {guild.id}')
        return member

    def _message_payload(
        self,
        *,
        channel_id: int,
        author: FakeUser,
        content: str,
        message_id: int | None = None,
        mentions: Sequence[int] = (),
        mention_roles: Sequence[int] = (),
        attachments: Sequence[tuple[str, bytes]] = (),
        reply_to: int | None = None,
        webhook_id: int | None = None,
        flags: int = 0,
    ) -> JSON:
        guild, _ = self._locate_channel(channel_id)
        message_id = message_id or new_snowflake()
        mention_payloads = []
        for uid in mentions:
            user_payload = self._user(uid).payload()
            member = guild.get_member(uid) if guild else None
            if member is not None:
                user_payload['member'] = member.payload(with_user=False)
            mention_payloads.append(user_payload)
        data: JSON = {
            'id': str(message_id),
            'channel_id': str(channel_id),
            'author': author.payload(),
            'content': content,
            'timestamp': _now(),
            'edited_timestamp': None,
            'tts': False,
            'mention_everyone': False,
            'mentions': mention_payloads,
            'mention_roles': [str(r) for r in mention_roles],
            'attachments': [self._store_attachment(name, blob, '') for name, blob in attachments],
            'embeds': [],
            'components': [],
            'reactions': [],
            'pinned': False,
            'type': 19 if reply_to else 0,
            'flags': flags,
        }
        if guild is not None:
            data['guild_id'] = str(guild.id)
            member = guild.get_member(author.id)
            if member is not None and webhook_id is None:
                data['member'] = member.payload(with_user=False)
        if reply_to:
            data['message_reference'] = {'message_id': str(reply_to), 'channel_id': str(channel_id), 'type': 0}
            if reply_to in self.messages:
                data['referenced_message'] = self.messages[reply_to]
        if webhook_id:
            data['webhook_id'] = str(webhook_id)
            data['application_id'] = str(self.application_id)
        self.messages[message_id] = data
        return data

    def _store_attachment(self, filename: str, blob: bytes, content_type: str) -> JSON:
        attachment_id = new_snowflake()
        self._attachments[attachment_id] = blob
        url = f'{self.base_url}/attachments/{attachment_id}/{filename}'
        return {
            'id': str(attachment_id),
            'filename': filename,
            'size': len(blob),
            'url': url,
            'proxy_url': url,
            'content_type': content_type or None,
        }

    async def dispatch_message(
        self,
        channel_id: int | None = None,
        author_id: int | None = None,
        content: str = '',
        *,
        mentions: Sequence[int] = (),
        mention_roles: Sequence[int] = (),
        attachments: Sequence[tuple[str, bytes]] = (),
        reply_to: int | None = None,
    ) -> DispatchedMessage:
        """MESSAGE_CREATE from a user in a guild channel, thread or DM channel
        (guild inferred from the channel).  Defaults: first text channel, user ``member``."""
        channel_id = channel_id or self._default_channel_id()
        author = self._user(author_id or self._default_user_id())
        data = self._message_payload(
            channel_id=channel_id,
            author=author,
            content=content,
            mentions=mentions,
            mention_roles=mention_roles,
            attachments=attachments,
            reply_to=reply_to,
        )
        await self.dispatch_event('MESSAGE_CREATE', data)
        guild_id = data.get('guild_id')
        return DispatchedMessage(int(data['id']), channel_id, int(guild_id) if guild_id else None, author.id)

    async def dispatch_dm(self, author_id: int, content: str, **kwargs: Any) -> DispatchedMessage:
        """MESSAGE_CREATE in the DM channel between ``author_id`` and the bot."""
        return await self.dispatch_message(self.dm_channel_for(author_id).id, author_id, content, **kwargs)

    async def dispatch_forum_post(
        self,
        forum_id: int | None = None,
        author_id: int | None = None,
        title: str = 'New post',
        content: str = '',
        *,
        applied_tags: Sequence[int] = (),
    ) -> DispatchedThread:
        """A new forum post: THREAD_CREATE (``newly_created``) then the starter
        MESSAGE_CREATE, whose id equals the thread id, as on Discord."""
        author_id = author_id or self._default_user_id()
        if forum_id is None:
            forum_id = next(c.id for c in self.guild.channels if c.type == GUILD_FORUM)
        guild, forum = self._locate_channel(forum_id)
        assert guild is not None and isinstance(forum, FakeChannel), 'forum_id must be a guild channel'
        thread = FakeChannel(new_snowflake(), title, PUBLIC_THREAD, parent_id=forum.id, owner_id=author_id)
        thread.applied_tags = list(applied_tags)
        guild.threads.append(thread)
        payload = thread.payload(guild.id) | {
            'newly_created': True,
            'member': {'id': str(thread.id), 'user_id': str(author_id), 'join_timestamp': _now(), 'flags': 0},
        }
        await self.dispatch_event('THREAD_CREATE', payload)
        data = self._message_payload(
            channel_id=thread.id, author=self._user(author_id), content=content, message_id=thread.id
        )
        await self.dispatch_event('MESSAGE_CREATE', data)
        return DispatchedThread(thread.id, thread.id, forum.id, guild.id)

    def _command_id(self, name: str, command_type: int, guild_id: int | None) -> int | None:
        for scope in (guild_id, None):
            for command in self.commands.get(scope, []):
                if command['name'] == name and command.get('type', 1) == command_type:
                    return int(command['id'])
        return None

    def _command_schema(self, name: str, guild_id: int | None) -> JSON | None:
        for scope in (guild_id, None):
            for command in self.commands.get(scope, []):
                if command['name'] == name and command.get('type', 1) == 1:
                    return command
        return None

    async def _dispatch_interaction(
        self,
        interaction_type: int,
        data: JSON,
        *,
        user_id: int | None,
        channel_id: int | None,
        message: JSON | None = None,
        command_id: int | None = None,
    ) -> DispatchedInteraction:
        channel_id = channel_id or self._default_channel_id()
        user = self._user(user_id or self._default_user_id())
        guild, _ = self._locate_channel(channel_id)
        interaction_id = new_snowflake()
        token = f'aW50ZXJhY3Rpb24.{interaction_id}.{secrets.token_urlsafe(24)}'
        payload: JSON = {
            'id': str(interaction_id),
            'application_id': str(self.application_id),
            'type': interaction_type,
            'data': data,
            'token': token,
            'version': 1,
            'locale': 'en-US',
            'entitlements': [],
            'attachment_size_limit': 10 * 1024 * 1024,
            'channel_id': str(channel_id),
            'channel': self._channel_payload(channel_id),
        }
        if guild is not None:
            member = self._member_of(guild, user.id)
            bot_member = guild.get_member(self.bot_user.id)
            payload.update(
                guild_id=str(guild.id),
                guild_locale='en-US',
                guild={'id': str(guild.id), 'locale': 'en-US', 'features': []},
                member=member.payload() | {'permissions': str(guild.permissions_of(member))},
                app_permissions=str(guild.permissions_of(bot_member) if bot_member else 0),
                context=0,
                authorizing_integration_owners={'0': str(guild.id)},
            )
        else:
            payload.update(
                user=user.payload(), context=1, app_permissions=str(MEMBER_PERMISSIONS),
                authorizing_integration_owners={'1': str(user.id)},
            )
        if message is not None:
            payload['message'] = message
        record = _Interaction(payload, channel_id, guild.id if guild else None)
        self._interactions[interaction_id] = record
        self._interactions_by_token[token] = record
        await self.dispatch_event('INTERACTION_CREATE', payload)
        return DispatchedInteraction(
            interaction_id,
            token,
            channel_id,
            guild.id if guild else None,
            user.id,
            command_id,
            int(message['id']) if message else None,
        )

    def _slash_data(
        self, name: str, options: dict[str, Any] | None, guild_id: int | None, focused: str | None
    ) -> tuple[JSON, int | None]:
        """Build ``data`` for ``name`` = "cmd", "cmd sub" or "cmd group sub".

        Option types come from the bulk-overwritten schema when the bot synced
        (so user/channel/role options get ``resolved`` data), else from the
        Python value type."""
        root, *path = name.split()
        schema = self._command_schema(root, guild_id)
        level_schema: list[JSON] = schema.get('options', []) if schema else []
        chain: list[JSON] = []
        for depth, part in enumerate(path):
            sub = next((o for o in level_schema if o['name'] == part), None)
            # Without a schema: every level but the last is a group (2), the last a subcommand (1).
            guessed = 1 if depth == len(path) - 1 else 2
            chain.append({'type': sub['type'] if sub else guessed, 'name': part})
            level_schema = sub.get('options', []) if sub else []

        resolved: dict[str, dict[str, JSON]] = {}
        leaf_options = []
        for key, value in (options or {}).items():
            declared = next((o for o in level_schema if o['name'] == key), None)
            opt_type = declared['type'] if declared else self._option_type(value)
            if opt_type in (6, 7, 8, 9):
                value = str(value)
                self._resolve(resolved, opt_type, int(value), guild_id)
            elif opt_type == 11:
                value = self._attach_option(resolved, value)
            option: JSON = {'name': key, 'type': opt_type, 'value': value}
            if key == focused:
                option['focused'] = True
            leaf_options.append(option)

        options_tree: list[JSON] = leaf_options
        for node in reversed(chain):
            options_tree = [node | {'options': options_tree}]
        command_id = self._command_id(root, 1, guild_id) or new_snowflake()
        data: JSON = {'id': str(command_id), 'name': root, 'type': 1, 'options': options_tree}
        if resolved:
            data['resolved'] = resolved
        if schema and schema.get('guild_id'):
            data['guild_id'] = schema['guild_id']
        return data, command_id

    def _attach_option(self, resolved: dict[str, dict[str, JSON]], value: Any) -> str:
        """An attachment option: ``(filename, bytes)`` becomes an uploaded file the
        fake serves at its ``url``, listed in ``resolved.attachments``; the option's value is its id."""
        filename, blob = value
        content_type = mimetypes.guess_type(filename)[0] or 'application/octet-stream'
        attachment = self._store_attachment(filename, blob, content_type)
        resolved.setdefault('attachments', {})[attachment['id']] = attachment
        return attachment['id']

    @staticmethod
    def _option_type(value: Any) -> int:
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], bytes):
            return 11
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        return 3

    def _resolve(self, resolved: dict[str, dict[str, JSON]], opt_type: int, snowflake: int, guild_id: int | None) -> None:
        guild = self._guild(guild_id) if guild_id else None
        if opt_type in (6, 9) and snowflake in self.users:
            resolved.setdefault('users', {})[str(snowflake)] = self.users[snowflake].payload()
            member = guild.get_member(snowflake) if guild else None
            if member is not None:
                resolved.setdefault('members', {})[str(snowflake)] = member.payload(with_user=False) | {
                    'permissions': str(guild.permissions_of(member))  # type: ignore[union-attr]
                }
        elif opt_type in (7, 9) and guild and guild.get_channel(snowflake):
            channel = guild.get_channel(snowflake)
            resolved.setdefault('channels', {})[str(snowflake)] = channel.payload(guild.id) | {  # type: ignore[union-attr]
                'permissions': str(ALL_PERMISSIONS)
            }
        elif opt_type in (8, 9) and guild:
            role = next((r for r in guild.roles if r.id == snowflake), None)
            if role is not None:
                resolved.setdefault('roles', {})[str(snowflake)] = role.payload()

    async def dispatch_slash_command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int | None = None,
        channel_id: int | None = None,
    ) -> DispatchedInteraction:
        """A slash command; ``name`` may include subcommands: ``"lssc ask"``.
        An attachment option's value is ``(filename, bytes)``."""
        return await self._dispatch_command(2, name, options, None, user_id, channel_id)

    async def dispatch_autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        focused: str,
        *,
        user_id: int | None = None,
        channel_id: int | None = None,
    ) -> DispatchedInteraction:
        """An autocomplete request (interaction type 4) with ``focused`` being typed."""
        return await self._dispatch_command(4, name, options, focused, user_id, channel_id)

    async def _dispatch_command(
        self,
        interaction_type: int,
        name: str,
        options: dict[str, Any] | None,
        focused: str | None,
        user_id: int | None,
        channel_id: int | None,
    ) -> DispatchedInteraction:
        channel_id = channel_id or self._default_channel_id()
        guild, _ = self._locate_channel(channel_id)
        data, command_id = self._slash_data(name, options, guild.id if guild else None, focused)
        return await self._dispatch_interaction(
            interaction_type, data, user_id=user_id, channel_id=channel_id, command_id=command_id
        )

    async def dispatch_component(
        self,
        custom_id: str,
        message_id: int,
        *,
        values: Sequence[str] | None = None,
        component_type: int | None = None,
        user_id: int | None = None,
    ) -> DispatchedInteraction:
        """A button click (default) or, with ``values``, a string-select choice
        on a message the fake knows (normally one the bot sent)."""
        try:
            message = self.messages[message_id]
        except KeyError:
            raise ValueError(f'unknown message {message_id}') from None
        data: JSON = {'custom_id': custom_id, 'component_type': component_type or (2 if values is None else 3)}
        if values is not None:
            data['values'] = list(values)
        return await self._dispatch_interaction(
            3, data, user_id=user_id, channel_id=int(message['channel_id']), message=message
        )

    async def dispatch_modal_submit(
        self,
        custom_id: str,
        values: dict[str, str],
        *,
        user_id: int | None = None,
        channel_id: int | None = None,
    ) -> DispatchedInteraction:
        """A modal submission (interaction type 5): ``values`` maps text-input custom_id -> text."""
        rows = [{'type': 1, 'components': [{'type': 4, 'custom_id': k, 'value': v}]} for k, v in values.items()]
        data = {'custom_id': custom_id, 'components': rows}
        return await self._dispatch_interaction(5, data, user_id=user_id, channel_id=channel_id)

    async def dispatch_message_context_menu(
        self, name: str, target_message_id: int, *, user_id: int | None = None
    ) -> DispatchedInteraction:
        """A message context-menu command (application command type 3) on a known message."""
        message = self.messages[target_message_id]
        channel_id = int(message['channel_id'])
        guild, _ = self._locate_channel(channel_id)
        command_id = self._command_id(name, 3, guild.id if guild else None) or new_snowflake()
        data = {
            'id': str(command_id),
            'name': name,
            'type': 3,
            'target_id': str(target_message_id),
            'resolved': {'messages': {str(target_message_id): message}},
        }
        return await self._dispatch_interaction(
            2, data, user_id=user_id, channel_id=channel_id, command_id=command_id
        )

    # -- REST

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], _Handler, bool]]:
        """(method, path pattern, handler, needs bot token)."""
        app = r'(?P<app>\d+)'
        cid = r'/channels/(?P<channel_id>\d+)'
        mid = r'/messages/(?P<message_id>\d+)'
        hook = r'/webhooks/(?P<app>\d+)/(?P<token>[^/]+)'
        table: list[tuple[str, str, _Handler, bool]] = [
            ('GET', r'/gateway', self._get_gateway, False),
            ('GET', r'/gateway/bot', self._get_gateway_bot, True),
            ('GET', r'/users/@me', self._get_me, True),
            ('GET', r'/users/(?P<user_id>\d+)', self._get_user, True),
            ('POST', r'/users/@me/channels', self._create_dm, True),
            ('GET', r'/oauth2/applications/@me', self._get_application, True),
            ('GET', rf'/applications/{app}/commands', self._get_commands, True),
            ('PUT', rf'/applications/{app}/commands', self._put_commands, True),
            ('GET', rf'/applications/{app}/guilds/(?P<guild_id>\d+)/commands', self._get_commands, True),
            ('PUT', rf'/applications/{app}/guilds/(?P<guild_id>\d+)/commands', self._put_commands, True),
            ('GET', cid, self._get_channel, True),
            ('GET', cid + '/messages', self._get_history, True),
            ('POST', cid + '/messages', self._create_message, True),
            ('GET', cid + mid, self._get_message, True),
            ('PATCH', cid + mid, self._edit_message, True),
            ('DELETE', cid + mid, self._delete_message, True),
            ('POST', cid + '/typing', self._no_content, True),
            ('PUT', cid + mid + r'/reactions/[^/]+/@me', self._no_content, True),
            ('DELETE', cid + mid + r'/reactions/[^/]+/[^/]+', self._no_content, True),
            ('GET', r'/guilds/(?P<guild_id>\d+)', self._get_guild, True),
            ('GET', r'/guilds/(?P<guild_id>\d+)/channels', self._get_guild_channels, True),
            ('GET', r'/guilds/(?P<guild_id>\d+)/roles', self._get_roles, True),
            ('GET', r'/guilds/(?P<guild_id>\d+)/members/(?P<user_id>\d+)', self._get_member, True),
            ('POST', r'/interactions/(?P<interaction_id>\d+)/(?P<token>[^/]+)/callback', self._callback, False),
            ('POST', hook, self._webhook_send, False),
            ('GET', hook + r'/messages/(?P<message_id>@original|\d+)', self._webhook_get, False),
            ('PATCH', hook + r'/messages/(?P<message_id>@original|\d+)', self._webhook_edit, False),
            ('DELETE', hook + r'/messages/(?P<message_id>@original|\d+)', self._webhook_delete, False),
        ]
        return [(m, re.compile(f'^{p}$'), h, auth) for m, p, h, auth in table]

    async def _attachment(self, request: web.Request) -> web.Response:
        blob = self._attachments.get(int(request.match_info['attachment_id']))
        if blob is None:
            raise web.HTTPNotFound()
        return web.Response(body=blob)

    async def _rest(self, request: web.Request) -> web.Response:
        path = request.path[len(API_PREFIX) :]
        body, files = await self._read_body(request)
        auth = request.headers.get('Authorization')
        token = auth.removeprefix('Bot ') if auth else None
        headers = {k: ('<redacted>' if k.lower() == 'authorization' else v) for k, v in request.headers.items()}
        record = RecordedRequest(request.method, path, dict(request.query), headers, body, files, token)
        try:
            response = self._injected_fault(request.method, path) or await self._route(request, record)
        except _HTTPError as exc:
            response = _json_response({'message': exc.message, 'code': exc.code}, status=exc.status)
        except Exception as exc:
            # A bug in the fake (or a payload it cannot handle).  Answer 400, not
            # 500: discord.py retries 5xx for ~25 s, which would hide the cause.
            _log.exception('FakeDiscord failed on %s %s', request.method, path)
            self.errors.append(exc)
            response = _json_response({'message': f'FakeDiscord error: {exc!r}', 'code': 0}, status=400)
        record.status = response.status
        if response.body and response.content_type == 'application/json':
            record.response = json.loads(response.body)  # type: ignore[arg-type]
        self.requests.append(record)
        await self._notify()
        return response

    async def _read_body(self, request: web.Request) -> tuple[Any, list[RecordedFile]]:
        files: list[RecordedFile] = []
        if request.content_type == 'multipart/form-data':
            body: Any = None
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                assert isinstance(part, BodyPartReader), 'discord.py never nests multipart bodies'
                if part.name == 'payload_json':
                    body = json.loads(await part.text())
                else:
                    files.append(
                        RecordedFile(
                            part.name or '',
                            part.filename or '',
                            part.headers.get('Content-Type', ''),
                            bytes(await part.read()),
                        )
                    )
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        if request.content_type == 'application/json':
            return json.loads(raw), files
        return raw.decode(errors='replace'), files

    def _injected_fault(self, method: str, path: str) -> web.Response | None:
        for fault in self._faults:
            if fault.times > 0 and fault.method == method and fault.path.search(path):
                fault.times -= 1
                if fault.status != 429:
                    return _json_response(
                        {'message': f'{fault.status}: injected failure', 'code': fault.code}, status=fault.status
                    )
                reset = dt.datetime.now(dt.timezone.utc).timestamp() + fault.retry_after
                headers = {
                    'Via': '1.1 google',
                    'Retry-After': str(max(1, round(fault.retry_after))),
                    'X-RateLimit-Limit': '5',
                    'X-RateLimit-Remaining': '0',
                    'X-RateLimit-Reset': f'{reset:.3f}',
                    'X-RateLimit-Reset-After': f'{fault.retry_after:.3f}',
                    'X-RateLimit-Bucket': 'fake-' + re.sub(r'\W', '', fault.path.pattern)[:32],
                    'X-RateLimit-Scope': 'global' if fault.is_global else 'user',
                }
                if fault.is_global:
                    headers['X-RateLimit-Global'] = 'true'
                body = {
                    'message': 'You are being rate limited.',
                    'retry_after': fault.retry_after,
                    'global': fault.is_global,
                    'code': 0,
                }
                return _json_response(body, status=429, headers=headers)
        return None

    async def _route(self, request: web.Request, record: RecordedRequest) -> web.Response:
        for method, pattern, handler, needs_auth in self._routes:
            match = pattern.match(record.path)
            if match and method == request.method:
                if needs_auth and self.token is not None and record.auth_token != self.token:
                    raise _HTTPError(401, '401: Unauthorized')
                result = await handler(record, **match.groupdict())
                if result is None:
                    return web.Response(status=204)
                return _json_response(result)
        raise _HTTPError(404, '404: Not Found')

    async def _no_content(self, record: RecordedRequest, **_: str) -> None:
        return None

    async def _get_gateway(self, record: RecordedRequest) -> JSON:
        return {'url': self.gateway_url}

    async def _get_gateway_bot(self, record: RecordedRequest) -> JSON:
        limit = {'total': 1000, 'remaining': 999, 'reset_after': 0, 'max_concurrency': 1}
        return {'url': self.gateway_url, 'shards': 1, 'session_start_limit': limit}

    async def _get_me(self, record: RecordedRequest) -> JSON:
        return self.bot_user.payload() | {'verified': True, 'mfa_enabled': False, 'flags': 0}

    async def _get_user(self, record: RecordedRequest, user_id: str) -> JSON:
        return self._user(int(user_id)).payload()

    async def _create_dm(self, record: RecordedRequest) -> JSON:
        return self.dm_channel_for(int(record.json['recipient_id'])).payload()

    async def _get_application(self, record: RecordedRequest) -> JSON:
        owner = self.guild.get_member(self.guild.owner_id) if self.guilds else None
        return {
            'id': str(self.application_id),
            'name': self.bot_user.username,
            'description': '',
            'icon': None,
            'bot_public': False,
            'bot_require_code_grant': False,
            'owner': (owner.user if owner else self.bot_user).payload(),
            'team': None,
            'verify_key': '0' * 64,
            'flags': 0,
            'bot': self.bot_user.payload(),
            'interactions_endpoint_url': None,
        }

    async def _get_commands(self, record: RecordedRequest, app: str, guild_id: str | None = None) -> list[JSON]:
        return self.commands.get(int(guild_id) if guild_id else None, [])

    async def _put_commands(self, record: RecordedRequest, app: str, guild_id: str | None = None) -> list[JSON]:
        """Bulk overwrite; a command keeps its id if its (name, type) survives, like Discord."""
        scope = int(guild_id) if guild_id else None
        previous = {(c['name'], c.get('type', 1)): c['id'] for c in self.commands.get(scope, [])}
        stored = []
        for command in record.json or []:
            kind = command.get('type', 1)
            stored.append(
                {
                    'description': '',
                    'options': [],
                    'default_member_permissions': None,
                    'nsfw': False,
                    **command,
                    'id': previous.get((command['name'], kind)) or str(new_snowflake()),
                    'application_id': str(self.application_id),
                    'type': kind,
                    'version': str(new_snowflake()),
                    **({'guild_id': guild_id} if guild_id else {}),
                }
            )
        self.commands[scope] = stored
        return stored

    async def _get_channel(self, record: RecordedRequest, channel_id: str) -> JSON:
        return self._channel_payload(int(channel_id))

    async def _get_guild(self, record: RecordedRequest, guild_id: str) -> JSON:
        data = self._guild(int(guild_id)).payload()
        for key in ('members', 'channels', 'threads', 'voice_states', 'presences'):
            data.pop(key)
        return data

    async def _get_guild_channels(self, record: RecordedRequest, guild_id: str) -> list[JSON]:
        guild = self._guild(int(guild_id))
        return [c.payload(guild.id) for c in guild.channels]

    async def _get_roles(self, record: RecordedRequest, guild_id: str) -> list[JSON]:
        return [r.payload() for r in self._guild(int(guild_id)).roles]

    async def _get_member(self, record: RecordedRequest, guild_id: str, user_id: str) -> JSON:
        member = self._guild(int(guild_id)).get_member(int(user_id))
        if member is None:
            raise _HTTPError(404, 'Unknown Member', 10007)
        return member.payload()

    def _message(self, channel_id: int, message_id: int) -> JSON:
        message = self.messages.get(message_id)
        if message is None or int(message['channel_id']) != channel_id:
            raise _HTTPError(404, 'Unknown Message', 10008)
        return message

    def _apply_edit(self, message: JSON, payload: JSON | None, files: list[RecordedFile]) -> None:
        """Apply a create/edit payload (content, embeds, components, attachments, flags)."""
        payload = payload or {}
        for key in ('content', 'embeds', 'components', 'flags', 'tts', 'poll', 'sticker_items'):
            if key in payload and payload[key] is not None:
                message[key] = payload[key]
        if 'attachments' in payload or files:
            kept = {str(a.get('id')) for a in payload.get('attachments', [])}
            attachments = [a for a in message.get('attachments', []) if a['id'] in kept]
            attachments += [self._store_attachment(f.filename, f.data, f.content_type) for f in files]
            message['attachments'] = attachments

    async def _post_message(
        self, channel_id: int, record: RecordedRequest, *, webhook_id: int | None = None
    ) -> JSON:
        payload = record.json or {}
        reference = payload.get('message_reference') or {}
        message = self._message_payload(
            channel_id=channel_id,
            author=self.bot_user,
            content='',
            reply_to=int(reference['message_id']) if reference.get('message_id') else None,
            webhook_id=webhook_id,
        )
        self._apply_edit(message, payload, record.files)
        if self.echo_bot_messages and self._session is not None:
            await self.dispatch_event('MESSAGE_CREATE', message)
        return message

    async def _create_message(self, record: RecordedRequest, channel_id: str) -> JSON:
        self._locate_channel(int(channel_id))
        return await self._post_message(int(channel_id), record)

    async def _get_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> JSON:
        return self._message(int(channel_id), int(message_id))

    async def _get_history(self, record: RecordedRequest, channel_id: str) -> list[JSON]:
        self._locate_channel(int(channel_id))
        limit = int(record.query.get('limit', 50))
        in_channel = [m for m in self.messages.values() if m['channel_id'] == channel_id]
        return sorted(in_channel, key=lambda m: int(m['id']), reverse=True)[:limit]

    async def _edit_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> JSON:
        message = self._message(int(channel_id), int(message_id))
        self._apply_edit(message, record.json, record.files)
        message['edited_timestamp'] = _now()
        return message

    async def _delete_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> None:
        self._message(int(channel_id), int(message_id))
        del self.messages[int(message_id)]

    def _interaction(self, token: str, interaction_id: int | None = None) -> _Interaction:
        interaction = self._interactions_by_token.get(token)
        if interaction is None or (interaction_id is not None and int(interaction.payload['id']) != interaction_id):
            raise _HTTPError(404, 'Unknown interaction', 10062)
        return interaction

    async def _callback(self, record: RecordedRequest, interaction_id: str, token: str) -> JSON:
        """Interaction callback; answers the ``with_response=1`` shape discord.py 2.5+ parses."""
        interaction = self._interaction(token, int(interaction_id))
        if interaction.responded:
            raise _HTTPError(400, 'Interaction has already been acknowledged.', 40060)
        interaction.responded = True
        kind = int((record.json or {}).get('type', 0))
        data = (record.json or {}).get('data') or {}
        result: JSON = {'interaction': {'id': interaction_id, 'type': interaction.payload['type']}}
        resource: JSON = {'type': kind}
        if kind in (4, 5):
            message = self._message_payload(
                channel_id=interaction.channel_id, author=self.bot_user, content='', webhook_id=self.application_id
            )
            message['interaction_metadata'] = {
                'id': interaction_id,
                'type': interaction.payload['type'],
                'user': self._interaction_user(interaction),
                'authorizing_integration_owners': interaction.payload.get('authorizing_integration_owners', {}),
            }
            if kind == 4:
                self._apply_edit(message, data, record.files)
            else:
                message['flags'] = (data.get('flags') or 0) | 128  # LOADING
            interaction.original_id = int(message['id'])
            result['interaction'].update(
                response_message_id=message['id'],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(message['flags'] & 64),
            )
            resource['message'] = message
        elif kind == 7:
            target = interaction.payload.get('message')
            if target is not None:
                message = self.messages[int(target['id'])]
                self._apply_edit(message, data, record.files)
                message['edited_timestamp'] = _now()
                interaction.original_id = int(message['id'])
                resource['message'] = message
        result['resource'] = resource
        return result

    @staticmethod
    def _interaction_user(interaction: _Interaction) -> JSON:
        payload = interaction.payload
        return payload['member']['user'] if 'member' in payload else payload['user']

    def _webhook_message(self, interaction: _Interaction, message_id: str) -> JSON:
        if message_id == '@original':
            if interaction.original_id is None:
                raise _HTTPError(404, 'Unknown Message', 10008)
            return self.messages[interaction.original_id]
        if int(message_id) not in interaction.followups and int(message_id) != interaction.original_id:
            raise _HTTPError(404, 'Unknown Message', 10008)
        return self.messages[int(message_id)]

    async def _webhook_send(self, record: RecordedRequest, app: str, token: str) -> JSON | None:
        """A follow-up.  The first one after a deferred (type 5) response replaces
        the "thinking..." original instead of creating a message, as on Discord."""
        interaction = self._interaction(token)
        original = self.messages.get(interaction.original_id or 0)
        if original is not None and original['flags'] & 128 and not interaction.followups:
            self._apply_edit(original, record.json, record.files)
            original['flags'] &= ~128
            message = original
        else:
            message = await self._post_message(interaction.channel_id, record, webhook_id=self.application_id)
        interaction.followups.append(int(message['id']))
        return message if record.query.get('wait', '').lower() in ('true', '1') else None

    async def _webhook_get(self, record: RecordedRequest, app: str, token: str, message_id: str) -> JSON:
        return self._webhook_message(self._interaction(token), message_id)

    async def _webhook_edit(self, record: RecordedRequest, app: str, token: str, message_id: str) -> JSON:
        message = self._webhook_message(self._interaction(token), message_id)
        self._apply_edit(message, record.json, record.files)
        message['flags'] = message.get('flags', 0) & ~128
        message['edited_timestamp'] = _now()
        return message

    async def _webhook_delete(self, record: RecordedRequest, app: str, token: str, message_id: str) -> None:
        message = self._webhook_message(self._interaction(token), message_id)
        del self.messages[int(message['id'])]


class FakeDiscordThread:
    """A :class:`FakeDiscord` running on its own loop in a daemon thread.

    Coroutine methods of the fake are exposed as blocking calls that run on
    the fake's loop (``srv.dispatch_message(...)``, ``srv.wait_for_request(...)``);
    other attributes are passed through (``srv.api_base``, ``srv.sent_messages()``).
    Every blocking call is bounded by ``call_timeout`` on top of the wait's own timeout.
    """

    def __init__(self, fake: FakeDiscord, start_timeout: float, call_timeout: float = 30.0) -> None:
        self.fake = fake
        self.call_timeout = call_timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name='fake-discord', daemon=True)
        self._thread.start()
        try:
            self.run(fake.start(), timeout=start_timeout)
        except BaseException:
            self._shutdown_loop()
            raise

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coro`` on the fake's loop and return its result."""
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(timeout or self.call_timeout)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.fake, name)
        if inspect.iscoroutinefunction(attr):

            def blocking(*args: Any, **kwargs: Any) -> Any:
                return self.run(attr(*args, **kwargs))

            return blocking
        return attr

    def stop(self) -> None:
        if not self._loop.is_running():
            return
        try:
            self.run(self.fake.stop(), timeout=10.0)
        finally:
            self._shutdown_loop()

    def _shutdown_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10.0)
        if not self._thread.is_alive():
            self._loop.close()

    def __enter__(self) -> FakeDiscordThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


__all__ = [
    'FakeDiscord',
    'FakeDiscordThread',
    'FakeGuild',
    'FakeChannel',
    'FakeDMChannel',
    'FakeMember',
    'FakeRole',
    'FakeUser',
    'RecordedRequest',
    'RecordedFile',
    'GatewayFrame',
    'DispatchedMessage',
    'DispatchedThread',
    'DispatchedInteraction',
    'new_snowflake',
]
