"""End to end: object store, account, collaboration and the lock, nodes, LEAN versions and AI tools (issue 14).

`QuantConnect` and `AsyncQuantConnect` talk to `python -m mock_server` (a real server on 127.0.0.1); every test runs
once through each client.
"""

from __future__ import annotations

import io
import time
import uuid
import zipfile
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from quantconnect_client import APIError, NotFoundError
from quantconnect_client.models import (
    AiError,
    AiFile,
    LeanVersion,
    OptimizationConstraint,
    OptimizationParameter,
    SearchCriteria,
)
from quantconnect_client.types import File, Unset

from auth_plugin.paging import SyncPagePager
from mock_server import sign
from mock_server.launcher import running_mock
from mock_server.object_store import PAGE_SIZE
from tests._e2e import FAST_TIMINGS, MODES, AnyClient, Server, connect, poll, run

BINARY = bytes(range(256)) * 3 + b"\r\n--boundary-like\r\n\x00\xff"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_mock(FAST_TIMINGS) as started:
        yield started


@pytest.fixture(scope="module")
def organization(server: Server) -> str:
    return str(server.announcement["organization_id"])


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(server: Server, mode: str) -> AsyncIterator[AnyClient]:
    async with connect(server, mode) as opened:
        yield opened


@pytest.fixture
async def project(client: AnyClient, mode: str) -> AsyncIterator[int]:
    created = await run(client.projects.create(name=f"E2E/Surface {mode} {uuid.uuid4().hex[:8]}", language="Py"))
    yield created.project_id
    await run(client.projects.delete(project_id=created.project_id))


def upload_like_lean_cli(server: Server, organization: str, key: str, data: bytes) -> None:
    """`object/set` as lean-cli sends it: form fields plus the file part, signed (the client cannot yet)."""
    headers = sign(server.user_id, server.api_token, int(time.time()))
    answer = httpx.post(
        f"{server.base_url}/object/set",
        data={"organizationId": organization, "key": key},
        files={"objectData": data},
        headers=headers,
        timeout=10,
    ).json()
    assert answer == {"success": True, "errors": []}, answer


async def downloaded(client: AnyClient, organization: str, keys: list[str]) -> dict[str, bytes]:
    """Start a download job, poll it until its address is there, fetch the archive (unsigned) and unpack it."""
    started = await run(client.objects.get(organization_id=organization, keys=keys))
    assert started.job_id
    job_id = started.job_id

    async def ask() -> object:
        return await run(client.objects.get(organization_id=organization, job_id=job_id))

    ready = await poll(ask, lambda answer: getattr(answer, "url", None) is not None)
    url = getattr(ready, "url", None)
    assert isinstance(url, str)
    async with httpx.AsyncClient(timeout=10) as http:
        archive = await http.get(url)
    assert archive.status_code == 200, archive.text
    with zipfile.ZipFile(io.BytesIO(archive.content)) as unpacked:
        return {name: unpacked.read(name) for name in unpacked.namelist()}


# ----- object store -------------------------------------------------------------------------------------------------


async def test_object_store_round_trip_through_the_client(client: AnyClient, mode: str, organization: str) -> None:
    key = f"e2e/{mode}/{uuid.uuid4().hex[:8]}/blob.bin"
    await run(client.objects.set(organization_id=organization, key=key, object_data=File(io.BytesIO(BINARY), "blob")))
    properties = await run(client.objects.read_properties(organization_id=organization, key=key))
    assert (properties.key, int(properties.size)) == (key, len(BINARY))
    assert await downloaded(client, organization, [key]) == {key: BINARY}
    await run(client.objects.delete(organization_id=organization, key=key))


async def test_object_store_read_list_download_delete(
    client: AnyClient, mode: str, server: Server, organization: str
) -> None:
    folder = f"e2e/{mode}-{uuid.uuid4().hex[:8]}"
    upload_like_lean_cli(server, organization, f"{folder}/blob.bin", BINARY)
    upload_like_lean_cli(server, organization, f"{folder}/models/momentum.json", b'{"lookback": 20}')

    properties = await run(client.objects.read_properties(organization_id=organization, key=f"{folder}/blob.bin"))
    assert (int(properties.size), properties.mime, properties.preview) == (
        len(BINARY),
        "application/octet-stream",
        None,
    )
    listing = await run(client.objects.list(organization_id=organization, path=folder))
    assert [(entry.name, entry.folder) for entry in listing.objects] == [("models", True), ("blob.bin", False)]
    assert (listing.page, listing.total_pages, listing.path) == (1, 1, folder)

    assert await downloaded(client, organization, [folder]) == {
        f"{folder}/blob.bin": BINARY,
        f"{folder}/models/momentum.json": b'{"lookback": 20}',
    }

    await run(client.objects.delete(organization_id=organization, key=folder))
    with pytest.raises(NotFoundError) as gone:
        await run(client.objects.read_properties(organization_id=organization, key=f"{folder}/blob.bin"))
    assert gone.value.operation == "readObjectProperties"


async def test_object_listing_pages(client: AnyClient, mode: str, server: Server, organization: str) -> None:
    folder = f"e2e/pages-{mode}-{uuid.uuid4().hex[:8]}"
    names = [f"f{index:03d}.txt" for index in range(PAGE_SIZE + 3)]
    for name in names:
        upload_like_lean_cli(server, organization, f"{folder}/{name}", name.encode())
    first = await run(client.objects.list(organization_id=organization, path=folder))
    assert (first.total_pages, len(first.objects)) == (2, PAGE_SIZE)
    pager = client.objects.iter_objects(organization_id=organization, path=folder)
    seen = [e.name for e in pager] if isinstance(pager, SyncPagePager) else [e.name async for e in pager]
    assert seen == names
    await run(client.objects.delete(organization_id=organization, key=folder))


# ----- account ------------------------------------------------------------------------------------------------------


async def test_account_read(client: AnyClient, organization: str) -> None:
    account = await run(client.account.read())
    assert account.organization_id == organization
    assert isinstance(account.credit_balance, float) and account.credit_balance > 0
    assert account.card is not None and len(account.card.last4) == 4
    same = await run(client.account.read(organization_id=organization))
    assert same.credit_balance == account.credit_balance
    with pytest.raises(APIError, match="Organization not found"):
        await run(client.account.read(organization_id="0" * 32))


async def test_account_balance_decreases_after_an_optimization(client: AnyClient, server: Server) -> None:
    before = (await run(client.account.read())).credit_balance
    await run(
        client.optimizations.create(
            project_id=server.project_id,
            name=f"Charged {uuid.uuid4().hex[:6]}",
            target="TotalPerformance.PortfolioStatistics.SharpeRatio",
            target_to="max",
            strategy="QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
            compile_id=server.compile_id,
            parameters=[OptimizationParameter("ema_fast", 10, 20, 10)],
            target_value=None,
            constraints=[OptimizationConstraint("TotalPerformance.PortfolioStatistics.SharpeRatio", "Greater", 1)],
            estimated_cost=7,
            node_type="O2-8",
            parallel_nodes=2,
        )
    )
    assert (await run(client.account.read())).credit_balance == before - 7


# ----- collaboration and the lock -----------------------------------------------------------------------------------


async def test_collaboration_and_lock(client: AnyClient, project: int) -> None:
    added = await run(
        client.projects.create_collaborator(
            project_id=project,
            collaborator_user_id="mia-ai",
            collaboration_live_control=True,
            collaboration_write=False,
        )
    )
    assert [(c.public_id, c.owner) for c in added] == [("mock_user", True), ("mia-ai", False)]
    assert added[1].permission == "read" and added[1].live_control is True

    updated = await run(
        client.projects.update_collaborator(
            project_id=project, collaborator_user_id="mia-ai", live_control=False, write=True
        )
    )
    assert (updated[1].permission, updated[1].live_control) == ("write", False)
    read = await run(client.projects.read_collaborators(project_id=project))
    assert (read.user_permissions, read.user_live_control) == ("write", True)
    [shown] = await run(client.projects.read(project_id=project))
    assert not isinstance(shown.collaborators, Unset)
    assert [c.public_id for c in shown.collaborators] == ["mock_user", "mia-ai"]

    await run(client.projects.acquire_lock(project_id=project, code_source_id="e2e-editor"))
    with pytest.raises(APIError, match="locked for editing by 'e2e-editor'") as refused:
        await run(client.files.update(project_id=project, name="main.py", content="x = 1\n", code_source_id="other"))
    assert refused.value.operation == "updateFile"
    await run(client.files.update(project_id=project, name="main.py", content="x = 1\n", code_source_id="e2e-editor"))
    [main] = await run(client.files.read(project_id=project, name="main.py"))
    assert main.content == "x = 1\n"

    await run(client.projects.delete_collaborator(project_id=project, collaborator_id="mia-ai"))
    with pytest.raises(NotFoundError):
        await run(client.projects.delete_collaborator(project_id=project, collaborator_user_id="mia-ai"))
    remaining = await run(client.projects.read_collaborators(project_id=project))
    assert [c.public_id for c in remaining.collaborators] == ["mock_user"]


# ----- nodes, LEAN versions -----------------------------------------------------------------------------------------


async def test_nodes(client: AnyClient, project: int) -> None:
    nodes = await run(client.nodes.read(project_id=project))
    assert nodes.auto_select_node is True
    everything = nodes.nodes.backtest + nodes.nodes.research + nodes.nodes.live
    assert everything and not any(node.active for node in everything)
    chosen = [nodes.nodes.backtest[0].id, nodes.nodes.live[0].id]
    updated = await run(client.nodes.update(project_id=project, nodes=chosen))
    assert updated.auto_select_node is False
    active = [n.id for n in updated.nodes.backtest + updated.nodes.research + updated.nodes.live if n.active]
    assert active == chosen
    cleared = await run(client.nodes.update(project_id=project))
    assert cleared.auto_select_node is True
    with pytest.raises(APIError, match="not a node"):
        await run(client.nodes.update(project_id=project, nodes=["XN-0"]))


async def test_lean_versions(client: AnyClient) -> None:
    versions = await run(client.lean.read_versions())
    assert versions and all(isinstance(version, LeanVersion) for version in versions)
    assert [v.id for v in versions] == sorted((v.id for v in versions), reverse=True)
    assert versions[0].name == "master"


# ----- AI tools -----------------------------------------------------------------------------------------------------

PASCAL = (
    "from AlgorithmImports import *\n\n\nclass A(QCAlgorithm):\n    def Initialize(self):\n"
    "        self.SetStartDate(2023, 1, 1)\n        self.AddEquity('SPY', Resolution.Daily)\n\n"
    "    def OnData(self, data):\n        pass\n"
)


async def test_ai_tools(client: AnyClient) -> None:
    broken = [AiFile("main.py", "class A:\n    def initialize(self)\n        pass\n")]
    syntax = await run(client.ai.check_syntax(language="Py", files=broken))
    assert syntax.state == "Error" and "File: main.py Line: 2" in syntax.payload[0]
    assert (await run(client.ai.check_syntax(language="Py", files=[AiFile("main.py", PASCAL)]))).payload == []

    raising = [AiFile("main.py", "class A:\n    def initialize(self):\n        raise KeyError('SPY')\n")]
    init = await run(client.ai.check_initialization(language="Py", files=raising))
    assert init.state == "Error" and "KeyError: SPY" in init.payload and "line 3" in init.payload

    converted = await run(client.ai.convert_pep8(files=[AiFile("main.py", PASCAL)]))
    code = converted.payload.additional_properties["main.py"]
    for renamed in (
        "def initialize(self)",
        "self.set_start_date(",
        "self.add_equity(",
        "Resolution.DAILY",
        "def on_data(",
    ):
        assert renamed in code, code

    completions = await run(client.ai.complete_code(language="Py", sentence="self.set_st", response_size_limit=5))
    assert completions.payload == ["self.set_start_date"]

    explained = await run(
        client.ai.enhance_error(language="Py", error=AiError("ZeroDivisionError: float division by zero"))
    )
    assert explained.state == "End" and "divides by zero" in explained.payload

    found = await run(client.ai.search(language="Py", criteria=[SearchCriteria("object store save", "Docs", 2)]))
    assert found.retrivals and found.retrivals[0].url.startswith("[Object Store - QuantConnect.com](")
    assert found.retrivals[0].type_ == 2 and found.retrivals[0].score > 0
