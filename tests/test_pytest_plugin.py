"""The pytest plugin (mock_server/pytest_plugin.py): its fixtures, and docs/examples/test_with_plugin.py run as a
user runs it, here under pytester and from the built wheel in a clean virtualenv.

The plugin is loaded by its entry point in this suite too, so most tests here simply ask for its fixtures.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from quantconnect_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncQuantConnect,
    InvalidResponseError,
    QuantConnect,
)
from quantconnect_client.models import ReadBacktestRequest

from mock_server.pytest_plugin import FAST_OPTIONS, INSTALL_HINT, QCMock, QCMockProcess

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "test_with_plugin.py"
HEAVY = ("httpx", "starlette", "uvicorn", "openapi_core", "yaml", "anyio", "quantconnect_client", "auth_plugin")
MOCK_EXTRA = ("starlette", "uvicorn", "openapi_core", "yaml")
WHEEL_TEST_BUDGET = 120  # seconds: build, venv, pip install (from the local cache/registry), pytest


def _example_tests() -> int:
    tree = ast.parse(EXAMPLE.read_text(encoding="utf-8"))
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    return sum(isinstance(node, functions) and node.name.startswith("test_") for node in tree.body)


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would point a subprocess at this checkout, its venv or a server."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("QUANTCONNECT_")}
    return {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}


def _read(client: QuantConnect, mock: QCMock | QCMockProcess) -> str:
    return client.backtests.read(project_id=mock.project_id, backtest_id=mock.backtest_id).backtest_id


def _started(client: QuantConnect, mock: QCMock | QCMockProcess) -> str:
    created = client.backtests.create(project_id=mock.project_id, compile_id=mock.compile_id, backtest_name="t")
    return created.backtest_id


# ----- the example, as a user runs it -------------------------------------------------------------------------------


def test_the_example_passes_under_pytester(pytester: pytest.Pytester) -> None:
    assert _example_tests() >= 5
    pytester.makepyfile(test_with_plugin=EXAMPLE.read_text(encoding="utf-8"))
    # No ini file: pytest-asyncio in its default strict mode, as in a project that never configured it.
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "ignore::pytest.PytestDeprecationWarning")
    result.assert_outcomes(passed=_example_tests())


def test_the_readme_shows_the_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Testing your own code (pytest plugin)\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```py\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    assert blocks, "the README's plugin section shows no ```py block"
    example = EXAMPLE.read_text(encoding="utf-8")
    for block in blocks:
        assert block in example, "the README's plugin example is not an excerpt of docs/examples/test_with_plugin.py"
    assert "```python" not in section  # tests/test_readme.py would run it as a README example


@pytest.mark.timeout(WHEEL_TEST_BUDGET)
def test_the_example_passes_from_the_wheel_in_a_clean_venv(tmp_path: Path) -> None:
    """Slow (about 15 s): builds the wheel, installs it with its [mock] extra in a new venv, runs the example."""
    env = _clean_env()

    def run(*command: str | Path, cwd: Path = tmp_path, timeout: float = 90) -> str:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", wheels, ROOT)
    (wheel,) = wheels.glob("quantconnect_client-*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", f"{wheel}[mock]", "pytest==9.2.0", "pytest-asyncio==1.5.0")
    where = run(python, "-c", "import mock_server.pytest_plugin as plugin; print(plugin.__file__)")
    assert Path(where.strip()).is_relative_to(venv), where  # the wheel's copy, not this checkout
    project = tmp_path / "project"
    project.mkdir()
    (project / EXAMPLE.name).write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    output = run(python, "-m", "pytest", "-p", "no:cacheprovider", cwd=project)
    assert f"{_example_tests()} passed" in output, output


# ----- what loading the plugin costs every pytest run ---------------------------------------------------------------


def test_the_plugin_module_imports_nothing_heavy() -> None:
    script = (
        "import sys, mock_server; before = set(sys.modules); import mock_server.pytest_plugin; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=_clean_env())
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    assert "mock_server.pytest_plugin" in loaded
    assert [m for m in loaded if m.split(".")[0] in HEAVY or m.startswith("mock_server.")] == [
        "mock_server.pytest_plugin"
    ]


def test_pytest_runs_without_the_mock_extra(tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text("def test_plain() -> None:\n    assert True\n", encoding="utf-8")
    script = (
        f"import sys\nfor name in {MOCK_EXTRA!r}:\n    sys.modules[name] = None\n"
        "import pytest\nsys.exit(pytest.main(['-q', '-p', 'no:cacheprovider']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, env=_clean_env()
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_fixture_without_the_mock_extra_says_what_to_install(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys
        import pytest

        @pytest.fixture(autouse=True)
        def no_openapi_core(monkeypatch):
            monkeypatch.setitem(sys.modules, "openapi_core", None)

        def test_uses_the_mock(qc_client):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    message = f"qc_mock needs the mock server's dependencies (openapi_core not installed): {INSTALL_HINT}"
    assert message in result.stdout.str()


# ----- the in-process mock ------------------------------------------------------------------------------------------


def test_qc_mock_has_credentials_demo_ids_and_the_fast_defaults(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    settings = qc_mock.app.mock.settings
    assert (
        (settings.backtest_seconds, settings.queue_seconds)
        == (0.5, 0.1)
        == tuple(FAST_OPTIONS[k] for k in ("backtest_seconds", "queue_seconds"))
    )
    assert qc_client.user_id == qc_mock.user_id
    assert qc_client.base_url == qc_mock.base_url.rstrip("/")
    [project] = qc_client.projects.read(project_id=qc_mock.project_id)
    assert project.name == "Demo/EMA Cross"
    assert _read(qc_client, qc_mock) == qc_mock.backtest_id


@pytest.mark.qc_mock(backtest_seconds=600)
def test_waiting_takes_simulated_time_only(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    started = time.monotonic()
    backtest_id = _started(qc_client, qc_mock)
    done = qc_client.backtests.wait(project_id=qc_mock.project_id, backtest_id=backtest_id)
    assert done.completed
    assert sum(qc_mock.sleeps) >= 600
    assert time.monotonic() - started < 10


def test_progress_moves_only_when_advanced(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    backtest_id = _started(qc_client, qc_mock)
    reads = [qc_client.backtests.read(project_id=qc_mock.project_id, backtest_id=backtest_id) for _ in range(3)]
    assert {(r.status, r.progress, r.completed) for r in reads} == {(reads[0].status, reads[0].progress, False)}
    before = qc_mock.app.mock.simulation_clock()
    assert qc_mock.advance(60) == pytest.approx(before + 60)
    after = qc_client.backtests.read(project_id=qc_mock.project_id, backtest_id=backtest_id)
    assert after.completed
    with pytest.raises(ValueError, match="advance"):
        qc_mock.advance(-1)


@pytest.mark.qc_mock(empty=True, user_id="777", api_token="secret")
def test_marker_options_reach_the_app(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    assert (qc_mock.user_id, qc_mock.api_token, qc_client.user_id) == ("777", "secret", "777")
    assert qc_mock.demo is None
    assert qc_client.projects.read() == []
    with pytest.raises(LookupError, match="empty"):
        _ = qc_mock.project_id


class TestOptionsPrecedence:
    pytestmark = pytest.mark.qc_mock(backtest_seconds=8, queue_seconds=3)

    @pytest.fixture
    def qc_mock_options(self) -> dict[str, object]:
        return {"backtest_seconds": 7, "queue_seconds": 2, "compile_seconds": 4, "seed": 3}

    @pytest.mark.qc_mock(backtest_seconds=9)
    def test_closest_wins(self, qc_mock: QCMock) -> None:
        settings = qc_mock.app.mock.settings
        assert (settings.backtest_seconds, settings.queue_seconds, settings.compile_seconds) == (9, 3, 4)
        assert settings.seed == 3
        assert settings.loading_reads == 1  # the mock's own default, untouched


@pytest.mark.parametrize("qc_mock_options", [{"seed": 1}, {"seed": 2, "empty": True}])
def test_qc_mock_options_can_be_parametrized(qc_mock: QCMock, qc_mock_options: dict[str, object]) -> None:
    assert qc_mock.app.mock.settings.seed == qc_mock_options["seed"]
    assert (qc_mock.demo is None) == bool(qc_mock_options.get("empty"))


def test_bad_options_fail_the_test_naming_them(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.qc_mock(backtest_secs=5)
        def test_unknown(qc_mock):
            pass

        @pytest.mark.qc_mock(backtest_seconds=-1)
        def test_out_of_bounds(qc_mock):
            pass

        @pytest.mark.qc_mock(check_responses=True)
        def test_in_process_only(qc_mock_process):
            pass
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=3)
    result.stdout.fnmatch_lines(
        [
            "*qc_mock: unknown option(s) backtest_secs; known: *backtest_seconds*",
            "*qc_mock: backtest_seconds*",
            "*qc_mock_process: option check_responses exists in-process only*",
        ],
        consecutive=False,
    )


# ----- faults, in-process, through both clients ---------------------------------------------------------------------


def test_queued_faults_are_retried_and_recorded(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    qc_mock.fault("503", "429;retry-after=7")
    assert qc_mock.pending_faults == ["503", "429;retry-after=7"]
    assert _read(qc_client, qc_mock) == qc_mock.backtest_id
    assert qc_mock.pending_faults == []
    assert len(qc_mock.sleeps) == 2 and qc_mock.sleeps[1] == 7


def test_reset_clears_faults_and_skew(qc_mock: QCMock, qc_client: QuantConnect) -> None:
    qc_mock.fault("503")
    qc_mock.set_skew(3600)
    with pytest.raises(ValueError, match="unknown fault"):
        qc_mock.fault("explode")
    qc_mock.reset()
    assert qc_mock.pending_faults == [] and qc_mock.app.mock.faults.skew == 0
    assert _read(qc_client, qc_mock) == qc_mock.backtest_id
    assert qc_mock.sleeps == []


def test_sync_faults_fail_as_over_http(qc_mock: QCMock) -> None:
    with qc_mock.client(max_retries=0, timeout=1.0) as client:
        qc_mock.fault("drop")
        with pytest.raises(APIConnectionError) as dropped:
            _read(client, qc_mock)
        assert isinstance(dropped.value.__cause__, httpx.RemoteProtocolError)
        qc_mock.fault("truncated")
        with pytest.raises(InvalidResponseError):
            _read(client, qc_mock)
        started, simulated = time.monotonic(), qc_mock.app.mock.simulation_clock.offset
        qc_mock.fault("slow=30")
        with pytest.raises(APITimeoutError):
            _read(client, qc_mock)
        assert time.monotonic() - started < 5  # the 1 s timeout passed in simulated time
        assert qc_mock.app.mock.simulation_clock.offset == pytest.approx(simulated + 1.0)
        qc_mock.fault("slow=0.5")
        assert _read(client, qc_mock) == qc_mock.backtest_id


async def test_async_faults_fail_as_over_http(qc_mock: QCMock, qc_async_client: AsyncQuantConnect) -> None:
    client = qc_async_client.with_options(max_retries=0, timeout=1.0)
    ids = ReadBacktestRequest(project_id=qc_mock.project_id, backtest_id=qc_mock.backtest_id)
    qc_mock.fault("drop")
    with pytest.raises(APIConnectionError) as dropped:
        await client.backtests.read(ids)
    assert isinstance(dropped.value.__cause__, httpx.RemoteProtocolError)
    qc_mock.fault("slow=30")
    with pytest.raises(APITimeoutError):
        await client.backtests.read(ids)
    qc_mock.fault("503")
    assert (await qc_async_client.backtests.read(ids)).backtest_id == qc_mock.backtest_id  # retried
    assert qc_mock.sleeps and qc_mock.pending_faults == []


async def test_async_waits_take_simulated_time(qc_mock: QCMock, qc_async_client: AsyncQuantConnect) -> None:
    compiled = await qc_async_client.compile.create(project_id=qc_mock.project_id)
    done = await qc_async_client.compile.wait(project_id=qc_mock.project_id, compile_id=compiled.compile_id)
    assert done.state == "BuildSuccess"
    assert sum(qc_mock.sleeps) >= FAST_OPTIONS["compile_seconds"]


# ----- the subprocess ----------------------------------------------------------------------------------------------


def test_qc_mock_process_is_a_real_server(qc_mock_process: QCMockProcess, qc_process_client: QuantConnect) -> None:
    assert qc_mock_process.base_url.startswith("http://127.0.0.1:")
    assert qc_mock_process.process.poll() is None
    assert _read(qc_process_client, qc_mock_process) == qc_mock_process.backtest_id
    qc_mock_process.fault("503", "drop")
    assert qc_mock_process.pending_faults == ["503", "drop"]
    qc_mock_process.reset()
    assert qc_mock_process.pending_faults == []
    with pytest.raises(ValueError, match="unknown fault"):
        qc_mock_process.fault("explode")
    backtest_id = _started(qc_process_client, qc_mock_process)
    qc_mock_process.advance(60)
    assert qc_process_client.backtests.read(project_id=qc_mock_process.project_id, backtest_id=backtest_id).completed
    with qc_mock_process.client(max_retries=0, timeout=httpx.Timeout(10.0, read=0.2)) as impatient:
        qc_mock_process.fault("slow=2")
        with pytest.raises(APITimeoutError):
            _read(impatient, qc_mock_process)


@pytest.mark.qc_mock(faults=["503"], user_id="4242")
def test_qc_mock_env_points_clients_at_the_process(qc_mock_env: QCMockProcess) -> None:
    assert os.environ["QUANTCONNECT_BASE_URL"] == qc_mock_env.base_url
    assert qc_mock_env.pending_faults == ["503"]  # from the marker, as --fault
    with QuantConnect() as client:  # credentials and base URL from the environment
        assert client.user_id == "4242"
        client.authenticate()  # retried past the 503


def test_fixtures_clean_up(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import json
        import os
        import threading
        from pathlib import Path

        def bridges():
            return [t for t in threading.enumerate() if t.name == "qc-mock-sync-bridge"]

        def test_uses_everything(qc_client, qc_mock, qc_mock_env):
            qc_client.authenticate()
            qc_mock.client().authenticate()  # not closed here: the fixture closes it
            assert len(bridges()) == 2
            seen = {"pid": qc_mock_env.process.pid, "base_url": qc_mock_env.base_url}
            Path("seen.json").write_text(json.dumps(seen))

        def test_all_gone_after_it():
            assert bridges() == []
            seen = json.loads(Path("seen.json").read_text())
            assert os.environ.get("QUANTCONNECT_BASE_URL") != seen["base_url"]
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    pid = json.loads((pytester.path / "seen.json").read_text())["pid"]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the server was stopped (and reaped) before its pytest exited
