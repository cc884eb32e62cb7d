"""The fake Discord works with the real, unmodified discord.py client.

Each test starts a fresh ``FakeDiscord`` and a small ``commands.Bot`` in the
same event loop, pointed at the fake through ``configure_endpoints``.
"""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands
from fake_discord import (
    MEMBER_PERMISSIONS,
    OP_HEARTBEAT,
    OP_IDENTIFY,
    OP_REQUEST_GUILD_MEMBERS,
    OP_RESUME,
    PUBLIC_THREAD,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    new_snowflake,
)

from lssc_bot.discord.endpoints import configure_endpoints

TOKEN = 'fake-bot-token'
MESSAGES = r'^/channels/\d+/messages$'

pytestmark = pytest.mark.timeout(30)


class ThanksView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label='Thanks', custom_id='ask:thanks')
    async def thanks(self, interaction: discord.Interaction, button: discord.ui.Button[ThanksView]) -> None:
        await interaction.response.edit_message(content=f'thanked by {interaction.user.name}', view=None)

    @discord.ui.select(custom_id='ask:rate', options=[discord.SelectOption(label=str(n)) for n in (1, 2, 3)])
    async def rate(self, interaction: discord.Interaction, select: discord.ui.Select[ThanksView]) -> None:
        await interaction.response.send_message(f'rated {select.values[0]}', ephemeral=True)


class FeedbackModal(discord.ui.Modal, title='Feedback'):
    text: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(label='Your feedback', custom_id='feedback:text')

    def __init__(self) -> None:
        super().__init__(custom_id='feedback')

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f'thanks for: {self.text.value}', ephemeral=True)


class ExampleBot(commands.Bot):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        intents.members = True
        # guild_ready_timeout: discord.py waits this long after the last
        # GUILD_CREATE before on_ready (default 2 s).
        super().__init__(command_prefix='!', intents=intents, guild_ready_timeout=0.05)
        self.resumed = asyncio.Event()

    async def setup_hook(self) -> None:
        lssc = app_commands.Group(name='lssc', description='LSSC helper')

        @lssc.command(name='ask', description='Ask a question')
        async def ask(interaction: discord.Interaction, question: str) -> None:
            await interaction.response.send_message(f'Q: {question}', view=ThanksView())
            await interaction.followup.send('a follow-up', ephemeral=True)
            await interaction.edit_original_response(content=f'Q: {question} (edited)')

        @ask.autocomplete('question')
        async def ask_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f'{current}?', value=current)]

        @lssc.command(name='feedback', description='Send feedback')
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(FeedbackModal())

        notes = app_commands.Group(name='mod', description='Moderator tools', parent=lssc)

        @notes.command(name='note', description='Add a note')
        async def note(interaction: discord.Interaction, text: str, urgent: bool = False) -> None:
            await interaction.response.send_message(f'noted {text!r} urgent={urgent}')

        @app_commands.context_menu(name='Quote')
        async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send(f'> {message.content}')
            original = await interaction.original_response()
            if original.content == f'> {message.content}':
                await interaction.delete_original_response()

        @app_commands.command(name='whois', description='Show a member')
        @app_commands.guild_only()
        async def whois(interaction: discord.Interaction, member: discord.Member) -> None:
            is_mod = any(role.name == 'Moderator' for role in member.roles)
            await interaction.response.send_message(f'{member.name} mod={is_mod}', ephemeral=True)

        self.tree.add_command(lssc)
        self.tree.add_command(quote)
        self.tree.add_command(whois)
        self.add_view(ThanksView())
        await self.tree.sync()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every non-initial IDENTIFY; not needed against the fake."""

    async def on_resumed(self) -> None:
        self.resumed.set()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        assert self.user is not None
        if self.user in message.mentions:
            await message.reply('you rang?', mention_author=False)
        elif message.content.startswith('!ping'):
            await message.channel.send(
                f'pong {message.author.mention}',
                allowed_mentions=discord.AllowedMentions(everyone=False, roles=False, users=True),
            )
        elif message.content == '!file':
            async with message.channel.typing():
                await message.add_reaction('\N{THUMBS UP SIGN}')
                await message.channel.send('here', file=discord.File(io.BytesIO(b'hello bytes'), 'hello.txt'))
        elif message.content == '!dm':
            await message.author.send('psst')
        elif message.content == '!edit':
            sent = await message.channel.send('draft')
            await sent.edit(content='final')
            await sent.delete()


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as server:
        configure_endpoints(server.api_base, server.gateway_url)
        try:
            yield server
        finally:
            configure_endpoints(None, None)
        assert not server.errors, 'FakeDiscord raised inside a handler (see log)'


@pytest_asyncio.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[ExampleBot]:
    client = ExampleBot()
    task = asyncio.create_task(client.start(TOKEN))
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        # Waiting on both surfaces a crash in start() instead of a bare timeout.
        await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()
            raise AssertionError('bot.start() returned before READY')
        assert ready.done(), 'bot did not become ready within 10 s'
        yield client
    finally:
        await asyncio.wait_for(client.close(), timeout=10)
        ready.cancel()
        task.cancel()
        await asyncio.gather(task, ready, return_exceptions=True)


async def ping_and_wait(fake: FakeDiscord, text: str = '!ping') -> int:
    """Send ``text`` as the normal member in #general; return the id of the bot's reply."""
    general = fake.guild.channel_named('general').id
    mark = len(fake.requests)
    await fake.dispatch_message(general, content=text)
    reply = await fake.wait_for_request('POST', MESSAGES, lambda r: r.ok, since=mark)
    return int(reply.response['id'])


@pytest.mark.asyncio
async def test_connects_and_gets_ready_with_guild_state(fake: FakeDiscord, bot: ExampleBot) -> None:
    identify = await fake.wait_for_gateway_op(OP_IDENTIFY)
    assert identify.auth_token == TOKEN and identify.d['token'] == '<redacted>'
    assert identify.d['intents'] & discord.Intents.message_content.flag
    await fake.wait_for_gateway_op(OP_HEARTBEAT)
    # Without zstandard, discord.py 2.7 asks for zlib-stream; the fake sends compressed frames.
    assert fake.gateway_queries == [{'v': '10', 'encoding': 'json', 'compress': 'zlib-stream'}]

    login = fake.find_requests('GET', '^/users/@me$')[0]
    assert login.auth_token == TOKEN and login.headers['Authorization'] == '<redacted>'

    guild = bot.get_guild(fake.guild.id)
    assert guild is not None and bot.user is not None and bot.user.id == fake.bot_user.id
    assert bot.application_id == fake.application_id
    forum = guild.get_channel(fake.guild.channel_named('help-forum').id)
    assert isinstance(forum, discord.ForumChannel)
    assert guild.get_thread(fake.guild.channel_named('existing-thread').id) is not None
    mod = guild.get_member(fake.guild.member_named('mod').user.id)
    assert mod is not None and mod.guild_permissions.manage_messages
    assert [r.name for r in mod.roles] == ['@everyone', 'Moderator']

    assert len(await asyncio.wait_for(guild.chunk(), timeout=5)) == 3
    await fake.wait_for_gateway_op(OP_REQUEST_GUILD_MEMBERS)
    fetched = await guild.fetch_member(mod.id)
    assert fetched.name == 'mod'
    assert isinstance(await bot.fetch_channel(forum.id), discord.ForumChannel)
    posted = await fake.dispatch_message(content='hello')
    channel = guild.get_channel(posted.channel_id)
    assert isinstance(channel, discord.TextChannel)
    assert (await channel.fetch_message(posted.id)).content == 'hello'
    with pytest.raises(discord.NotFound):
        await channel.fetch_message(12345)


@pytest.mark.asyncio
async def test_custom_state_is_served() -> None:
    bot_user = FakeUser(new_snowflake(), 'custom-bot', bot=True)
    guild = FakeGuild(new_snowflake(), 'Custom', owner_id=bot_user.id, members=[FakeMember(bot_user)])
    guild.roles.append(FakeRole(guild.id, '@everyone', MEMBER_PERMISSIONS))
    helper = FakeRole(new_snowflake(), 'Helper', position=1)
    guild.roles.append(helper)
    alice = guild.add_member('alice', roles=[helper.id])
    room = guild.add_channel('room')
    side = guild.add_channel('side', PUBLIC_THREAD, parent_id=room.id)
    async with FakeDiscord(bot_user=bot_user, application_id=4242, guilds=[guild]) as server:
        configure_endpoints(server.api_base, server.gateway_url)
        try:
            client = ExampleBot()
            async with client:
                task = asyncio.create_task(client.start(TOKEN))
                await asyncio.wait_for(client.wait_until_ready(), timeout=10)
                assert client.application_id == 4242 and client.user.name == 'custom-bot'  # type: ignore[union-attr]
                cached = client.get_guild(guild.id)
                assert cached is not None and cached.get_thread(side.id) is not None
                assert [m.name for m in cached.members] == ['custom-bot', 'alice']
                assert [r.name for r in cached.get_member(alice.user.id).roles] == ['@everyone', 'Helper']  # type: ignore[union-attr]
                await server.dispatch_message(side.id, alice.user.id, '!ping')
                reply = await server.wait_for_request('POST', rf'^/channels/{side.id}/messages$', lambda r: r.ok)
                assert reply.json['content'] == f'pong <@{alice.user.id}>'
                assert server.commands[None], 'global commands were synced with the custom application id'
                await client.close()
                await asyncio.wait_for(task, timeout=5)
        finally:
            configure_endpoints(None, None)


@pytest.mark.asyncio
async def test_wrong_token_is_rejected() -> None:
    async with FakeDiscord(token=TOKEN) as server:
        configure_endpoints(server.api_base, server.gateway_url)
        try:
            client = discord.Client(intents=discord.Intents.none())
            async with client:
                with pytest.raises(discord.LoginFailure):
                    await client.login('not-the-token')
        finally:
            configure_endpoints(None, None)


@pytest.mark.asyncio
async def test_slash_command_sync_response_followup_and_edit(fake: FakeDiscord, bot: ExampleBot) -> None:
    sync = await fake.wait_for_request('PUT', r'^/applications/\d+/commands$')
    assert sorted(c['name'] for c in sync.json) == ['Quote', 'lssc', 'whois']
    assert all(c['id'] for c in sync.response)

    sent = await fake.dispatch_slash_command('lssc ask', {'question': 'why?'})
    assert sent.command_id == int(next(c['id'] for c in sync.response if c['name'] == 'lssc'))

    callback = await fake.wait_for_request('POST', rf'^/interactions/{sent.id}/', lambda r: r.ok)
    assert callback.json['type'] == 4
    assert callback.json['data']['content'] == 'Q: why?'
    assert callback.json['data']['components'][0]['components'][0]['custom_id'] == 'ask:thanks'

    followup = await fake.wait_for_request('POST', rf'^/webhooks/\d+/{sent.token}$', lambda r: r.ok)
    assert followup.json['content'] == 'a follow-up' and followup.json['flags'] == 64
    edit = await fake.wait_for_request('PATCH', rf'^/webhooks/\d+/{sent.token}/messages/@original$')
    assert edit.response['content'] == 'Q: why? (edited)'
    assert len(fake.interaction_responses(sent.id)) == 1


@pytest.mark.asyncio
async def test_subcommand_group_and_modal(fake: FakeDiscord, bot: ExampleBot) -> None:
    sent = await fake.dispatch_slash_command('lssc mod note', {'text': 'be nice', 'urgent': True})
    reply = await fake.wait_for_request('POST', rf'^/interactions/{sent.id}/', lambda r: r.ok)
    assert reply.json['data']['content'] == "noted 'be nice' urgent=True"

    opened = await fake.dispatch_slash_command('lssc feedback')
    modal = await fake.wait_for_request('POST', rf'^/interactions/{opened.id}/', lambda r: r.ok)
    assert modal.json['type'] == 9 and modal.json['data']['custom_id'] == 'feedback'
    submitted = await fake.dispatch_modal_submit('feedback', {'feedback:text': 'great bot'})
    thanks = await fake.wait_for_request('POST', rf'^/interactions/{submitted.id}/', lambda r: r.ok)
    assert thanks.json['data']['content'] == 'thanks for: great bot'


@pytest.mark.asyncio
async def test_component_clicks_on_bot_message(fake: FakeDiscord, bot: ExampleBot) -> None:
    sent = await fake.dispatch_slash_command('lssc ask', {'question': 'q'})
    callback = await fake.wait_for_request('POST', rf'^/interactions/{sent.id}/', lambda r: r.ok)
    message_id = int(callback.response['resource']['message']['id'])

    click = await fake.dispatch_component('ask:thanks', message_id)
    update = await fake.wait_for_request('POST', rf'^/interactions/{click.id}/', lambda r: r.ok)
    assert update.json['type'] == 7
    assert update.json['data']['content'] == 'thanked by member'
    assert update.json['data']['components'] == []

    choice = await fake.dispatch_component('ask:rate', message_id, values=['2'])
    reply = await fake.wait_for_request('POST', rf'^/interactions/{choice.id}/', lambda r: r.ok)
    assert reply.json['data']['content'] == 'rated 2' and reply.json['data']['flags'] == 64


@pytest.mark.asyncio
async def test_autocomplete_and_message_context_menu(fake: FakeDiscord, bot: ExampleBot) -> None:
    typed = await fake.dispatch_autocomplete('lssc ask', {'question': 'how'}, focused='question')
    suggestions = await fake.wait_for_request('POST', rf'^/interactions/{typed.id}/', lambda r: r.ok)
    assert suggestions.json == {'type': 8, 'data': {'choices': [{'name': 'how?', 'value': 'how'}]}}

    target = await fake.dispatch_message(content='quote me')
    menu = await fake.dispatch_message_context_menu('Quote', target.id)
    deferred = await fake.wait_for_request('POST', rf'^/interactions/{menu.id}/', lambda r: r.ok)
    assert deferred.json['type'] == 5
    followup = await fake.wait_for_request('POST', rf'^/webhooks/\d+/{menu.token}$', lambda r: r.ok)
    assert followup.json['content'] == '> quote me'
    # The follow-up replaced the "thinking" original, so the bot can fetch and delete it.
    deleted = await fake.wait_for_request('DELETE', rf'^/webhooks/\d+/{menu.token}/messages/@original$')
    assert deleted.status == 204
    assert int(followup.response['id']) not in fake.messages


@pytest.mark.asyncio
async def test_guild_message_answered_with_allowed_mentions(fake: FakeDiscord, bot: ExampleBot) -> None:
    await ping_and_wait(fake)
    general = fake.guild.channel_named('general').id
    member = fake.guild.member_named('member').user.id
    [reply] = fake.sent_messages(general)
    assert reply.json['content'] == f'pong <@{member}>'
    assert reply.json['allowed_mentions'] == {'parse': ['users'], 'replied_user': True}

    mark = len(fake.requests)
    mention = await fake.dispatch_message(general, content=f'<@{fake.bot_user.id}>', mentions=[fake.bot_user.id])
    answer = await fake.wait_for_request('POST', MESSAGES, lambda r: r.ok, since=mark)
    assert answer.json['message_reference']['message_id'] == mention.id
    assert answer.json['allowed_mentions']['replied_user'] is False
    assert answer.response['referenced_message']['content'] == f'<@{fake.bot_user.id}>'


@pytest.mark.asyncio
async def test_member_option_is_resolved(fake: FakeDiscord, bot: ExampleBot) -> None:
    mod = fake.guild.member_named('mod').user.id
    sent = await fake.dispatch_slash_command('whois', {'member': mod})
    reply = await fake.wait_for_request('POST', rf'^/interactions/{sent.id}/', lambda r: r.ok)
    assert reply.json['data']['content'] == 'mod mod=True'


@pytest.mark.asyncio
async def test_attachment_and_edit(fake: FakeDiscord, bot: ExampleBot) -> None:
    await ping_and_wait(fake, '!file')
    [upload] = fake.sent_messages()
    assert fake.find_requests('POST', r'^/channels/\d+/typing$')
    [reaction] = fake.find_requests('PUT', r'/reactions/')
    assert reaction.path.endswith('/reactions/\N{THUMBS UP SIGN}/@me')
    assert [(f.filename, f.data) for f in upload.files] == [('hello.txt', b'hello bytes')]
    assert upload.response['attachments'][0]['filename'] == 'hello.txt'

    draft_id = await ping_and_wait(fake, '!edit')
    edit = await fake.wait_for_request('PATCH', rf'^/channels/\d+/messages/{draft_id}$')
    assert edit.json['content'] == 'final' and edit.response['edited_timestamp']
    await fake.wait_for_request('DELETE', rf'^/channels/\d+/messages/{draft_id}$', lambda r: r.status == 204)
    assert draft_id not in fake.messages


@pytest.mark.asyncio
async def test_thread_message_dm_and_forum_post_reach_the_bot(fake: FakeDiscord, bot: ExampleBot) -> None:
    thread = fake.guild.channel_named('existing-thread').id
    await fake.dispatch_message(thread, content='!ping')
    await fake.wait_for_request('POST', rf'^/channels/{thread}/messages$', lambda r: r.ok)

    outsider = fake.add_user('outsider')
    dm = await fake.dispatch_dm(outsider.id, '!ping')
    await fake.wait_for_request('POST', rf'^/channels/{dm.channel_id}/messages$', lambda r: r.ok)

    member = fake.guild.member_named('member').user.id
    await fake.dispatch_message(content='!dm')
    opened = await fake.wait_for_request('POST', r'^/users/@me/channels$', lambda r: r.ok)
    assert opened.json == {'recipient_id': member}
    private = await fake.wait_for_request('POST', rf'^/channels/{opened.response["id"]}/messages$', lambda r: r.ok)
    assert private.json['content'] == 'psst'

    async with asyncio.timeout(5):
        created = asyncio.ensure_future(bot.wait_for('thread_create'))
        post = await fake.dispatch_forum_post(title='Help me', content='!ping')
        assert (await created).id == post.thread_id
    await fake.wait_for_request('POST', rf'^/channels/{post.thread_id}/messages$', lambda r: r.ok)


DISCONNECTS: dict[str, Callable[[FakeDiscord], Awaitable[None]]] = {
    'close-4000': lambda fake: fake.drop_connection(4000),
    'abrupt': lambda fake: fake.drop_connection(None),
    'reconnect-op': lambda fake: fake.request_reconnect(),
    'resumable-invalid-session': lambda fake: fake.invalidate_session(resumable=True),
}


@pytest.mark.asyncio
@pytest.mark.parametrize('disconnect', DISCONNECTS.values(), ids=DISCONNECTS.keys())
async def test_disconnect_resumes_and_replays(
    fake: FakeDiscord, bot: ExampleBot, disconnect: Callable[[FakeDiscord], Awaitable[None]]
) -> None:
    session = fake.session_id
    frames = len(fake.gateway_frames)
    await disconnect(fake)
    reply_seen = len(fake.requests)
    await fake.dispatch_message(content='!ping while away')  # may be buffered and replayed on RESUME

    resume = await fake.wait_for_gateway_op(OP_RESUME, since=frames)
    assert resume.d['session_id'] == session and resume.auth_token == TOKEN
    await asyncio.wait_for(bot.resumed.wait(), timeout=5)
    await fake.wait_for_request('POST', MESSAGES, lambda r: r.ok, since=reply_seen)
    assert not [f for f in fake.gateway_frames[frames:] if f.op == OP_IDENTIFY]
    await ping_and_wait(fake)
    assert len(fake.sent_messages()) == 2, 'the replayed message must be answered exactly once'


@pytest.mark.asyncio
async def test_invalid_session_makes_the_client_identify_again(fake: FakeDiscord, bot: ExampleBot) -> None:
    old_session = fake.session_id
    frames = len(fake.gateway_frames)
    await fake.invalidate_session(resumable=False)
    await fake.wait_for_gateway_op(OP_IDENTIFY, since=frames)
    assert await fake.wait_until_connected() != old_session
    await ping_and_wait(fake)


@pytest.mark.asyncio
async def test_rate_limited_reply_arrives_exactly_once(fake: FakeDiscord, bot: ExampleBot) -> None:
    fake.fail_next('POST', MESSAGES, status=429, retry_after=0.2)
    await ping_and_wait(fake)
    attempts = fake.find_requests('POST', MESSAGES)
    assert [r.status for r in attempts] == [429, 200]
    await asyncio.sleep(0.3)
    assert len(fake.sent_messages()) == 1


@pytest.mark.asyncio
async def test_server_error_once_then_next_request_works(fake: FakeDiscord, bot: ExampleBot) -> None:
    fake.fail_next('POST', MESSAGES, status=500)
    await ping_and_wait(fake)  # discord.py retries a 500 itself, after 1 s
    assert [r.status for r in fake.find_requests('POST', MESSAGES)] == [500, 200]
    await ping_and_wait(fake)
    assert len(fake.sent_messages()) == 2


@pytest.mark.asyncio
async def test_unknown_route_raises_not_found(fake: FakeDiscord, bot: ExampleBot) -> None:
    with pytest.raises(discord.NotFound):
        await bot.http.request(discord.http.Route('GET', '/guilds/{guild_id}/bans', guild_id=fake.guild.id))
    [unknown] = fake.find_requests('GET', r'/bans$')
    assert unknown.status == 404 and unknown.response == {'message': '404: Not Found', 'code': 0}


SUBPROCESS_BOT = """
import os, discord
from lssc_bot.discord.endpoints import configure_endpoints

configure_endpoints(os.environ['DISCORD_API_BASE'], os.environ['DISCORD_GATEWAY_URL'])
intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)

@client.event
async def on_message(message):
    if message.content == '!ping':
        await message.channel.send('pong')

client.run(os.environ['DISCORD_TOKEN'], log_handler=None)
"""


@pytest.mark.timeout(30)
def test_subprocess_bot_against_fake_in_a_thread(tmp_path: Path) -> None:
    """The pattern for ``python bot.py`` tests: the fake runs in a thread, the test is sync."""
    script = tmp_path / 'bot.py'
    script.write_text(SUBPROCESS_BOT)
    with FakeDiscord(token=TOKEN).run_in_thread() as srv:
        env = os.environ | {
            'DISCORD_API_BASE': srv.api_base,
            'DISCORD_GATEWAY_URL': srv.gateway_url,
            'DISCORD_TOKEN': TOKEN,
            'PYTHONPATH': str(Path(__file__).resolve().parents[2]),
        }
        proc = subprocess.Popen([sys.executable, str(script)], env=env)
        try:
            srv.wait_until_connected(timeout=15)
            srv.dispatch_message(srv.guild.channel_named('general').id, content='!ping')
            reply = srv.wait_for_request('POST', MESSAGES, lambda r: r.ok, timeout=10)
            assert reply.json['content'] == 'pong' and reply.auth_token == TOKEN
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_configure_endpoints_validates_and_resets() -> None:
    configure_endpoints('http://127.0.0.1:1/api/v10/', 'ws://127.0.0.1:1/gateway')
    try:
        assert discord.http.Route('GET', '/users/@me').url == 'http://127.0.0.1:1/api/v10/users/@me'
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == 'ws://127.0.0.1:1/gateway'
        with pytest.raises(ValueError, match='DISCORD_GATEWAY_URL'):
            configure_endpoints(None, 'http://127.0.0.1:1/gateway')
        assert discord.http.Route.BASE == 'http://127.0.0.1:1/api/v10', 'a rejected call changes nothing'
    finally:
        configure_endpoints(None, None)
    assert discord.http.Route.BASE == 'https://discord.com/api/v10'
    assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == 'wss://gateway.discord.gg/'
