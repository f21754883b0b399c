from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_language import ProjectLanguage, check_project_language
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Project")


@_attrs_define(repr=False)
class Project:
    """A project and its settings. The answer to `createProject` carries fewer fields than `readProject`
    does, hence the short `required` list.

    """

    project_id: int
    """ Id of a project. """
    name: str
    """ Name of the project, with its folders (`Folder/Project`). """
    modified: datetime.datetime
    """ When the project last changed (UTC). """
    created: datetime.datetime
    """ When the project was created (UTC). """
    channel_id: str | None
    """ Id of the project's live-update channel. """
    grid: Grid | None
    """ Chart layout of the backtest view; null when never arranged. """
    live_grid: Grid | None
    """ Chart layout of the live view; null when never arranged. """
    paper_equity: float | None
    """ Equity of the project's latest paper-trading deployment. """
    last_live_deployment: datetime.datetime | None
    """ When the project last traded live (UTC); null if never. """
    live_form: LiveForm | None
    """ Settings of the project's latest live deployment; null if never deployed. """
    encrypted: bool | None
    """ Whether the project's files are encrypted. """
    encryption_key: EncryptionKey | None
    """ Key the project is encrypted with; null when it is not encrypted. """
    organization_id: str | Unset = UNSET
    """ Id of the organization that owns the project. """
    owner_id: int | Unset = UNSET
    """ User id of the project's owner. """
    language: ProjectLanguage | str | Unset = UNSET
    """ Language of the project (see ProjectLanguage; any string is accepted). """
    collaborators: list[Collaborator] | Unset = UNSET
    """ Users who share the project. """
    lean_version_id: int | Unset = UNSET
    """ LEAN version the project runs on (see `versions`). """
    lean_pinned_to_master: bool | Unset = UNSET
    """ Whether the project follows the newest LEAN version instead of a fixed one. """
    owner: bool | Unset = UNSET
    """ Whether the caller owns the project. """
    description: str | Unset = UNSET
    """ The project's description; `""` when it has none (QuantConnect's CLI requires a string). """
    parameters: list[ProjectParameter] | ProjectParameterMap | Unset = UNSET
    """ The project's saved parameter values (`[]` when there are none). QuantConnect's document gives a
    map of name to value; QuantConnect's own CLI reads a list (or map) of ProjectParameter objects. Both
    forms are accepted.
     """
    libraries: list[Library] | Unset = UNSET
    """ Library projects linked to this one. """
    code_running: bool | Unset = UNSET
    """ Whether a backtest, optimization or live deployment of the project is running. """
    lean_environment: int | Unset = UNSET
    """ Id of the LEAN environment the project runs in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        modified = self.modified.isoformat()

        created = self.created.isoformat()

        channel_id: str | None
        channel_id = self.channel_id

        grid: dict[str, Any] | None
        if isinstance(self.grid, Grid):
            grid = self.grid.to_dict()
        else:
            grid = self.grid

        live_grid: dict[str, Any] | None
        if isinstance(self.live_grid, Grid):
            live_grid = self.live_grid.to_dict()
        else:
            live_grid = self.live_grid

        paper_equity: float | None
        paper_equity = self.paper_equity

        last_live_deployment: str | None
        if isinstance(self.last_live_deployment, datetime.datetime):
            last_live_deployment = self.last_live_deployment.isoformat()
        else:
            last_live_deployment = self.last_live_deployment

        live_form: dict[str, Any] | None
        if isinstance(self.live_form, LiveForm):
            live_form = self.live_form.to_dict()
        else:
            live_form = self.live_form

        encrypted: bool | None
        encrypted = self.encrypted

        encryption_key: dict[str, Any] | None
        if isinstance(self.encryption_key, EncryptionKey):
            encryption_key = self.encryption_key.to_dict()
        else:
            encryption_key = self.encryption_key

        organization_id = self.organization_id

        owner_id = self.owner_id

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        collaborators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = []
            for collaborators_item_data in self.collaborators:
                collaborators_item = collaborators_item_data.to_dict()
                collaborators.append(collaborators_item)

        lean_version_id = self.lean_version_id

        lean_pinned_to_master = self.lean_pinned_to_master

        owner = self.owner

        description = self.description

        parameters: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for componentsschemas_project_parameters_type_0_item_data in self.parameters:
                componentsschemas_project_parameters_type_0_item = (
                    componentsschemas_project_parameters_type_0_item_data.to_dict()
                )
                parameters.append(componentsschemas_project_parameters_type_0_item)

        else:
            parameters = self.parameters.to_dict()

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        code_running = self.code_running

        lean_environment = self.lean_environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "modified": modified,
                "created": created,
                "channelId": channel_id,
                "grid": grid,
                "liveGrid": live_grid,
                "paperEquity": paper_equity,
                "lastLiveDeployment": last_live_deployment,
                "liveForm": live_form,
                "encrypted": encrypted,
                "encryptionKey": encryption_key,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if language is not UNSET:
            field_dict["language"] = language
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if lean_version_id is not UNSET:
            field_dict["leanVersionId"] = lean_version_id
        if lean_pinned_to_master is not UNSET:
            field_dict["leanPinnedToMaster"] = lean_pinned_to_master
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if code_running is not UNSET:
            field_dict["codeRunning"] = code_running
        if lean_environment is not UNSET:
            field_dict["leanEnvironment"] = lean_environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        channel_id: str | None = d.pop("channelId", None)

        def _parse_grid(data: object) -> Grid | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grid_type_0 = Grid.from_dict(data)

                return grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grid | None, data)

        grid = _parse_grid(d.pop("grid", None))

        def _parse_live_grid(data: object) -> Grid | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                live_grid_type_0 = Grid.from_dict(data)

                return live_grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grid | None, data)

        live_grid = _parse_live_grid(d.pop("liveGrid", None))

        paper_equity: float | None = d.pop("paperEquity", None)

        def _parse_last_live_deployment(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_live_deployment_type_0 = datetime.datetime.fromisoformat(data)

                return last_live_deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_live_deployment = _parse_last_live_deployment(d.pop("lastLiveDeployment", None))

        def _parse_live_form(data: object) -> LiveForm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                live_form_type_0 = LiveForm.from_dict(data)

                return live_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveForm | None, data)

        live_form = _parse_live_form(d.pop("liveForm", None))

        encrypted: bool | None = d.pop("encrypted", None)

        def _parse_encryption_key(data: object) -> EncryptionKey | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                encryption_key_type_0 = EncryptionKey.from_dict(data)

                return encryption_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EncryptionKey | None, data)

        encryption_key = _parse_encryption_key(d.pop("encryptionKey", None))

        organization_id = d.pop("organizationId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        def _parse_language(data: object) -> ProjectLanguage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_project_language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectLanguage | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _collaborators = d.pop("collaborators", UNSET)
        collaborators: list[Collaborator] | Unset = UNSET
        if _collaborators is not UNSET:
            collaborators = []
            for collaborators_item_data in _collaborators:
                collaborators_item = Collaborator.from_dict(collaborators_item_data)

                collaborators.append(collaborators_item)

        lean_version_id = d.pop("leanVersionId", UNSET)

        lean_pinned_to_master = d.pop("leanPinnedToMaster", UNSET)

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        def _parse_parameters(data: object) -> list[ProjectParameter] | ProjectParameterMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_project_parameters_type_0 = []
                _componentsschemas_project_parameters_type_0 = data
                for (
                    componentsschemas_project_parameters_type_0_item_data
                ) in _componentsschemas_project_parameters_type_0:
                    componentsschemas_project_parameters_type_0_item = ProjectParameter.from_dict(
                        componentsschemas_project_parameters_type_0_item_data
                    )

                    componentsschemas_project_parameters_type_0.append(componentsschemas_project_parameters_type_0_item)

                return componentsschemas_project_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_project_parameters_type_1 = ProjectParameterMap.from_dict(data)

            return componentsschemas_project_parameters_type_1

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        code_running = d.pop("codeRunning", UNSET)

        lean_environment = d.pop("leanEnvironment", UNSET)

        project = cls(
            project_id=project_id,
            name=name,
            modified=modified,
            created=created,
            channel_id=channel_id,
            grid=grid,
            live_grid=live_grid,
            paper_equity=paper_equity,
            last_live_deployment=last_live_deployment,
            live_form=live_form,
            encrypted=encrypted,
            encryption_key=encryption_key,
            organization_id=organization_id,
            owner_id=owner_id,
            language=language,
            collaborators=collaborators,
            lean_version_id=lean_version_id,
            lean_pinned_to_master=lean_pinned_to_master,
            owner=owner,
            description=description,
            parameters=parameters,
            libraries=libraries,
            code_running=code_running,
            lean_environment=lean_environment,
        )

        project.additional_properties = d
        return project

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
    "project_id",
    "name",
    "modified",
    "created",
    "channel_id",
    "grid",
    "live_grid",
    "paper_equity",
    "last_live_deployment",
    "live_form",
    "encrypted",
    "encryption_key",
    "organization_id",
    "owner_id",
    "language",
    "collaborators",
    "lean_version_id",
    "lean_pinned_to_master",
    "owner",
    "description",
    "parameters",
    "libraries",
    "code_running",
    "lean_environment",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.collaborator import Collaborator  # noqa: E402
from ..models.encryption_key import EncryptionKey  # noqa: E402
from ..models.grid import Grid  # noqa: E402
from ..models.library import Library  # noqa: E402
from ..models.live_form import LiveForm  # noqa: E402
from ..models.project_parameter import ProjectParameter  # noqa: E402
from ..models.project_parameter_map import ProjectParameterMap  # noqa: E402
