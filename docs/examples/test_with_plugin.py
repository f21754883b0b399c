"""A user's own tests, run offline against the QuantConnect mock with the package's pytest plugin.

    pip install 'quantconnect-client[mock]' pytest pytest-asyncio
    pytest docs/examples/test_with_plugin.py

The fixtures (`qc_client`, `qc_async_client`, `qc_mock`, `qc_mock_env`, ...) come with the package; nothing to
configure. The code under test would normally be imported from your own package.
"""

from __future__ import annotations

import asyncio

import pytest
from quantconnect_client import APIConnectionError, AsyncQuantConnect, QuantConnect
from quantconnect_client.models import BacktestResult, CreateBacktestRequestParameters

from mock_server.pytest_plugin import QCMock, QCMockProcess

# ----- the code under test ----------------------------------------------------------------------------------------


def sharpe(backtest: BacktestResult) -> float:
    ratio = backtest.statistics.sharpe_ratio  # a display string such as "1.234"
    if not isinstance(ratio, str):
        raise RuntimeError(f"backtest {backtest.backtest_id} has no Sharpe ratio")
    return float(ratio)


def nightly_sharpe(client: QuantConnect, project_id: int) -> float:
    """Compiles the project, backtests it and returns the Sharpe ratio."""
    compiled = client.compile.create(project_id=project_id)
    client.compile.wait(project_id=project_id, compile_id=compiled.compile_id)
    created = client.backtests.create(project_id=project_id, compile_id=compiled.compile_id, backtest_name="nightly")
    return sharpe(client.backtests.wait(project_id=project_id, backtest_id=created.backtest_id))


async def best_fast_period(client: AsyncQuantConnect, project_id: int, compile_id: str, periods: list[int]) -> int:
    """Backtests every `ema_fast` period at once; returns the one with the best Sharpe ratio."""
    created = await asyncio.gather(
        *(
            client.backtests.create(
                project_id=project_id,
                compile_id=compile_id,
                backtest_name=f"ema_fast={period}",
                parameters=CreateBacktestRequestParameters.from_dict({"ema_fast": period}),
            )
            for period in periods
        )
    )
    done = await asyncio.gather(
        *(client.backtests.wait(project_id=project_id, backtest_id=b.backtest_id) for b in created)
    )
    ratios = {period: sharpe(backtest) for period, backtest in zip(periods, done, strict=True)}
    return max(ratios, key=ratios.__getitem__)


def project_names() -> list[str]:
    """A script's helper that makes its own client, from QUANTCONNECT_USER_ID/_API_TOKEN/_BASE_URL."""
    with QuantConnect() as client:
        return [project.name for project in client.projects.read()]


# ----- its tests ----------------------------------------------------------------------------------------------------


def test_nightly_sharpe(qc_client: QuantConnect, qc_mock: QCMock) -> None:
    ratio = nightly_sharpe(qc_client, qc_mock.project_id)
    assert ratio == nightly_sharpe(qc_client, qc_mock.project_id)  # the mock's results are deterministic


@pytest.mark.qc_mock(backtest_seconds=600)  # a 10-minute backtest; waiting for it takes no real time
def test_nightly_sharpe_rides_out_rate_limits(qc_client: QuantConnect, qc_mock: QCMock) -> None:
    qc_mock.fault("429;retry-after=30", "429")  # the next two requests are refused; the client retries
    assert isinstance(nightly_sharpe(qc_client, qc_mock.project_id), float)
    assert qc_mock.sleeps[0] == 30 and sum(qc_mock.sleeps) >= 600


def test_a_dead_connection_is_reported(qc_mock: QCMock) -> None:
    qc_mock.fault("drop")
    with qc_mock.client(max_retries=0) as client, pytest.raises(APIConnectionError):
        nightly_sharpe(client, qc_mock.project_id)


@pytest.mark.asyncio
async def test_best_fast_period(qc_async_client: AsyncQuantConnect, qc_mock: QCMock) -> None:
    best = await best_fast_period(qc_async_client, qc_mock.project_id, qc_mock.compile_id, [5, 10, 20])
    assert best in (5, 10, 20)
    assert best == await best_fast_period(qc_async_client, qc_mock.project_id, qc_mock.compile_id, [20, 10, 5])


def test_project_names(qc_mock_env: QCMockProcess) -> None:  # a real server on 127.0.0.1, named by the environment
    assert "Demo/EMA Cross" in project_names()
