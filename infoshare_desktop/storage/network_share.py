"""Is a database file on a network share? There SQLite must not use WAL.

WAL keeps its index in shared memory, which only works between programs on one
machine: two PCs using one file on a share through WAL can each miss the other's
changes and damage the file. On a share the app uses SQLite's rollback journal
instead (slower, but safe with the share's file locks) and recommends the team
server beyond a few users.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path, PurePath

#: File-system types that are reached over a network (Linux's /proc/mounts names).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "ceph", "glusterfs",
    "davfs", "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.glusterfs", "lustre",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _decode_mount_point(text: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return (text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def file_system_type(path: Path, mounts: str) -> str | None:
    """The type of the file system holding ``path``, from /proc/mounts' text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _decode_mount_point(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def is_unc(path: PurePath | str) -> bool:
    r"""A Windows network path: \\server\share\... (or //server/share/...)."""
    text = str(path)
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def on_network_share(path: Path, *, mounts: str | None = None) -> bool:
    """Whether ``path`` (a database file, existing or not) is on a network share.

    Linux reads /proc/mounts (``mounts`` replaces it in tests); Windows looks for a
    UNC path or a mapped network drive. Elsewhere, or when it cannot tell, False.
    """
    if is_unc(path):
        return True
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        import ctypes

        root = f"{folder.drive}\\"
        return bool(folder.drive) and ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    with contextlib.suppress(OSError):
        folder = folder.resolve()
    return file_system_type(folder, mounts) in NETWORK_FILE_SYSTEMS
