"""A run killed (SIGKILL) after its first committed batch resumes from the checkpoint: exact counts, no duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.checkpoint import Checkpoint
from kb import Settings, open_store
from kb.config import ROOT
from tests.test_ingest_support import counts, data

EXPECTED = {"Case": 1554, "Enterprise": 1129, "Cause": 4078, "Lesson": 3211, "Equipment": 1870, "Chemical": 83,
            "Industry": 8, "Document": 5, "OCCURRED_AT": 1554, "CAUSED_BY": 4078, "HAS_LESSON": 3211,
            "INVOLVED": 4057, "IN_INDUSTRY": 643}


def _ingest(state: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "ANZHI_BACKEND": "ladybug", "ANZHI_DATA_DIR": str(state)}
    cmd = [sys.executable, "-m", "ingest", "rmp", str(data("us-epa-rmp-accidents")), "--batch-size", "20"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    ckpt_file = Checkpoint.path(tmp_path, "rmp")
    proc = _ingest(tmp_path)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = json.loads(ckpt_file.read_text(encoding="utf-8"))["done"]
        except (OSError, ValueError, KeyError):
            done = 0
        if done > 0:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the ingest was not killed mid-run: {proc.stderr.read()}"
    assert 0 < done < 1554

    second = _ingest(tmp_path)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert "resuming after" in err and "1554 source records read" in out
    assert not ckpt_file.exists()  # a finished run clears its checkpoint

    store = open_store(Settings(backend="ladybug", data_dir=tmp_path))
    try:
        assert counts(store) == EXPECTED
        dup = store.read("MATCH (c:`Case`) RETURN count(c) AS n, count(DISTINCT c.uid) AS d")[0]
        assert dup["n"] == dup["d"] == 1554
    finally:
        store.close()
