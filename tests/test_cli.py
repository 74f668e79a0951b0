"""run.py: sub-commands, and one clear line instead of a stack trace when the store is misconfigured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kb.config import ROOT

from .conftest import neo4j_settings


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("ANZHI_")}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "run.py"), *args], capture_output=True, text=True, env=full, timeout=120
    )


def test_help_lists_commands() -> None:
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("serve", "schema", "load-demo", "check"):
        assert cmd in out.stdout


def test_check_on_fresh_embedded_store_says_what_to_do(tmp_path: Path) -> None:
    out = run("check", env={"ANZHI_DATA_DIR": str(tmp_path)})
    assert out.returncode == 1
    assert "python run.py schema" in out.stderr
    assert run("schema", env={"ANZHI_DATA_DIR": str(tmp_path)}).returncode == 0
    ok = run("check", env={"ANZHI_DATA_DIR": str(tmp_path)})
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ladybug")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"ANZHI_BACKEND": "oracle"}, "is not a backend"),
        ({"ANZHI_BACKEND": "neo4j", "ANZHI_NEO4J_URI": "bolt://127.0.0.1:1"}, "unreachable"),
        ({"ANZHI_BACKEND": "neo4j", "ANZHI_NEO4J_URI": "http://127.0.0.1:7474"}, "not a Bolt address"),
        ({"ANZHI_LADYBUG_CHECKPOINT_MB": "lots"}, "ANZHI_LADYBUG_CHECKPOINT_MB='lots' is not a positive whole number"),
        ({"ANZHI_LADYBUG_CHECKPOINT_MB": "0"}, "is not a positive whole number"),
    ],
)
def test_misconfiguration_is_one_clear_line(env: dict[str, str], expected: str) -> None:
    out = run("check", env=env)
    assert out.returncode == 2
    assert expected in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_wrong_neo4j_password_is_one_clear_line(neo4j_store: object) -> None:
    settings = neo4j_settings()
    assert settings is not None
    out = run(
        "check",
        env={
            "ANZHI_BACKEND": "neo4j",
            "ANZHI_NEO4J_URI": settings.neo4j_uri,
            "ANZHI_NEO4J_PASSWORD": "definitely-wrong",
        },
    )
    assert out.returncode == 2
    assert "wrong password" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_rules_test_command_passes_for_every_shipped_pack() -> None:
    out = run("rules", "test")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "FAIL" not in out.stdout and "cases passed" in out.stdout


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """`run.py serve` started as a user starts it, on an empty data dir; `open` is a cookie-keeping client."""

    def __init__(self, tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> None:
        import http.cookiejar
        import time
        import urllib.request

        port = _free_port()
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("ANZHI_")}, **(env or {})}
        env["ANZHI_DATA_DIR"] = str(tmp_path)
        self.log = tmp_path / "serve.log"
        with self.log.open("w") as out:
            cmd = [sys.executable, str(ROOT / "run.py"), "serve", "--port", str(port), *args]
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        for _ in range(240):
            try:
                self.login_page = self.open("/login")
                while "Anzhi on http" not in self.log.read_text():  # a worker may answer before the banner
                    time.sleep(0.1)
                return
            except OSError:
                if self.proc.poll() is not None:
                    pytest.fail("the server stopped:\n" + self.log.read_text())
                time.sleep(0.5)
        self.stop()
        pytest.fail("the server did not answer in 120 s:\n" + self.log.read_text())

    def open(self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> str:
        import urllib.request

        req = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        with self.opener.open(req, timeout=60) as r:  # a new connection each time: urllib does not keep them
            return str(r.read().decode())

    def sign_in(self, role: str) -> str:
        """Sign in with the password the server printed for `role`; the session's CSRF token."""
        import json
        import re
        import urllib.parse

        password = re.search(rf"^\s*{role}\s+(\S+)$", self.log.read_text(), re.M)
        token = re.search(r'name="csrf_token" value="([^"]+)"', self.login_page)
        assert password and token, self.log.read_text()
        form = {"username": role, "password": password.group(1), "csrf_token": token.group(1)}
        self.open("/login", data=urllib.parse.urlencode(form).encode())
        return str(json.loads(self.open("/login", headers={"Accept": "application/json"}))["csrf_token"])

    def stop(self) -> int:
        import signal

        os.killpg(self.proc.pid, signal.SIGTERM)
        return self.proc.wait(timeout=30)


def test_serve_answers_a_signed_in_search_then_stops(tmp_path: Path) -> None:
    """One process: an empty store gets the demo, the printed viewer password signs in through the login form,
    and a Chinese search answers; SIGTERM stops it."""
    import signal
    import urllib.parse

    served = Served(tmp_path, "--workers", "1", "--threads", "2")
    try:
        served.sign_in("viewer")
        got = served.open("/search?format=json&q=" + urllib.parse.quote("液氯"))
        assert '"total"' in got and "液氯" in got
        assert "(backend ladybug, 2 threads)" in served.log.read_text()
    finally:
        code = served.stop()
    assert code in (0, -signal.SIGTERM), served.log.read_text()


def test_serve_on_a_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        out = run("serve", "--port", str(port), env={"ANZHI_DATA_DIR": str(tmp_path)})
    assert out.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("backend", ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_serve_workers_share_one_graph_and_one_rule_engine(backend: str, tmp_path: Path,
                                                           request: pytest.FixtureRequest) -> None:
    """`run.py serve` in several processes on one socket (LadybugDB: opened by the first and served to the others;
    Neo4j: a driver each): every request is a new connection, so the kernel spreads them over the processes. Three
    rising readings of one detector posted one by one must fire GD-12 once, which only happens when one rule engine
    sees all three, and what any process wrote every process reads. SIGTERM to the first process stops them all."""
    import json
    import signal
    import time
    import urllib.parse

    env: dict[str, str] = {}
    if backend == "neo4j":
        from .conftest import wipe_neo4j

        store = request.getfixturevalue("neo4j_store")
        wipe_neo4j(store)  # an empty store: the server loads the demo into it
        request.addfinalizer(lambda: wipe_neo4j(store))
        settings = neo4j_settings()
        assert settings is not None
        env = {"ANZHI_BACKEND": "neo4j", "ANZHI_NEO4J_URI": settings.neo4j_uri,
               "ANZHI_NEO4J_USER": settings.neo4j_user, "ANZHI_NEO4J_PASSWORD": settings.neo4j_password,
               "ANZHI_NEO4J_DATABASE": settings.neo4j_database}
    served = Served(tmp_path, "--workers", "3", env=env)
    try:
        assert f"(backend {backend}, 3 processes x 1 thread)" in served.log.read_text()
        token = served.sign_in("investigator")
        headers = {"Content-Type": "application/json", "X-CSRF-Token": token}
        fired: list[str] = []
        for round_ in range(4):  # P(every round on one process) = (1/3)^8 if forwarding were broken
            for k, value in enumerate((3.0, 6.0, 12.0)):
                at = f"2024-07-0{round_ + 1}T08:00:{k * 15:02d}+08:00"
                body = {"kind": "reading", "sensor": "CA-EL-101-GT1", "value": value, "unit": "%LEL", "observed_at": at}
                got = json.loads(served.open("/api/findings", data=json.dumps(body).encode(), headers=headers))
                assert got["ok"] and len(got["stored"]) == 1, got
                fired += [c for c in got["recommendations"] if c.startswith("R-GD-12-")]
        assert len(set(fired)) == 4, fired  # once per round
        for code in set(fired):  # written by the first process, read back through whichever one answers
            rec = json.loads(served.open(f"/api/recommendations/{urllib.parse.quote(code)}"))
            assert rec["rule"]["id"] == "GD-12"
        hits = json.loads(served.open("/search?format=json&q=" + urllib.parse.quote("液氯")))
        assert hits["total"] > 0
        children = [int(p) for p in
                    Path(f"/proc/{served.proc.pid}/task/{served.proc.pid}/children").read_text().split()]
        assert len(children) == 2
    finally:
        code = served.stop()
    assert code in (0, -signal.SIGTERM), served.log.read_text()
    time.sleep(0.5)
    assert not [c for c in children if Path(f"/proc/{c}").exists() and "zombie" not in
                Path(f"/proc/{c}/status").read_text()], "a worker outlived the server"
