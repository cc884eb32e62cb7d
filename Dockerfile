# lssc-bot: a slim image that runs the bot as a non-root user.
#   docker build -t lssc-bot .
#   docker run -d --name lssc-bot -e DISCORD_TOKEN=... -v lssc-data:/data lssc-bot
# The database, faq.yaml backups, the heartbeat and (seeded on first start) faq.yaml
# itself live in the /data volume, so moderator uploads survive image updates.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, read from pyproject.toml, so a code edit does not reinstall them.
# The code itself runs from /app (the loader finds faq.schema.json beside the package).
COPY pyproject.toml ./
RUN python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" \
        > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY lssc_bot ./lssc_bot
COPY models/all-MiniLM-L6-v2 ./models/all-MiniLM-L6-v2
COPY bot.py faq.yaml faq.schema.json docker-entrypoint.sh ./

RUN useradd --create-home --uid 10001 --user-group lssc \
    && mkdir /data \
    && chown 10001:10001 /data
USER 10001

ENV LSSC_DATA_DIR=/data \
    LSSC_FAQ_PATH=/data/faq.yaml \
    LSSC_FAQ_SEED=/app/faq.yaml
VOLUME ["/data"]

# `docker stop` sends SIGTERM: replies in flight finish and the bot exits 0 within 5 s.
STOPSIGNAL SIGTERM
# Unhealthy when the gateway is down or the bot stopped refreshing its heartbeat in /data.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["python", "bot.py", "health"]
ENTRYPOINT ["./docker-entrypoint.sh"]
