"""The mobility dashboard and the sector guides are reachable from every page, not only by typing the address."""

from models import Role


def test_every_page_links_the_public_mobility_figures_and_the_sector_guides(client):
    html = client.get("/stillinger").get_data(as_text=True)
    assert 'href="/mobilitet/"' in html and 'href="/sektorer"' in html
    assert client.get("/mobilitet/").status_code == 200 and client.get("/sektorer").status_code == 200


def test_an_admin_finds_the_full_mobility_dashboard_in_the_menu(client, make_user, login):
    login(make_user(Role.ADMIN))
    html = client.get("/admin/brugere").get_data(as_text=True)
    assert 'href="/admin/mobilitet/"' in html
    assert client.get("/admin/mobilitet/").status_code == 200


def test_other_roles_get_no_admin_mobility_link(client, make_user, login):
    login(make_user(Role.LEADER))
    assert 'href="/admin/mobilitet/"' not in client.get("/stillinger").get_data(as_text=True)
