"""In headless Chromium: log in, open a case, view its graph, switch language, search in Chinese."""

from __future__ import annotations

import time
from typing import Any

import pytest

from .conftest import Live, shot

pytestmark = pytest.mark.browser
CASE = "CASE-2019-0321-XS"
WAIT = 15


def _wait(drv: Any, condition: Any) -> Any:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # an element found on the page being left goes stale when the next one loads (after a login's redirect): the
    # condition is tried again on the new page, not failed
    ignored = (NoSuchElementException, StaleElementReferenceException)
    return WebDriverWait(drv, WAIT, ignored_exceptions=ignored).until(condition)


def _by() -> Any:
    from selenium.webdriver.common.by import By

    return By


def test_login(driver: Any, live: Live) -> None:
    By = _by()
    driver.get(live.url + "/")
    assert "/login" in driver.current_url  # not signed in yet
    assert driver.find_element(By.CSS_SELECTOR, "h1").text == "登录"
    driver.find_element(By.ID, "username").send_keys("investigator")
    driver.find_element(By.ID, "password").send_keys(live.passwords["investigator"])
    shot(driver, "01-login")
    driver.find_element(By.ID, "login-submit").click()
    _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "main h1").text == "知识图谱概览")
    assert driver.find_element(By.CSS_SELECTOR, "header .user").text == "investigator"
    assert driver.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    shot(driver, "02-home")


def test_open_case(driver: Any, live: Live) -> None:
    By = _by()
    driver.get(live.url + "/types/Case")
    link = driver.find_element(By.XPATH, f"//a[contains(@href, '/entity/Case/{CASE}')]")
    link.click()
    _wait(driver, lambda d: d.find_elements(By.ID, "causes"))
    assert "响水" in driver.find_element(By.CSS_SELECTOR, "main h1").text
    for section in ("timeline", "causes", "responsibilities", "consequences", "lessons", "severity"):
        assert driver.find_element(By.ID, section).is_displayed(), section
    assert "原因链" in driver.find_element(By.ID, "causes").text
    assert "特别重大" in driver.find_element(By.ID, "severity").text
    shot(driver, "03-case")


def test_case_graph(driver: Any, live: Live) -> None:
    By = _by()
    graph = driver.find_element(By.ID, "graph")
    _wait(driver, lambda d: graph.get_attribute("data-state") == "ready")
    nodes = driver.find_elements(By.CSS_SELECTOR, "#graph svg g.node")
    assert len(nodes) > 5 and driver.find_elements(By.CSS_SELECTOR, "#graph svg line.edge")
    assert driver.find_elements(By.CSS_SELECTOR, "#graph-legend li")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", graph)
    time.sleep(1.5)  # let the layout settle for the picture
    shot(driver, "04-case-graph")
    driver.find_element(By.CSS_SELECTOR, "button.depth[data-depth='2']").click()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#graph svg g.node")) > len(nodes))
    _wait(driver, lambda d: graph.get_attribute("data-state") == "ready")
    time.sleep(1.5)
    shot(driver, "05-case-graph-depth2")


def test_switch_language(driver: Any, live: Live) -> None:
    By = _by()
    driver.get(f"{live.url}/entity/Case/{CASE}")
    assert driver.find_element(By.CSS_SELECTOR, "#timeline h2").text == "时间线"
    driver.find_element(By.ID, "lang-switch").click()
    _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#timeline h2").text == "Timeline")
    assert driver.find_element(By.CSS_SELECTOR, "#causes h2").text == "Chain of causes"
    assert driver.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "en"
    assert "Extraordinarily serious" in driver.find_element(By.ID, "severity").text
    shot(driver, "06-case-english")
    driver.get(live.url + "/")  # the language is remembered
    assert driver.find_element(By.CSS_SELECTOR, "main h1").text == "Knowledge graph overview"
    driver.find_element(By.ID, "lang-switch").click()
    _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "main h1").text == "知识图谱概览")


def test_search_in_chinese(driver: Any, live: Live) -> None:
    from urllib.parse import parse_qs, urlsplit

    By = _by()
    driver.get(live.url + "/")
    box = driver.find_element(By.ID, "search-q")
    box.send_keys("液氯泄漏")
    box.submit()
    _wait(driver, lambda d: "/search" in d.current_url)
    parts = urlsplit(driver.current_url)
    assert parts.path == "/search" and parse_qs(parts.query)["q"] == ["液氯泄漏"]
    shot(driver, "07-search")
    hits = driver.find_elements(By.CSS_SELECTOR, ".search-hit a")
    assert hits, "no search results for 液氯泄漏"
    assert "液氯" in driver.find_element(By.TAG_NAME, "main").text
    hits[0].click()  # a hit opens its entity page
    _wait(driver, lambda d: "/entity/" in d.current_url)
