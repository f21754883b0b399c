from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_loading_status import ChartLoadingStatus, check_chart_loading_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReadChartResponse")


@_attrs_define(repr=False)
class ReadChartResponse:
    """A chart of a backtest, or (while the platform is still preparing it) no `chart` but `status:
    loading` with a `progress`. QuantConnect's document splits the two shapes into ReadChartResponse
    and LoadingResponse.

        Example:
            {'success': True, 'status': 'loading', 'progress': 0.35}

    """

    success: bool
    """ Whether the request did what it asked. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    chart: Chart | Unset = UNSET
    """ A chart with its series of points. """
    status: ChartLoadingStatus | str | Unset = UNSET
    """ `loading` while the chart is being prepared (see ChartLoadingStatus; any string is accepted);
    absent once the chart is sent.
     """
    progress: float | Unset = UNSET
    """ How far the preparation has got, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        chart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chart, Unset):
            chart = self.chart.to_dict()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if chart is not UNSET:
            field_dict["chart"] = chart
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        errors = cast("list[str]", d.pop("errors", UNSET))

        _chart = d.pop("chart", UNSET)
        chart: Chart | Unset
        if isinstance(_chart, Unset):
            chart = UNSET
        else:
            chart = Chart.from_dict(_chart)

        def _parse_status(data: object) -> ChartLoadingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_chart_loading_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChartLoadingStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        progress = d.pop("progress", UNSET)

        read_chart_response = cls(
            success=success,
            errors=errors,
            chart=chart,
            status=status,
            progress=progress,
        )

        read_chart_response.additional_properties = d
        return read_chart_response

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
    "success",
    "errors",
    "chart",
    "status",
    "progress",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.chart import Chart  # noqa: E402
