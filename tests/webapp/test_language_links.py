"""The header's language links always lead to a page a link can fetch, also on a page drawn after a POST."""

from flask import render_template_string


def _links(app, path: str, method: str, **context) -> str:
    with app.test_request_context(path, method=method):
        app.preprocess_request()
        return render_template_string('{% extends "base.html" %}', **context)


def test_a_get_page_links_to_itself_in_the_other_language_keeping_its_arguments(app):
    html = _links(app, "/stillinger?q=%C3%B8konomi", "GET")
    assert 'href="/stillinger?q=%C3%B8konomi&amp;lang=en"' in html


def test_a_page_drawn_after_a_post_links_to_the_address_its_view_names(app):
    html = _links(app, "/arbejdsgiver/stillinger/7/kandidater/3/kontakt", "POST", language_url=lambda c: f"/x?lang={c}")
    assert 'href="/x?lang=en"' in html and "kontakt?lang=" not in html


def test_a_post_only_address_without_a_named_page_links_to_the_front_page(app):
    html = _links(app, "/arbejdsgiver/stillinger/7/kandidater/3/kontakt", "POST")
    assert 'href="/?lang=en"' in html and "kontakt?lang=" not in html
