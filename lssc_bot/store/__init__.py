"""SQLite persistence: progress per user per server, and the logs moderators read.

    store = await Store.open(settings.database_path)
    await store.save_progress(guild_id, user_id, Progress(completed, enrolled))
    await store.close()

The schema is `migrations.MIGRATIONS`; append a step to change it.
"""
from .db import ClarifyPick, Feedback, LoggedQuestion, Progress, Store, StoreError, Unanswered

__all__ = ["ClarifyPick", "Feedback", "LoggedQuestion", "Progress", "Store", "StoreError", "Unanswered"]
