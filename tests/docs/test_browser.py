"""The built site in headless Chromium: what a reader sees, clicks and searches."""

from __future__ import annotations

import struct
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from tests.docs.api_md import operations_per_section

if TYPE_CHECKING:  # selenium is imported where a browser starts
    from selenium.webdriver import Chrome

WAIT_SECONDS = 20  # upper bound for a page to load, or for the search worker to index the site and answer
MAX_PAGES = 500  # the crawl's bound; the site has a few dozen pages
OPERATION_SELECTOR = "article h2.sg-operation"
# Material's search worker fetches and indexes the whole site's text on every page load; the crawl
# reads no search results, and skipping that work halves its time on a loaded machine.
SEARCH_INDEX = "*/search/search_index.json"

T = TypeVar("T")


def _wait(browser: Chrome, condition: Callable[[Chrome], Literal[False] | T]) -> T:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS, poll_frequency=0.1).until(condition)


def _open(browser: Chrome, url: str) -> None:
    """Load `url` and wait until the browser has parsed all of it and run its load handlers.

    WebDriver's get() alone is not enough: chromedriver sometimes returns while the new document
    is still being parsed (readyState "loading", whatever the page-load strategy), so a query run
    then sees the top of a long page only. The wait reads the document itself, so it cannot be
    fooled by the previous page either.
    """
    browser.get(url)
    wanted = urldefrag(url)[0]
    seen: list[str] = []

    def loaded(driver: Chrome) -> bool:
        state, location = driver.execute_script("return [document.readyState, location.href];")
        seen[:] = [state, location]
        return bool(state == "complete" and urldefrag(location)[0] == wanted)

    from selenium.common.exceptions import TimeoutException

    try:
        _wait(browser, loaded)
    except TimeoutException:
        last = seen or "no answer to a script"
        pytest.fail(f"{url} did not finish loading in {WAIT_SECONDS} s (readyState, location seen last: {last})")


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    data, position = b"", 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        if kind == b"IDAT":
            data += png[position + 8 : position + 8 + length]
        position += 12 + length
    return width, height, zlib.decompress(data)


def test_home_page_renders(browser: Chrome, site_url: str, tmp_path: Path) -> None:
    _open(browser, site_url)
    _wait(browser, lambda driver: driver.find_element("css selector", "article h1").is_displayed())
    text = browser.find_element("tag name", "body").text
    for expected in ("sendgrid-reseller", "First calls", "Authentication", "API reference", "Web API v3"):
        assert expected in text, f"the home page does not show {expected!r}"
    screenshot = tmp_path / "home.png"
    assert browser.save_screenshot(str(screenshot))
    width, height, pixels = _png_pixels(screenshot.read_bytes())
    assert (width, height) >= (1000, 600), f"screenshot is {width}x{height}"
    # A blank or unstyled page has only a handful of distinct byte values in its pixel rows.
    assert len(set(pixels)) > 64, "the home page screenshot looks blank"


@dataclass(frozen=True)
class PageFacts:
    links: list[str]  # every a[href], resolved by the browser
    ids: frozenset[str]
    operations: int  # method sections on the page
    received: int  # bytes of HTML the browser received (its navigation timing entry)

    def describe(self) -> str:
        return f"{self.received} bytes received, {len(self.ids)} ids, {self.operations} method sections"


# One script per page, run once the page has loaded: its links, ids, method sections, and what
# the navigation answered (status and body size, so a truncated answer is told from a short page).
PAGE_FACTS_SCRIPT = f"""
const navigation = performance.getEntriesByType('navigation')[0];
return [Array.from(document.querySelectorAll('a[href]'), a => a.href),
        Array.from(document.querySelectorAll('[id]'), e => e.id),
        document.querySelectorAll('{OPERATION_SELECTOR}').length,
        navigation.responseStatus, navigation.decodedBodySize];
"""


def _built_file(site_url: str, built_site: Path, page: str) -> Path:
    return built_site / urlparse(page).path.removeprefix(urlparse(site_url).path) / "index.html"


@pytest.fixture(scope="module")
def crawled(browser: Chrome, site_url: str, built_site: Path) -> dict[str, PageFacts]:
    """Every page reachable from the home page by its links, each loaded once in the browser."""
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": [SEARCH_INDEX]})
    try:
        return _crawl(browser, site_url, built_site)
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def _crawl(browser: Chrome, site_url: str, built_site: Path) -> dict[str, PageFacts]:
    origin = urlparse(site_url).netloc
    pages: dict[str, PageFacts] = {}
    pending = [(site_url, "the start")]  # (page, a page linking to it)
    while pending and len(pages) < MAX_PAGES:
        page, source = pending.pop()
        if page in pages:
            continue
        _open(browser, page)
        links, ids, operations, status, received = browser.execute_script(PAGE_FACTS_SCRIPT)
        assert status == 200, f"{page} (linked from {source}) answered HTTP {status}"
        size = _built_file(site_url, built_site, page).stat().st_size
        assert received == size, f"{page}: the browser received {received} bytes; the built file has {size}"
        pages[page] = PageFacts(links, frozenset(ids), int(operations), int(received))
        for link in links:
            target, _ = urldefrag(link)
            if urlparse(target).netloc == origin and target.endswith("/") and not urlparse(target).query:
                pending.append((target, page))
    return pages


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_every_internal_link_resolves(crawled: dict[str, PageFacts], site_url: str, built_site: Path) -> None:
    origin = urlparse(site_url).netloc
    broken = []
    for source, facts in crawled.items():
        for link in facts.links:
            if urlparse(link).netloc != origin:
                continue
            target, fragment = urldefrag(link)
            target = target.split("?", 1)[0]
            if target not in crawled:
                if _status(target) != 200:
                    broken.append(f"{link} (from {source})")
            elif fragment and fragment not in crawled[target].ids:
                broken.append(
                    f"{link}: no element with id {fragment!r} in {crawled[target].describe()} (from {source})"
                )
    assert not broken, "broken internal links:\n" + "\n".join(sorted(broken))
    built = {
        urljoin(site_url, path.parent.relative_to(built_site).as_posix() + "/")
        for path in built_site.rglob("index.html")
    }
    built = {url.replace("/./", "/") for url in built}
    assert built - set(crawled) == set(), f"pages no link reaches: {sorted(built - set(crawled))}"


def _search(browser: Chrome, site_url: str, query: str) -> list[list[str]]:
    """The result list for `query`: per result item, the links it shows, best first."""
    from selenium.webdriver.common.by import By

    _open(browser, site_url)
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    field = _wait(browser, lambda driver: driver.find_element(By.CSS_SELECTOR, "input.md-search__input"))
    field.send_keys(query)
    _wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "li.md-search-result__item"))
    # Only links a reader sees: not those folded under "N more on this page".
    links: list[list[str]] = browser.execute_script(
        "return Array.from(document.querySelectorAll('li.md-search-result__item'),"
        " item => Array.from(item.querySelectorAll('a'), a => a).filter(a => a.getClientRects().length > 0)"
        ".map(a => a.href))"
    )
    return links


def test_search_finds_a_v2_call_by_path_method_and_task(browser: Chrome, site_url: str) -> None:
    results = _search(browser, site_url, "reseller.manage.json setEmail")
    # The top result's best section (its first link with a fragment; ?h= is the highlight query).
    sections = [urlparse(link) for link in results[0] if urlparse(link).fragment]
    best = f"{sections[0].path}#{sections[0].fragment}" if sections else None
    assert best == "/reference/customer_management/#update_customer_email", f"top result: {results[0]}"


def test_search_finds_the_v3_group(browser: Chrome, site_url: str) -> None:
    results = _search(browser, site_url, "subusers")
    top_pages = [urlparse(item[0]).path for item in results[:3]]
    assert "/reference/subusers/" in top_pages, f"top results: {results[:3]}"


def test_each_group_page_lists_as_many_methods_as_api_md(
    browser: Chrome, site_url: str, crawled: dict[str, PageFacts]
) -> None:
    expected = operations_per_section()
    _open(browser, urljoin(site_url, "reference/"))
    pages: dict[str, str] = browser.execute_script(
        "const pages = {};"
        "document.querySelectorAll('article table a').forEach(a => { pages[a.textContent.trim()] = a.href; });"
        "return pages;"
    )
    assert set(pages) == set(expected), (
        f"groups only on the site: {set(pages) - set(expected)}; only in API.md: {set(expected) - set(pages)}"
    )
    differences = [
        f"{title}: API.md lists {count}, {pages[title]} shows {crawled[pages[title]].operations}"
        f" ({crawled[pages[title]].describe()})"
        for title, count in sorted(expected.items())
        if crawled[pages[title]].operations != count
    ]
    assert not differences, "method sections per group page differ from API.md:\n" + "\n".join(differences)


def test_a_method_shows_its_wire_request_and_example(browser: Chrome, site_url: str) -> None:
    _open(browser, urljoin(site_url, "reference/customer_management/#update_customer_email"))
    section = browser.execute_script(
        "const heading = document.getElementById('update_customer_email'); let text = heading.innerText;"
        "for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling)"
        "  text += '\\n' + node.innerText;"
        "return text;"
    )
    for expected in (
        "client.reseller.customers.update_email",
        "POST /apiv2/reseller.manage.json HTTP/1.1",
        "method=profile",
        "task=setEmail",
        "email=user@example.com",
        "client.reseller.customers.update_email(",
        "with SendGrid(",
        "Raises",
    ):
        assert expected in section, f"the update_email section does not show {expected!r}:\n{section}"
    assert "SG.docs-example-key" not in section


@pytest.mark.parametrize("page", ["guide/pagination/", "reference/subusers/"])
def test_code_blocks_are_highlighted(browser: Chrome, site_url: str, page: str) -> None:
    _open(browser, urljoin(site_url, page))
    assert browser.find_elements(
        "css selector", ".highlight code span.kn, .highlight code span.nb, .highlight code span.k"
    )
