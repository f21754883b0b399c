"""Ai: Assistant tools for algorithm code, from syntax checks and completions to documentation search."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import (
    CHECK_AI_INITIALIZATION,
    CHECK_AI_SYNTAX,
    COMPLETE_AI_CODE,
    CONVERT_AI_PEP_8,
    ENHANCE_AI_ERROR,
    SEARCH_AI,
)
from ..models.ai_error import AiError
from ..models.ai_file import AiFile
from ..models.ai_files_request import AiFilesRequest
from ..models.backtest_init_response import BacktestInitResponse
from ..models.code_completion_request import CodeCompletionRequest
from ..models.code_completion_response import CodeCompletionResponse
from ..models.error_enhance_request import ErrorEnhanceRequest
from ..models.error_enhance_response import ErrorEnhanceResponse
from ..models.pep8_convert_request import PEP8ConvertRequest
from ..models.pep8_convert_response import PEP8ConvertResponse
from ..models.project_language import ProjectLanguage
from ..models.search_criteria import SearchCriteria
from ..models.search_request import SearchRequest
from ..models.search_response import SearchResponse
from ..models.syntax_check_response import SyntaxCheckResponse
from ..types import UNSET, Unset

__all__ = ["Ai", "AsyncAi"]


class Ai(SyncResource):
    """Assistant tools for algorithm code, from syntax checks and completions to documentation search."""

    @overload
    def check_initialization(self, body: AiFilesRequest, /) -> BacktestInitResponse: ...

    @overload
    def check_initialization(
        self, *, language: ProjectLanguage, files: builtins.list[AiFile]
    ) -> BacktestInitResponse: ...

    def check_initialization(self, body: AiFilesRequest | None = None, **fields: Any) -> BacktestInitResponse:
        """Check that an algorithm initializes

        Runs the algorithm for a few seconds, far enough to set it up, and reports whether initialization fails:
        `state` is `Error` with the error in `payload`, or `End` when it went through. The files must include
        `main.py` (Python) or `Main.cs` (C#).

        Takes the fields of `AiFilesRequest` as keywords, or a prebuilt one. `checkAiInitialization`: POST /ai/tools/backtest-init.
        """
        request = body if body is not None else AiFilesRequest(**fields)
        return self._client._request(CHECK_AI_INITIALIZATION, request.to_dict(), _check_ai_initialization)

    @overload
    def complete_code(self, body: CodeCompletionRequest, /) -> CodeCompletionResponse: ...

    @overload
    def complete_code(
        self, *, language: ProjectLanguage, sentence: str, response_size_limit: int | Unset = UNSET
    ) -> CodeCompletionResponse: ...

    def complete_code(self, body: CodeCompletionRequest | None = None, **fields: Any) -> CodeCompletionResponse:
        """Complete a piece of algorithm code

        Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` -> `self.add_equity`, or
        `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

        Takes the fields of `CodeCompletionRequest` as keywords, or a prebuilt one. `completeAiCode`: POST /ai/tools/complete.
        """
        request = body if body is not None else CodeCompletionRequest(**fields)
        return self._client._request(COMPLETE_AI_CODE, request.to_dict(), _complete_ai_code)

    @overload
    def enhance_error(self, body: ErrorEnhanceRequest, /) -> ErrorEnhanceResponse: ...

    @overload
    def enhance_error(self, *, language: ProjectLanguage, error: AiError) -> ErrorEnhanceResponse: ...

    def enhance_error(self, body: ErrorEnhanceRequest | None = None, **fields: Any) -> ErrorEnhanceResponse:
        """Explain an algorithm error

        Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes it.

        Takes the fields of `ErrorEnhanceRequest` as keywords, or a prebuilt one. `enhanceAiError`: POST /ai/tools/error-enhance.
        """
        request = body if body is not None else ErrorEnhanceRequest(**fields)
        return self._client._request(ENHANCE_AI_ERROR, request.to_dict(), _enhance_ai_error)

    @overload
    def convert_pep8(self, body: PEP8ConvertRequest, /) -> PEP8ConvertResponse: ...

    @overload
    def convert_pep8(self, *, files: builtins.list[AiFile]) -> PEP8ConvertResponse: ...

    def convert_pep8(self, body: PEP8ConvertRequest | None = None, **fields: Any) -> PEP8ConvertResponse:
        """Convert Python code to the PEP 8 API

        Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones (`self.SetStartDate(` ->
        `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and answers
        with every file, converted, by name.

        Takes the fields of `PEP8ConvertRequest` as keywords, or a prebuilt one. `convertAiPep8`: POST /ai/tools/pep8-convert.
        """
        request = body if body is not None else PEP8ConvertRequest(**fields)
        return self._client._request(CONVERT_AI_PEP_8, request.to_dict(), _convert_ai_pep_8)

    @overload
    def check_syntax(self, body: AiFilesRequest, /) -> SyntaxCheckResponse: ...

    @overload
    def check_syntax(self, *, language: ProjectLanguage, files: builtins.list[AiFile]) -> SyntaxCheckResponse: ...

    def check_syntax(self, body: AiFilesRequest | None = None, **fields: Any) -> SyntaxCheckResponse:
        """Check the syntax of algorithm files

        Parses the files without running them. `payload` has one line per error, naming the file, line and column;
        `state` is `Error` when there is any, `End` when the code parses.

        Takes the fields of `AiFilesRequest` as keywords, or a prebuilt one. `checkAiSyntax`: POST /ai/tools/syntax-check.
        """
        request = body if body is not None else AiFilesRequest(**fields)
        return self._client._request(CHECK_AI_SYNTAX, request.to_dict(), _check_ai_syntax)

    @overload
    def search(self, body: SearchRequest, /) -> SearchResponse: ...

    @overload
    def search(self, *, language: ProjectLanguage, criteria: builtins.list[SearchCriteria]) -> SearchResponse: ...

    def search(self, body: SearchRequest | None = None, **fields: Any) -> SearchResponse:
        """Search QuantConnect's documentation

        Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers with
        the best `count` results of each, most relevant first (`score`). A result's `type` says where it comes
        from: 0 stubs, 1 forum, 2 documentation, 3 examples.

        Takes the fields of `SearchRequest` as keywords, or a prebuilt one. `searchAi`: POST /ai/tools/search.
        """
        request = body if body is not None else SearchRequest(**fields)
        return self._client._request(SEARCH_AI, request.to_dict(), _search_ai)


class AsyncAi(AsyncResource):
    """Assistant tools for algorithm code, from syntax checks and completions to documentation search."""

    @overload
    async def check_initialization(self, body: AiFilesRequest, /) -> BacktestInitResponse: ...

    @overload
    async def check_initialization(
        self, *, language: ProjectLanguage, files: builtins.list[AiFile]
    ) -> BacktestInitResponse: ...

    async def check_initialization(self, body: AiFilesRequest | None = None, **fields: Any) -> BacktestInitResponse:
        """Check that an algorithm initializes

        Runs the algorithm for a few seconds, far enough to set it up, and reports whether initialization fails:
        `state` is `Error` with the error in `payload`, or `End` when it went through. The files must include
        `main.py` (Python) or `Main.cs` (C#).

        Takes the fields of `AiFilesRequest` as keywords, or a prebuilt one. `checkAiInitialization`: POST /ai/tools/backtest-init.
        """
        request = body if body is not None else AiFilesRequest(**fields)
        return await self._client._request(CHECK_AI_INITIALIZATION, request.to_dict(), _check_ai_initialization)

    @overload
    async def complete_code(self, body: CodeCompletionRequest, /) -> CodeCompletionResponse: ...

    @overload
    async def complete_code(
        self, *, language: ProjectLanguage, sentence: str, response_size_limit: int | Unset = UNSET
    ) -> CodeCompletionResponse: ...

    async def complete_code(self, body: CodeCompletionRequest | None = None, **fields: Any) -> CodeCompletionResponse:
        """Complete a piece of algorithm code

        Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` -> `self.add_equity`, or
        `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

        Takes the fields of `CodeCompletionRequest` as keywords, or a prebuilt one. `completeAiCode`: POST /ai/tools/complete.
        """
        request = body if body is not None else CodeCompletionRequest(**fields)
        return await self._client._request(COMPLETE_AI_CODE, request.to_dict(), _complete_ai_code)

    @overload
    async def enhance_error(self, body: ErrorEnhanceRequest, /) -> ErrorEnhanceResponse: ...

    @overload
    async def enhance_error(self, *, language: ProjectLanguage, error: AiError) -> ErrorEnhanceResponse: ...

    async def enhance_error(self, body: ErrorEnhanceRequest | None = None, **fields: Any) -> ErrorEnhanceResponse:
        """Explain an algorithm error

        Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes it.

        Takes the fields of `ErrorEnhanceRequest` as keywords, or a prebuilt one. `enhanceAiError`: POST /ai/tools/error-enhance.
        """
        request = body if body is not None else ErrorEnhanceRequest(**fields)
        return await self._client._request(ENHANCE_AI_ERROR, request.to_dict(), _enhance_ai_error)

    @overload
    async def convert_pep8(self, body: PEP8ConvertRequest, /) -> PEP8ConvertResponse: ...

    @overload
    async def convert_pep8(self, *, files: builtins.list[AiFile]) -> PEP8ConvertResponse: ...

    async def convert_pep8(self, body: PEP8ConvertRequest | None = None, **fields: Any) -> PEP8ConvertResponse:
        """Convert Python code to the PEP 8 API

        Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones (`self.SetStartDate(` ->
        `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and answers
        with every file, converted, by name.

        Takes the fields of `PEP8ConvertRequest` as keywords, or a prebuilt one. `convertAiPep8`: POST /ai/tools/pep8-convert.
        """
        request = body if body is not None else PEP8ConvertRequest(**fields)
        return await self._client._request(CONVERT_AI_PEP_8, request.to_dict(), _convert_ai_pep_8)

    @overload
    async def check_syntax(self, body: AiFilesRequest, /) -> SyntaxCheckResponse: ...

    @overload
    async def check_syntax(self, *, language: ProjectLanguage, files: builtins.list[AiFile]) -> SyntaxCheckResponse: ...

    async def check_syntax(self, body: AiFilesRequest | None = None, **fields: Any) -> SyntaxCheckResponse:
        """Check the syntax of algorithm files

        Parses the files without running them. `payload` has one line per error, naming the file, line and column;
        `state` is `Error` when there is any, `End` when the code parses.

        Takes the fields of `AiFilesRequest` as keywords, or a prebuilt one. `checkAiSyntax`: POST /ai/tools/syntax-check.
        """
        request = body if body is not None else AiFilesRequest(**fields)
        return await self._client._request(CHECK_AI_SYNTAX, request.to_dict(), _check_ai_syntax)

    @overload
    async def search(self, body: SearchRequest, /) -> SearchResponse: ...

    @overload
    async def search(self, *, language: ProjectLanguage, criteria: builtins.list[SearchCriteria]) -> SearchResponse: ...

    async def search(self, body: SearchRequest | None = None, **fields: Any) -> SearchResponse:
        """Search QuantConnect's documentation

        Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers with
        the best `count` results of each, most relevant first (`score`). A result's `type` says where it comes
        from: 0 stubs, 1 forum, 2 documentation, 3 examples.

        Takes the fields of `SearchRequest` as keywords, or a prebuilt one. `searchAi`: POST /ai/tools/search.
        """
        request = body if body is not None else SearchRequest(**fields)
        return await self._client._request(SEARCH_AI, request.to_dict(), _search_ai)


def _check_ai_initialization(body: dict[str, Any]) -> BacktestInitResponse:
    return BacktestInitResponse.from_dict(body)


def _complete_ai_code(body: dict[str, Any]) -> CodeCompletionResponse:
    return CodeCompletionResponse.from_dict(body)


def _enhance_ai_error(body: dict[str, Any]) -> ErrorEnhanceResponse:
    return ErrorEnhanceResponse.from_dict(body)


def _convert_ai_pep_8(body: dict[str, Any]) -> PEP8ConvertResponse:
    return PEP8ConvertResponse.from_dict(body)


def _check_ai_syntax(body: dict[str, Any]) -> SyntaxCheckResponse:
    return SyntaxCheckResponse.from_dict(body)


def _search_ai(body: dict[str, Any]) -> SearchResponse:
    return SearchResponse.from_dict(body)
