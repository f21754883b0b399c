from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_language import ProjectLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
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
    description: str | Unset | None = UNSET
    """ The project's description. """
    channel_id: str | Unset | None = UNSET
    """ Id of the project's live-update channel. """
    parameters: list[ProjectParameter] | ProjectParameterMap | Unset = UNSET
    """ The project's saved parameter values (`[]` when there are none). QuantConnect's document gives a
    map of name to value; QuantConnect's own CLI reads a list (or map) of ProjectParameter objects. Both
    forms are accepted.
     """
    libraries: list[Library] | Unset = UNSET
    """ Library projects linked to this one. """
    grid: Grid | Unset | None = UNSET
    """ Chart layout of the backtest view; null when never arranged. """
    live_grid: Grid | Unset | None = UNSET
    """ Chart layout of the live view; null when never arranged. """
    paper_equity: float | Unset | None = UNSET
    """ Equity of the project's latest paper-trading deployment. """
    last_live_deployment: datetime.datetime | Unset | None = UNSET
    """ When the project last traded live (UTC); null if never. """
    live_form: LiveForm | Unset | None = UNSET
    """ Settings of the project's latest live deployment; null if never deployed. """
    encrypted: bool | Unset | None = UNSET
    """ Whether the project's files are encrypted. """
    code_running: bool | Unset = UNSET
    """ Whether a backtest, optimization or live deployment of the project is running. """
    lean_environment: int | Unset = UNSET
    """ Id of the LEAN environment the project runs in. """
    encryption_key: EncryptionKey | Unset | None = UNSET
    """ Key the project is encrypted with; null when it is not encrypted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        modified = self.modified.isoformat()

        created = self.created.isoformat()

        organization_id = self.organization_id

        owner_id = self.owner_id

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, ProjectLanguage):
            language = self.language.value
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

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        channel_id: str | Unset | None
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

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

        grid: dict[str, Any] | Unset | None
        if isinstance(self.grid, Unset):
            grid = UNSET
        elif isinstance(self.grid, Grid):
            grid = self.grid.to_dict()
        else:
            grid = self.grid

        live_grid: dict[str, Any] | Unset | None
        if isinstance(self.live_grid, Unset):
            live_grid = UNSET
        elif isinstance(self.live_grid, Grid):
            live_grid = self.live_grid.to_dict()
        else:
            live_grid = self.live_grid

        paper_equity: float | Unset | None
        if isinstance(self.paper_equity, Unset):
            paper_equity = UNSET
        else:
            paper_equity = self.paper_equity

        last_live_deployment: str | Unset | None
        if isinstance(self.last_live_deployment, Unset):
            last_live_deployment = UNSET
        elif isinstance(self.last_live_deployment, datetime.datetime):
            last_live_deployment = self.last_live_deployment.isoformat()
        else:
            last_live_deployment = self.last_live_deployment

        live_form: dict[str, Any] | Unset | None
        if isinstance(self.live_form, Unset):
            live_form = UNSET
        elif isinstance(self.live_form, LiveForm):
            live_form = self.live_form.to_dict()
        else:
            live_form = self.live_form

        encrypted: bool | Unset | None
        if isinstance(self.encrypted, Unset):
            encrypted = UNSET
        else:
            encrypted = self.encrypted

        code_running = self.code_running

        lean_environment = self.lean_environment

        encryption_key: dict[str, Any] | Unset | None
        if isinstance(self.encryption_key, Unset):
            encryption_key = UNSET
        elif isinstance(self.encryption_key, EncryptionKey):
            encryption_key = self.encryption_key.to_dict()
        else:
            encryption_key = self.encryption_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "modified": modified,
                "created": created,
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
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if grid is not UNSET:
            field_dict["grid"] = grid
        if live_grid is not UNSET:
            field_dict["liveGrid"] = live_grid
        if paper_equity is not UNSET:
            field_dict["paperEquity"] = paper_equity
        if last_live_deployment is not UNSET:
            field_dict["lastLiveDeployment"] = last_live_deployment
        if live_form is not UNSET:
            field_dict["liveForm"] = live_form
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if code_running is not UNSET:
            field_dict["codeRunning"] = code_running
        if lean_environment is not UNSET:
            field_dict["leanEnvironment"] = lean_environment
        if encryption_key is not UNSET:
            field_dict["encryptionKey"] = encryption_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        organization_id = d.pop("organizationId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        def _parse_language(data: object) -> ProjectLanguage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = ProjectLanguage(data)

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

        description: str | Unset | None = d.pop("description", UNSET)

        channel_id: str | Unset | None = d.pop("channelId", UNSET)

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

        def _parse_grid(data: object) -> Grid | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grid_type_0 = Grid.from_dict(data)

                return grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grid | None | Unset, data)

        grid = _parse_grid(d.pop("grid", UNSET))

        def _parse_live_grid(data: object) -> Grid | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                live_grid_type_0 = Grid.from_dict(data)

                return live_grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grid | None | Unset, data)

        live_grid = _parse_live_grid(d.pop("liveGrid", UNSET))

        paper_equity: float | Unset | None = d.pop("paperEquity", UNSET)

        def _parse_last_live_deployment(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_live_deployment_type_0 = datetime.datetime.fromisoformat(data)

                return last_live_deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_live_deployment = _parse_last_live_deployment(d.pop("lastLiveDeployment", UNSET))

        def _parse_live_form(data: object) -> LiveForm | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                live_form_type_0 = LiveForm.from_dict(data)

                return live_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveForm | None | Unset, data)

        live_form = _parse_live_form(d.pop("liveForm", UNSET))

        encrypted: bool | Unset | None = d.pop("encrypted", UNSET)

        code_running = d.pop("codeRunning", UNSET)

        lean_environment = d.pop("leanEnvironment", UNSET)

        def _parse_encryption_key(data: object) -> EncryptionKey | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                encryption_key_type_0 = EncryptionKey.from_dict(data)

                return encryption_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EncryptionKey | None | Unset, data)

        encryption_key = _parse_encryption_key(d.pop("encryptionKey", UNSET))

        project = cls(
            project_id=project_id,
            name=name,
            modified=modified,
            created=created,
            organization_id=organization_id,
            owner_id=owner_id,
            language=language,
            collaborators=collaborators,
            lean_version_id=lean_version_id,
            lean_pinned_to_master=lean_pinned_to_master,
            owner=owner,
            description=description,
            channel_id=channel_id,
            parameters=parameters,
            libraries=libraries,
            grid=grid,
            live_grid=live_grid,
            paper_equity=paper_equity,
            last_live_deployment=last_live_deployment,
            live_form=live_form,
            encrypted=encrypted,
            code_running=code_running,
            lean_environment=lean_environment,
            encryption_key=encryption_key,
        )

        project.additional_properties = d
        return project

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


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.collaborator import Collaborator  # noqa: E402
from ..models.encryption_key import EncryptionKey  # noqa: E402
from ..models.grid import Grid  # noqa: E402
from ..models.library import Library  # noqa: E402
from ..models.live_form import LiveForm  # noqa: E402
from ..models.project_parameter import ProjectParameter  # noqa: E402
from ..models.project_parameter_map import ProjectParameterMap  # noqa: E402
