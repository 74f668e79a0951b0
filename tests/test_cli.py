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
