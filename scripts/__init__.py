"""The project's commands: `python -m scripts.demo` (make demo) and `python -m scripts.contract` (make contract)."""
