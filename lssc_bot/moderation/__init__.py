"""Moderator tools for faq.yaml, with no Discord in sight.

    faqfile      atomic writes and timestamped backups (the last 20 kept)
    changes      what differs between two Knowledge values, for confirm prompts
    alternates   add a phrasing to an entry, keeping the file's comments and layout
    editor       the edits a moderator makes: upload, rollback, accept a phrasing
    suggestions  phrasings learned from did-you-mean picks and corrected votes
    grouping     similar unanswered questions grouped, with counts
    stats        usage figures from the questions log and feedback rows
    report       all of the above as message text within Discord's limits

The database side (audit log, rejections, reading the logs) is lssc_bot.store.moderation;
the Discord side is lssc_bot.discord.cogs.admin; the file watcher is lssc_bot.watch.
"""
