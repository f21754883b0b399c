from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_direction import InsightDirection, check_insight_direction
from ..models.insight_type import InsightType, check_insight_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Insight")


@_attrs_define(repr=False)
class Insight:
    """A prediction an alpha model emitted about one asset, and how it scored."""

    group_id: str | None
    """ Id of the group of insights emitted together, if any. """
    magnitude: float | None
    """ Predicted relative change, if given. """
    confidence: float | None
    """ Confidence in the prediction, 0 to 1, if given. """
    weight: float | None
    """ Suggested portfolio weight, if given. """
    tag: str | None
    """ Free text the alpha model attached. """
    id: str | Unset = UNSET
    """ Insight id. """
    source_model: str | Unset = UNSET
    """ Name of the alpha model that emitted it. """
    generated_time: int | Unset = UNSET
    """ When the insight was emitted, Unix seconds. """
    close_time: int | Unset = UNSET
    """ When the insight expires, Unix seconds. """
    symbol: str | Unset = UNSET
    """ Security identifier of the asset. """
    ticker: str | Unset = UNSET
    """ Ticker of the asset. """
    type_: InsightType | str | Unset = UNSET
    """ What is predicted (see InsightType; any string is accepted). """
    reference: float | Unset = UNSET
    """ Value of the predicted quantity (the price, usually) when the insight was emitted. """
    reference_final: float | Unset = UNSET
    """ Value of the predicted quantity when the insight closed, used to score it. """
    direction: InsightDirection | str | Unset = UNSET
    """ Predicted direction (see InsightDirection; any string is accepted). """
    period: int | Unset = UNSET
    """ How long the prediction is for, in seconds. """
    score_final: bool | Unset = UNSET
    """ Whether the scores are final (the insight has closed). """
    score_direction: float | Unset = UNSET
    """ Score of the predicted direction, 0 to 1. """
    score_magnitude: float | Unset = UNSET
    """ Score of the predicted magnitude, 0 to 1. """
    estimated_value: float | Unset = UNSET
    """ Estimated value the insight produced, in account currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id: str | None
        group_id = self.group_id

        magnitude: float | None
        magnitude = self.magnitude

        confidence: float | None
        confidence = self.confidence

        weight: float | None
        weight = self.weight

        tag: str | None
        tag = self.tag

        id = self.id

        source_model = self.source_model

        generated_time = self.generated_time

        close_time = self.close_time

        symbol = self.symbol

        ticker = self.ticker

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        reference = self.reference

        reference_final = self.reference_final

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        period = self.period

        score_final = self.score_final

        score_direction = self.score_direction

        score_magnitude = self.score_magnitude

        estimated_value = self.estimated_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupId": group_id,
                "magnitude": magnitude,
                "confidence": confidence,
                "weight": weight,
                "tag": tag,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if source_model is not UNSET:
            field_dict["sourceModel"] = source_model
        if generated_time is not UNSET:
            field_dict["generatedTime"] = generated_time
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference is not UNSET:
            field_dict["reference"] = reference
        if reference_final is not UNSET:
            field_dict["referenceFinal"] = reference_final
        if direction is not UNSET:
            field_dict["direction"] = direction
        if period is not UNSET:
            field_dict["period"] = period
        if score_final is not UNSET:
            field_dict["scoreFinal"] = score_final
        if score_direction is not UNSET:
            field_dict["scoreDirection"] = score_direction
        if score_magnitude is not UNSET:
            field_dict["scoreMagnitude"] = score_magnitude
        if estimated_value is not UNSET:
            field_dict["estimatedValue"] = estimated_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id: str | None = d.pop("groupId", None)

        magnitude: float | None = d.pop("magnitude", None)

        confidence: float | None = d.pop("confidence", None)

        weight: float | None = d.pop("weight", None)

        tag: str | None = d.pop("tag", None)

        id = d.pop("id", UNSET)

        source_model = d.pop("sourceModel", UNSET)

        generated_time = d.pop("generatedTime", UNSET)

        close_time = d.pop("closeTime", UNSET)

        symbol = d.pop("symbol", UNSET)

        ticker = d.pop("ticker", UNSET)

        def _parse_type_(data: object) -> InsightType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_insight_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        reference = d.pop("reference", UNSET)

        reference_final = d.pop("referenceFinal", UNSET)

        def _parse_direction(data: object) -> InsightDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_insight_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        period = d.pop("period", UNSET)

        score_final = d.pop("scoreFinal", UNSET)

        score_direction = d.pop("scoreDirection", UNSET)

        score_magnitude = d.pop("scoreMagnitude", UNSET)

        estimated_value = d.pop("estimatedValue", UNSET)

        insight = cls(
            group_id=group_id,
            magnitude=magnitude,
            confidence=confidence,
            weight=weight,
            tag=tag,
            id=id,
            source_model=source_model,
            generated_time=generated_time,
            close_time=close_time,
            symbol=symbol,
            ticker=ticker,
            type_=type_,
            reference=reference,
            reference_final=reference_final,
            direction=direction,
            period=period,
            score_final=score_final,
            score_direction=score_direction,
            score_magnitude=score_magnitude,
            estimated_value=estimated_value,
        )

        insight.additional_properties = d
        return insight

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
    "group_id",
    "magnitude",
    "confidence",
    "weight",
    "tag",
    "id",
    "source_model",
    "generated_time",
    "close_time",
    "symbol",
    "ticker",
    "type_",
    "reference",
    "reference_final",
    "direction",
    "period",
    "score_final",
    "score_direction",
    "score_magnitude",
    "estimated_value",
)
