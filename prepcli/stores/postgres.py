"""The team store on PostgreSQL + pgvector: connection, schema and migrations, login roles and
the row-level security that makes the database itself enforce the firewall.

The tables mirror the SQLite store's columns, so rows move between the two engines unchanged
(see prepcli.team); a passage's vector lives beside its text (pgvector), with a generated
``tsvector`` for full-text search. Who may read what is decided by the login:

- group roles ``prepcli_rep``, ``prepcli_msl`` and ``prepcli_admin``; a login's territories
  are kept in ``logins`` (none: every territory);
- every table holding interaction or content text (and ``hcps``, for territories) has row-level
  security enabled and forced. A rep login's policies admit only commercial interactions,
  passages, key sentences, flags and content; the medical stubs (id, date, channel, status)
  come from the view ``interaction_stubs``, which has no text column at all;
- the audit table takes INSERT and SELECT from every group, UPDATE and DELETE from no one but
  its owner.

psycopg is imported inside the functions that connect: a store on SQLite never loads it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from prepcli.embed import DIM
from prepcli.errors import PrepError

EXTENSION = "vector"  # pgvector's name in CREATE EXTENSION
# A passage's length band is 2 * log2(distinct words + 1), rounded down. The full-text index
# holds, for each band B from the passage's up to TOP_BAND, the lexeme BAND_PREFIX + B ("no
# longer than band B"), so one lexeme asks for every passage up to a length. Each has spaces,
# which no lexeme made from text has, so no query word can match it.
TOP_BAND = 14  # passages of over 180 distinct words: only the unlimited query finds them
BAND_PREFIX = "prepcli length up to "
GROUPS = {"rep": "prepcli_rep", "msl": "prepcli_msl", "admin": "prepcli_admin"}
# Tables whose rows hold interaction or content text (or vectors of it), and hcps for the
# territory filter: row-level security is enabled and forced on each.
GUARDED = (
    "hcps",
    "interactions",
    "content",
    "schedule",
    "passages",
    "profiles",
    "highlights",
    "safety_flags",
    "audit",
)
READABLE = (*GUARDED, "meta", "schema_version", "interaction_stubs")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _driver() -> Any:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a broken install
        raise PrepError(
            "a postgresql:// store needs the psycopg package", hint="pip install 'psycopg[binary]'"
        ) from None
    return psycopg


def connect(url: str, *, password: str | None = None) -> Any:
    """A psycopg connection, or a one-line PrepError saying why not. Autocommit: every change
    is made inside an explicit ``conn.transaction()`` block, which then really commits."""
    psycopg = _driver()
    kwargs: dict[str, Any] = {
        "connect_timeout": 10,
        "application_name": "prepcli",
        "autocommit": True,
    }
    if password is not None:
        kwargs["password"] = password
    elif urlsplit(url).password is None and os.environ.get("PREPCLI_PASSWORD"):
        kwargs["password"] = os.environ["PREPCLI_PASSWORD"]
    try:
        return psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as e:
        text = str(e)
        if "password authentication failed" in text or "no password supplied" in text:
            raise PrepError(
                f"{redact(url)}: the server refused the login (wrong user or password)",
                hint="set PREPCLI_PASSWORD or put the password in the URL",
            ) from None
        if "does not exist" in text and "database" in text:
            raise PrepError(f"{redact(url)}: no such database on that server") from None
        raise PrepError(
            f"cannot reach the team store at {redact(url)}: {_first_line(text)}",
            hint="check the host, port and that the server is running",
        ) from None
    except psycopg.ProgrammingError as e:
        raise PrepError(f"{redact(url)} is not a usable PostgreSQL URL: {e}") from None


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else text


@contextmanager
def session(url: str) -> Iterator[Any]:
    """A connection to a team store whose schema this prepcli understands."""
    conn = connect(url)
    try:
        check_schema(conn, url)
        yield conn
    finally:
        conn.close()


# ---- schema -------------------------------------------------------------------------------------

_M001 = f"""
CREATE TABLE hcps (
    hcp_id text PRIMARY KEY, name text NOT NULL, npi text, specialty text, institution text,
    city text, state text, country text, segment text, preferred_channel text,
    email_consent integer, territory text, restricted_products text, do_not_contact integer,
    extra text, row_hash text NOT NULL);
CREATE INDEX hcps_territory ON hcps (territory);
CREATE TABLE interactions (
    interaction_id text PRIMARY KEY, hcp_id text NOT NULL, date text NOT NULL,
    channel text NOT NULL, function text NOT NULL, author text, products text, subject text,
    notes text, status text, follow_up text, follow_up_due text, engagement text,
    content_ids text, extra text, row_hash text NOT NULL, objective text, shown text,
    sampled integer);
CREATE INDEX interactions_hcp_date ON interactions (hcp_id, date);
CREATE TABLE content (
    content_id text PRIMARY KEY, title text NOT NULL, audience text NOT NULL,
    approval_code text NOT NULL, approved_on text NOT NULL, expires_on text, status text,
    products text, indications text, kind text, channels text, body text, extra text,
    row_hash text NOT NULL);
CREATE TABLE schedule (
    plan_id text PRIMARY KEY, hcp_id text NOT NULL, start text NOT NULL, channel text NOT NULL,
    function text NOT NULL, objective text, location text, owner text, extra text,
    row_hash text NOT NULL);
CREATE INDEX schedule_hcp ON schedule (hcp_id);
-- A passage carries its vector (embedded from text_hash with model_id) and its full-text
-- vector, so one row-level policy guards text, words and meaning alike.
CREATE TABLE passages (
    passage_id text PRIMARY KEY, source_kind text NOT NULL, source_id text NOT NULL,
    hcp_id text, visibility text NOT NULL, field text, seq integer, text text NOT NULL,
    text_hash text NOT NULL, model_id text, embedded_hash text, embedding vector({DIM}),
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED);
CREATE INDEX passages_source ON passages (source_kind, source_id);
CREATE INDEX passages_hcp ON passages (hcp_id);
CREATE INDEX passages_tsv ON passages USING gin (tsv);
CREATE INDEX passages_embedding ON passages USING hnsw (embedding vector_cosine_ops);
CREATE TABLE profiles (
    hcp_id text NOT NULL, role text NOT NULL, model_id text, vector bytea, n_sources integer,
    PRIMARY KEY (hcp_id, role));
CREATE TABLE highlights (
    interaction_id text PRIMARY KEY, hcp_id text NOT NULL, function text NOT NULL,
    model_id text, text_hash text, sentences text);
CREATE TABLE safety_flags (
    flag_id text PRIMARY KEY, interaction_id text NOT NULL, hcp_id text NOT NULL,
    function text NOT NULL, date text NOT NULL, channel text, field text, product text NOT NULL,
    kind text NOT NULL, event text, sentence text, elements text, reported integer);
CREATE INDEX safety_flags_interaction ON safety_flags (interaction_id);
CREATE TABLE meta (key text PRIMARY KEY, value text);
CREATE TABLE audit (
    audit_id bigserial PRIMARY KEY, at text NOT NULL, login text NOT NULL DEFAULT current_user,
    os_user text, role text, command text, hcp_id text, as_of text, record_ids text,
    detail text, origin text);
-- A row pushed from a laptop names its origin (store id, local audit id): sent twice, kept once.
CREATE UNIQUE INDEX audit_origin ON audit (origin);
CREATE TABLE logins (
    login text PRIMARY KEY, role text NOT NULL, territories text[] NOT NULL DEFAULT '{{}}');
"""

# Version 2 adds prepcli_text_matches() (made with the other functions on every init): stores
# set up before it must run `team init` again, which the version check tells them.
_M002 = "SELECT 1"

# Version 3: the full-text index also holds each passage's length band (a lexeme no text can
# produce), so a search can ask the index for the shortest passages holding its words, which
# lead a length-normalised ranking; and a second index holds commercial passages only, so a
# rep's search never reads the medical rows it may not see. The match function changed its
# arguments (the viewer's functions) and what it returns.
_M003 = f"""
CREATE FUNCTION prepcli_length_band(doc tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_tsvector(ARRAY(
    SELECT '{BAND_PREFIX}' || lpad(b::text, 2, '0')
    FROM generate_series(floor(2 * log(2, length(doc) + 1))::int, {TOP_BAND}) AS b));
DROP INDEX passages_tsv;
CREATE INDEX passages_words ON passages USING gin ((tsv || prepcli_length_band(tsv)));
CREATE INDEX passages_words_commercial ON passages USING gin ((tsv || prepcli_length_band(tsv)))
  WHERE visibility = 'commercial';
DROP FUNCTION IF EXISTS prepcli_text_matches(tsquery, text[], tsquery[]);
ANALYZE passages;
"""

# Version 4: a second HNSW graph over commercial passages only. A rep's nearest-neighbour
# search filters out medical rows; on the full graph, a query whose neighbours are nearly all
# medical walked thousands of them (the slowest searches at a million passages). On this graph
# it never meets one. A rep's dense query states the same predicate so the planner picks it.
_M004 = """
CREATE INDEX passages_embedding_commercial ON passages USING hnsw (embedding vector_cosine_ops)
  WHERE visibility = 'commercial';
ANALYZE passages;
"""

MIGRATIONS: list[str] = [_M001, _M002, _M003, _M004]
SCHEMA_VERSION = len(MIGRATIONS)

# Who the login is, decided from its group membership. The territory functions are SECURITY
# DEFINER so a login learns its own territories without reading the logins table; inside them
# current_user is the definer, so they ask about session_user, the login itself. Each is called
# through a scalar subquery in the policies, so it runs once per statement, not once per row.
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION prepcli_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN pg_has_role(current_user, 'prepcli_admin', 'MEMBER') THEN 'admin'
              WHEN pg_has_role(current_user, 'prepcli_msl', 'MEMBER') THEN 'msl'
              WHEN pg_has_role(current_user, 'prepcli_rep', 'MEMBER') THEN 'rep' END $$;
CREATE OR REPLACE FUNCTION prepcli_functions() RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT CASE prepcli_role() WHEN 'rep' THEN ARRAY['commercial']
              WHEN 'msl' THEN ARRAY['commercial', 'medical']
              WHEN 'admin' THEN ARRAY['commercial', 'medical'] ELSE ARRAY[]::text[] END $$;
CREATE OR REPLACE FUNCTION prepcli_all_territories() RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
  SELECT pg_has_role(session_user, 'prepcli_admin', 'MEMBER') OR EXISTS (
    SELECT 1 FROM logins WHERE login = session_user AND cardinality(territories) = 0) $$;
CREATE OR REPLACE FUNCTION prepcli_territories() RETURNS text[] LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
  SELECT coalesce((SELECT territories FROM logins WHERE login = session_user), '{}') $$;
"""

_TERRITORY = (
    "((SELECT prepcli_all_territories()) "
    "OR territory = ANY ((SELECT prepcli_territories())::text[]))"
)
_MY_HCPS = "(hcp_id IN (SELECT hcp_id FROM hcps))"  # hcps' own policy applies inside
_ADMIN = "((SELECT prepcli_role()) = 'admin')"
_FUNCTION_OK = "(function = ANY ((SELECT prepcli_functions())::text[]))"
_POLICIES = {
    "hcps": f"{_ADMIN} OR ((SELECT prepcli_role()) IS NOT NULL AND {_TERRITORY})",
    "interactions": f"{_ADMIN} OR ({_FUNCTION_OK} AND {_MY_HCPS})",
    "schedule": f"{_ADMIN} OR ({_FUNCTION_OK} AND {_MY_HCPS})",
    "highlights": f"{_ADMIN} OR ({_FUNCTION_OK} AND {_MY_HCPS})",
    "safety_flags": f"{_ADMIN} OR ({_FUNCTION_OK} AND {_MY_HCPS})",
    "content": f"{_ADMIN} OR (audience = ANY ((SELECT prepcli_functions())::text[]))",
    "passages": f"{_ADMIN} OR (visibility = ANY ((SELECT prepcli_functions())::text[]) "
    f"AND (hcp_id IS NULL OR {_MY_HCPS}))",
    # A rep's interest profile is built from commercial records only; an MSL's holds medical.
    "profiles": f"{_ADMIN} OR ((role = 'rep' OR (SELECT prepcli_role()) = 'msl') AND {_MY_HCPS})",
}

# Full-text matches for the keyword arm. `@@` is not a leakproof operator, so under row-level
# security PostgreSQL may not use the GIN index for it and scans every passage. This function
# runs the indexed match with its owner's rights and applies the login's rules itself (by
# session_user: the same functions and territories as the policies), narrowed to the viewer's
# functions (``wanted``), so it returns exactly the matching passages the login could read and
# the viewer asked for, with their scores; the caller's query then reads them through its own
# policies as well. The statement is built with the viewer's functions written in as
# constants, so the planner can match a rep's search to the index of commercial passages.
# ``q`` is what the index answers (words and length bands; a phrase as its words, which the
# index answers without reading rows), ``exact`` the words as asked (phrases in order).
# JIT compiling a ranking over many rows costs more than it saves for one search.
_TEXT_MATCHES = """
CREATE OR REPLACE FUNCTION prepcli_text_matches(
    q tsquery, exact tsquery, weights real[], terms tsquery[], wanted text[])
  RETURNS TABLE (passage_id text, source_kind text, source_id text, visibility text,
                 hcp_id text, score real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp SET jit = off
  AS $$
DECLARE
  admin boolean := pg_has_role(session_user, 'prepcli_admin', 'MEMBER');
  mine text[];
  shown text[];
  scope text := '';
BEGIN
  mine := CASE WHEN admin OR pg_has_role(session_user, 'prepcli_msl', 'MEMBER')
               THEN ARRAY['commercial', 'medical']
               WHEN pg_has_role(session_user, 'prepcli_rep', 'MEMBER')
               THEN ARRAY['commercial'] ELSE ARRAY[]::text[] END;
  shown := ARRAY(SELECT unnest(mine) INTERSECT SELECT unnest(wanted) ORDER BY 1);
  IF cardinality(shown) = 0 THEN
    RETURN;
  END IF;
  IF NOT admin AND NOT prepcli_all_territories() THEN
    scope := ' AND (p.hcp_id IS NULL OR p.hcp_id IN (SELECT h.hcp_id FROM hcps h'
             ' WHERE h.territory = ANY (prepcli_territories())))';
  END IF;
  -- The score written out term by term: no subquery to run for every row.
  RETURN QUERY EXECUTE format(
    'SELECT p.passage_id, p.source_kind, p.source_id, p.visibility, p.hcp_id, (%s)::real'
    ' FROM passages p WHERE (p.tsv || prepcli_length_band(p.tsv)) @@ $1 AND p.tsv @@ $2'
    ' AND %s%s',
    (SELECT string_agg(format('$3[%s] * ts_rank(p.tsv, $4[%s], 1)', i, i), ' + ')
     FROM generate_series(1, cardinality(terms)) AS i),
    CASE WHEN cardinality(shown) = 1 THEN format('p.visibility = %L', shown[1])
         ELSE format('p.visibility = ANY (%L::text[])', shown) END,
    scope)
  USING q, exact, weights, terms;
END $$;
REVOKE ALL ON FUNCTION prepcli_text_matches(tsquery, tsquery, real[], tsquery[], text[])
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prepcli_text_matches(tsquery, tsquery, real[], tsquery[], text[])
  TO prepcli_rep, prepcli_msl, prepcli_admin;
-- What share of passages is no longer than each length band, from the planner's statistics of
-- the index (read with the owner's rights: a login may not read index statistics).
CREATE OR REPLACE FUNCTION prepcli_length_bands() RETURNS TABLE (band text, share real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
  SELECT e.elem, e.freq FROM pg_stats s,
    unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)
  WHERE s.schemaname = current_schema() AND s.tablename = 'passages_words'
    AND e.elem LIKE 'prepcli length up to %' $$;
REVOKE ALL ON FUNCTION prepcli_length_bands() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prepcli_length_bands() TO prepcli_rep, prepcli_msl, prepcli_admin;
"""


# The medical stubs: that an interaction happened, never what was said. A SECURITY DEFINER
# function reads them with its owner's rights (the owner administers the store, so its own
# row-level policies admit every row) and filters by the login's territories itself; the view
# over it has no text column to leak. A plain view would not do: its row-level checks use the
# invoking login's role (current_user), which would hide the very rows it exists to show.
_STUBS = f"""
CREATE OR REPLACE FUNCTION prepcli_interaction_stubs()
  RETURNS TABLE (interaction_id text, hcp_id text, date text, channel text, function text,
                 status text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
  SELECT i.interaction_id, i.hcp_id, i.date, i.channel, i.function, i.status
  FROM interactions i JOIN hcps h ON h.hcp_id = i.hcp_id
  WHERE (pg_has_role(session_user, 'prepcli_rep', 'MEMBER')
         OR pg_has_role(session_user, 'prepcli_msl', 'MEMBER')
         OR pg_has_role(session_user, 'prepcli_admin', 'MEMBER'))
    AND {_TERRITORY.replace("territory", "h.territory")} $$;
REVOKE ALL ON FUNCTION prepcli_interaction_stubs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prepcli_interaction_stubs() TO prepcli_rep, prepcli_msl, prepcli_admin;
CREATE OR REPLACE VIEW interaction_stubs AS SELECT * FROM prepcli_interaction_stubs();
"""


def schema_version(conn: Any) -> int:
    """0 for a database team init has not run on."""
    exists = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_schema(conn: Any, url: str) -> None:
    readable = conn.execute(
        "SELECT to_regclass('schema_version') IS NULL "
        "OR has_table_privilege('schema_version', 'SELECT')"
    ).fetchone()[0]
    if not readable:
        raise PrepError(
            f"this login may read nothing from the team store at {redact(url)}: it is in no "
            "prepcli group",
            hint="an administrator adds it with `prepcli team user add`",
        )
    version = schema_version(conn)
    if version == 0:
        raise PrepError(
            f"{redact(url)} is not a prepcli team store (no prepcli schema)",
            hint="an administrator runs `prepcli team init URL` first",
        )
    if version > SCHEMA_VERSION:
        raise PrepError(
            f"the team store at {redact(url)} has schema version {version}, newer than this "
            f"prepcli ({SCHEMA_VERSION})",
            hint="upgrade prepcli",
        )
    if version < SCHEMA_VERSION:
        raise PrepError(
            f"the team store at {redact(url)} has schema version {version}, older than this "
            f"prepcli ({SCHEMA_VERSION})",
            hint="an administrator runs `prepcli team init URL` to migrate it",
        )


def login_role(conn: Any) -> str | None:
    """'admin', 'msl', 'rep', or None for a login in no prepcli group."""
    if conn.execute("SELECT to_regprocedure('prepcli_role()') IS NULL").fetchone()[0]:
        return None
    return conn.execute("SELECT prepcli_role()").fetchone()[0]


def init(url: str) -> list[str]:
    """Create or migrate the team store; idempotent. Returns what was done, for the summary."""
    conn = connect(url)
    done: list[str] = []
    try:
        with conn.transaction():
            version = schema_version(conn)
            if version > SCHEMA_VERSION:
                check_schema(conn, url)
            if version and login_role(conn) != "admin":
                raise PrepError(
                    "only an administrator login may run `team init`",
                    hint="ask your prepcli administrator",
                )
            # One initialiser at a time; a second finds the work done.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('prepcli team init'))")
            version = schema_version(conn)
            _create_extension(conn, url)
            _create_groups(conn, done)
            if version == 0:
                conn.execute("CREATE TABLE schema_version (version integer NOT NULL)")
            for number, step in enumerate(MIGRATIONS, start=1):
                if number > version:
                    conn.execute(step)
                    conn.execute("INSERT INTO schema_version VALUES (%s)", [number])
                    done.append(f"schema migrated to version {number}")
            schema = conn.execute("SELECT current_schema()").fetchone()[0]
            conn.execute(_FUNCTIONS.replace("@SCHEMA@", _ident(schema)))
            conn.execute(_STUBS.replace("@SCHEMA@", _ident(schema)))
            conn.execute(_TEXT_MATCHES.replace("@SCHEMA@", _ident(schema)))
            _secure(conn)
            _reserve_advisory_locks(conn, done)
    except _driver().errors.InsufficientPrivilege as e:
        raise PrepError(
            f"this login may not set up the team store: {_first_line(str(e))}",
            hint="run `team init` as the database owner or an administrator",
        ) from None
    finally:
        conn.close()
    return done


# The team write lock is an advisory lock, which any login could take and hold to make every
# administrator's ingest wait; in this database only administrators may take one.
_ADVISORY_LOCKS = """
DO $$ DECLARE f regprocedure; BEGIN
  FOR f IN SELECT oid::regprocedure FROM pg_proc
           WHERE pronamespace = 'pg_catalog'::regnamespace
             AND proname ~ '^pg_(try_)?advisory(_xact)?_lock(_shared)?$' LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO prepcli_admin', f);
  END LOOP;
END $$"""


def _reserve_advisory_locks(conn: Any, done: list[str]) -> None:
    """Only a superuser may change who runs PostgreSQL's own functions: an owner who is none
    is told, and the lock stays open to every login (docs/team.md)."""
    # (a REVOKE by a login that does not own the function only warns: ask what a rep may run)
    ask = "SELECT has_function_privilege('prepcli_rep', 'pg_advisory_lock(bigint)', 'EXECUTE')"
    was_open = conn.execute(ask).fetchone()[0]
    try:
        with conn.transaction():
            conn.execute(_ADVISORY_LOCKS)
    except _driver().errors.InsufficientPrivilege:
        pass
    open_to_reps = conn.execute(ask).fetchone()[0]
    if was_open and not open_to_reps:
        # Every login of this database loses them, another application's too: say so.
        done.append(
            "advisory locks in this database reserved to prepcli administrators (another "
            "application using this database needs GRANT EXECUTE on them; docs/team.md)"
        )
    if open_to_reps:
        done.append(
            "note: this login may not reserve advisory locks to administrators, so any login "
            "can hold the team write lock (run `team init` once as a superuser to close it)"
        )


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_extension(conn: Any, url: str) -> None:
    psycopg = _driver()
    try:
        with conn.transaction():
            conn.execute(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}")
    except (psycopg.errors.FeatureNotSupported, psycopg.errors.UndefinedFile) as e:
        raise PrepError(
            f"the server at {redact(url)} has no pgvector extension: {_first_line(str(e))}",
            hint="install pgvector 0.8 or newer on the server (most managed PostgreSQL offer it)",
        ) from None
    version = conn.execute(
        "SELECT extversion FROM pg_extension WHERE extname = %s", [EXTENSION]
    ).fetchone()[0]
    if tuple(int(p) for p in re.findall(r"\d+", version)[:2]) < (0, 8):
        raise PrepError(
            f"the server's pgvector is {version}; prepcli needs 0.8 or newer "
            "(iterative index scans keep filtered searches complete)",
            hint="ALTER EXTENSION vector UPDATE, or upgrade pgvector on the server",
        )


def _create_groups(conn: Any, done: list[str]) -> None:
    for group in GROUPS.values():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {group} NOLOGIN")
            done.append(f"group role {group} created")
    # The initialiser administers the store; a superuser is a member of every role already.
    is_super = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if not is_super.fetchone()[0] and login_role_raw(conn) != "admin":
        conn.execute("GRANT prepcli_admin TO current_user")


def login_role_raw(conn: Any) -> bool:
    return bool(
        conn.execute("SELECT pg_has_role(current_user, 'prepcli_admin', 'MEMBER')").fetchone()[0]
    )


_PRIVATE_TEXT = {
    "hcps": ("name", "extra"),
    "interactions": ("subject", "notes", "follow_up", "objective", "shown", "extra"),
    "content": ("title", "body", "extra"),
    "schedule": ("objective", "location", "extra"),
    "passages": ("text",),
    "highlights": ("sentences",),
    "safety_flags": ("event", "sentence", "elements"),
    "audit": ("detail", "record_ids"),
}


def _secure(conn: Any) -> None:
    """Grants and row-level policies, re-stated on every init (so a changed policy lands)."""
    groups = ", ".join(GROUPS.values())
    for table in GUARDED:
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for table, rule in _POLICIES.items():
        conn.execute(f"DROP POLICY IF EXISTS prepcli_read ON {table}")
        conn.execute(f"CREATE POLICY prepcli_read ON {table} FOR SELECT USING ({rule})")
        conn.execute(f"DROP POLICY IF EXISTS prepcli_write ON {table}")
        conn.execute(
            f"CREATE POLICY prepcli_write ON {table} FOR ALL USING ({_ADMIN}) WITH CHECK ({_ADMIN})"
        )
    # Audit: everyone appends rows in their own name; admins read all, others their own; only
    # the owner (who holds the table, not through a group) may change or delete a row.
    for name in ("prepcli_read", "prepcli_append", "prepcli_owner"):
        conn.execute(f"DROP POLICY IF EXISTS {name} ON audit")
    conn.execute(
        f"CREATE POLICY prepcli_read ON audit FOR SELECT USING ({_ADMIN} OR login = current_user)"
    )
    conn.execute(
        "CREATE POLICY prepcli_append ON audit FOR INSERT WITH CHECK "
        "((SELECT prepcli_role()) IS NOT NULL AND login = current_user)"
    )
    # The table is named by its oid, bound when the policy is made: a schema looked up when
    # the policy runs is the caller's to choose (a temporary "audit" first on the search path
    # made every login the owner of the trail, to read and append in anyone's name).
    conn.execute(
        "CREATE POLICY prepcli_owner ON audit FOR ALL USING "
        "(pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "WHERE oid = 'audit'::regclass), 'USAGE'))"
    )
    # The planner's statistics are gathered over every row and steer every login's estimates,
    # so EXPLAIN would confirm a guessed medical note or another territory's HCP: the columns
    # holding what people wrote keep none (nobody looks rows up by a note's exact words).
    for table, columns in _PRIVATE_TEXT.items():
        for column in columns:
            conn.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS 0")
        # (PostgreSQL 18 stops using a column's statistics once its target is 0; analysing
        # again replaces them on any version)
        conn.execute(f"ANALYZE {table}")
    data = [t for t in GUARDED if t != "audit"] + ["meta"]
    conn.execute(f"REVOKE ALL ON {', '.join([*data, 'audit', 'logins'])} FROM PUBLIC")
    conn.execute(f"GRANT SELECT ON {', '.join(READABLE)} TO {groups}")
    conn.execute(f"GRANT INSERT ON audit TO {groups}")
    conn.execute(f"GRANT USAGE ON SEQUENCE audit_audit_id_seq TO {groups}")
    conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(data)} TO prepcli_admin")
    conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON logins TO prepcli_admin")
    conn.execute(f"REVOKE UPDATE, DELETE ON audit FROM {groups}")


# ---- logins -------------------------------------------------------------------------------------


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 secret PostgreSQL stores, computed here so the password itself never
    travels in a statement (where server logs might keep it)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def add_user(url: str, name: str, role: str, territories: list[str], password: str) -> bool:
    """Create (or update) a login in the role's group with its territories. True if new."""
    if role not in ("rep", "msl"):
        raise PrepError(f"unknown role {role!r}", hint="use --role rep or --role msl")
    if not NAME.match(name):
        raise PrepError(
            f"{name!r} is not a usable login name",
            hint="lower-case letters, digits, '_', '.' or '-', starting with a letter",
        )
    if not password:
        raise PrepError("the password is empty", hint="set PREPCLI_PASSWORD or type one")
    psycopg = _driver()
    from psycopg import sql

    with session(url) as conn:
        if login_role(conn) != "admin":
            raise PrepError("only an administrator login may add users")
        try:
            with conn.transaction():
                exists = conn.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", [name]
                ).fetchone()
                verb = "ALTER" if exists else "CREATE"
                conn.execute(
                    sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(name), sql.Literal(scram_verifier(password))
                    )
                )
                for other, group in GROUPS.items():
                    if other != role:
                        conn.execute(
                            sql.SQL("REVOKE {} FROM {}").format(
                                sql.Identifier(group), sql.Identifier(name)
                            )
                        )
                conn.execute(
                    sql.SQL("GRANT {} TO {}").format(
                        sql.Identifier(GROUPS[role]), sql.Identifier(name)
                    )
                )
                conn.execute(
                    "INSERT INTO logins (login, role, territories) VALUES (%s, %s, %s) "
                    "ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
                    "territories = excluded.territories",
                    [name, role, sorted(set(territories))],
                )
        except psycopg.errors.InsufficientPrivilege as e:
            raise PrepError(
                f"this login may not create logins: {_first_line(str(e))}",
                hint="an administrator with CREATEROLE adds users",
            ) from None
    return not exists
