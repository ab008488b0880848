"""Where a briefing goes with ``-o``: standard output or a file, and never anywhere else.

A file is written whole or not at all, never replaces an existing file unless asked to
(``--force``), and never writes through a symbolic link: with ``--force`` the link itself is
replaced. The file is readable by its owner only: a briefing names an HCP and, for an MSL,
holds medical notes.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from prepcli.errors import PrepError

STDOUT = "-"
FILE_MODE = 0o600


def target(value: str | None, *, force: bool) -> Path | None:
    """Check an ``-o`` target before any work, so a typo costs nothing; None means stdout."""
    if value is None or value == STDOUT:
        return None
    path = Path(value)
    if path.is_symlink():
        if not force:
            raise PrepError(
                f"-o {value}: that is a symbolic link, and prepcli never writes through one",
                hint="name another file, or add --force to replace the link with the briefing",
            )
    elif path.is_dir():
        raise PrepError(f"-o {value}: that is a directory; name a file inside it")
    elif path.is_file() and not force:
        raise PrepError(
            f"-o {value}: the file exists", hint="add --force to replace it, or name a new file"
        )
    parent = path.parent
    if not parent.exists():
        raise PrepError(f"-o {value}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise PrepError(f"-o {value}: {parent} is a file, not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PrepError(f"-o {value}: no permission to write in {parent}")
    return path


def write(path: Path | None, text: str, *, force: bool) -> None:
    """Deliver ``text`` to stdout (None) or ``path``. Any failure is a PrepError naming the
    target, with nothing left behind: a failed file write removes what it began."""
    if path is None:
        _to_stdout(text)
        return
    data = text.encode("utf-8")
    try:
        if _is_device(path):
            _into_device(path, data)
        elif force:
            _replace(path, data)
        else:
            _create(path, data)
    except FileExistsError:
        raise PrepError(
            f"-o {path}: the file exists", hint="add --force to replace it, or name a new file"
        ) from None
    except OSError as e:
        raise PrepError(f"-o {path}: cannot write: {e.strerror or e}") from None


def _is_device(path: Path) -> bool:
    """A character device or pipe (/dev/null, a fifo): nothing in it to replace or lose."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _into_device(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _create(path: Path, data: bytes) -> None:
    """A new file only: O_EXCL refuses a file or link that appeared since the check."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _replace(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: the old file (or link) is replaced in
    one step, and a link is replaced itself rather than followed."""
    fd, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def _to_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (`| head`) closed the pipe after reading part: it may have seen some of
        # the briefing, so it counts as delivered. Stdout goes to /dev/null so that Python's
        # own flush at exit does not print a second error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError as e:
        raise PrepError(
            f"cannot write the briefing to standard output: {e.strerror or e}"
        ) from None
