# lssc-bot: a slim image that runs the bot as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LSSC_DATA_DIR=/data

WORKDIR /app
RUN useradd --create-home --uid 10001 lssc && mkdir /data && chown lssc:lssc /data

# Dependencies first (from pyproject.toml), so code edits don't reinstall them.
COPY pyproject.toml README.md ./
COPY lssc_bot ./lssc_bot
RUN pip install .

COPY bot.py faq.yaml faq.schema.json ./

USER lssc
VOLUME ["/data"]
ENTRYPOINT ["python", "bot.py"]
