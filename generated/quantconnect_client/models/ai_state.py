from typing import Literal

AiState = Literal["End", "Error"]

AI_STATE_VALUES: set[AiState] = {
    "End",
    "Error",
}


def check_ai_state(value: str) -> AiState:
    if value in AI_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_STATE_VALUES!r}")
