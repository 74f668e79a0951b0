"""Browser tests: the app served by waitress on 127.0.0.1 (free port, in a thread), driven by headless Chromium.

Chromium and its driver come from the Debian packages `chromium` and `chromium-driver`
(bash scripts/install-browser.sh). Locally, without them the tests are skipped with a loud reason;
with CI=true that is a failure. Screenshots go to artifacts/screenshots/ (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import ontology
from kb import Settings, open_store
from kb.demo import load_demo

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@dataclass
class Live:
    url: str
    passwords: dict[str, str]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and the browser is not available: {reason}")
    pytest.skip(f"BROWSER NOT AVAILABLE, browser tests skipped: {reason} (install: bash scripts/install-browser.sh)")


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    import waitress.server

    from webui import create_app
    from webui.users import ensure_demo_users

    tmp = tmp_path_factory.mktemp("browser")
    onto = ontology.load()
    store = open_store(Settings(data_dir=tmp / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    passwords = ensure_demo_users(tmp / "users.db")
    assert passwords is not None
    app = create_app(store=store, SECRET_KEY="browser-test", DATA_DIR=str(tmp), USERS_DB=str(tmp / "users.db"))
    server = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield Live(f"http://127.0.0.1:{server.effective_port}", passwords)  # type: ignore[union-attr]
    server.close()
    thread.join(timeout=5)
    store.close()


@pytest.fixture(scope="session")
def driver() -> Iterator[object]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        _missing(f"selenium is not installed ({e})")
    binary = _chromium()
    if binary is None or not CHROMEDRIVER.exists():
        driver_state = CHROMEDRIVER if CHROMEDRIVER.exists() else "missing"
        _missing(f"chromium: {binary or 'missing'}, chromedriver: {driver_state}")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary  # type: ignore[assignment]
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--lang=zh-CN",
        "--disable-extensions",
        "--no-first-run",
    ):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    drv.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield drv
    drv.quit()


def shot(drv: object, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    drv.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path
