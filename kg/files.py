"""Reading and writing files safely: clear errors, and no half-written output.

Every file kg writes goes through :func:`write_atomic`: the content is written to a
temporary file in the same folder and moved over the target in one step, so a crash or a
full disk leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

from kg.errors import KgFileError

__all__ = ["StrPath", "read_text", "write_atomic"]

#: A file path as callers give it: a :class:`~pathlib.Path` or a string.
StrPath = str | os.PathLike[str]


def read_text(path: StrPath, *, what: str = "file") -> str:
    """Read a UTF-8 text file, turning every failure into a :class:`KgFileError`.

    Parameters
    ----------
    path
        The file.
    what
        What the file is, for the message ("annotation", "article text").

    Raises
    ------
    KgFileError
        If the file is missing, unreadable, binary or not UTF-8.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KgFileError(f"{path}: {what} not found; check the path") from exc
    except IsADirectoryError as exc:
        raise KgFileError(f"{path}: is a folder, not a {what}") from exc
    except OSError as exc:
        raise KgFileError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from exc
    if b"\x00" in data:
        raise KgFileError(f"{path}: looks like a binary file, not a UTF-8 text {what}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KgFileError(
            f"{path}:{line}: the {what} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start}); save it as UTF-8"
        ) from exc
    return text.removeprefix("\ufeff")


@functools.cache
def _umask() -> int:
    """Return the process umask (read once: reading it means setting it briefly)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: StrPath, content: str | bytes) -> None:
    """Write ``content`` to ``path`` atomically (temporary file, then rename).

    Missing parent folders are created.

    Raises
    ------
    KgFileError
        If the folder cannot be created or written.
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise KgFileError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        # mkstemp creates the file for its owner only; give it the usual mode.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KgFileError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
