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


def test_serve_answers_a_signed_in_search_then_stops(tmp_path: Path) -> None:
    """`run.py serve` as a user starts it: an empty store gets the demo, the printed viewer password signs in
    through the login form, and a Chinese search answers; SIGTERM stops it."""
    import http.cookiejar
    import re
    import signal
    import time
    import urllib.parse
    import urllib.request

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANZHI_")}
    env["ANZHI_DATA_DIR"] = str(tmp_path)
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        cmd = [sys.executable, str(ROOT / "run.py"), "serve", "--port", str(port), "--threads", "2"]
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    try:
        for _ in range(240):
            try:
                page = opener.open(base + "/login", timeout=5).read().decode()
                break
            except OSError:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.5)
        else:
            pytest.fail("the server did not answer in 120 s:\n" + log.read_text())
        password = re.search(r"^\s*viewer\s+(\S+)$", log.read_text(), re.M)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert password and token
        form = {"username": "viewer", "password": password.group(1), "csrf_token": token.group(1)}
        opener.open(base + "/login", data=urllib.parse.urlencode(form).encode(), timeout=30).read()
        with opener.open(base + "/search?format=json&q=" + urllib.parse.quote("液氯"), timeout=30) as r:
            got = r.read().decode()
        assert '"total"' in got and "液氯" in got
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code in (0, -signal.SIGTERM), log.read_text()
