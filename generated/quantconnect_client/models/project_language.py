from typing import Literal

ProjectLanguage = Literal["C#", "Py"]

PROJECT_LANGUAGE_VALUES: set[ProjectLanguage] = {
    "C#",
    "Py",
}


def check_project_language(value: str) -> ProjectLanguage:
    if value in PROJECT_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_LANGUAGE_VALUES!r}")
