"""Settings that come from the environment: where the store lives, which model, what day it is."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from prepcli.errors import PrepError

ROLES = ("rep", "msl")
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
DEFAULT_BACKEND = "onnx"


def db_location(option: str | Path | None) -> str:
    """The store as given: ``--db``, else ``PREPCLI_DB``, else the file in the per-user data
    directory. A file path, or a ``postgresql://`` URL naming a team store."""
    if option is not None and str(option):
        return str(option)
    env = os.environ.get("PREPCLI_DB")
    if env:
        return env
    import platformdirs

    return str(Path(platformdirs.user_data_dir("prepcli")) / "prepcli.db")


def db_path(option: str | Path | None) -> Path:
    """The store file (a team store's URL is refused here: the caller wanted a file)."""
    from prepcli.stores import is_url

    location = db_location(option)
    if is_url(location):
        raise PrepError(
            "this command needs a local store file, not a team store URL",
            hint="give --db a file path",
        )
    return Path(location)


# Where `make demo` puts its store, relative to the repository it runs in.
DEMO_STORE = Path(".prepcli") / "prepcli.db"


def missing_store_hint() -> str:
    """What to do when there is no store where we looked: make one, or point at one (the demo's,
    when `make demo` left one in the current folder)."""
    hint = "run `prepcli ingest PATH` first, or point --db or PREPCLI_DB at an existing store"
    if DEMO_STORE.exists():
        hint += f"; for the demo's store: export PREPCLI_DB=$PWD/{DEMO_STORE}"
    return hint


def model_name(option: str | None) -> str:
    """The embedding model: ``--model``, else ``PREPCLI_MODEL``, else the packaged MiniLM."""
    return option or os.environ.get("PREPCLI_MODEL") or DEFAULT_MODEL


def vocabulary_path() -> Path | None:
    """A user's own search vocabulary (``PREPCLI_VOCABULARY``), used beside the shipped one."""
    env = os.environ.get("PREPCLI_VOCABULARY")
    return Path(env) if env else None


def backend() -> str:
    """Where the model runs: ONNX Runtime (default), or torch with PREPCLI_EMBED_BACKEND=torch."""
    return (os.environ.get("PREPCLI_EMBED_BACKEND") or DEFAULT_BACKEND).strip().lower()


def role(option: str | None) -> str | None:
    """The viewer role asked for (``--role``, else ``PREPCLI_ROLE``), or None when nobody asked:
    then the store decides (``store.viewer``): the login's role on a team store or a store
    pulled from one, the rep view anywhere else."""
    value = (option or os.environ.get("PREPCLI_ROLE") or "").strip().lower()
    if not value:
        return None
    if value not in ROLES:
        raise PrepError(f"unknown role {value!r}", hint="use --role rep or --role msl")
    return value


def as_of(value: str | None, *, option: str = "--as-of") -> date:
    """The briefing date: what counts as overdue, expired or 'since last visit'. ``option`` is
    the name the user typed the date under, for the error."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PrepError(f"{option} {value!r} is not a date", hint="use YYYY-MM-DD") from None


def specialty_scope() -> dict[str, tuple[str, ...]]:
    """Specialty -> indication terms: the packaged table, extended by the TOML file that
    ``PREPCLI_SCOPE`` names (its specialties replace built-in ones of the same name)."""
    table = _scope_file(Path(__file__).with_name("specialty_scope.toml"))
    extra = os.environ.get("PREPCLI_SCOPE")
    if extra:
        table.update(_scope_file(Path(extra).expanduser()))
    return table


def _scope_file(path: Path) -> dict[str, tuple[str, ...]]:
    import tomllib

    hint = 'a [specialties] table of "Specialty" = ["indication", ...]'
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise PrepError(f"{path}: cannot read the scope table ({e.strerror})", hint=hint) from None
    except tomllib.TOMLDecodeError as e:
        raise PrepError(f"{path}: not valid TOML ({e})", hint=hint) from None
    specialties = data.get("specialties")
    if not isinstance(specialties, dict) or not all(
        isinstance(v, list) and all(isinstance(t, str) for t in v) for v in specialties.values()
    ):
        raise PrepError(f"{path}: field 'specialties' is not a table of lists", hint=hint)
    return {name: tuple(terms) for name, terms in specialties.items()}


@dataclass(frozen=True)
class Limits:
    """The largest value ingest accepts, in characters, per field. A value over its limit is a
    file:row:field error: one runaway cell can bloat neither the store nor a one-page briefing."""

    notes: int = 65_536
    subject: int = 500
    body: int = 524_288
    field: int = 4_000  # every other field, unknown columns included

    def of(self, name: str) -> int:
        return {"notes": self.notes, "subject": self.subject, "body": self.body}.get(
            name, self.field
        )

    def env_name(self, name: str) -> str:
        return LIMIT_ENV[name if name in ("notes", "subject", "body") else "field"]

    @property
    def record_bytes(self) -> int:
        """The most bytes a reader takes in for one record before it gives up on it: room for
        every field at its limit (UTF-8 takes up to 4 bytes a character), never less than 8 MiB.
        It bounds memory on any input, however large a line or element."""
        return max(8 * 2**20, 4 * (self.notes + self.subject + self.body) + 2**20)


LIMIT_ENV = {
    "notes": "PREPCLI_MAX_NOTES",
    "subject": "PREPCLI_MAX_SUBJECT",
    "body": "PREPCLI_MAX_BODY",
    "field": "PREPCLI_MAX_FIELD",
}


def limits(environ: Mapping[str, str] | None = None) -> Limits:
    """Field size limits: the defaults, each overridable by its ``PREPCLI_MAX_*`` variable."""
    env = os.environ if environ is None else environ
    values: dict[str, int] = {}
    for spec in fields(Limits):
        raw = env.get(LIMIT_ENV[spec.name], "").strip()
        if not raw:
            continue
        if not raw.isdigit() or int(raw) < 1:
            raise PrepError(
                f"{LIMIT_ENV[spec.name]}={raw!r} is not a positive whole number",
                hint="set it to a number of characters, e.g. 65536, or unset it",
            )
        values[spec.name] = int(raw)
    return Limits(**values)


DEFAULT_LIMITS = Limits()
