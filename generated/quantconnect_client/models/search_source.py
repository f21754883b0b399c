from typing import Literal

SearchSource = Literal["Docs", "Examples", "Forum", "Stubs"]

SEARCH_SOURCE_VALUES: set[SearchSource] = {
    "Docs",
    "Examples",
    "Forum",
    "Stubs",
}


def check_search_source(value: str) -> SearchSource:
    if value in SEARCH_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_SOURCE_VALUES!r}")
