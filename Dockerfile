# dxgym serve in a container: the OpenEnv server over the embedded EMR (or DXGYM_DATABASE_URL).
# Not built in CI. From the repository root:
#
#   docker build -t dxgym-serve .
#   export DXGYM_SERVE_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
#   docker run --rm -p 127.0.0.1:8000:8000 -e DXGYM_SERVE_TOKEN dxgym-serve
#
# In a container the server listens on all interfaces, so it needs a token of at least 16 characters:
# without DXGYM_SERVE_TOKEN (or --token) `dxgym serve` refuses to start. Credentialed records
# (MIMIC-IV) must not leave the machine they are licensed on: publish the port on loopback, as above.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    XDG_DATA_HOME=/data

RUN useradd --create-home --uid 10001 dxgym && mkdir -p /data && chown dxgym /data

WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY dxgym dxgym
COPY envs envs
COPY agents agents
COPY emr_fixtures emr_fixtures
COPY training training
COPY evaluation evaluation
RUN pip install '.[openenv,postgres]'

USER dxgym
# the embedded EMR is built from the shipped cases on first use, into $XDG_DATA_HOME (a volume keeps it)
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD python -c "import os, urllib.request as r; \
r.urlopen(r.Request('http://127.0.0.1:8000/health', headers={'Authorization': 'Bearer ' + os.environ['DXGYM_SERVE_TOKEN']}), timeout=4)"
CMD ["dxgym", "serve", "--host", "0.0.0.0", "--port", "8000"]
