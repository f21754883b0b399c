"""What the mock's AI tools answer: deterministic stand-ins that do the work for real where it can be done locally.

- `syntax_check`: Python files are compiled (mock_server.syntax), one line per error naming file, line and column;
  C# files are not checked (no compiler here), so they always pass.
- `initialization`: syntax errors first, then the unconditional `raise` met while the algorithm is set up
  (mock_server.syntax.raised_error), worded like LEAN's initialization failure.
- `pep8_convert`: renames the LEAN API's PascalCase names to the PEP 8 API's (`self.SetStartDate(` ->
  `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`, `bar.Close` ->
  `bar.close`), token by token, so strings and comments are never touched.
- `complete`: the LEAN API names that continue the last word of the sentence, in the language's spelling.
- `explain`: an explanation of the errors it knows (NameError, AttributeError, KeyError, ...), else general advice.
- `search`: a small built-in corpus ranked by TF-IDF similarity to the input, per source type.
"""

from __future__ import annotations

import io
import keyword
import math
import re
import tokenize
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .syntax import raised_error, syntax_errors

__all__ = [
    "CORPUS",
    "SEARCH_TYPES",
    "Document",
    "complete",
    "explain",
    "initialization",
    "pep8_convert",
    "pep8_name",
    "search",
    "syntax_check",
]

# ----- the LEAN API's names -------------------------------------------------------------------------------------------

# QCAlgorithm members, most used first (the order completions come in).
API_MEMBERS = (
    "AddEquity", "AddForex", "AddCrypto", "AddFuture", "AddOption", "AddIndex", "AddCfd", "AddData", "AddUniverse",
    "SetStartDate", "SetEndDate", "SetCash", "SetHoldings", "SetWarmUp", "SetWarmup", "SetBenchmark",
    "SetBrokerageModel", "SetUniverseSelection", "SetAlpha", "SetPortfolioConstruction", "SetExecution",
    "SetRiskManagement", "Liquidate", "MarketOrder", "LimitOrder", "StopMarketOrder", "StopLimitOrder",
    "MarketOnOpenOrder", "MarketOnCloseOrder", "History", "Debug", "Log", "Error", "Plot", "Schedule", "Consolidate",
    "RegisterIndicator", "WarmUpIndicator", "GetParameter", "EMA", "SMA", "RSI", "MACD", "BB", "ATR", "ROC", "MOM",
    "Portfolio", "Securities", "Transactions", "Time", "UtcTime", "IsWarmingUp", "UniverseSettings", "ObjectStore",
    "Notify", "Train", "Quit",
)  # fmt: skip
# Event handlers an algorithm defines.
EVENT_HANDLERS = frozenset(
    {
        "Initialize", "OnData", "OnOrderEvent", "OnSecuritiesChanged", "OnEndOfAlgorithm", "OnEndOfDay",
        "OnWarmupFinished", "OnMarginCall", "OnMarginCallWarning", "OnAssignmentOrderEvent", "OnBrokerageMessage",
        "OnBrokerageDisconnect", "OnBrokerageReconnect", "OnSplits", "OnDividends", "OnDelistings",
        "OnSymbolChangedEvents", "OnCommand",
    }
)  # fmt: skip
# Members of LEAN's data and portfolio objects, renamed wherever they follow a dot.
OBJECT_MEMBERS = frozenset(
    {
        "Symbol", "Value", "Price", "Open", "High", "Low", "Close", "Volume", "Time", "EndTime", "Period", "Invested",
        "Quantity", "AbsoluteQuantity", "IsLong", "IsShort", "AveragePrice", "HoldingsValue", "UnrealizedProfit",
        "TotalPortfolioValue", "Cash", "MarginRemaining", "Holdings", "IsReady", "Current", "Samples", "Update",
        "Reset", "Bars", "QuoteBars", "Ticks", "ContainsKey", "Keys", "Values", "Underlying", "Expiry", "Strike",
        "Right", "Status", "FillPrice", "FillQuantity", "OrderId", "Direction", "AddedSecurities", "RemovedSecurities",
        "Resolution", "DataNormalizationMode", "Leverage", "FeeModel", "SetLeverage", "SetFeeModel", "Every",
        "EveryDay", "At", "AfterMarketOpen", "BeforeMarketClose", "On", "DateRules", "TimeRules",
    }
)  # fmt: skip
# Enumerations whose members the PEP 8 API spells in capitals (`Resolution.DAILY`).
ENUMS = frozenset(
    {
        "Resolution", "SecurityType", "OrderDirection", "OrderStatus", "OrderType", "DataNormalizationMode",
        "InsightDirection", "InsightType", "BrokerageName", "AccountType", "OptionRight", "OptionStyle",
        "SettlementType", "TickType", "DataMappingMode", "PositionSide",
    }
)  # fmt: skip
_WORDS = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def pep8_name(name: str) -> str:
    """`SetStartDate` -> `set_start_date`, `EMA` -> `ema`, `IsReady` -> `is_ready`."""
    return _WORDS.sub("_", name).lower()


def _pascal(name: str) -> bool:
    return name[:1].isupper() and "_" not in name


# ----- PEP 8 conversion ---------------------------------------------------------------------------------------------


def pep8_convert(source: str) -> str:
    """The Python `source` with the LEAN API's PascalCase names renamed (see the module docstring).

    Code that does not tokenize is answered unchanged: there is nothing safe to rename in it.
    """
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return source
    significant = [t for t in tokens if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)]
    renames: list[tuple[int, int, int, str]] = []  # (row, start column, end column, new text)
    for index, token in enumerate(significant):
        if token.type != tokenize.NAME or keyword.iskeyword(token.string) or not _pascal(token.string):
            continue
        before = significant[index - 1] if index >= 1 else None
        owner = significant[index - 2] if index >= 2 else None
        new: str | None = None
        if before is not None and before.string == "def" and token.string in EVENT_HANDLERS:
            new = pep8_name(token.string)
        elif before is not None and before.type == tokenize.OP and before.string == ".":
            if owner is not None and owner.type == tokenize.NAME and owner.string == "self":
                new = pep8_name(token.string)
            elif owner is not None and owner.type == tokenize.NAME and owner.string in ENUMS:
                new = pep8_name(token.string).upper()
            elif token.string in OBJECT_MEMBERS:
                new = pep8_name(token.string)
        if new is not None and new != token.string:
            (row, start), (_, end) = token.start, token.end
            renames.append((row, start, end, new))
    lines = source.splitlines(keepends=True)
    for row, start, end, new in sorted(renames, reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[:start] + new + line[end:]
    return "".join(lines)


# ----- syntax and initialization ------------------------------------------------------------------------------------


def syntax_check(language: str, files: dict[str, str]) -> list[str]:
    """One line per syntax error of the Python files; C# files are not checked by the mock."""
    return syntax_errors(files) if language == "Py" else []


def initialization(language: str, files: dict[str, str]) -> str | None:
    """Why the algorithm fails to initialize, or None when it initializes (C#: always, the mock runs no C#)."""
    if language != "Py":
        return None
    errors = syntax_errors(files)
    if errors:
        return "The algorithm does not compile:\n" + "\n".join(errors)
    raised = raised_error(files)
    if raised is None or not raised.during_initialize:
        return None
    return f"During the algorithm initialization, the following exception has occurred: {raised.stacktrace}".rstrip()


# ----- completion ---------------------------------------------------------------------------------------------------

_LAST_WORD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)$")


def complete(language: str, sentence: str, limit: int) -> list[str]:
    """API names continuing the sentence's last word, in the language's spelling, at most `limit`."""
    match = _LAST_WORD.search(sentence)
    stem, start = (match.group(1), match.start(1)) if match else ("", len(sentence))
    names: Iterable[str] = API_MEMBERS if language != "Py" else dict.fromkeys(pep8_name(n) for n in API_MEMBERS)
    found = [name for name in names if name.lower().startswith(stem.lower()) and name != stem]
    return [sentence[:start] + name for name in found][:limit]


# ----- error explanations -------------------------------------------------------------------------------------------

_LOCATION = re.compile(r"in (?P<file>[\w./-]+): line (?P<line>\d+)")
_EXPLANATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"name '(?P<name>\w+)' is not defined"),
        "The name '{name}' is used before anything was assigned to it. Something created in initialize must be kept"
        " on the algorithm, as self.{name} = ..., and used as self.{name} elsewhere; check the spelling too.",
    ),
    (
        re.compile(r"has no attribute '(?P<name>\w+)'"),
        "The object has no member '{name}'. The Python API spells the LEAN API in snake_case ('{pep8}'); a member"
        " set on the algorithm must be set (self.{name} = ...) before it is read.",
    ),
    (
        re.compile(r"KeyError|not found in the (current )?(slice|dictionary)|not present in the dictionary", re.I),
        "The data asked for is not in this slice: not every symbol has data at every time step. Check"
        " data.contains_key(symbol) (or data.bars.contains_key(symbol)) before reading data[symbol].",
    ),
    (
        re.compile(r"ZeroDivisionError|division by zero|divide by zero", re.I),
        "A value divides by zero, typically a price, volume or indicator that is still 0 before any data"
        " arrived. Guard the division, or wait until the indicator is ready (indicator.is_ready).",
    ),
    (
        re.compile(r"insufficient buying power", re.I),
        "The order costs more than the portfolio's buying power. Order less, or use set_holdings(symbol, weight)"
        " with weights that add up to at most 1, leaving room for fees.",
    ),
    (
        re.compile(r"IndexError|index (was )?out(side)? of (the )?(bounds|range)", re.I),
        "The code reads past the end of a list or window, often a history request or rolling window holding"
        " fewer values than asked for (at the start of a backtest). Check its length first.",
    ),
    (
        re.compile(r"SyntaxError|IndentationError"),
        "The code does not parse. Check the line named (and the one before it) for a missing ':', bracket or"
        " quote, or mixed indentation; the syntax check tool lists every such error.",
    ),
)


def explain(language: str, message: str, stacktrace: str | None) -> str:
    """An explanation of the error; the place it names, when the stack trace has one, comes first."""
    where = ""
    found = _LOCATION.search(stacktrace or "") or _LOCATION.search(message)
    if found:
        where = f"The error was raised in {found['file']} at line {found['line']}. "
    for pattern, text in _EXPLANATIONS:
        match = pattern.search(message)
        if match:
            name = match.groupdict().get("name") or ""
            return where + text.format(name=name, pep8=pep8_name(name) if name else "")
    language_name = "Python" if language == "Py" else "C#"
    return (
        f"{where}No specific explanation is known for this {language_name} error: {message.strip()} Read the last"
        " lines of the stack trace that are in your own files, and check the values used there."
    )


# ----- search -------------------------------------------------------------------------------------------------------

SEARCH_TYPES = {"Stubs": 0, "Forum": 1, "Docs": 2, "Examples": 3}
_DOCS = "https://www.quantconnect.com/docs/v2/writing-algorithms"
_FORUM = "https://www.quantconnect.com/forum/discussion"


@dataclass(frozen=True)
class Document:
    title: str
    url: str
    type: int  # 0 stubs, 1 forum, 2 documentation, 3 examples
    content: str

    @property
    def link(self) -> str:
        return f"[{self.title} - QuantConnect.com]({self.url})"


CORPUS: tuple[Document, ...] = (
    Document("Warm Up Periods", f"{_DOCS}/historical-data/warm-up-periods", 2,
             "Call self.set_warm_up(period) in initialize to feed indicators and rolling windows history before the"
             " algorithm trades; self.is_warming_up is true until the warm-up period ends."),
    Document("Indicators: Key Concepts", f"{_DOCS}/indicators/key-concepts", 2,
             "Create automatic indicators such as self.ema(symbol, period) or self.sma(symbol, period) in initialize;"
             " they update with each bar. Check indicator.is_ready before reading indicator.current.value."),
    Document("Requesting Data: US Equity", f"{_DOCS}/securities/asset-classes/us-equity/requesting-data", 2,
             "Subscribe to an equity with self.add_equity(ticker, resolution); keep the returned security's symbol"
             " and read its bars from the slice in on_data."),
    Document("Index Options", f"{_DOCS}/universes/index-options", 2,
             "Add an index option chain with self.add_index_option(underlying) and filter contracts by strike and"
             " expiry; option contracts are in slice.option_chains."),
    Document("Scheduled Events", f"{_DOCS}/scheduled-events", 2,
             "Run a method at set times with self.schedule.on(self.date_rules.every_day(symbol),"
             " self.time_rules.after_market_open(symbol, 30), self.rebalance)."),
    Document("Object Store", f"{_DOCS}/object-store", 2,
             "Save and read files of the organization's Object Store with self.object_store.save(key, text) and"
             " self.object_store.read(key); models trained in research can be stored there."),
    Document("Parameters", f"{_DOCS}/parameters", 2,
             "Read a project parameter with self.get_parameter(name, default); optimizations vary parameters over"
             " a grid of values."),
    Document("Alpha Models", f"{_DOCS}/algorithm-framework/alpha/key-concepts", 2,
             "An alpha model emits insights: predictions of direction, magnitude and period for a symbol. Create an"
             " Alpha model by subclassing AlphaModel and implementing update(algorithm, data)."),
    Document("Trading and Orders", f"{_DOCS}/trading-and-orders/order-types", 2,
             "Place orders with self.market_order(symbol, quantity), self.limit_order(symbol, quantity, price), or"
             " size positions with self.set_holdings(symbol, weight); self.liquidate() closes them."),
    Document("QCAlgorithm.add_equity", f"{_DOCS}/api-reference", 0,
             "add_equity(ticker, resolution=None, market=None, fill_forward=True, leverage=0, extended_market_hours"
             "=False) -> Equity: subscribe to an equity's data."),
    Document("QCAlgorithm.set_warm_up", f"{_DOCS}/api-reference", 0,
             "set_warm_up(period, resolution=None): warm up indicators with a period (timedelta or number of bars)."),
    Document("EMA cross on SPY", f"{_FORUM}/ema-cross", 1,
             "A simple EMA cross: buy SPY when the fast EMA crosses above the slow one, sell when it crosses below;"
             " warm up both indicators first."),
    Document("Why is my indicator not ready?", f"{_FORUM}/indicator-not-ready", 1,
             "An indicator is not ready until it has received period values; warm up the algorithm or the"
             " indicator, and check is_ready before trading."),
    Document("Momentum strategy example", f"{_DOCS}/examples", 3,
             "A momentum example ranks equities by their rate of change over 20 days and holds the top five,"
             " rebalancing every month with a scheduled event."),
    Document("Option straddle example", f"{_DOCS}/examples", 3,
             "An option example buys an at-the-money straddle on SPY index options before earnings and closes it"
             " after the event."),
)  # fmt: skip
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"a", "an", "and", "are", "do", "does", "how", "i", "in", "is", "it", "my", "of", "on", "the", "to"})


def _terms(text: str) -> list[str]:
    words = (word.removesuffix("s") if len(word) > 3 else word for word in _TOKEN.findall(text.lower()))
    return [word for word in words if word not in _STOP]


def _vectors() -> tuple[list[dict[str, float]], dict[str, float]]:
    counts = [Counter(_terms(f"{d.title} {d.title} {d.content}")) for d in CORPUS]  # titles weigh double
    frequency = Counter(term for count in counts for term in count)
    idf = {term: math.log((1 + len(CORPUS)) / (1 + n)) + 1 for term, n in frequency.items()}
    vectors = [{term: n * idf[term] for term, n in count.items()} for count in counts]
    return vectors, idf


_VECTORS, _IDF = _vectors()


def _cosine(query: dict[str, float], document: dict[str, float]) -> float:
    dot = sum(weight * document.get(term, 0.0) for term, weight in query.items())
    norm = math.sqrt(sum(w * w for w in query.values())) * math.sqrt(sum(w * w for w in document.values()))
    return dot / norm if norm else 0.0


def search(text: str, source: str, count: int) -> list[tuple[Document, float]]:
    """The `count` documents of the source type most similar to `text` (those sharing no term are left out)."""
    wanted = SEARCH_TYPES[source]
    query = {term: n * _IDF.get(term, 0.0) for term, n in Counter(_terms(text)).items()}
    scored = [
        (document, round(_cosine(query, vector), 6))
        for document, vector in zip(CORPUS, _VECTORS, strict=True)
        if document.type == wanted
    ]
    ranked = sorted((item for item in scored if item[1] > 0), key=lambda item: (-item[1], item[0].title))
    return ranked[:count]
