"""A throwaway PostgreSQL server for the tests: ``initdb`` into a temporary directory and a
server that listens on a unix socket there only (``listen_addresses=''``), so nothing
outside the machine can reach it and no port can clash with a real server.

Run as root (CI containers), the server runs as the ``postgres`` user through
``runuser``: PostgreSQL refuses to run as root. The cluster is created with an ICU
``en-US`` collation when the server supports it, so the tests also show that kb's
results do not depend on the server's locale.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

#: set to 1 (CI) to fail, not skip, when no server can be started
REQUIRE_ENV = "KB_REQUIRE_POSTGRES"
#: a directory holding initdb / pg_ctl, to use instead of searching for them
BIN_ENV = "KB_PG_BIN"


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def find_bindir() -> Path:
    """The directory of ``initdb`` and ``pg_ctl``: $KB_PG_BIN, the newest Debian
    ``/usr/lib/postgresql/*/bin``, ``pg_config --bindir`` or the PATH."""
    candidates: list[str] = []
    if os.environ.get(BIN_ENV):
        candidates.append(os.environ[BIN_ENV])
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    if shutil.which("pg_config"):
        try:
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                             check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb")).parent))  # type: ignore[arg-type]
    for directory in candidates:
        if (Path(directory) / "initdb").is_file() and (Path(directory) / "pg_ctl").is_file():
            return Path(directory)
    raise Unavailable("no PostgreSQL server binaries (initdb, pg_ctl) found: install the Debian package "
                      f"`postgresql` or set {BIN_ENV}")


class PgCluster:
    """One server; :meth:`database` creates a fresh, empty database and returns its URL."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        # Not pytest's tmp_path: it lives under a directory only the test user may enter.
        self.dir = Path(tempfile.mkdtemp(prefix="kb-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self._names = itertools.count(1)
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.dir)

    def start(self) -> None:
        common = ["initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        done = self._run(*common, "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US")
        if done.returncode != 0:  # no ICU in this build: the libc locale
            shutil.rmtree(self.data, ignore_errors=True)
            done = self._run(*common, "--locale=C.UTF-8")
        if done.returncode != 0:
            raise Unavailable(f"initdb failed: {_tail(done.stderr or done.stdout)}")
        options = f"-k {self.dir} -p {self.port} -c listen_addresses='' -c fsync=off"
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-o", options,
                         "-w", "-t", "60", "start")
        if done.returncode != 0:
            log = (self.dir / "server.log").read_text(errors="replace") if (self.dir / "server.log").exists() else ""
            raise Unavailable(f"the server did not start: {_tail(done.stderr or done.stdout)} {_tail(log)}")

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.dir}&port={self.port}"

    def database(self) -> str:
        """Create an empty database (``kbtest``, then ``kbtest_2``, ...); its SQLAlchemy URL."""
        import psycopg

        number = next(self._names)
        name = "kbtest" if number == 1 else f"kbtest_{number}"
        with psycopg.connect(host=str(self.dir), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            if self.data.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def start_cluster() -> PgCluster:
    """A running throwaway server, or :class:`Unavailable`."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed (pip install -e '.[test]')") from None
    cluster = PgCluster(find_bindir())
    try:
        cluster.start()
    except (Unavailable, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        raise Unavailable(str(exc)) from None
    return cluster


def _free_port() -> int:
    """A port number no local TCP server uses: it also names the server's socket file."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(text: str, lines: int = 3) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])
