from typing import Literal

CompileState = Literal["BuildError", "BuildSuccess", "InQueue"]

COMPILE_STATE_VALUES: set[CompileState] = {
    "BuildError",
    "BuildSuccess",
    "InQueue",
}


def check_compile_state(value: str) -> CompileState:
    if value in COMPILE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPILE_STATE_VALUES!r}")
