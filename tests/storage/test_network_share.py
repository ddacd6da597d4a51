"""A database file on a network share: detected, and SQLite's WAL is not used there."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import text

from infoshare_desktop.storage import network_share, sqlite

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/social\\040care /mnt/social\\040care cifs rw,vers=3.0 0 0
fileserver:/export/home /home nfs4 rw,relatime 0 0
/dev/sdb1 /home/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/social care/team/infoshare.db", True),   # a Windows share mounted with CIFS
    ("/home/sam/infoshare.db", True),               # home folders on NFS
    ("/home/local/infoshare.db", False),            # a local disk mounted inside it
    ("/var/lib/infoshare/infoshare.db", False),     # the root file system
    ("/tmp/x/infoshare.db", False),
])
def test_linux_mounts(path: str, expected: bool) -> None:
    assert network_share.on_network_share(Path(path), mounts=MOUNTS) is expected


@pytest.mark.parametrize(("path", "expected"), [
    (r"\\fileserver\social care\infoshare.db", True),
    ("//fileserver/share/infoshare.db", True),
    (r"\\?\C:\data\infoshare.db", False),  # a long local path, not a share
    (r"C:\data\infoshare.db", False),
])
def test_windows_network_paths(path: str, expected: bool) -> None:
    assert network_share.is_unc(PureWindowsPath(path)) is expected


def test_a_file_on_a_share_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = sqlite.sqlite_engine(tmp_path / "local.db")
    monkeypatch.setattr(network_share, "on_network_share", lambda path, **kw: True)
    shared = sqlite.sqlite_engine(tmp_path / "shared.db")
    try:
        with local.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with shared.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    finally:
        local.dispose()
        shared.dispose()
