from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Node")


@_attrs_define(repr=False)
class Node:
    """A compute node of the organization. The fields lean-cli requires (its `QCNode`) are required here; `usedBy`
    and `projectName` are `""` while the node is idle.

    """

    id: str
    """ Id of the node, as `updateNodes` takes it. """
    name: str
    """ Name the organization gave the node. """
    sku: str
    """ Node type (`B2-8`, `R1-4`, `L1-1`, ...). """
    description: str
    """ The node type's resources, in words. """
    cpu: int
    """ CPU cores. """
    ram: float
    """ Memory in GB. """
    speed: float
    """ CPU clock speed in GHz. """
    assets: int
    """ How many assets the node is recommended for. """
    host: str | None
    """ Host of the node, when the platform shows it. """
    price: NodePrices
    """ What a node costs, in US dollars. """
    busy: bool
    """ Whether the node is running something now. """
    used_by: str
    """ Name of the user running something on it; `""` when idle. """
    user_profile: str | None
    """ Profile address of that user; null when idle. """
    project_name: str
    """ Name of the project running on it; `""` when idle. """
    project_id: int | None
    """ Id of that project; null when idle. """
    has_gpu: int | Unset = UNSET
    """ 1 when the node has a GPU, else 0. """
    active: bool | Unset = UNSET
    """ Whether the project read (or updated) is set to use this node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sku = self.sku

        description = self.description

        cpu = self.cpu

        ram = self.ram

        speed = self.speed

        assets = self.assets

        host: str | None
        host = self.host

        price = self.price.to_dict()

        busy = self.busy

        used_by = self.used_by

        user_profile: str | None
        user_profile = self.user_profile

        project_name = self.project_name

        project_id: int | None
        project_id = self.project_id

        has_gpu = self.has_gpu

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "sku": sku,
                "description": description,
                "cpu": cpu,
                "ram": ram,
                "speed": speed,
                "assets": assets,
                "host": host,
                "price": price,
                "busy": busy,
                "usedBy": used_by,
                "userProfile": user_profile,
                "projectName": project_name,
                "projectId": project_id,
            }
        )
        if has_gpu is not UNSET:
            field_dict["hasGpu"] = has_gpu
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        sku = d.pop("sku")

        description = d.pop("description")

        cpu = d.pop("cpu")

        ram = d.pop("ram")

        speed = d.pop("speed")

        assets = d.pop("assets")

        host: str | None = d.pop("host", None)

        price = NodePrices.from_dict(d.pop("price"))

        busy = d.pop("busy")

        used_by = d.pop("usedBy")

        user_profile: str | None = d.pop("userProfile", None)

        project_name = d.pop("projectName")

        project_id: int | None = d.pop("projectId", None)

        has_gpu = d.pop("hasGpu", UNSET)

        active = d.pop("active", UNSET)

        node = cls(
            id=id,
            name=name,
            sku=sku,
            description=description,
            cpu=cpu,
            ram=ram,
            speed=speed,
            assets=assets,
            host=host,
            price=price,
            busy=busy,
            used_by=used_by,
            user_profile=user_profile,
            project_name=project_name,
            project_id=project_id,
            has_gpu=has_gpu,
            active=active,
        )

        node.additional_properties = d
        return node

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
    "id",
    "name",
    "sku",
    "description",
    "cpu",
    "ram",
    "speed",
    "assets",
    "host",
    "price",
    "busy",
    "used_by",
    "user_profile",
    "project_name",
    "project_id",
    "has_gpu",
    "active",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.node_prices import NodePrices  # noqa: E402
