"""dxgym as an OpenEnv server (`dxgym serve`) and its client (`DxgymEnvClient`).

`models` holds the wire types (OpenEnv's), `environment` the per-session `Environment` over a
`LiveEpisode`, `sessions` the bounded, expiring session pool, `app` the ASGI application with its
token and body-size guards, `client` the OpenEnv client, `cli` the command. Needs the `openenv` extra.
"""
