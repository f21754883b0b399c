from enum import StrEnum


class OptimizationNodeType(StrEnum):
    O2_8 = "O2-8"
    O4_12 = "O4-12"
    O8_16 = "O8-16"

    def __str__(self) -> str:
        return str(self.value)
