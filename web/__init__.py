"""`huiqi serve`: a read-only web site over the store and index (Starlette, Jinja2 templates, uvicorn).

Modules: params (query parameters -> library values, 400 messages), site (what pages show, read from
the store and index), markup (marked snippets and evidence in escaped text), app (routes, token check,
errors), server (binding rules and uvicorn). Templates in templates/, the stylesheet in static/.
"""
from web.app import create_app
from web.server import ServeError, check_binding, is_loopback, serve

__all__ = ["ServeError", "check_binding", "create_app", "is_loopback", "serve"]
