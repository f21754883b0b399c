"""Object store, account, collaboration and lock, nodes, LEAN versions and AI tools, in-process (issue 14).

Every answer is checked against openapi.yaml (the `mock` fixture turns `check_responses` on). The Object Store's
multipart upload and its downloads are served by mock_server.surface_routes; until app.py registers them, the
`surface` fixture adds them to the app under test (and `test_surface_routes_are_registered` says so).
"""

from __future__ import annotations

import ast
import hashlib
import io
import random
import zipfile
from typing import Any

import httpx
import pytest

from mock_server import create_app
from mock_server import object_store as object_store_module
from mock_server.account import balance, charge_optimization
from mock_server.assistant import complete, explain, pep8_convert, pep8_name, search
from mock_server.errors import ApiError
from mock_server.handlers import objects as object_handlers
from mock_server.handlers.base import Context
from mock_server.surface_routes import MultipartError, is_registered, parse_multipart
from tests.conftest import MockClient

ORG = "d6d62db48592c72e67b534553413b602"
BINARY = bytes(range(256)) + b"\r\n--not-a-boundary\r\n\x00"


@pytest.fixture
def surface(mock: MockClient) -> MockClient:
    """The mock (app.py registers the surface's routes: the multipart upload and the downloads)."""
    return mock


async def upload(mock: MockClient, key: str, data: bytes, *, organization: str = ORG) -> httpx.Response:
    """A multipart upload as lean-cli and the MCP server send it (form fields and a file part)."""
    return await mock.http.post(
        "/object/set",
        data={"organizationId": organization, "key": key},
        files={"objectData": ("blob", data, "application/octet-stream")},
        headers=mock.headers(),
    )


async def stored(mock: MockClient, key: str, data: bytes) -> None:
    response = await upload(mock, key, data)
    assert response.json() == {"success": True, "errors": []}, response.text


async def ready_url(mock: MockClient, keys: list[str]) -> str:
    started = await mock.ok("/object/get", {"organizationId": ORG, "keys": keys})
    assert started["url"] is None and started["jobId"]
    asked = {"organizationId": ORG, "jobId": started["jobId"]}
    assert (await mock.ok("/object/get", asked))["url"] is None  # packing takes a moment
    mock.clock.advance(object_store_module.JOB_SECONDS)
    url = (await mock.ok("/object/get", asked))["url"]
    assert isinstance(url, str) and url.startswith("http://mock/object-store/downloads/"), url
    return url


def unzipped(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_surface_routes_are_registered() -> None:
    assert is_registered(create_app(empty=True))


# ----- object store -------------------------------------------------------------------------------------------------


async def test_object_store_keeps_the_exact_bytes(surface: MockClient) -> None:
    await stored(surface, "models/blob.bin", BINARY)
    await stored(surface, "models/momentum.json", b'{"lookback": 20}')
    await stored(surface, "notes.txt", "héllo, world\n".encode())

    props = (await surface.ok("/object/properties", {"organizationId": ORG, "key": "/models/blob.bin"}))["metadata"]
    assert (props["key"], props["size"], props["md5"]) == (
        "models/blob.bin",
        len(BINARY),
        hashlib.md5(BINARY).hexdigest(),
    )
    assert (props["mime"], props["preview"]) == ("application/octet-stream", None)
    text = (await surface.ok("/object/properties", {"organizationId": ORG, "key": "notes.txt"}))["metadata"]
    assert (text["mime"], text["preview"], text["size"]) == ("text/plain", "héllo, world\n", 14)

    url = await ready_url(surface, ["models", "notes.txt"])
    download = await surface.http.get(url)  # unsigned, as a pre-signed address is
    assert download.status_code == 200 and download.headers["content-type"] == "application/zip"
    assert unzipped(download.content) == {
        "models/blob.bin": BINARY,
        "models/momentum.json": b'{"lookback": 20}',
        "notes.txt": "héllo, world\n".encode(),
    }

    # Replacing a key keeps its creation time and changes the rest; the archive packed before does not change.
    surface.clock.advance(60)
    await stored(surface, "notes.txt", b"rewritten")
    again = (await surface.ok("/object/properties", {"organizationId": ORG, "key": "notes.txt"}))["metadata"]
    assert (again["created"], again["size"]) == (text["created"], 9) and again["modified"] > text["modified"]
    assert unzipped((await surface.http.get(url)).content)["notes.txt"] == "héllo, world\n".encode()

    await surface.ok("/object/delete", {"organizationId": ORG, "key": "models"})  # a folder: everything in it
    listing = await surface.ok("/object/list", {"organizationId": ORG})
    assert [o["key"] for o in listing["objects"]] == ["notes.txt"]
    assert (listing["objectStorageUsed"], listing["objectStorageUsedHuman"]) == (9, "9 B")
    errors = await surface.fails("/object/delete", {"organizationId": ORG, "key": "models"})
    assert "not found" in errors[0].lower()


async def test_download_addresses_need_their_token_and_a_ready_job(surface: MockClient) -> None:
    await stored(surface, "a.txt", b"a")
    started = await surface.ok("/object/get", {"organizationId": ORG, "keys": ["a.txt"]})
    url = f"http://mock/object-store/downloads/{started['jobId']}"
    assert (await surface.http.get(url, params={"token": "guess"})).status_code == 404
    surface.clock.advance(object_store_module.JOB_SECONDS)
    ready = (await surface.ok("/object/get", {"organizationId": ORG, "jobId": started["jobId"]}))["url"]
    assert (await surface.http.get(ready)).status_code == 200
    assert (await surface.http.get(url, params={"token": "guess"})).status_code == 404
    assert (await surface.http.get("http://mock/object-store/downloads/nope?token=x")).status_code == 404
    unknown = await surface.fails("/object/get", {"organizationId": ORG, "jobId": "0" * 32})
    assert "Job not found" in unknown[0]


async def test_listing_folders_and_pages(surface: MockClient, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ["b.txt", "a.txt", "zoo/x.txt", "models/deep/y.txt", "models/z.txt"]:
        await stored(surface, key, b"12345")
    top = await surface.ok("/object/list", {"organizationId": ORG, "path": "/"})
    assert [(o["name"], o["folder"]) for o in top["objects"]] == [
        ("models", True), ("zoo", True), ("a.txt", False), ("b.txt", False),
    ]  # fmt: skip
    models = await surface.ok("/object/list", {"organizationId": ORG, "path": "models"})
    assert [(o["key"], o["size"], o["mime"]) for o in models["objects"]] == [
        ("models/deep", 5, "directory"), ("models/z.txt", 5, "text/plain"),
    ]  # fmt: skip
    assert models["path"] == "models" and models["objects"][0]["modified"] is None

    monkeypatch.setattr(object_handlers, "PAGE_SIZE", 3)
    first = await surface.ok("/object/list", {"organizationId": ORG})
    second = await surface.ok("/object/list", {"organizationId": ORG, "page": 2})
    assert (first["page"], first["totalPages"], len(first["objects"])) == (1, 2, 3)
    assert (second["page"], second["totalPages"]) == (2, 2)
    assert [o["name"] for o in first["objects"] + second["objects"]] == ["models", "zoo", "a.txt", "b.txt"]
    assert (await surface.ok("/object/list", {"organizationId": ORG, "page": 3}))["objects"] == []
    assert "page" in (await surface.fails("/object/list", {"organizationId": ORG, "page": 0}))[0]
    assert "no folder" in (await surface.fails("/object/list", {"organizationId": ORG, "path": "nope"}))[0]
    assert "not a folder" in (await surface.fails("/object/list", {"organizationId": ORG, "path": "a.txt"}))[0]


async def test_object_store_refusals(surface: MockClient) -> None:
    wrong = await upload(surface, "k", b"x", organization="not-mine")
    assert "Organization not found" in wrong.json()["errors"][0]
    for key, reason in [("../up", "not a valid"), ("a//b", "not a valid"), ("x" * 256, "at most 255")]:
        refused = await upload(surface, key, b"x")
        assert reason in refused.json()["errors"][0], refused.text
    await stored(surface, "folder/file.txt", b"x")
    assert "is a folder" in (await upload(surface, "folder", b"x")).json()["errors"][0]
    assert "is a file" in (await upload(surface, "folder/file.txt/inner", b"x")).json()["errors"][0]
    folder = await surface.fails("/object/properties", {"organizationId": ORG, "key": "folder"})
    assert "only files have properties" in folder[0]
    missing = await surface.fails("/object/properties", {"organizationId": ORG, "key": "absent"})
    assert "Object not found" in missing[0]
    assert "Object not found" in (await surface.fails("/object/get", {"organizationId": ORG, "keys": ["absent"]}))[0]

    # Not multipart, a part missing, unsigned: refused, naming what is wrong.
    as_json = await surface.http.post(
        "/object/set", json={"organizationId": ORG, "key": "k"}, headers=surface.headers()
    )
    assert "multipart/form-data" in as_json.json()["errors"][0]
    no_file = await surface.http.post(
        "/object/set", data={"organizationId": ORG, "key": "k"}, files={"other": b"x"}, headers=surface.headers()
    )
    assert no_file.json()["errors"][0].startswith("objectData: required")
    no_key = await surface.http.post(
        "/object/set", data={"organizationId": ORG}, files={"objectData": b"x"}, headers=surface.headers()
    )
    assert no_key.json()["errors"][0].startswith("key: required")
    unsigned = await surface.http.post(
        "/object/set", data={"organizationId": ORG, "key": "k"}, files={"objectData": b"x"}
    )
    assert unsigned.status_code == 401 and unsigned.headers["www-authenticate"]
    assert (await surface.http.get("/object/set", headers=surface.headers())).status_code == 405
    listing = await surface.ok("/object/list", {"organizationId": ORG})
    assert [o["key"] for o in listing["objects"]] == ["folder"]  # nothing refused was stored


def test_parse_multipart_keeps_bytes_and_refuses_broken_bodies() -> None:
    request = httpx.Request("POST", "http://x", data={"key": "k"}, files={"objectData": ("f", BINARY)})
    raw = request.read()
    parts = parse_multipart(raw, request.headers["content-type"])
    assert (parts["key"].data, parts["objectData"].data, parts["objectData"].filename) == (b"k", BINARY, "f")
    for body, content_type, message in [
        (raw, "application/json", "not accepted"),
        (raw, "multipart/form-data", "without a boundary"),
        (raw[:-10], request.headers["content-type"], "no closing boundary"),
    ]:
        with pytest.raises(MultipartError, match=message):
            parse_multipart(body, content_type)


# ----- account ------------------------------------------------------------------------------------------------------


async def test_account_balance_goes_down_with_charges(surface: MockClient) -> None:
    account = await surface.ok("/account/read", {})
    assert (account["organizationId"], account["creditBalance"]) == (ORG, 1000)
    assert set(account["card"]) == {"brand", "expiration", "last4"}
    ctx = Context(surface.app.mock.store, surface.app.mock.settings, surface.clock())
    charge_optimization(ctx, 12.5)
    assert (await surface.ok("/account/read", {"organizationId": ORG}))["creditBalance"] == 987.5
    with pytest.raises(ApiError, match="Insufficient balance"):
        charge_optimization(ctx, 988)
    for bad in (-1, float("nan"), True):
        with pytest.raises(ApiError, match="estimatedCost"):
            charge_optimization(ctx, bad)
    assert balance(ctx) == 987.5  # refused charges cost nothing
    assert "Organization not found" in (await surface.fails("/account/read", {"organizationId": "other"}))[0]
    empty_body = await surface.http.post("/account/read", headers=surface.headers())  # no body, as documented
    assert empty_body.json()["creditBalance"] == 987.5


async def test_creating_an_optimization_charges_its_estimated_cost(surface: MockClient) -> None:
    before = (await surface.ok("/account/read", {}))["creditBalance"]
    await surface.ok(
        "/optimizations/create",
        {
            "projectId": surface.demo_project,
            "compileId": surface.demo_compile,
            "name": "Charged",
            "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
            "targetTo": "max",
            "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
            "parameters": [{"name": "ema_fast", "min": 10, "max": 20, "step": 10}],
            "estimatedCost": 15,
            "nodeType": "O2-8",
            "parallelNodes": 2,
        },
    )
    assert (await surface.ok("/account/read", {}))["creditBalance"] == before - 15


# ----- collaboration and the lock -----------------------------------------------------------------------------------


def _public_ids(collaborators: list[dict[str, Any]]) -> list[str]:
    return [c["publicId"] for c in collaborators]


async def test_collaborators_are_shared_with_read_project(surface: MockClient) -> None:
    project = surface.demo_project
    share = {"projectId": project, "collaboratorUserId": "mia-ai", "collaborationLiveControl": True}
    created = await surface.ok("/projects/collaboration/create", {**share, "collaborationWrite": False})
    assert _public_ids(created["collaborators"]) == ["mock_user", "mia-ai"]
    mia = created["collaborators"][1]
    assert (mia["permission"], mia["liveControl"], mia["owner"], mia["name"]) == ("read", True, False, "Mia AI")
    assert (
        "already collaborates"
        in (await surface.fails("/projects/collaboration/create", {**share, "collaborationWrite": True}))[0]
    )
    stranger = {**share, "collaboratorUserId": "nobody", "collaborationWrite": True}
    assert "User not found" in (await surface.fails("/projects/collaboration/create", stranger))[0]
    owner = {**share, "collaboratorUserId": "mock_user", "collaborationWrite": True}
    assert "owns the project" in (await surface.fails("/projects/collaboration/create", owner))[0]

    update = {"projectId": project, "collaboratorUserId": "mia-ai", "liveControl": False, "write": True}
    updated = (await surface.ok("/projects/collaboration/update", update))["collaborators"][1]
    assert (updated["permission"], updated["liveControl"]) == ("write", False)
    read = await surface.ok("/projects/collaboration/read", {"projectId": project})
    assert (read["userLiveControl"], read["userPermissions"]) == (True, "write")
    [shown] = (await surface.ok("/projects/read", {"projectId": project}))["projects"]
    assert shown["collaborators"] == read["collaborators"]
    listed = {p["projectId"]: p for p in (await surface.ok("/projects/read", {}))["projects"]}
    assert _public_ids(listed[project]["collaborators"]) == ["mock_user", "mia-ai"]

    await surface.ok(
        "/projects/collaboration/create", {**share, "collaboratorUserId": "sam-trader", "collaborationWrite": True}
    )
    both = {"projectId": project, "collaboratorId": "mia-ai", "collaboratorUserId": "sam-trader"}
    assert "name different users" in (await surface.fails("/projects/collaboration/delete", both))[0]
    assert (
        "collaboratorId: required" in (await surface.fails("/projects/collaboration/delete", {"projectId": project}))[0]
    )
    left = await surface.ok("/projects/collaboration/delete", {"projectId": project, "collaboratorId": "mia-ai"})
    assert _public_ids(left["collaborators"]) == ["mock_user", "sam-trader"]
    legacy = await surface.ok(
        "/projects/collaboration/delete", {"projectId": project, "collaboratorUserId": "sam-trader"}
    )
    assert _public_ids(legacy["collaborators"]) == ["mock_user"]
    again = await surface.fails("/projects/collaboration/delete", {"projectId": project, "collaboratorId": "mia-ai"})
    assert "Collaborator not found" in again[0]
    assert "Project not found" in (await surface.fails("/projects/collaboration/read", {"projectId": 1}))[0]


async def test_the_lock_refuses_file_changes_from_other_sources(surface: MockClient) -> None:
    project = surface.demo_project
    main = {"projectId": project, "name": "main.py"}
    before = (await surface.ok("/files/read", main))["files"][0]["content"]
    await surface.ok("/files/update", {**main, "content": before, "codeSourceId": "anyone"})  # no lock: anyone
    await surface.ok("/projects/collaboration/lock/acquire", {"projectId": project, "codeSourceId": "editor-a"})

    refusals = [
        ("/files/update", {**main, "content": "x = 1\n", "codeSourceId": "editor-b"}),
        ("/files/update", {**main, "content": "x = 1\n"}),
        ("/files/update", {**main, "newName": "renamed.py", "codeSourceId": "editor-b"}),
        ("/files/create", {"projectId": project, "name": "new.py", "codeSourceId": "editor-b"}),
        ("/files/delete", {**main, "codeSourceId": "editor-b"}),
        ("/files/patch", {"projectId": project, "patch": "diff --git a/x b/x\n", "codeSourceId": "editor-b"}),
    ]
    for operation, body in refusals:
        errors = await surface.fails(operation, body)
        assert "locked for editing by 'editor-a'" in errors[0], (operation, errors)
    assert (await surface.ok("/files/read", main))["files"][0]["content"] == before  # nothing changed

    await surface.ok("/files/update", {**main, "content": "x = 1\n", "codeSourceId": "editor-a"})
    await surface.ok("/projects/collaboration/lock/acquire", {"projectId": project, "codeSourceId": "editor-b"})
    assert (
        "by 'editor-b'"
        in (await surface.fails("/files/update", {**main, "content": "y", "codeSourceId": "editor-a"}))[0]
    )
    await surface.ok("/files/update", {**main, "content": "y = 2\n", "codeSourceId": "editor-b"})
    assert (await surface.ok("/files/read", main))["files"][0]["content"] == "y = 2\n"

    # Deleting the project forgets its lock and collaborators.
    store = surface.app.mock.store
    await surface.ok("/projects/delete", {"projectId": project})
    assert project not in store.surface.collaboration.locks and project not in store.surface.collaboration.shares


# ----- nodes, LEAN versions -----------------------------------------------------------------------------------------


async def test_nodes_read_and_choose(surface: MockClient) -> None:
    project = surface.demo_project
    nodes = await surface.ok("/projects/nodes/read", {"projectId": project})
    assert nodes["autoSelectNode"] is True
    assert {kind: len(found) for kind, found in nodes["nodes"].items()} == {"backtest": 2, "research": 1, "live": 1}
    assert not any(node["active"] for found in nodes["nodes"].values() for node in found)
    backtest, research = nodes["nodes"]["backtest"][1]["id"], nodes["nodes"]["research"][0]["id"]

    chosen = await surface.ok("/projects/nodes/update", {"projectId": project, "nodes": [backtest, research]})
    assert chosen["autoSelectNode"] is False
    active = {node["id"] for found in chosen["nodes"].values() for node in found if node["active"]}
    assert active == {backtest, research}
    assert (await surface.ok("/projects/nodes/read", {"projectId": project}))["nodes"] == chosen["nodes"]
    assert "not a node" in (await surface.fails("/projects/nodes/update", {"projectId": project, "nodes": ["XN-1"]}))[0]

    # A running backtest of the project takes its chosen backtest node.
    await surface.ok(
        "/backtests/create", {"projectId": project, "compileId": surface.demo_compile, "backtestName": "Busy"}
    )
    surface.clock.advance(surface.app.mock.settings.queue_seconds + 0.1)
    busy = (await surface.ok("/projects/nodes/read", {"projectId": project}))["nodes"]["backtest"]
    taken = {node["id"]: node for node in busy if node["busy"]}
    assert list(taken) == [backtest] and taken[backtest]["projectName"] == "Demo/EMA Cross"
    assert taken[backtest]["projectId"] == project and taken[backtest]["usedBy"]

    for cleared in ({"projectId": project, "nodes": []}, {"projectId": project}):
        await surface.ok("/projects/nodes/update", {"projectId": project, "nodes": [backtest]})
        answer = await surface.ok("/projects/nodes/update", cleared)
        assert answer["autoSelectNode"] is True
        assert not any(node["active"] for found in answer["nodes"].values() for node in found)


async def test_lean_versions(surface: MockClient) -> None:
    versions = (await surface.ok("/lean/versions/read", {}))["versions"]
    assert [v["id"] for v in versions] == [16712, 16690, 16650]
    project_versions = (await surface.ok("/projects/read", {"projectId": surface.demo_project}))["versions"]
    assert versions[0] == project_versions[0]
    assert (await surface.ok("/lean/versions/read"))["versions"] == versions  # no body at all


# ----- AI tools -----------------------------------------------------------------------------------------------------

CLEAN = (
    "from AlgorithmImports import *\n\n\nclass A(QCAlgorithm):\n    def initialize(self):\n        self.set_cash(1)\n"
)


async def test_syntax_check_names_file_line_and_column(surface: MockClient) -> None:
    broken = "x = 1\nif x == 1\n    y = 2\n"
    try:
        compile(broken, "utils.py", "exec")
    except SyntaxError as exc:
        line, column = exc.lineno, exc.offset
    answer = await surface.ok(
        "/ai/tools/syntax-check",
        {"language": "Py", "files": [{"name": "main.py", "content": CLEAN}, {"name": "utils.py", "content": broken}]},
    )
    assert (answer["state"], answer["payloadType"]) == ("Error", "StringArray")
    [message] = answer["payload"]
    assert f"File: utils.py Line: {line} Column: {column}" in message and "SyntaxError" in message
    fine = await surface.ok(
        "/ai/tools/syntax-check", {"language": "Py", "files": [{"name": "main.py", "content": CLEAN}]}
    )
    assert (fine["state"], fine["payload"]) == ("End", [])
    refused = await surface.fails(
        "/ai/tools/syntax-check", {"language": "Rust", "files": [{"name": "a", "content": ""}]}
    )
    assert refused[0].startswith("language:")


async def test_backtest_init_reports_initialization_errors(surface: MockClient) -> None:
    raising = CLEAN + '        raise ValueError("ema_fast must be below ema_slow")\n'
    failed = await surface.ok(
        "/ai/tools/backtest-init", {"language": "Py", "files": [{"name": "main.py", "content": raising}]}
    )
    assert failed["state"] == "Error"
    assert "ValueError: ema_fast must be below ema_slow" in failed["payload"] and "main.py: line 7" in failed["payload"]
    later = CLEAN + "\n    def on_data(self, data):\n        raise ValueError('later')\n"
    fine = await surface.ok(
        "/ai/tools/backtest-init", {"language": "Py", "files": [{"name": "main.py", "content": later}]}
    )
    assert fine["state"] == "End"  # raised only once trading starts, not while initializing
    broken = await surface.ok(
        "/ai/tools/backtest-init", {"language": "Py", "files": [{"name": "main.py", "content": "def f(:\n"}]}
    )
    assert broken["state"] == "Error" and "SyntaxError" in broken["payload"]
    no_main = await surface.fails(
        "/ai/tools/backtest-init", {"language": "C#", "files": [{"name": "A.cs", "content": ""}]}
    )
    assert "no Main.cs" in no_main[0]


async def test_pep8_convert_renames_the_api_only(surface: MockClient) -> None:
    source = (
        "from AlgorithmImports import *\n\n\n"
        "class EmaCross(QCAlgorithm):\n"
        "    def Initialize(self):\n"
        "        self.SetStartDate(2023, 1, 1)  # self.SetCash stays in comments\n"
        "        self.spy = self.AddEquity('SPY', Resolution.Daily).Symbol\n"
        "        self.fast = self.EMA(self.spy, 10)\n"
        '        self.Debug("self.SetCash in a string stays")\n\n'
        "    def OnData(self, data):\n"
        "        if self.fast.IsReady and not self.Portfolio.Invested:\n"
        "            self.SetHoldings(self.spy, 1)\n"
    )
    answer = await surface.ok(
        "/ai/tools/pep8-convert",
        {"files": [{"name": "main.py", "content": source}, {"name": "Notes.cs", "content": "self.SetCash(1);"}]},
    )
    assert (answer["state"], answer["payloadType"]) == ("End", "StringDict")
    assert answer["payload"]["Notes.cs"] == "self.SetCash(1);"
    assert answer["payload"]["main.py"] == (
        "from AlgorithmImports import *\n\n\n"
        "class EmaCross(QCAlgorithm):\n"
        "    def initialize(self):\n"
        "        self.set_start_date(2023, 1, 1)  # self.SetCash stays in comments\n"
        "        self.spy = self.add_equity('SPY', Resolution.DAILY).symbol\n"
        "        self.fast = self.ema(self.spy, 10)\n"
        '        self.debug("self.SetCash in a string stays")\n\n'
        "    def on_data(self, data):\n"
        "        if self.fast.is_ready and not self.portfolio.invested:\n"
        "            self.set_holdings(self.spy, 1)\n"
    )
    ast.parse(answer["payload"]["main.py"])


def test_pep8_names_and_untokenizable_code() -> None:
    assert [pep8_name(n) for n in ("SetStartDate", "EMA", "IsReady", "OnData", "SetWarmUp", "TotalPortfolioValue")] == [
        "set_start_date", "ema", "is_ready", "on_data", "set_warm_up", "total_portfolio_value",
    ]  # fmt: skip
    assert pep8_convert('self.SetCash("unterminated\n') == 'self.SetCash("unterminated\n'
    assert pep8_convert("self.MAX_SIZE = self.my_value\n") == "self.MAX_SIZE = self.my_value\n"


async def test_complete_error_enhance_and_search(surface: MockClient) -> None:
    py = await surface.ok("/ai/tools/complete", {"language": "Py", "sentence": "self.add_eq", "responseSizeLimit": 3})
    assert (py["state"], py["payload"]) == ("End", ["self.add_equity"])
    cs = await surface.ok("/ai/tools/complete", {"language": "C#", "sentence": "Set", "responseSizeLimit": 2})
    assert cs["payload"] == ["SetStartDate", "SetEndDate"]
    assert complete("Py", "x = self.s", 100)[:2] == ["x = self.set_start_date", "x = self.set_end_date"]
    assert complete("Py", "self.zzz", 5) == []

    error = {"message": "NameError: name 'sma' is not defined", "stacktrace": "at on_data\n in main.py: line 14\n"}
    known = await surface.ok("/ai/tools/error-enhance", {"language": "Py", "error": error})
    assert "main.py at line 14" in known["payload"] and "self.sma" in known["payload"]
    assert "snake_case ('set_cash')" in explain("Py", "'A' object has no attribute 'SetCash'", None)
    unknown = explain("C#", "Something odd happened.", None)
    assert "No specific explanation" in unknown and "Something odd happened." in unknown

    criteria = [
        {"input": "How do I warm up an indicator?", "type": "Docs", "count": 2},
        {"input": "indicator not ready", "type": "Forum", "count": 1},
        {"input": "quantum entanglement", "type": "Examples", "count": 3},
    ]
    found = await surface.ok("/ai/tools/search", {"language": "Py", "criteria": criteria})
    results = found["retrivals"]
    assert [r["type"] for r in results] == [2, 2, 1]
    assert results[0]["url"].startswith("[Warm Up Periods - QuantConnect.com](https://")
    assert results[0]["score"] >= results[1]["score"] > 0
    assert "not ready" in results[2]["content"]
    assert [d.title for d, _ in search("Object Store save read", "Docs", 1)] == ["Object Store"]


def test_download_jobs_and_sizes_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    store = object_store_module.ObjectStore()
    store.put(ORG, "big.bin", random.Random(0).randbytes(1000), 0.0)  # incompressible: archives of ~1,100 bytes
    monkeypatch.setattr(object_store_module, "MAX_STORED_BYTES", 2500)
    jobs = [store.start_job(ORG, ["big.bin"], f"job{i}", "t", 0.0).job_id for i in range(4)]
    assert 1 <= len(store.jobs) < 4 and list(store.jobs) == jobs[-len(store.jobs) :]  # the oldest went first
    with pytest.raises(ApiError, match="at most 2,500"):
        store.put(ORG, "more.bin", bytes(2000), 0.0)
    assert [object_store_module.human_size(n) for n in (13, 1059, 5 * 1024**2, 3 * 1024**4)] == [
        "13 B", "1.03 KB", "5.00 MB", "3072.00 GB",
    ]  # fmt: skip
