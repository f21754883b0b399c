from enum import StrEnum


class ScatterMarkerSymbol(StrEnum):
    CIRCLE = "circle"
    DIAMOND = "diamond"
    NONE = "none"
    SQUARE = "square"
    TRIANGLE = "triangle"
    TRIANGLE_DOWN = "triangle-down"

    def __str__(self) -> str:
        return str(self.value)
