"""Writing exports so that a failure never leaves a half-written file behind.

Every export goes through here. One file is written to a temporary file beside it,
flushed to disk, and renamed over the target: a reader sees the old file or the new
one, never a part. A set of files (the CSV tables and a data package's descriptor) is
staged in a temporary directory inside the target directory and moved into place only
once every file is complete. A target that is a symbolic link is refused rather than
written through, and whatever fails (a full disk, a size limit, an exception from the
data), the previous output is left as it was and no temporary file remains.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def check_target(path: Path) -> None:
    """Refuse to replace a symbolic link, or anything that is not a regular file."""
    if path.is_symlink():
        raise OSError(
            errno.ELOOP, "refusing to write through a symbolic link (remove it first)", str(path)
        )
    if path.exists() and not path.is_file():
        raise OSError(errno.EISDIR, "exists and is not a regular file", str(path))


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; return the path."""
    target = Path(path)
    check_target(target)
    temporary = _new_file(target.parent, f".{target.name}", data)
    try:
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    _sync_directory(target.parent)
    return target


def write_all(
    directory: str | os.PathLike[str], files: Sequence[tuple[str, bytes]]
) -> tuple[Path, ...]:
    """Write each ``(name, data)`` into ``directory`` (made if missing), all or none.

    The files are staged in a temporary directory inside ``directory`` and moved into
    place in the order given (a data package's descriptor last), once every one is
    written and flushed. Returns the paths, in that order.
    """
    folder = Path(directory)
    targets = [folder / name for name, _ in files]
    for target in targets:
        check_target(target)
    made = _make_directories(folder)
    try:
        with _staging(folder) as stage:
            staged = [_new_file(stage, name, data, exact=True) for name, data in files]
            for source, target in zip(staged, targets, strict=True):
                _keep_mode(target, source)
                os.replace(source, target)
    except BaseException:
        for created in reversed(made):  # directories this call made, now empty again
            with contextlib.suppress(OSError):
                created.rmdir()
        raise
    _sync_directory(folder)
    return tuple(targets)


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    stage = _new_directory(folder)
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _new_file(folder: Path, name: str, data: bytes, *, exact: bool = False) -> Path:
    """A new file in ``folder`` holding ``data``, flushed to disk: named ``name`` if
    ``exact``, else ``name`` with a random suffix. Never follows a link, never
    overwrites; the mode is the usual one for a new file (0o666 less the umask)."""
    for _ in range(100):
        path = folder / (name if exact else f"{name}.{os.urandom(6).hex()}.tmp")
        try:
            descriptor = os.open(path, _CREATE, 0o666)
        except FileExistsError:
            if exact:
                raise
            continue
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
        except BaseException:
            _remove(path)
            raise
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _new_directory(folder: Path) -> Path:
    for _ in range(100):
        path = folder / f".miit2014-staging.{os.urandom(6).hex()}"
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _make_directories(folder: Path) -> list[Path]:
    """Make ``folder`` and any missing parents; return those made, outermost first."""
    missing: list[Path] = []
    at = folder
    while not at.exists() and not at.is_symlink():
        missing.append(at)
        if at.parent == at:
            break
        at = at.parent
    made: list[Path] = []
    for path in reversed(missing):
        path.mkdir()
        made.append(path)
    return made


def _keep_mode(target: Path, replacement: Path) -> None:
    """Give the replacement the permissions of the file it replaces, if there is one."""
    try:
        mode = stat.S_IMODE(target.stat(follow_symlinks=False).st_mode)
    except FileNotFoundError:
        return
    os.chmod(replacement, mode)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_directory(folder: Path) -> None:
    """Flush the directory entry of a rename to disk, where the system allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every system (Windows): the rename itself is done
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


__all__ = ["check_target", "write_all", "write_bytes"]
