"""Take the README's screenshots from a fresh demo instance, and print each page's height.

    PYTHONPATH=. .venv/bin/python -m docs.screenshots [--out docs/screenshots] [--port 5077]

Seeds a throw-away instance with ``flask seed-demo`` (as ``make run`` does), serves it on a loopback port,
logs in as the three demo users with the system Chromium (Playwright) at 1280 px width, and saves a
full-page PNG of each page the README shows. Nothing here is asserted: the browser tests assert heights.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLASK = [str(ROOT / ".venv/bin/flask"), "--app", "webapp"]
WIDTH = 1280


def _serve(instance: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, SEKTORBRO_INSTANCE=str(instance), SEKTORBRO_PUBLIC_URL=f"http://127.0.0.1:{port}")
    for command in (["db", "upgrade"], ["seed-demo", "--if-empty"], ["weights", "fairness"]):
        subprocess.run([*FLASK, *command], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [*FLASK, "run", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the demo server did not start")


def _shots(page, out: Path) -> list[tuple[str, int]]:
    from webapp.services.demo_seed import DEMO_ADMIN, DEMO_EMPLOYER, DEMO_LEADER, DEMO_PASSWORD

    def log_in(email: str) -> None:
        page.goto("/konto/log-ind")
        page.get_by_label("E-mail").fill(email)
        page.get_by_label("Adgangskode").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log ind").click()
        page.wait_for_load_state()

    def shot(name: str, path: str) -> None:
        page.goto(path)
        page.wait_for_load_state()
        heights.append((name, int(page.evaluate("document.documentElement.scrollHeight"))))
        page.screenshot(path=str(out / f"{name}.png"), full_page=True)

    heights: list[tuple[str, int]] = []
    shot("landing", "/")
    shot("vacancies", "/stillinger")
    shot("mobility", "/mobilitet/")
    shot("sector-guide", "/sektorer/kommuner")
    shot("offers", "/stillinger?type=forloeb")
    log_in(DEMO_LEADER)
    shot("leader-dashboard", "/leder/")
    shot("mentors", "/mentorer/?sektor=stat")
    page.get_by_role("button", name="Log ud").first.click()
    log_in(DEMO_EMPLOYER)
    page.goto("/arbejdsgiver/stillinger")
    shot("employer-vacancies", "/arbejdsgiver/stillinger")
    link = page.locator("a[href$='/kandidater']").first
    shot("employer-candidates", link.get_attribute("href"))
    shot("talent-searches", "/talentsoegning/")
    page.get_by_role("button", name="Log ud").first.click()
    log_in(DEMO_ADMIN)
    shot("admin-weights", "/admin/vaegte")
    shot("fairness", "/admin/mobilitet/retfaerdighed")
    return heights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--port", type=int, default=5077)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    instance = Path(tempfile.mkdtemp(prefix="sektorbro-shots-"))
    server = _serve(instance, args.port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=["--no-sandbox"]
            )
            context = browser.new_context(
                base_url=f"http://127.0.0.1:{args.port}", locale="da-DK", viewport={"width": WIDTH, "height": 900}
            )
            heights = _shots(context.new_page(), args.out)
            browser.close()
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(instance, ignore_errors=True)
    print("| page (1280 px wide) | height (px) |\n|---|---:|")
    for name, height in heights:
        print(f"| {name} | {height:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
