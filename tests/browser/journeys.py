"""Shared steps for browser journeys (imported by the journey tests, not collected as tests)."""

import os
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

# axe-core from the npm packages (`make install`); the rules of WCAG 2.1 A and AA.
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def log_in(page, email: str, password: str = PASSWORD) -> None:
    """Log in through the real form."""
    page.goto("/konto/log-ind")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill(password)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_load_state()


def log_out(page) -> None:
    """Log out with the header's button."""
    page.get_by_role("button", name="Log ud").first.click()
    page.wait_for_load_state()


def document_height(page) -> int:
    """The page's full height in CSS pixels, as a reader scrolls it."""
    return page.evaluate("document.documentElement.scrollHeight")


def axe_violations(page) -> list[dict]:
    """The WCAG 2.1 A/AA violations axe-core finds on the page as it is now (open disclosures included).

    axe is run through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    """
    if not AXE.exists():
        message = f"no axe-core at {AXE} (make install)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    page.evaluate("() => {\n" + AXE.read_text() + "\n}")
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(
                (v) => ({id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" "))})
            );
        }""",
        WCAG_21_AA,
    )
