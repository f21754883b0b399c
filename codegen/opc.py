"""openapi-python-client's command line, with the field names our models may keep as the platform spells them.

The generator suffixes every builtin's name with `_` (`min` -> `min_`). For `min` and `max` that is needless
(no generated code calls those builtins) and makes `OptimizationParameter(min=..., max=...)`, as the platform
and its users write it, impossible. Everything else is the pinned generator, unchanged.
"""

from openapi_python_client import strings
from openapi_python_client.cli import app

KEPT_NAMES = frozenset({"min", "max"})

strings.RESERVED_WORDS.difference_update(KEPT_NAMES)

if __name__ == "__main__":
    app()
