"""Starting content of new projects (and of the demo project)."""

from __future__ import annotations

__all__ = ["DEMO_MAIN", "default_files"]

PY_MAIN = """# region imports
from AlgorithmImports import *
# endregion


class MyProject(QCAlgorithm):
    def initialize(self):
        self.set_start_date(2023, 1, 3)
        self.set_end_date(2023, 12, 29)
        self.set_cash(100000)
        self.add_equity("SPY", Resolution.DAILY)

    def on_data(self, data: Slice):
        if not self.portfolio.invested:
            self.set_holdings("SPY", 1)
"""

CS_MAIN = """namespace QuantConnect.Algorithm.CSharp
{
    public class MyProject : QCAlgorithm
    {
        public override void Initialize()
        {
            SetStartDate(2023, 1, 3);
            SetEndDate(2023, 12, 29);
            SetCash(100000);
            AddEquity("SPY", Resolution.Daily);
        }
    }
}
"""

DEMO_MAIN = """# region imports
from AlgorithmImports import *
# endregion


class EmaCross(QCAlgorithm):
    def initialize(self):
        self.set_start_date(2023, 1, 3)
        self.set_end_date(2023, 12, 29)
        self.set_cash(100000)
        self.spy = self.add_equity("SPY", Resolution.DAILY).symbol
        fast = self.get_parameter("ema_fast", 10)
        slow = self.get_parameter("ema_slow", 20)
        self.fast = self.ema(self.spy, fast, Resolution.DAILY)
        self.slow = self.ema(self.spy, slow, Resolution.DAILY)

    def on_data(self, data: Slice):
        if self.fast.current.value > self.slow.current.value:
            self.set_holdings(self.spy, 1)
        elif self.portfolio.invested:
            self.liquidate(self.spy)
"""


def default_files(language: str) -> dict[str, str]:
    """The files a new project starts with."""
    return {"Main.cs": CS_MAIN} if language == "C#" else {"main.py": PY_MAIN}
