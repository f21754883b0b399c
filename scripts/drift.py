"""Drift report: what QuantConnect's own document has that openapi.yaml lacks, and where we differ on purpose.

    python -m scripts.drift path/to/QuantConnect-Platform-2.0.0.yaml [--ours openapi.yaml] [--records docs/fidelity.md]

Operations are matched by path (the official document has no operationIds). For each operation the request bodies
(per media type) and the answers (per status) are compared, and through them every schema they reach: properties,
enumeration values, types and formats, following `$ref`, `allOf`, `anyOf` and `oneOf` on both sides. Only what
*theirs* has and ours lacks is drift: a path, a media type, a status, a property, an enumeration value, a type or a
format that ours would not accept. Ours accepting more (an open enumeration, a nullable field, an extra property or
operation) is not.

The wire conventions openapi.yaml documents in its `info.description` are not differences: `qc-date-time` stands
for `date-time`, `oneOf: [map, EmptyMapAsArray]` for the map, `anyOf: [$ref, {nullable null}]` for the reference,
and `anyOf: [enum, {type: string}]` for the enumeration (its listed values are still compared).

Each finding has a key, printed with it (`POST /lean/versions/read 401`, `Project.parameters type`,
`BacktestResult.status enum 'Running: _%'`). A deliberate difference is recorded once, as a row of the table
"Deliberate differences from the official document" in docs/fidelity.md whose first cell names the key as
`` `drift: <key>` `` (several keys per row allowed); the report then lists it as deliberate with that row's
`openapi.yaml` cell as the reason. Keys recorded there that match nothing are reported as stale.

Exit status: 0 when every finding is recorded, 1 when something is uncovered, 2 when a document cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Finding", "Report", "compare", "load_records", "main"]

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi.yaml"
RECORDS = ROOT / "docs" / "fidelity.md"
RECORDS_HEADING = "Deliberate differences from the official document"
SCHEMAS = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Formats that say the same thing on the wire (openapi.yaml's `qc-date-time` is its reading of `date-time`).
SAME_FORMAT = {"qc-date-time": "date-time"}
# Numeric widths and hints that do not change which JSON values are accepted.
IGNORED_FORMATS = frozenset({"float", "double", "int32", "int64"})
_KEY = re.compile(r"`drift:\s*([^`]+?)\s*`")

Node = dict[str, Any]


@dataclass(frozen=True)
class Finding:
    """Something theirs has that ours lacks. `key` names it (see the module docstring); `detail` explains it."""

    key: str
    section: str  # "POST /path" for an operation, else our schema's name
    detail: str
    via: str  # the first operation through which it was reached


@dataclass
class Report:
    """The comparison: uncovered findings, recorded ones (with their reason), and what is only informational."""

    uncovered: list[Finding] = field(default_factory=list)
    deliberate: list[tuple[Finding, str]] = field(default_factory=list)
    ours_only: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    matched: int = 0
    theirs_total: int = 0
    ours_total: int = 0

    def lines(self, theirs_name: str) -> list[str]:
        out = [
            f"Drift of openapi.yaml against {theirs_name}",
            f"operations: {self.theirs_total} theirs, {self.ours_total} ours, {self.matched} matched by path",
            "",
        ]
        if self.uncovered:
            out.append(f"UNCOVERED: {len(self.uncovered)} (theirs has, ours lacks; fix openapi.yaml or record them)")
            out.extend(_grouped(self.uncovered, lambda finding: f"- {finding.detail}\n      key: {finding.key}"))
        else:
            out.append("uncovered: none")
        if self.deliberate:
            out += ["", f"deliberate: {len(self.deliberate)} (recorded in docs/fidelity.md)"]
            reasons = dict((finding.key, reason) for finding, reason in self.deliberate)
            out.extend(
                _grouped(
                    [finding for finding, _ in self.deliberate],
                    lambda finding: f"- {finding.key}: {finding.detail}\n      ours: {reasons[finding.key]}",
                )
            )
        if self.stale:
            out += ["", "stale records (keys in docs/fidelity.md that match no finding any more):"]
            out.extend(f"  - {key}" for key in self.stale)
        if self.ours_only:
            out += ["", "only in ours (not drift): " + ", ".join(self.ours_only)]
        if self.notes:
            out += ["", "notes:"]
            out.extend(f"  - {note}" for note in self.notes)
        return out


def _grouped(findings: list[Finding], render: Callable[[Finding], str]) -> Iterator[str]:
    sections: dict[str, list[Finding]] = {}
    for finding in findings:
        sections.setdefault(finding.section, []).append(finding)
    operations = sorted(name for name in sections if name.startswith(tuple(m.upper() + " " for m in METHODS)))
    schemas = sorted(name for name in sections if name not in operations)
    for name in operations + schemas:
        first = sections[name][0]
        reached = "" if name == first.via else f" (reached from {first.via})"
        yield f"  {name}{reached}"
        for finding in sections[name]:
            yield "    " + render(finding).replace("\n", "\n    ")


# ----- reading schemas -----------------------------------------------------------------------------------------------


@dataclass
class Leaf:
    """One alternative a schema accepts, compositions flattened: its types, values and object or array parts."""

    types: frozenset[str] | None  # None: any JSON value
    enum: tuple[Any, ...] | None
    formats: frozenset[str]
    properties: dict[str, list[Node]]
    additional: list[Node]
    open_additional: bool  # additionalProperties: true
    closed: bool  # additionalProperties: false
    items: list[Node]
    names: tuple[str, ...]  # component schemas passed through on the way


class Document:
    """A parsed OpenAPI document that resolves local references (following OpenAPI 3.0: siblings of `$ref` are
    ignored) and remembers those it could not resolve."""

    def __init__(self, document: Node) -> None:
        self.document = document
        self.unresolved: set[str] = set()

    def pointer(self, ref: str) -> Any:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def resolve(self, node: Any) -> tuple[Node | None, tuple[str, ...]]:
        """The schema `node` stands for, and the component schemas named on the way (None when unresolvable)."""
        names: list[str] = []
        for _ in range(64):
            if not isinstance(node, dict):
                return None, tuple(names)
            ref = node.get("$ref")
            if not isinstance(ref, str):
                return node, tuple(names)
            target = self.pointer(ref) if ref.startswith("#/") else None
            if isinstance(target, dict) and "content" in target and ref.startswith("#/components/responses/"):
                target = target.get("content", {}).get("application/json", {}).get("schema")  # a response, not a schema
            if target is None:
                self.unresolved.add(ref)
                return None, tuple(names)
            if ref.startswith(SCHEMAS):
                names.append(ref[len(SCHEMAS) :])
            node = target
        return None, tuple(names)

    def leaves(self, node: Any, depth: int = 0) -> list[Leaf]:
        resolved, names = self.resolve(node)
        if resolved is None or depth > 32:
            return []
        own = _own_leaf(resolved, names)
        parts = [resolved[key] for key in ("anyOf", "oneOf") if isinstance(resolved.get(key), list)]
        alternatives: list[Leaf] | None = None
        for branches in parts:
            found = [leaf for branch in branches for leaf in self.leaves(branch, depth + 1)]
            alternatives = found if alternatives is None else alternatives + found
        merged = own
        for part in resolved.get("allOf") or []:
            for leaf in self.leaves(part, depth + 1):
                merged = _merge(merged, leaf)
        if alternatives is None:
            return [merged]
        return [_merge(merged, leaf) for leaf in alternatives]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _own_leaf(node: Node, names: tuple[str, ...]) -> Leaf:
    enum = tuple(node["enum"]) if isinstance(node.get("enum"), list) else None
    if isinstance(node.get("type"), str):
        types: frozenset[str] | None = frozenset({node["type"]} | ({"null"} if node.get("nullable") is True else set()))
    elif enum is not None:
        types = frozenset(_json_type(value) for value in enum)
    elif "properties" in node or "additionalProperties" in node:
        types = frozenset({"object"})
    elif "items" in node:
        types = frozenset({"array"})
    else:
        types = None
    additional = node.get("additionalProperties")
    found = node.get("properties")
    properties: Node = found if isinstance(found, dict) else {}
    fmt = node.get("format")
    return Leaf(
        types=types,
        enum=enum,
        formats=frozenset({SAME_FORMAT.get(fmt, fmt)} if isinstance(fmt, str) and fmt not in IGNORED_FORMATS else ()),
        properties={str(name): [schema] for name, schema in properties.items()},
        additional=[additional] if isinstance(additional, dict) else [],
        open_additional=additional is True,
        closed=additional is False,
        items=[node["items"]] if isinstance(node.get("items"), dict) else [],
        names=names,
    )


def _merge(a: Leaf, b: Leaf) -> Leaf:
    """Both at once (`allOf`, or a schema's own keywords beside its `anyOf`)."""
    if a.types is None or b.types is None:
        types = a.types if b.types is None else b.types
    else:
        both = a.types & b.types
        if ("number" in a.types and "integer" in b.types) or ("number" in b.types and "integer" in a.types):
            both |= {"integer"}
        types = both or a.types | b.types  # contradictory parts: keep what either says, rather than nothing
    enum = b.enum if a.enum is None else a.enum if b.enum is None else tuple(v for v in a.enum if v in b.enum)
    properties = {name: list(nodes) for name, nodes in a.properties.items()}
    for name, nodes in b.properties.items():
        properties.setdefault(name, []).extend(nodes)
    return Leaf(
        types=types,
        enum=enum,
        formats=a.formats | b.formats,
        properties=properties,
        additional=a.additional + b.additional,
        open_additional=a.open_additional or b.open_additional,
        closed=a.closed and b.closed,
        items=a.items + b.items,
        names=a.names + b.names,
    )


def _accepts_type(leaf: Leaf, wanted: str) -> bool:
    return leaf.types is None or wanted in leaf.types or (wanted == "integer" and "number" in leaf.types)


def _shown(types: Iterable[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _value(value: Any) -> str:
    return (
        value if isinstance(value, str) else yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...")
    )


# ----- comparing ----------------------------------------------------------------------------------------------------


class _Comparison:
    def __init__(self, theirs: Document, ours: Document) -> None:
        self.theirs = theirs
        self.ours = ours
        self.findings: dict[str, Finding] = {}
        self.seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()

    def add(self, key: str, section: str, detail: str, via: str) -> None:
        self.findings.setdefault(key, Finding(key, section, detail, via))

    def operation(self, path: str, method: str, theirs: Node, ours: Node) -> None:
        where = f"{method.upper()} {path}"
        their_body = (theirs.get("requestBody") or {}).get("content") or {}
        our_body = (ours.get("requestBody") or {}).get("content") or {}
        for media, content in their_body.items():
            if media not in our_body:
                self.add(f"{where} request {media}", where, f"request body as {media}: ours has none", where)
            elif isinstance(content, dict) and "schema" in content:
                self.schema([content["schema"]], [our_body[media].get("schema")], f"{where} request", where, where)
        our_answers = {str(code): answer for code, answer in (ours.get("responses") or {}).items()}
        for code, answer in (theirs.get("responses") or {}).items():
            code = str(code)
            if code not in our_answers:
                self.add(f"{where} {code}", where, f"answer {code}: ours does not declare it", where)
                continue
            their_content = _content(self.theirs, answer)
            our_content = _content(self.ours, our_answers[code])
            for media, content in their_content.items():
                if media not in our_content:
                    self.add(f"{where} {code} {media}", where, f"answer {code} as {media}: ours has none", where)
                elif isinstance(content, dict) and "schema" in content:
                    schema = [our_content[media].get("schema")]
                    self.schema([content["schema"]], schema, f"{where} {code}", where, where)

    def schema(
        self, theirs: list[Any], ours: list[Any], location: str, section: str, via: str, *, rename: bool = True
    ) -> None:
        their_leaves = [leaf for node in theirs for leaf in self.theirs.leaves(node)]
        our_leaves = [leaf for node in ours for leaf in self.ours.leaves(node)]
        if not their_leaves or not our_leaves:
            return
        if rename:
            location, section = self._named(ours, location, section)
        visit = (tuple(sorted(id(n) for n in theirs)), tuple(sorted(id(n) for n in ours)))
        if visit in self.seen:
            return
        self.seen.add(visit)
        self._types(their_leaves, our_leaves, location, section, via)
        self._values(their_leaves, our_leaves, location, section, via)
        self._formats(their_leaves, our_leaves, location, section, via)
        self._properties(their_leaves, our_leaves, location, section, via)
        their_items = [item for leaf in their_leaves for item in leaf.items]
        our_items = [item for leaf in our_leaves for item in leaf.items]
        if their_items and our_items:
            self.schema(their_items, our_items, f"{location}[]", section, via)
        their_maps = [node for leaf in their_leaves for node in leaf.additional]
        our_maps = [node for leaf in our_leaves for node in leaf.additional]
        if their_maps and our_maps:
            self.schema(their_maps, our_maps, f"{location}{{}}", section, via)

    def _named(self, ours: list[Any], location: str, section: str) -> tuple[str, str]:
        """A reference to one of our component schemas (beside null or open branches) starts a location of its name."""
        if len(ours) != 1 or not isinstance(ours[0], dict):
            return location, section
        node = ours[0]
        branches = node.get("anyOf") or node.get("oneOf") or [node]
        refs = [b["$ref"] for b in branches if isinstance(b, dict) and isinstance(b.get("$ref"), str)]
        others = [b for b in branches if isinstance(b, dict) and "$ref" not in b]
        plain = all(b.get("enum") == [None] or b.get("type") in ("string", "integer", "number") for b in others)
        if len(refs) == 1 and refs[0].startswith(SCHEMAS) and plain and refs[0] != SCHEMAS + "EmptyMapAsArray":
            target, names = self.ours.resolve({"$ref": refs[0]})
            if target is not None and names and not (node.get("anyOf") and target.get("enum")):
                return names[-1], names[-1]
        return location, section

    def _types(self, theirs: list[Leaf], ours: list[Leaf], location: str, section: str, via: str) -> None:
        missing: set[str] = set()
        for leaf in theirs:
            if leaf.types is None:
                continue  # theirs says nothing about the type
            for wanted in leaf.types - {"null"}:
                # An enumeration of theirs needs our type (its values are compared apart); any value needs an open one.
                candidates = ours if leaf.enum is not None else [o for o in ours if o.enum is None]
                if not any(_accepts_type(o, wanted) for o in candidates):
                    missing.add(wanted)
        if missing:
            ours_types = set().union(*((o.types or {"any"}) for o in ours if o.enum != (None,)))
            typed = [o for o in ours if _accepts_any(o, missing)]
            closed = " (an enumeration)" if typed and all(o.enum is not None for o in typed) else ""
            detail = f"type: theirs {_shown(missing)}, ours {_shown(ours_types - {'null'})}{closed}"
            self.add(f"{location} type", section, detail, via)

    def _values(self, theirs: list[Leaf], ours: list[Leaf], location: str, section: str, via: str) -> None:
        known = [value for leaf in ours if leaf.enum is not None for value in leaf.enum if value is not None]
        for leaf in theirs:
            for value in leaf.enum or ():
                wanted = _json_type(value)
                accepted = any(_accepts_type(o, wanted) and (o.enum is None or value in o.enum) for o in ours)
                if known and value not in known:  # (with no list of ours, a refused value is a type difference)
                    how = "accepted as any value but not listed" if accepted else "refused"
                    self.add(f"{location} enum {_value(value)}", section, f"enum value {value!r}: {how} by ours", via)

    def _formats(self, theirs: list[Leaf], ours: list[Leaf], location: str, section: str, via: str) -> None:
        their_formats = {f for leaf in theirs for f in leaf.formats}
        our_formats = {f for leaf in ours for f in leaf.formats}
        open_ours = any(not leaf.formats for leaf in ours)
        if their_formats and our_formats and not open_ours and not their_formats <= our_formats:
            detail = f"format: theirs {_shown(their_formats)}, ours {_shown(our_formats)}"
            self.add(f"{location} format", section, detail, via)

    def _properties(self, theirs: list[Leaf], ours: list[Leaf], location: str, section: str, via: str) -> None:
        our_objects = [leaf for leaf in ours if _accepts_type(leaf, "object")]
        if not our_objects:
            return
        ours_named: dict[str, list[Node]] = {}
        for leaf in our_objects:
            for name, nodes in leaf.properties.items():
                ours_named.setdefault(name, []).extend(nodes)
        their_named: dict[str, list[Node]] = {}
        for leaf in theirs:
            for name, nodes in leaf.properties.items():
                their_named.setdefault(name, []).extend(nodes)
        for name, nodes in their_named.items():
            where = f"{location}.{name}"
            if name in ours_named:
                self.schema(nodes, ours_named[name], where, section, via)
                continue
            maps = [node for leaf in our_objects for node in leaf.additional]
            if maps:
                # Accepted as an entry of our map: the location stays the property's, not the map value's schema.
                self.schema(nodes, maps, where, section, via, rename=False)
            elif not any(leaf.open_additional or (not leaf.closed and not leaf.properties) for leaf in our_objects):
                self.add(where, section, f"property {name!r}: ours does not have it", via)


def _accepts_any(leaf: Leaf, types: set[str]) -> bool:
    return any(_accepts_type(leaf, t) for t in types)


def _content(document: Document, answer: Any) -> Node:
    resolved = document.pointer(answer["$ref"]) if isinstance(answer, dict) and "$ref" in answer else answer
    content = resolved.get("content") if isinstance(resolved, dict) else None
    return content if isinstance(content, dict) else {}


def _operations(document: Node) -> dict[tuple[str, str], Node]:
    found: dict[tuple[str, str], Node] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                found[(str(path), method)] = item[method]
    return found


def compare(theirs: Node, ours: Node, records: dict[str, str] | None = None) -> Report:
    """Compare two parsed documents; `records` maps recorded keys to their reasons (see load_records)."""
    records = records or {}
    their_ops, our_ops = _operations(theirs), _operations(ours)
    comparison = _Comparison(Document(theirs), Document(ours))
    report = Report(theirs_total=len(their_ops), ours_total=len(our_ops))
    for (path, method), operation in their_ops.items():
        where = f"{method.upper()} {path}"
        if (path, method) not in our_ops:
            comparison.add(where, where, "operation: ours does not have it", where)
            continue
        report.matched += 1
        comparison.operation(path, method, operation, our_ops[(path, method)])
    report.ours_only = [f"{m.upper()} {p}" for (p, m) in our_ops if (p, m) not in their_ops]
    report.notes = [
        f"theirs refers to {ref}, which it does not define: not compared"
        for ref in sorted(comparison.theirs.unresolved)
    ]
    report.notes += [f"ours refers to {ref}, which it does not define" for ref in sorted(comparison.ours.unresolved)]
    for key, finding in comparison.findings.items():
        if key in records:
            report.deliberate.append((finding, records[key]))
        else:
            report.uncovered.append(finding)
    report.stale = sorted(set(records) - set(comparison.findings))
    return report


# ----- the records in docs/fidelity.md ------------------------------------------------------------------------------


def load_records(text: str) -> dict[str, str]:
    """Keys (`` `drift: <key>` `` in a row's first cell) of the deliberate-differences table, with that row's
    `openapi.yaml` cell (the third) as the reason."""
    records: dict[str, str] = {}
    in_table = False
    for line in text.splitlines():
        if line.startswith("#"):
            in_table = RECORDS_HEADING.lower() in line.lower()
            continue
        if not in_table or not line.lstrip().startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        reason = cells[2] if len(cells) > 2 else cells[-1]
        for key in _KEY.findall(cells[0]):
            records[key] = reason
    return records


def _load(path: Path) -> Node:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SystemExit(f"drift: cannot read {path}: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SystemExit(f"drift: {path} is not an OpenAPI document (no paths)")
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.drift", description=__doc__.split("\n\n")[0])
    parser.add_argument("official", type=Path, help="a copy of QuantConnect-Platform-2.0.0.yaml")
    parser.add_argument("--ours", type=Path, default=OURS, help="our document (default: openapi.yaml)")
    parser.add_argument("--records", type=Path, default=RECORDS, help="where deliberate differences are recorded")
    args = parser.parse_args(argv)
    try:
        theirs, ours = _load(args.official), _load(args.ours)
        records = load_records(args.records.read_text(encoding="utf-8")) if args.records.is_file() else {}
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    report = compare(theirs, ours, records)
    print("\n".join(report.lines(str(args.official))))
    return 1 if report.uncovered else 0


if __name__ == "__main__":
    raise SystemExit(main())
