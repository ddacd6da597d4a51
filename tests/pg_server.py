"""A throwaway PostgreSQL 15 server for the tests, private to one pytest session.

Started on a free loopback port in a temporary folder (its socket there too), with
durability switched off (the data is thrown away), and stopped at the end. One
template database is migrated once; each test gets a copy made with
``CREATE DATABASE ... TEMPLATE``, which takes a few milliseconds instead of a
migration's second.

Debian's ``initdb`` refuses to run as root, so as root the folder is handed to the
``postgres`` user and the server programs run as that user.
"""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

BIN_DIRS = (Path("/usr/lib/postgresql/15/bin"),)
TEMPLATE = "infoshare_template"
USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """The test server could not be found or started; the message says why."""


def _bin_dir() -> Path:
    """Where initdb and pg_ctl are: ``INFOSHARE_TEST_PG_BIN`` if set, else Debian's place."""
    chosen = os.environ.get("INFOSHARE_TEST_PG_BIN")
    for folder in [Path(chosen)] if chosen else BIN_DIRS:
        if (folder / "pg_ctl").exists():
            return folder
    found = None if chosen else shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "PostgreSQL's server programs (pg_ctl, initdb) are not installed. Run "
        "scripts/system-deps.sh (as root) or `apt-get install postgresql`."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One private server; ``new_database()`` hands out fresh migrated databases."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="infoshare-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        self._numbers = itertools.count(1)
        self._template_ready = False

    # --- running the server programs -------------------------------------------------

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            command = ["su", USER, "-s", "/bin/sh", "-c", shlex.join(command)]
        result = subprocess.run(command, capture_output=True, text=True, check=False,
                                timeout=120)
        if result.returncode != 0:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(
                f"{args[0]} failed ({result.returncode}): {result.stderr.strip()[-2000:]}\n"
                f"{tail}"
            )

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.root, USER, USER)
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        self.resume()

    def resume(self) -> None:
        """Start the server (again) on the same port and data."""
        options = " ".join((
            f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=127.0.0.1",
            # Thrown away at the end: no need to survive a power cut.
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c max_connections=200",
        ))
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "log"), "start", "-w", "-t", "60")

    def halt(self) -> None:
        """Stop the server as a restart or a crash would, keeping its data (``resume``)."""
        self._run("pg_ctl", "-D", str(self.data), "stop", "-m", "fast", "-w")

    def add_password_user(self, name: str, password: str, database: str) -> str:
        """A login that must give ``password`` (scram) over TCP; its URL, without it."""
        with self.admin() as connection:
            # Superuser: the tables were made by the server's own user (a test shortcut).
            connection.execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
        hba = self.data / "pg_hba.conf"
        rule = f"host all {name} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # first matching line wins
        with self.admin() as connection:
            connection.execute("SELECT pg_reload_conf()")
        return f"postgresql+psycopg://{name}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "stop", "-m", "immediate", "-w")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # --- databases ---------------------------------------------------------------------

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self) -> psycopg.Connection:
        """An autocommit connection to the maintenance database (CREATE/DROP DATABASE)."""
        return psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres",
                               autocommit=True)

    def empty_database(self, name: str | None = None) -> str:
        """A new database with nothing in it (not migrated); returns its name."""
        name = name or f"empty_{next(self._numbers)}"
        with self.admin() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def new_database(self) -> str:
        """A fresh copy of the migrated template; returns its name."""
        if not self._template_ready:
            self._make_template()
        name = f"test_{next(self._numbers)}"
        with self.admin() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(TEMPLATE)))
        return name

    def drop(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    def _make_template(self) -> None:
        from infoshare_desktop.storage.database import Database

        self.empty_database(TEMPLATE)
        Database.open_url(self.url(TEMPLATE)).close()
        self._template_ready = True


def start_server() -> PgServer:
    """A started server, or ``PostgresUnavailable`` saying why not."""
    server = PgServer()
    try:
        server.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as error:
        server.stop()
        if isinstance(error, PostgresUnavailable):
            raise
        raise PostgresUnavailable(f"Cannot start the test PostgreSQL server: {error}") from None
    return server
