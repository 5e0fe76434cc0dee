"""Django in the trainer: settings made once per browser tab, a fresh app per run.

A learner's program starts with

    import trainer_django
    trainer_django.setup()

and then defines models, views and `urlpatterns` in the same file, as one small Django
project whose app is the program itself (app label `main`). Django can be configured
only once per interpreter, and the browser keeps one interpreter for every run, so
`setup()` configures it the first time and afterwards forgets the previous run's models,
URLs and tables. `create_tables()` makes the tables of the program's models (the app has
no migration files: the browser's Python has no project folder).

Django's default password hasher needs `hashlib.pbkdf2_hmac`, which the browser's Python
lacks: passwords use the same PBKDF2-SHA256 written on `hmac`, with fewer iterations
(fine for learning, never for a real site).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import os
import sys
from collections.abc import Iterator

from django.apps import AppConfig
from django.contrib.auth.hashers import PBKDF2PasswordHasher

APP = "main"
# The browser's own event loop counts as running, so Django would refuse database work
# "from an async context"; the program's code is synchronous (Django's documented switch).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


class MainConfig(AppConfig):
    """The learner's program as a Django app."""

    name = "__main__"
    label = APP
    path = "/tmp"  # __main__ has no folder of its own; Django only needs one to exist
    default_auto_field = "django.db.models.BigAutoField"


def _pbkdf2(password: bytes, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA256 (RFC 8018) for one 32-byte block, on `hmac` alone."""
    block = hmac.new(password, salt + b"\x00\x00\x00\x01", hashlib.sha256).digest()
    result = int.from_bytes(block, "big")
    for _ in range(iterations - 1):
        block = hmac.new(password, block, hashlib.sha256).digest()
        result ^= int.from_bytes(block, "big")
    return result.to_bytes(32, "big")


class TrainerPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 without OpenSSL, and with 1 000 iterations so that it runs here."""

    algorithm = "pbkdf2_sha256"
    iterations = 1000

    def encode(self, password, salt, iterations=None):
        self._check_encode_args(password, salt)
        iterations = iterations or self.iterations
        digest = _pbkdf2(password.encode(), salt.encode(), iterations)
        import base64

        text = base64.b64encode(digest).decode("ascii").strip()
        return f"{self.algorithm}${iterations}${salt}${text}"


SETTINGS = {
    "DEBUG": True,
    "SECRET_KEY": "trainer-not-a-secret",
    "ALLOWED_HOSTS": ["testserver", "localhost"],
    "INSTALLED_APPS": [
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "django.contrib.sessions",
        "trainer_django.MainConfig",
    ],
    "MIDDLEWARE": [
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    "DATABASES": {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    "ROOT_URLCONF": "__main__",
    "MIGRATION_MODULES": {APP: None},  # tables of the program's models come from syncdb
    "PASSWORD_HASHERS": ["trainer_django.TrainerPBKDF2PasswordHasher"],
    "USE_TZ": True,
    "TIME_ZONE": "UTC",
    "LANGUAGE_CODE": "ru",
    "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
    "TEMPLATES": [
        {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": False}
    ],
    # Django's own logging config binds its handlers to the stderr of the moment it is
    # configured; without it, "Not Found: /x/" and tracebacks of errors in views reach the
    # stderr of the program that is running (through logging's last-resort handler).
    "LOGGING_CONFIG": None,
}
NO_SETUP = (
    "Программа должна начинаться со строк `import trainer_django` и "
    "`trainer_django.setup()`: без них Django не видит модели и адреса этой программы."
)
_prepared_for = None  # the `__main__` module that setup() last prepared


def configure(**overrides) -> None:
    """Configure Django once per interpreter (the worker does it before the program runs,
    so that its time is not the program's)."""
    import django
    from django.conf import settings

    if settings.configured:
        return
    settings.configure(**{**SETTINGS, **overrides})
    django.setup()
    from django.core.management import call_command

    with _no_running_loop():
        call_command("migrate", verbosity=0, interactive=False)
    _warm_up()


@contextlib.contextmanager
def _no_running_loop() -> Iterator[None]:
    """Django keeps its database connection per thread, but per asyncio context while an
    event loop runs. The browser's loop always counts as running, except while a program
    runs (the checker hides it): without hiding it here too, the tables made now would be
    in another connection's in-memory database than the program's."""
    loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(loop)


def _warm_up() -> None:
    """Import now what every task's checks use: `django.test` alone takes seconds to
    import in the browser, which would otherwise count against the first test's time."""
    import django.test  # noqa: F401
    from django.core.handlers.base import BaseHandler

    BaseHandler().load_middleware()  # imports the middleware modules
    from django.core.signals import request_started

    request_started.connect(_require_setup, dispatch_uid="trainer_django")


def setup(**overrides) -> None:
    """Configure Django the first time; afterwards start the program's app afresh."""
    global _prepared_for
    configure(**overrides)
    _forget_previous_run()
    _prepared_for = sys.modules.get("__main__")


def _require_setup(**_) -> None:
    """A program that skipped setup() would get the previous run's URLs (Django caches
    them) and tables: say so instead."""
    if _prepared_for is None or _prepared_for is not sys.modules.get("__main__"):
        raise RuntimeError(NO_SETUP)


def _forget_previous_run() -> None:
    from django.apps import apps
    from django.db import connection
    from django.urls import clear_url_caches, set_urlconf

    config = apps.get_app_config(APP)
    config.module = config.models_module = sys.modules["__main__"]  # syncdb needs both
    old = list(apps.all_models[APP].values())
    apps.all_models[APP].clear()
    config.models = apps.all_models[APP]
    apps.clear_cache()
    clear_url_caches()
    set_urlconf(None)
    existing = set(connection.introspection.table_names())
    with connection.schema_editor() as editor:
        for model in old:
            if model._meta.db_table in existing:
                editor.delete_model(model)
    _empty_tables()


def _empty_tables() -> None:
    """Rows the previous run left in the installed apps' tables (its users, sessions)
    would break this run: `create_user("anna")` twice is a UNIQUE error, and ids would
    not start from 1. Content types and permissions stay: migrate made them."""
    from django.core.management.color import no_style
    from django.db import connection

    keep = {"django_migrations", "django_content_type", "auth_permission"}
    names = connection.introspection.django_table_names(only_existing=True)
    tables = [name for name in names if name not in keep]
    if tables:
        sql = connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
        connection.ops.execute_sql_flush(sql)


configure()


def create_tables() -> None:
    """Create the tables of the program's models (they have no migration files), with
    their content types and permissions, as `migrate --run-syncdb` would. Done directly:
    the command itself (argument parser, migration graph read from disk, signals to every
    app) takes most of a second in the browser, and every test calls this."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.db import connection

    _require_setup()
    config = apps.get_app_config(APP)
    existing = set(connection.introspection.table_names())
    with connection.schema_editor() as editor:
        for model in config.get_models():  # many-to-many tables come with their model
            if model._meta.db_table not in existing:
                editor.create_model(model)
    create_permissions(config, verbosity=0)
