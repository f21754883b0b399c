"""Entry point named by schemathesis.toml's `hooks`: importing it registers the auth provider, the `qc-date-time`
format, the QuantConnect checks, the known-id steering and the real-API guard."""

from tests.contract import auth, checks, formats, guard, known_ids

__all__ = ["auth", "checks", "formats", "guard", "known_ids"]
