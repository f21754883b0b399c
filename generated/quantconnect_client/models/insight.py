from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_direction import InsightDirection
from ..models.insight_type import InsightType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Insight")


@_attrs_define
class Insight:
    """A prediction an alpha model emitted about one asset, and how it scored."""

    id: str | Unset = UNSET
    """ Insight id. """
    group_id: str | Unset | None = UNSET
    """ Id of the group of insights emitted together, if any. """
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
    magnitude: float | Unset | None = UNSET
    """ Predicted relative change, if given. """
    confidence: float | Unset | None = UNSET
    """ Confidence in the prediction, 0 to 1, if given. """
    weight: float | Unset | None = UNSET
    """ Suggested portfolio weight, if given. """
    score_final: bool | Unset = UNSET
    """ Whether the scores are final (the insight has closed). """
    score_direction: float | Unset = UNSET
    """ Score of the predicted direction, 0 to 1. """
    score_magnitude: float | Unset = UNSET
    """ Score of the predicted magnitude, 0 to 1. """
    estimated_value: float | Unset = UNSET
    """ Estimated value the insight produced, in account currency. """
    tag: str | Unset | None = UNSET
    """ Free text the alpha model attached. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id: str | Unset | None
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        source_model = self.source_model

        generated_time = self.generated_time

        close_time = self.close_time

        symbol = self.symbol

        ticker = self.ticker

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InsightType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        reference = self.reference

        reference_final = self.reference_final

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, InsightDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        period = self.period

        magnitude: float | Unset | None
        if isinstance(self.magnitude, Unset):
            magnitude = UNSET
        else:
            magnitude = self.magnitude

        confidence: float | Unset | None
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        weight: float | Unset | None
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        score_final = self.score_final

        score_direction = self.score_direction

        score_magnitude = self.score_magnitude

        estimated_value = self.estimated_value

        tag: str | Unset | None
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
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
        if magnitude is not UNSET:
            field_dict["magnitude"] = magnitude
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if weight is not UNSET:
            field_dict["weight"] = weight
        if score_final is not UNSET:
            field_dict["scoreFinal"] = score_final
        if score_direction is not UNSET:
            field_dict["scoreDirection"] = score_direction
        if score_magnitude is not UNSET:
            field_dict["scoreMagnitude"] = score_magnitude
        if estimated_value is not UNSET:
            field_dict["estimatedValue"] = estimated_value
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        group_id: str | Unset | None = d.pop("groupId", UNSET)

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
                type_type_0 = InsightType(data)

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
                direction_type_0 = InsightDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        period = d.pop("period", UNSET)

        magnitude: float | Unset | None = d.pop("magnitude", UNSET)

        confidence: float | Unset | None = d.pop("confidence", UNSET)

        weight: float | Unset | None = d.pop("weight", UNSET)

        score_final = d.pop("scoreFinal", UNSET)

        score_direction = d.pop("scoreDirection", UNSET)

        score_magnitude = d.pop("scoreMagnitude", UNSET)

        estimated_value = d.pop("estimatedValue", UNSET)

        tag: str | Unset | None = d.pop("tag", UNSET)

        insight = cls(
            id=id,
            group_id=group_id,
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
            magnitude=magnitude,
            confidence=confidence,
            weight=weight,
            score_final=score_final,
            score_direction=score_direction,
            score_magnitude=score_magnitude,
            estimated_value=estimated_value,
            tag=tag,
        )

        insight.additional_properties = d
        return insight

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
