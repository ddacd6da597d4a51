"""The audit verify floor, with nothing but the standard library imported.

Kept apart from ``bench.audit`` so that a fresh process measuring the floor does
not pay for importing the app (SQLAlchemy, Qt) that the floor does not use.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def raw_chain(path: Path) -> str:
    """Every audit row read with plain sqlite3, one chained SHA-256 per row."""
    prev = b"0" * 64
    with sqlite3.connect(path) as connection:
        for row in connection.execute(
            "SELECT sequence, at, user_id, username, action, record_id, reference, details,"
            " prev_hash, hash FROM audit_events ORDER BY sequence"
        ):
            prev = hashlib.sha256(prev + "\x1f".join(map(str, row)).encode()).hexdigest().encode()
    connection.close()
    return prev.decode()
