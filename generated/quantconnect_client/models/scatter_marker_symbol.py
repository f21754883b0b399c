from typing import Literal

ScatterMarkerSymbol = Literal["circle", "diamond", "none", "square", "triangle", "triangle-down"]

SCATTER_MARKER_SYMBOL_VALUES: set[ScatterMarkerSymbol] = {
    "circle",
    "diamond",
    "none",
    "square",
    "triangle",
    "triangle-down",
}


def check_scatter_marker_symbol(value: str) -> ScatterMarkerSymbol:
    if value in SCATTER_MARKER_SYMBOL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCATTER_MARKER_SYMBOL_VALUES!r}")
