"""Absolute URLs come from the configured public address (``PUBLIC_URL``), never from the request.

A link built from the request's ``Host`` header can be pointed anywhere: a forgot-password POST sent with
``Host: evil.example`` would mail the reset link to evil.example. So the app's URL adapters are bound to
``PUBLIC_URL`` (in a request, in a command and in a test alike), ``absolute_url`` is the one way to write an
absolute URL, and a request for a host outside ``TRUSTED_HOSTS`` is answered 400 before any view or hook runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import Flask, Request, request, url_for
from werkzeug.exceptions import SecurityError
from werkzeug.routing import MapAdapter
from werkzeug.wsgi import get_host

DEFAULT_PORTS = {"http": 80, "https": 443}
DEVELOPMENT_HOSTS = ("127.0.0.1", "localhost")  # trusted by default: `make run`, health checks, the test client
REFUSED_HOST = "sektorbro.refused_host"  # environ key: the untrusted Host a request was refused for


def check_public_url(value: str) -> str:
    """``value`` as ``scheme://host[:port]`` (no trailing slash); ValueError with the reason if it is no address."""
    text = str(value or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise _bad_public_url(text, str(error)) from None
    if parts.scheme not in DEFAULT_PORTS:
        raise _bad_public_url(text, "the scheme must be http or https")
    if not parts.hostname:
        raise _bad_public_url(text, "it has no host")
    if parts.username is not None or parts.password is not None:
        raise _bad_public_url(text, "it must not carry a user name or password")
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        raise _bad_public_url(text, "it must not have a path, query or fragment")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != DEFAULT_PORTS[parts.scheme] else "")


def _bad_public_url(value: str, reason: str) -> ValueError:
    return ValueError(
        f"PUBLIC_URL {value!r} is not a usable public address: {reason}. "
        "Set PUBLIC_URL (or SEKTORBRO_PUBLIC_URL) to the address visitors use, e.g. https://sektorbro.dk"
    )


def trusted_hosts(configured: str | Iterable[str] | None, public_url: str) -> list[str]:
    """The hosts requests may name: ``configured`` (list or comma-separated text) or else the development hosts.

    The public address's own host is always among them: refusing the site's own name helps no one.
    """
    if configured is None:
        hosts = list(DEVELOPMENT_HOSTS)
    elif isinstance(configured, str):
        hosts = [host.strip() for host in configured.split(",") if host.strip()]
    else:
        hosts = [str(host).strip() for host in configured]
    public_host = urlsplit(public_url).hostname
    return [public_host, *(host for host in hosts if host != public_host)]


def absolute_url(endpoint: str, **values) -> str:
    """The absolute URL of ``endpoint`` at ``PUBLIC_URL`` (``values`` as for ``url_for``, ``_anchor`` too).

    Use this for every URL that leaves the page: mails, feeds, API fields and headers, structured data.
    """
    return url_for(endpoint, _external=True, **values)


class PublicAddressFlask(Flask):
    """Flask whose URL adapters build external URLs at ``PUBLIC_URL`` and that refuses untrusted hosts."""

    def create_url_adapter(self, request: Request | None) -> MapAdapter | None:
        """Bind the URL map to the public address; note (rather than raise) a Host outside ``TRUSTED_HOSTS``.

        Flask's own check raises before an adapter exists, and the 400 page then cannot call ``url_for``; here the
        request is refused by ``_refuse_untrusted_host`` instead, with the adapter (and ``request.host``) already
        pointing at the public address, so nothing ever reads the refused Host.
        """
        public = urlsplit(self.config["PUBLIC_URL"])
        if request is None:  # a command or an app context: no request to take anything from
            return self.url_map.bind(public.netloc, url_scheme=public.scheme)
        request.trusted_hosts = self.config["TRUSTED_HOSTS"]
        try:
            request.host = get_host(request.environ, request.trusted_hosts)
        except SecurityError as error:
            request.environ[REFUSED_HOST] = error
            request.host = public.netloc
        adapter = self.url_map.bind_to_environ(request.environ, server_name=public.netloc, subdomain="")
        adapter.url_scheme = public.scheme
        return adapter


def _refuse_untrusted_host() -> None:
    """Answer 400 for an untrusted Host before any other hook (a role gate would otherwise redirect first)."""
    error = request.environ.get(REFUSED_HOST)
    if error is not None:
        raise error


def init_app(app: Flask) -> None:
    """Check ``PUBLIC_URL``, settle ``TRUSTED_HOSTS`` and refuse other hosts (call before other ``init_app``s)."""
    app.config["PUBLIC_URL"] = check_public_url(app.config["PUBLIC_URL"])
    app.config["TRUSTED_HOSTS"] = trusted_hosts(app.config.get("TRUSTED_HOSTS"), app.config["PUBLIC_URL"])
    app.before_request(_refuse_untrusted_host)
