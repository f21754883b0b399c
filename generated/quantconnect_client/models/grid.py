from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Grid")


@_attrs_define(repr=False)
class Grid:
    """Arrangement of a view's charts for each screen size."""

    xs: list[GridChart] | Unset = UNSET
    """ Layout on extra-small screens. """
    sm: list[GridChart] | Unset = UNSET
    """ Layout on small screens. """
    md: list[GridChart] | Unset = UNSET
    """ Layout on medium screens. """
    lg: list[GridChart] | Unset = UNSET
    """ Layout on large screens. """
    xl: list[GridChart] | Unset = UNSET
    """ Layout on extra-large screens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.xs, Unset):
            xs = []
            for xs_item_data in self.xs:
                xs_item = xs_item_data.to_dict()
                xs.append(xs_item)

        sm: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sm, Unset):
            sm = []
            for sm_item_data in self.sm:
                sm_item = sm_item_data.to_dict()
                sm.append(sm_item)

        md: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.md, Unset):
            md = []
            for md_item_data in self.md:
                md_item = md_item_data.to_dict()
                md.append(md_item)

        lg: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lg, Unset):
            lg = []
            for lg_item_data in self.lg:
                lg_item = lg_item_data.to_dict()
                lg.append(lg_item)

        xl: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.xl, Unset):
            xl = []
            for xl_item_data in self.xl:
                xl_item = xl_item_data.to_dict()
                xl.append(xl_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if xs is not UNSET:
            field_dict["xs"] = xs
        if sm is not UNSET:
            field_dict["sm"] = sm
        if md is not UNSET:
            field_dict["md"] = md
        if lg is not UNSET:
            field_dict["lg"] = lg
        if xl is not UNSET:
            field_dict["xl"] = xl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _xs = d.pop("xs", UNSET)
        xs: list[GridChart] | Unset = UNSET
        if _xs is not UNSET:
            xs = []
            for xs_item_data in _xs:
                xs_item = GridChart.from_dict(xs_item_data)

                xs.append(xs_item)

        _sm = d.pop("sm", UNSET)
        sm: list[GridChart] | Unset = UNSET
        if _sm is not UNSET:
            sm = []
            for sm_item_data in _sm:
                sm_item = GridChart.from_dict(sm_item_data)

                sm.append(sm_item)

        _md = d.pop("md", UNSET)
        md: list[GridChart] | Unset = UNSET
        if _md is not UNSET:
            md = []
            for md_item_data in _md:
                md_item = GridChart.from_dict(md_item_data)

                md.append(md_item)

        _lg = d.pop("lg", UNSET)
        lg: list[GridChart] | Unset = UNSET
        if _lg is not UNSET:
            lg = []
            for lg_item_data in _lg:
                lg_item = GridChart.from_dict(lg_item_data)

                lg.append(lg_item)

        _xl = d.pop("xl", UNSET)
        xl: list[GridChart] | Unset = UNSET
        if _xl is not UNSET:
            xl = []
            for xl_item_data in _xl:
                xl_item = GridChart.from_dict(xl_item_data)

                xl.append(xl_item)

        grid = cls(
            xs=xs,
            sm=sm,
            md=md,
            lg=lg,
            xl=xl,
        )

        grid.additional_properties = d
        return grid

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = (
    "xs",
    "sm",
    "md",
    "lg",
    "xl",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.grid_chart import GridChart  # noqa: E402
