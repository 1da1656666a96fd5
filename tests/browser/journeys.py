"""Shared steps for browser journeys (imported by the journey tests, not collected as tests)."""

from tests.conftest import PASSWORD


def log_in(page, email: str) -> None:
    """Log in through the real form."""
    page.goto("/konto/log-ind")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_load_state()


def log_out(page) -> None:
    """Log out with the header's button."""
    page.get_by_role("button", name="Log ud").first.click()
    page.wait_for_load_state()
