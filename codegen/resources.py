"""The second rendering step of `make generate`: resources, the client classes, the operation registry, api.md.

openapi-python-client writes the models and the per-operation modules, but drops the operations' `x-`
extensions. This step reads the same view of the document with the generator's own parser (so names and types
are exactly those of the generated models) and the extensions from the document, and renders
`templates/resources/*.jinja`:

- `_operations.py`: one `auth_plugin.Operation` per operation (operationId, path, retry rules);
- `resources/<tag>.py`: one resource per tag, one method per operation (sync and async classes);
- `_client.py`: `QuantConnect` and `AsyncQuantConnect` with a property per resource;
- `api.md` (beside the package): every method with its parameters and return type.

Method names come from the operationId without the tag's noun: `readBacktestChart` in tag `backtests` is
`client.backtests.read_chart`. An operationId without the noun (`authenticate`) becomes a method of the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import snake_case  # the generator's own rule for field names

from .view import operations, result_property, success_schema_name

__all__ = ["OperationView", "Resource", "build_resources", "method_name", "render_resources"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "resources"
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def _code(value: Any) -> str:
    """Plain text of the parser's PythonCode / UntrustedString values."""
    for attribute in ("as_unembedded_code", "get_untrusted_value"):
        if hasattr(value, attribute):
            return str(getattr(value, attribute)())
    return str(value)


def _type(value: Any) -> str:
    """A type for a resource module, where a method named `list` would shadow the builtin."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", _code(value))


def method_name(operation_id: str, tag: str) -> str | None:
    """The operationId in snake_case without the tag's noun; None when it does not contain the noun."""
    words = [word.lower() for word in _WORD.findall(operation_id)]
    nouns = {tag.lower(), tag.lower().removesuffix("s")}
    kept = [word for word in words if word not in nouns]
    return "_".join(kept) if len(kept) < len(words) and kept else None


def _camel(tag: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", tag) if part)


@dataclass(frozen=True)
class Field:
    """A keyword argument of a method: one property of its request model."""

    name: str
    type: str
    default: str | None  # None: required
    fill_none: bool = False  # required by the model but nullable: the method defaults it to None

    @property
    def signature(self) -> str:
        return f"{self.name}: {self.type}" + ("" if self.default is None else f" = {self.default}")


@dataclass
class WaitView:
    """One waiter of a read's `x-qc-wait`, in the generated model's attribute names."""

    method: str
    what: str
    until: str  # for the docstring: "finished", "running", ...
    status: str
    done: dict[str, list[Any]]
    error: str
    stop_hint: str
    progress: str | None
    failed: dict[str, list[Any]]
    failed_when_set: list[str]
    settle: str | None
    settle_attempts: int
    settle_interval: float
    progress_ratio: tuple[str, str] | None


@dataclass
class CreateAndWaitView:
    """A create's `x-qc-create-and-wait`: the read whose waiter follows, and its ids' sources."""

    wait: OperationView
    ids: list[tuple[str, str]]  # (read's field, "request.<field>" or "created.<attribute>")
    method: str = "wait"


@dataclass
class PagingView:
    """A read's `x-qc-paging`: windows (`start`/`end`/`length`/`window`) or page numbers (`page`/`pages`)."""

    method: str
    items: str
    item_type: str
    fields: list[Field]
    start: str = ""
    end: str = ""
    length: str = ""
    window: int = 0
    page: str = ""
    pages: str = ""
    first: int = 1

    @property
    def by_page(self) -> bool:
        return bool(self.page)


@dataclass
class OperationView:
    """What the templates need to know about one operation."""

    operation_id: str
    module: str  # the generated endpoint module's name, also the registry key
    path: str
    tag: str
    method: str  # method name on its resource (or on the client)
    summary: str
    description: str
    idempotent: bool
    not_found_means_done: bool
    request_models: list[str]  # one, several (a union body) or none
    fields: list[Field]
    response_model: str | None
    result: str  # "none", "body", "property", "first"
    result_property: str | None
    result_type: str  # the method's return type
    imports: set[str] = field(default_factory=set)
    result_model: str | None = None  # the model class the method returns (None for lists and None)
    member_fields: list[list[Field]] = field(default_factory=list)  # per request model, for a union body
    waits: list[WaitView] = field(default_factory=list)
    create_and_wait: CreateAndWaitView | None = None
    paging: PagingView | None = None
    answers_redirect: bool = False
    multipart: bool = False  # the body is multipart/form-data (sent with the model's to_multipart())

    @property
    def constant(self) -> str:
        return self.module.upper()

    @property
    def request_type(self) -> str:
        return " | ".join(self.request_models)


@dataclass
class Resource:
    """One tag's operations."""

    tag: str
    attribute: str
    class_name: str
    module: str
    description: str
    operations: list[OperationView]

    @property
    def imports(self) -> list[str]:
        return sorted({line for operation in self.operations for line in operation.imports})


def _properties(model: ModelProperty) -> list[Any]:
    """A processed model's properties, required ones first."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _imports(prop: Any, prefix: str) -> set[str]:
    lines = set(prop.get_imports(prefix=prefix)) | set(prop.get_lazy_imports(prefix=prefix) or ())
    return {line for line in lines if "TYPE_CHECKING" not in line}


def _model_import(model: ModelProperty, prefix: str) -> str:
    return f"from {prefix}models.{model.class_info.module_name} import {model.class_info.name}"


def _fields(models: list[ModelProperty]) -> list[Field]:
    """The union of the request models' properties (a union body takes the fields of any member)."""
    seen: dict[str, Field] = {}
    for model in models:
        for prop in _properties(model):
            if prop.python_name in seen:
                continue
            type_ = _type(prop.get_type_string())
            fill_none = False
            if prop.default is not None:
                default: str | None = _code(getattr(prop.default, "python_code", prop.default))
            elif prop.required and "None" in type_.split(" | "):
                default, fill_none = "None", True  # the platform wants the field, and null is a fine value
            else:
                default = None if prop.required else "UNSET"
            if len(models) > 1 and default is None:
                default = "UNSET"  # required by one member only: the member is picked by the fields given
            if default == "UNSET" and "Unset" not in type_:
                type_ += " | Unset"
            seen[prop.python_name] = Field(prop.python_name, type_, default, fill_none)
    required = [f for f in seen.values() if f.default is None]
    return required + [f for f in seen.values() if f.default is not None]


def _operation_view(
    endpoint: Any, raw: dict[str, Any], path: str, prefix: str, models_by_name: dict[str, ModelProperty]
) -> OperationView:
    operation_id = str(raw["operationId"])
    tag = str(raw.get("tags", ["default"])[0])
    imports: set[str] = {f"from {prefix}types import UNSET, Unset"}
    models: list[ModelProperty] = []
    for body in endpoint.bodies:
        prop = body.prop
        members = list(prop.inner_properties) if isinstance(prop, UnionProperty) else [prop]
        for member in members:
            if not isinstance(member, ModelProperty):
                raise ValueError(f"{operation_id}: request bodies must be models, got {type(member).__name__}")
            member = models_by_name[str(member.class_info.name)]  # the processed model, with its properties
            models.append(member)
            imports.add(_model_import(member, prefix))
    fields = _fields(models)
    for model in models:
        for prop in _properties(model):
            imports |= _imports(prop, prefix)

    declared = raw.get("x-qc-result")
    module = str(endpoint.name)
    common: dict[str, Any] = {
        "operation_id": operation_id,
        "module": module,
        "path": path,
        "tag": tag,
        "method": method_name(operation_id, tag) or module,
        "summary": str(raw.get("summary", "")).strip(),
        "description": str(raw.get("description", "")).strip(),
        "idempotent": bool(raw.get("x-qc-idempotent", True)),
        "request_models": [model.class_info.name for model in models],
        "fields": fields,
        "member_fields": [_fields([model]) for model in models] if len(models) > 1 else [],
        "multipart": any(_code(body.content_type) == "multipart/form-data" for body in endpoint.bodies),
    }
    if declared == "location":  # a redirect is the answer (x-qc-result: location): the URL is the result
        return OperationView(
            **common,
            not_found_means_done=False,
            response_model=None,
            result="location",
            result_property=None,
            result_type="str",
            imports=imports,
            answers_redirect=True,
        )
    (response,) = [r for r in endpoint.responses.patterns if tuple(r.status_code.range) == (200, 200)]
    if not isinstance(response.prop, ModelProperty):
        raise ValueError(f"{operation_id}: the 200 answer must be a model")
    answer = models_by_name[str(response.prop.class_info.name)]
    response_model = answer.class_info.name
    named = result_property(raw)
    property_name: str | None = None
    result_model: str | None = None
    if named is not None:
        property_name, first = named
        (prop,) = [p for p in _properties(answer) if p.name == property_name]
        if first:
            if not isinstance(prop, ListProperty):
                raise ValueError(f"{operation_id}: x-qc-result {declared!r} is not a list")
            item = prop.inner_property
            result, result_type = "first", _type(item.get_type_string())
            imports |= _imports(item, prefix)
            if isinstance(item, ModelProperty):
                result_model = str(item.class_info.name)
        else:
            result, result_type = "property", _type(prop.get_type_string())
            imports |= _imports(prop, prefix)
            if isinstance(prop, ModelProperty):
                result_model = str(prop.class_info.name)
        property_name = prop.python_name
        imports.add(_model_import(answer, prefix))
    elif declared == "none" or (declared is None and success_schema_name(raw) == "RestResponse"):
        result, result_type = "none", "None"
    else:
        result, result_type = "body", response_model
        result_model = response_model
        imports.add(_model_import(answer, prefix))
    not_found_means_done = bool(raw.get("x-qc-not-found-means-done", False))
    if not_found_means_done and result != "none":
        raise ValueError(f"{operation_id}: x-qc-not-found-means-done needs x-qc-result none (nothing to return then)")
    return OperationView(
        **common,
        not_found_means_done=not_found_means_done,
        response_model=response_model,
        result=result,
        result_property=property_name,
        result_type=result_type,
        imports=imports,
        result_model=result_model,
    )


def build_resources(view: dict[str, Any], config_path: Path) -> tuple[list[Resource], list[OperationView]]:
    """Resources by tag, and the operations that belong on the client itself."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        meta_type=MetaType.NONE,
        document_source=config_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(view, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"the generator could not read the document: {data}")
    models_by_name = {str(model.class_info.name): model for model in data.models}
    raw_by_route = {(path, method): raw for path, method, raw in operations(view)}
    descriptions = {str(tag["name"]): str(tag.get("description", "")) for tag in view.get("tags", [])}
    resources: dict[str, Resource] = {}
    root: list[OperationView] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            path = _code(endpoint.path)
            raw = raw_by_route[(path, str(endpoint.method))]
            operation = _operation_view(endpoint, raw, path, "..", models_by_name)
            if method_name(operation.operation_id, operation.tag) is None:
                root.append(_operation_view(endpoint, raw, path, ".", models_by_name))
                continue
            resource = resources.get(operation.tag)
            if resource is None:
                resource = Resource(
                    tag=operation.tag,
                    attribute=operation.tag,
                    class_name=_camel(operation.tag),
                    module=str(collection.tag),
                    description=descriptions.get(operation.tag, ""),
                    operations=[],
                )
                resources[operation.tag] = resource
            resource.operations.append(operation)
    _extensions(resources, raw_by_route, models_by_name)
    return list(resources.values()), root


def _python_names(model: ModelProperty) -> dict[str, str]:
    return {_code(prop.name): str(prop.python_name) for prop in _properties(model)}


def _hint(stop: OperationView | None, resource_attribute: str) -> str:
    if stop is None:
        return "it can be left to finish"
    # Filled in with the waited-for ids by WaitRule.hint: `{project_id!r}` becomes 23456789.
    arguments = ", ".join(f"{f.name}={{{f.name}!r}}" for f in stop.fields if f.default is None)
    return f"stop it with client.{resource_attribute}.{stop.method}({arguments})"


def _extensions(
    resources: dict[str, Resource],
    raw_by_route: dict[tuple[str, str], dict[str, Any]],
    models_by_name: dict[str, ModelProperty],
) -> None:
    """Attach waiters, create-and-wait and pagers from the operations' `x-qc-wait`/`-create-and-wait`/`-paging`."""
    by_id = {op.operation_id: (resource, op) for resource in resources.values() for op in resource.operations}
    raws = {str(raw["operationId"]): raw for raw in raw_by_route.values()}
    for resource, op in by_id.values():
        raw = raws[op.operation_id]
        specs = raw.get("x-qc-wait") or []
        for spec in [specs] if isinstance(specs, dict) else specs:
            op.waits.append(_wait_view(op, spec, models_by_name, by_id, resource.attribute))
        if "x-qc-paging" in raw:
            op.paging = _paging_view(op, raw["x-qc-paging"], models_by_name)
    for resource, op in by_id.values():
        spec = raws[op.operation_id].get("x-qc-create-and-wait")
        if spec is None:
            continue
        wait_resource, wait = by_id[str(spec["wait"])]
        method = str(spec.get("method", "wait"))
        if wait_resource is not resource or method not in {w.method for w in wait.waits}:
            raise ValueError(f"{op.operation_id}: x-qc-create-and-wait needs a waiter {method!r} of the same resource")
        request_names = {f.name for f in op.fields}
        created = _python_names(models_by_name[op.result_model]) if op.result_model else {}
        ids: list[tuple[str, str]] = []
        wait_fields = {f.name for f in wait.fields}
        for wire, source in dict(spec["ids"]).items():
            target = snake_case(str(wire))
            if target not in wait_fields:
                raise ValueError(f"{op.operation_id}: {wire!r} is not a field of {wait.operation_id}")
            if source == "request" and target in request_names:
                ids.append((target, f"request.{target}"))
            elif source == "result" and str(wire) in created:
                ids.append((target, f"created.{created[str(wire)]}"))
            else:
                raise ValueError(f"{op.operation_id}: cannot take {wire!r} from the {source}")
        op.create_and_wait = CreateAndWaitView(wait, ids, method)


def _wait_view(
    op: OperationView,
    spec: dict[str, Any],
    models_by_name: dict[str, ModelProperty],
    by_id: dict[str, tuple[Resource, OperationView]],
    attribute: str,
) -> WaitView:
    if op.result_model is None:
        raise ValueError(f"{op.operation_id}: x-qc-wait needs a model result")
    names = _python_names(models_by_name[op.result_model])

    def name(wire: str) -> str:
        if wire not in names:
            raise ValueError(f"{op.operation_id}: x-qc-wait names {wire!r}, not a property of {op.result_model}")
        return names[wire]

    def path(wire: str) -> str:
        """A dotted path of wire names through nested models, as attribute names."""
        model = models_by_name[op.result_model or ""]
        attributes = []
        for part in wire.split("."):
            props = {_code(p.name): p for p in _properties(model)}
            if part not in props:
                raise ValueError(f"{op.operation_id}: x-qc-wait path {wire!r}: no {part!r} in {model.class_info.name}")
            attributes.append(str(props[part].python_name))
            inner = props[part]
            if isinstance(inner, ModelProperty):
                model = models_by_name[str(inner.class_info.name)]
        return ".".join(attributes)

    progress = spec.get("progress")
    ratio = (path(str(progress["done"])), path(str(progress["total"]))) if isinstance(progress, dict) else None

    settle = spec.get("settle") or {}
    stop = by_id[str(spec["stop"])][1] if spec.get("stop") else None
    return WaitView(
        method=str(spec.get("method", "wait")),
        what=str(spec["what"]),
        until=str(spec.get("until", "finished")),
        status=name(str(spec["status"])),
        done={name(k): list(v) for k, v in dict(spec["done"]).items()},
        error=str(spec["error"]),
        stop_hint=_hint(stop, attribute),
        progress=name(str(progress)) if isinstance(progress, str) else None,
        progress_ratio=ratio,
        failed={name(k): list(v) for k, v in dict(spec.get("failed") or {}).items()},
        failed_when_set=[name(str(k)) for k in spec.get("failed-when-set") or []],
        settle=name(str(settle["property"])) if settle else None,
        settle_attempts=int(settle.get("attempts", 6)),
        settle_interval=float(settle.get("interval", 10)),
    )


def _paging_view(op: OperationView, spec: dict[str, Any], models_by_name: dict[str, ModelProperty]) -> PagingView:
    if op.result != "body" or op.response_model is None:
        raise ValueError(f"{op.operation_id}: x-qc-paging needs the whole answer as the result (x-qc-result: body)")
    answer = models_by_name[op.response_model]
    props = {_code(p.name): p for p in _properties(answer)}
    by_page = "page" in spec
    items, count = props[str(spec["items"])], props[str(spec["pages" if by_page else "length"])]
    if not isinstance(items, ListProperty) or not items.required or not count.required:
        raise ValueError(f"{op.operation_id}: x-qc-paging items must be a list, and items and the count required")
    # iter_orders for read_orders; a bare verb (`list`) takes the items' name instead: iter_objects.
    rest = op.method.removeprefix("read_").removeprefix("list_")
    method = "iter_" + (str(items.python_name) if rest in ("read", "list") else rest)
    item_type = _type(items.inner_property.get_type_string())
    op.imports |= _imports(items.inner_property, "..")
    if by_page:
        page = snake_case(str(spec["page"]))
        fields = [f for f in op.fields if f.name != page]
        return PagingView(
            method,
            str(items.python_name),
            item_type,
            fields,
            page=page,
            pages=str(count.python_name),
            first=int(spec.get("first", 1)),
        )
    start, end = snake_case(str(spec["start"])), snake_case(str(spec["end"]))
    fields = [f for f in op.fields if f.name not in (start, end)]
    return PagingView(
        method,
        str(items.python_name),
        item_type,
        fields,
        start=start,
        end=end,
        length=str(count.python_name),
        window=int(spec["window"]),
    )


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def render_resources(package: Path, api_md: Path, view: dict[str, Any], config_path: Path) -> list[Path]:
    """Write the resource modules, `_client.py`, `_operations.py` and `api.md`; returns the Python files written."""
    resources, root = build_resources(view, config_path)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["docstring"] = _docstring
    env.filters["doc_type"] = lambda text: str(text).replace("builtins.", "")  # as a reader writes it
    everything = [op for resource in resources for op in resource.operations] + root
    context = {"resources": resources, "root": root, "operations": everything}
    written: list[Path] = []
    (package / "resources").mkdir(exist_ok=True)
    targets: list[tuple[Path, str, dict[str, Any]]] = [
        (package / "_operations.py", "operations.py.jinja", {}),
        (package / "_client.py", "client.py.jinja", {}),
    ]
    targets.append((package / "resources" / "__init__.py", "resources_init.py.jinja", {}))
    targets += [(package / "resources" / f"{r.module}.py", "resource.py.jinja", {"resource": r}) for r in resources]
    for target, template, extra in targets:
        target.write_text(env.get_template(template).render(**context, **extra), encoding="utf-8")
        written.append(target)
    api_md.write_text(env.get_template("api.md.jinja").render(**context), encoding="utf-8")
    return written
