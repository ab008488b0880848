"""Store engines. SQLite (prepcli.store) is the embedded default; a ``postgresql://`` URL names a
team store (prepcli.stores.postgres), whose driver is imported only when such a URL is used."""

from __future__ import annotations

URL_PREFIXES = ("postgresql://", "postgres://")


def is_url(location: str) -> bool:
    """Whether ``--db``/``PREPCLI_DB`` names a team store rather than a file."""
    return location.strip().lower().startswith(URL_PREFIXES)
