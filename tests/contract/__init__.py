"""Schemathesis extensions for the contract tests, loaded by the CLI and pytest through schemathesis.toml's `hooks`."""
