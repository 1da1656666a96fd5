"""A live server on localhost, a headless system Chromium driven by Playwright, and a small market to rank."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from models import Role

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _require_browser() -> None:
    if not os.path.exists(CHROMIUM):
        message = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; REQUIRE_BROWSER=1 makes browser tests mandatory")
        pytest.skip(message)


@pytest.fixture
def live_server(app):
    """Serve the app on a free loopback port for the duration of one test."""
    app.config["SERVER_NAME"] = None
    server = make_server("127.0.0.1", 0, app, threaded=True)
    address = f"http://127.0.0.1:{server.server_port}"
    app.config["PUBLIC_URL"] = address  # absolute URLs (redirects, mails) must lead back to this server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield address
    server.shutdown()
    thread.join(5)


@pytest.fixture
def page(live_server):
    """A fresh browser page (Chromium started without any network access beyond loopback)."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context(base_url=live_server, locale="da-DK")
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def market(db, make_user, make_organisation, make_profile, make_vacancy, rebuild_index):
    """A state agency with a published vacancy, and kommune leaders who fit it in their own words."""
    ministry = make_organisation("Finansministeriet", sector="stat")
    agency = make_organisation("Økonomistyrelsen", sector="stat", parent=ministry)
    employer = make_user(Role.EMPLOYER, email="hr@oekonomistyrelsen.dk", organisation=agency)
    vacancy = make_vacancy(
        organisation=agency,
        title="Kontorchef til budget og bevillinger",
        competences=["bevillingsstyring", "ministerbetjening", "personaleledelse"],
        description="Du leder kontoret og rådgiver ministeren om økonomi.",
    )
    leader = make_user(email="signe@example.dk")
    make_profile(
        user=leader,
        name="Signe Holm",
        email="signe@example.dk",
        sector="kommune",
        organisation=make_organisation("Gladsaxe Kommune", sector="kommune", municipality_code=159),
        municipality_code=159,
        competences=["budgetlægning og budgetopfølgning", "udvalgsbetjening", "personaleledelse"],
        open_to_sectors=["stat", "kommune"],
    )
    for number in range(3):
        make_profile(name=f"Anden Leder {number}", competences=["skoleudvikling", "pædagogisk ledelse"])
    db.commit()
    rebuild_index()  # as the operator's `flask index rebuild` has
    return {"employer": employer, "vacancy": vacancy, "leader": leader}
