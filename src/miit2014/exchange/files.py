"""Writing exports so that a failure never leaves a half-written file or a mixed set.

Every export goes through here. One file is written to a temporary file beside it,
flushed to disk, and renamed over the target: a reader sees the old file or the new
one, never a part. A set of files (the CSV tables and a data package's descriptor) is
all or none **as a set**: every file is staged in a folder inside the target directory,
each file it replaces is kept there (a hard link, so nothing is copied), and only then
is the set switched in, under a lock on the directory and with SIGINT and SIGTERM held
until the switch is done. If any rename fails part-way (an ``EPERM`` on an immutable
file, a full disk), the files already switched are put back, so the directory holds
exactly the previous set. A process killed outright (SIGKILL, a power cut) leaves its
staging folder; the next export into that directory finds it unlocked, rolls back a
switch it interrupted and removes it. Concurrent exports into one directory take turns
on the lock, so each leaves a complete, consistent set.

A target that is a symbolic link is refused rather than written through, and whatever
fails, the previous output is left as it was and no temporary file remains.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import stat
import threading
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

#: The prefix of a staging folder; the clean-up of a later run looks for it.
STAGING_PREFIX = ".miit2014-staging."
#: In a staging folder: the files a switch replaces, and the names it adds (one a line),
#: written before the switch starts, so an interrupted switch can be rolled back.
_KEPT = "kept"
_ADDED = "added"
_NEW = "new"
_HELD = (signal.SIGINT, signal.SIGTERM)


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


class Export(tuple[Path, ...]):
    """The paths an export wrote, in order: still a tuple of paths (index it, iterate it,
    pass it on), whose repr says what was written: ``<Export: 19 files in out/>``."""

    __slots__ = ()

    def __repr__(self) -> str:
        if not self:
            return "<Export: no files>"
        if len(self) == 1:
            return f"<Export: {self[0]}>"
        folder = Path(os.path.commonpath([p.parent for p in self]))
        return f"<Export: {len(self)} files in {folder.as_posix().rstrip('/')}/>"


def write_all(directory: str | os.PathLike[str], files: Sequence[tuple[str, bytes]]) -> Export:
    """Write each ``(name, data)`` into ``directory`` (made if missing), all or none.

    Every file is staged and flushed first, then the set is switched in one step that
    either completes or is undone (see the module docs). Returns the paths, in order.
    """
    folder = Path(directory)
    targets = [folder / name for name, _ in files]
    for target in targets:
        check_target(target)
    made = _make_directories(folder)
    try:
        with _interrupts_raise(), _staging(folder) as stage:
            new = stage / _NEW
            new.mkdir()
            staged = [_new_file(new, name, data, exact=True) for name, data in files]
            with _locked(folder), _signals_held():
                _clean_leftovers(folder, own=stage)
                for target in targets:
                    check_target(target)
                _switch(folder, stage, staged, targets)
    except BaseException:
        for created in reversed(made):  # directories this call made, if empty again
            with contextlib.suppress(OSError):
                created.rmdir()
        raise
    _sync_directory(folder)
    return Export(targets)


def _switch(folder: Path, stage: Path, staged: list[Path], targets: list[Path]) -> None:
    """Rename every staged file over its target, or, if one rename fails, none."""
    kept = stage / _KEPT
    kept.mkdir()
    added = []
    for target in targets:
        if target.exists():
            try:
                os.link(target, kept / target.name, follow_symlinks=False)
            except OSError:  # a file system without hard links: a copy
                shutil.copy2(target, kept / target.name, follow_symlinks=False)
        else:
            added.append(target.name)
    _new_file(stage, _ADDED, "".join(f"{n}\n" for n in added).encode(), exact=True)
    try:
        for source, target in zip(staged, targets, strict=True):
            _keep_mode(target, source)
            os.replace(source, target)
    except BaseException:
        _roll_back(folder, stage)
        raise
    (stage / _ADDED).unlink()  # done: nothing left to roll back


def _roll_back(folder: Path, stage: Path) -> None:
    """Put back the set a switch in ``stage`` replaced: kept files return, added go."""
    kept = stage / _KEPT
    try:
        added = (stage / _ADDED).read_text(encoding="utf-8").split()
    except OSError:
        return  # the switch had not started: nothing was replaced
    for name in added:
        _remove(folder / name)
    for old in sorted(kept.iterdir()) if kept.is_dir() else ():
        os.replace(old, folder / old.name)
    (stage / _ADDED).unlink()


def _clean_leftovers(folder: Path, *, own: Path) -> None:
    """Remove the staging folders of exports that died, undoing a switch they left
    half done. A live export holds a lock on its folder, so it is left alone."""
    for stage in folder.glob(f"{STAGING_PREFIX}*"):
        if stage == own or stage.is_symlink() or not stage.is_dir():
            continue
        with contextlib.suppress(OSError), _locked(stage, wait=False) as free:
            if free:
                _roll_back(folder, stage)
                shutil.rmtree(stage, ignore_errors=True)


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    stage = _new_directory(folder)
    try:
        with _locked(stage):
            yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


@contextlib.contextmanager
def _locked(path: Path, *, wait: bool = True) -> Iterator[bool]:
    """An exclusive advisory lock on a directory, for as long as the block runs; yields
    whether it was taken (always, when ``wait``). Without ``fcntl`` (Windows), no lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield True
        return
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)  # closing releases the lock


@contextlib.contextmanager
def _interrupts_raise() -> Iterator[None]:
    """SIGTERM raises SystemExit while a set is staged (only where SIGTERM would kill
    the process outright), so the staging folder is removed on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_DFL:
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the switch (or its roll-back) is done."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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
        path = folder / f"{STAGING_PREFIX}{os.urandom(6).hex()}"
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _make_directories(folder: Path) -> list[Path]:
    """Make ``folder`` and any missing parents; return those this call made, outermost
    first. A directory another process makes meanwhile is used, not an error."""
    missing: list[Path] = []
    at = folder
    while not at.exists() and not at.is_symlink():
        missing.append(at)
        if at.parent == at:
            break
        at = at.parent
    made: list[Path] = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            if not path.is_dir() or path.is_symlink():
                raise
            continue
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


__all__ = ["STAGING_PREFIX", "Export", "check_target", "write_all", "write_bytes"]
