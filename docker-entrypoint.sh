#!/bin/sh
# The image's entry point: seed faq.yaml into the volume on first start, then run bot.py.
# LSSC_FAQ_PATH (/data/faq.yaml) is where moderator uploads are written; copying the
# image's file there only when it is missing keeps those edits across image updates.
# `exec` makes bot.py PID 1's process, so it receives `docker stop`'s SIGTERM itself.
set -eu
if [ -n "${LSSC_FAQ_SEED:-}" ] && [ -n "${LSSC_FAQ_PATH:-}" ] && [ ! -e "$LSSC_FAQ_PATH" ]; then
    cp "$LSSC_FAQ_SEED" "$LSSC_FAQ_PATH"
fi
exec python "$(dirname "$0")/bot.py" "$@"
