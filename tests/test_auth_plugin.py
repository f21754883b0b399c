"""Unit tests of auth_plugin: signing, retry decisions, error mapping, and the transports over MockTransport."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from email.utils import formatdate

import httpx
import pytest
from quantconnect_client._operations import OPERATIONS

from auth_plugin import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AsyncRetryTransport,
    AuthenticationError,
    InvalidResponseError,
    MissingCredentialsError,
    NotFoundError,
    Operation,
    QuantConnectAuth,
    QuantConnectError,
    RetryPolicy,
    RetryTransport,
    create_httpx_client,
)
from auth_plugin.decode import decode
from auth_plugin.flow import FlowSettings, Outcome
from auth_plugin.operation import unknown_operation
from auth_plugin.responses import error_messages
from auth_plugin.transport import operation_for

USER = "123456"
TOKEN = "unit-test-token-0f9e8d"
BASE = "https://api.example.test/api/v2"
BASE_PATH = "/api/v2"


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = 1_700_000_000.25) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def expected_headers(timestamp: int, user: str = USER, token: str = TOKEN) -> dict[str, str]:
    digest = hashlib.sha256(f"{token}:{timestamp}".encode()).hexdigest()
    return {
        "Timestamp": str(timestamp),
        "Authorization": "Basic " + base64.b64encode(f"{user}:{digest}".encode()).decode(),
    }


def request(path: str = "backtests/read") -> httpx.Request:
    return httpx.Request("POST", f"{BASE}/{path}", json={"projectId": 1})


def response(
    status: int = 200, body: bytes | object = b"", headers: dict[str, str] | None = None, path: str = "backtests/read"
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers, request=request(path))


def operation(path: str = "backtests/read") -> Operation:
    """The spec's operation for a path below the base URL (as the transports look it up)."""
    return operation_for(request(path), BASE_PATH)


READ = operation()


def decoded(resp: httpx.Response, op: Operation = READ, *, maybe_done_before: bool = False) -> object:
    """What `decode` makes of a final response (the body, None for "already done"), or the error it raises."""
    return decode(op, Outcome(resp, maybe_done_before))


# --- signing -----------------------------------------------------------------------------------------------------


def test_headers_match_independent_vector() -> None:
    auth = QuantConnectAuth(USER, TOKEN, clock=FakeClock(1_700_000_000.9))
    assert auth.headers() == expected_headers(1_700_000_000)
    assert auth.headers(1_234_567_890) == expected_headers(1_234_567_890)


def test_integer_user_id_and_clock_offset() -> None:
    auth = QuantConnectAuth(int(USER), TOKEN, clock=FakeClock(1_700_000_000.0), clock_offset=-30.5)
    assert auth.headers() == expected_headers(1_699_999_969)


def test_requests_a_second_apart_carry_different_timestamps() -> None:
    clock = FakeClock()
    auth = QuantConnectAuth(USER, TOKEN, clock=clock)
    first, second = request(), request()
    auth.sign(first)
    clock.sleep(1)
    auth.sign(second)
    assert first.headers["Timestamp"] != second.headers["Timestamp"]
    assert first.headers["Authorization"] != second.headers["Authorization"]
    assert second.headers["Authorization"] == expected_headers(1_700_000_001)["Authorization"]


def _capture(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return httpx.Response(200, json={"success": True})

    return httpx.MockTransport(handler)


def test_auth_signs_sync_client_requests() -> None:
    seen: list[httpx.Request] = []
    auth = QuantConnectAuth(USER, TOKEN, clock=FakeClock(1_700_000_000))
    with httpx.Client(auth=auth, transport=_capture(seen)) as client:
        client.post(f"{BASE}/authenticate")
    assert {k: seen[0].headers[k] for k in ("Timestamp", "Authorization")} == expected_headers(1_700_000_000)


async def test_auth_signs_async_client_requests() -> None:
    seen: list[httpx.Request] = []
    auth = QuantConnectAuth(USER, TOKEN, clock=FakeClock(1_700_000_000))
    async with httpx.AsyncClient(auth=auth, transport=_capture(seen)) as client:
        await client.post(f"{BASE}/authenticate")
    assert {k: seen[0].headers[k] for k in ("Timestamp", "Authorization")} == expected_headers(1_700_000_000)


def test_repr_masks_token() -> None:
    auth = QuantConnectAuth(USER, TOKEN)
    assert TOKEN not in repr(auth) and TOKEN not in str(auth)
    assert USER in repr(auth)


@pytest.mark.parametrize(("user", "token"), [("", TOKEN), ("  ", TOKEN), (USER, "")])
def test_empty_credentials_rejected(user: str, token: str) -> None:
    with pytest.raises(MissingCredentialsError):
        QuantConnectAuth(user, token)


# --- retry policy ------------------------------------------------------------------------------------------------

NO_JITTER = RetryPolicy(jitter=0.0, backoff_base=1.0, backoff_max=8.0)


@pytest.mark.parametrize(
    ("status", "path", "retried"),
    [
        (503, "backtests/read", True),
        (500, "projects/update", True),
        (502, "backtests/delete", True),
        (429, "backtests/read", True),
        (503, "backtests/create", False),
        (500, "projects/create", False),
        (429, "backtests/create", True),
        (503, "files/patch", False),
        (429, "files/patch", True),
        (503, "files/update", True),
        (503, "optimizations/abort", True),
        (503, "optimizations/estimate", True),
        (503, "authenticate", True),
        (404, "backtests/read", False),
        (401, "backtests/read", False),
        (200, "backtests/read", False),
    ],
)
def test_retry_by_status_and_operation(status: int, path: str, retried: bool) -> None:
    delay = NO_JITTER.delay_after_response(operation(path), response(status, path=path), 1, 0.0, 0.0)
    assert (delay is not None) is retried


@pytest.mark.parametrize(
    ("exc", "path", "retried"),
    [
        (httpx.ConnectError("refused"), "backtests/create", True),
        (httpx.ConnectTimeout("slow"), "backtests/create", True),
        (httpx.PoolTimeout("busy"), "backtests/create", True),
        (httpx.ReadTimeout("slow"), "backtests/create", False),
        (httpx.WriteError("broken"), "backtests/create", False),
        (httpx.RemoteProtocolError("hung up"), "backtests/create", False),
        (httpx.ReadTimeout("slow"), "backtests/read", True),
        (httpx.ReadError("reset"), "optimizations/abort", True),
        (httpx.RemoteProtocolError("hung up"), "backtests/list", True),
        (httpx.ConnectError("refused"), "authenticate", True),
        (httpx.ReadTimeout("slow"), "files/patch", False),
        (httpx.ConnectError("refused"), "files/patch", True),
        (httpx.UnsupportedProtocol("ftp"), "backtests/read", False),
        (httpx.LocalProtocolError("bad"), "backtests/read", False),
    ],
)
def test_retry_by_exception_and_operation(exc: Exception, path: str, retried: bool) -> None:
    assert (NO_JITTER.delay_after_exception(operation(path), exc, 1, 0.0) is not None) is retried


def test_the_spec_marks_creates_and_patches_as_not_idempotent() -> None:
    # What RetryPolicy.non_idempotent_suffixes guessed from paths now comes from the spec's x-qc-idempotent:
    # every create and patch, and what else must not run twice (a live command broadcast to every algorithm).
    for op in OPERATIONS.values():
        if op.path.endswith(("/create", "/patch")):
            assert not op.idempotent, op
    assert not OPERATIONS["broadcast_live_command"].idempotent
    assert OPERATIONS["read_backtest"].idempotent and OPERATIONS["delete_backtest"].idempotent
    assert not unknown_operation("/live/create").idempotent  # outside the spec: never resent once maybe sent


def test_a_non_idempotent_operation_is_resent_only_when_surely_not_done() -> None:
    once = Operation(name="placeOrder", path="/orders/place", idempotent=False)
    assert NO_JITTER.delay_after_exception(once, httpx.ReadTimeout("slow"), 1, 0.0) is None
    assert NO_JITTER.delay_after_exception(once, httpx.ConnectError("refused"), 1, 0.0) == 1.0
    assert NO_JITTER.delay_after_response(once, response(503), 1, 0.0, 0.0) is None
    assert NO_JITTER.delay_after_response(once, response(429), 1, 0.0, 0.0) == 1.0
    again = Operation(name="placeOrder", path="/orders/place")
    assert NO_JITTER.delay_after_exception(again, httpx.ReadTimeout("slow"), 1, 0.0) == 1.0
    assert NO_JITTER.delay_after_response(again, response(503), 1, 0.0, 0.0) == 1.0


def test_max_attempts_stops_retries() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert policy.delay_after_response(READ, response(503), 2, 0.0, 0.0) is not None
    assert policy.delay_after_response(READ, response(503), 3, 0.0, 0.0) is None
    assert policy.delay_after_exception(READ, httpx.ConnectError("x"), 3, 0.0) is None
    assert RetryPolicy(max_attempts=1).delay_after_exception(READ, httpx.ConnectError("x"), 1, 0.0) is None


def test_backoff_is_exponential_capped_and_jittered() -> None:
    assert [NO_JITTER.backoff(n, 0.9) for n in range(1, 7)] == [1, 2, 4, 8, 8, 8]
    jittered = RetryPolicy(jitter=0.5, backoff_base=2.0)
    assert jittered.backoff(1, 0.0) == 2.0
    assert jittered.backoff(1, 0.999) == pytest.approx(1.001)
    assert RetryPolicy(jitter=1.0).backoff(1, 0.5) == pytest.approx(0.25)


def test_retry_after_seconds_and_http_date() -> None:
    now = 1_700_000_000.0
    seconds = response(429, headers={"Retry-After": "7"})
    assert NO_JITTER.delay_after_response(READ, seconds, 1, 0.0, now) == 7.0
    # An HTTP-date is measured against the server's Date header, not the (possibly skewed) local clock.
    dated = response(
        503, headers={"Retry-After": formatdate(now + 12, usegmt=True), "Date": formatdate(now, usegmt=True)}
    )
    assert NO_JITTER.delay_after_response(READ, dated, 1, 0.0, now + 500) == 12.0
    undated = response(503, headers={"Retry-After": formatdate(now + 12, usegmt=True)})
    assert NO_JITTER.delay_after_response(READ, undated, 1, 0.0, now) == 12.0
    past = response(503, headers={"Retry-After": formatdate(now - 60, usegmt=True)})
    assert NO_JITTER.delay_after_response(READ, past, 1, 0.0, now) == 0.0


def test_retry_after_too_long_or_invalid() -> None:
    too_long = response(429, headers={"Retry-After": "3600"})
    assert RetryPolicy(max_retry_after=60).delay_after_response(READ, too_long, 1, 0.0, 0.0) is None
    garbage = response(503, headers={"Retry-After": "soon"})
    assert NO_JITTER.delay_after_response(READ, garbage, 2, 0.0, 0.0) == 2.0


@pytest.mark.parametrize("kwargs", [{"max_attempts": 0}, {"jitter": 1.5}, {"backoff_base": -1.0}])
def test_policy_validation(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    with pytest.raises(AttributeError):
        NO_JITTER.max_attempts = 9  # type: ignore[misc]


# --- body inspection and error mapping ---------------------------------------------------------------------------


def test_body_scan() -> None:
    # JSON objects are read whatever whitespace surrounds them; anything else is an invalid answer, never an
    # exception of the json module.
    assert decoded(response(200, b' \n{"a": 1}\n')) == {"a": 1}
    with pytest.raises(InvalidResponseError, match="expected a JSON object, got list"):
        decoded(response(200, b"[1]"))
    for not_json in (b"<html></html>", b"", b'{"a": 1'):
        with pytest.raises(InvalidResponseError, match="not JSON") as caught:
            decoded(response(200, not_json))
        assert not isinstance(caught.value, json.JSONDecodeError) and caught.value.operation == "readBacktest"
    # `"success": false` is found whatever the spacing, and the error carries the parsed body.
    with pytest.raises(APIError) as failed:
        decoded(response(200, b'{"errors": ["x"], "success" :\n false}'))
    assert failed.value.body == {"errors": ["x"], "success": False} and failed.value.errors == ["x"]
    # Only the top-level `success` counts: a nested one, or the words inside a string, are data.
    nested = {"success": True, "data": {"success": False}}
    assert decoded(response(200, nested)) == nested
    logged = b'{"success": true, "log": "\\"success\\": false"}'
    assert decoded(response(200, logged)) == {"success": True, "log": '"success": false'}
    assert decoded(response(200, {"success": True})) == {"success": True}


def test_error_messages_are_strings() -> None:
    assert error_messages({"errors": ["a", {"code": 1}]}) == ["a", '{"code": 1}']
    assert error_messages({"errors": "single"}) == ["single"]
    assert error_messages({"messages": ["m"]}) == ["m"]
    assert error_messages(["not", "a", "dict"]) == []


@pytest.mark.parametrize("body", [{"success": True}, {"projects": []}, {"success": True, "errors": ["ignored"]}])
def test_no_error_when_success_true_or_absent(body: object) -> None:
    assert decoded(response(200, body)) == body


def test_success_false_raises_api_error() -> None:
    resp = response(200, {"success": False, "errors": ["Backtest is still running"]})
    with pytest.raises(APIError) as caught:
        decoded(resp)
    error = caught.value
    assert type(error) is APIError
    assert str(error) == "readBacktest failed: Backtest is still running"
    assert (error.operation, error.status_code, error.errors, error.response, error.request) == (
        "readBacktest",
        200,
        ["Backtest is still running"],
        resp,
        resp.request,
    )


def test_not_found_is_a_not_found_error_unless_a_retried_delete_did_it() -> None:
    gone = {"success": False, "errors": ["Backtest not found"]}
    with pytest.raises(NotFoundError) as caught:
        decoded(response(200, gone))
    assert caught.value.operation == "readBacktest" and caught.value.errors == ["Backtest not found"]
    delete = operation("backtests/delete")
    assert delete.not_found_means_done
    # A delete whose earlier attempt may have done the work: the retry's "not found" is that work, done.
    assert decoded(response(200, gone, path="backtests/delete"), delete, maybe_done_before=True) is None
    # Without such an attempt, "not found" is the truth; and a read never counts as done.
    with pytest.raises(NotFoundError):
        decoded(response(200, gone, path="backtests/delete"), delete)
    with pytest.raises(NotFoundError):
        decoded(response(200, gone), maybe_done_before=True)


def test_hash_mismatch_and_401_are_authentication_errors() -> None:
    auth = operation("authenticate")
    with pytest.raises(AuthenticationError) as caught:
        decoded(response(200, {"success": False, "errors": ["Hash doesn't match."]}), auth)
    assert caught.value.errors == ["Hash doesn't match."]
    with pytest.raises(AuthenticationError) as caught:
        decoded(response(401, b"", {"www-authenticate": "Basic"}), auth)
    assert caught.value.status_code == 401 and "Unauthorized" in str(caught.value)


def test_non_json_body_raises_invalid_response() -> None:
    resp = response(200, b"<html>maintenance</html>", {"content-type": "text/html"})
    with pytest.raises(InvalidResponseError) as caught:
        decoded(resp)
    assert caught.value.status_code == 200 and caught.value.response is resp
    assert "not JSON (text/html" in str(caught.value)
    assert isinstance(caught.value, QuantConnectError) and not isinstance(caught.value, ValueError)


def test_error_statuses_raise_with_server_errors_or_reason() -> None:
    with pytest.raises(APIStatusError, match=r"live/create failed \(HTTP 503\): Service Unavailable"):
        decoded(response(503, b"<html/>", path="live/create"), unknown_operation("/live/create"))
    with pytest.raises(APIStatusError) as caught:
        decoded(response(500, {"success": False, "errors": ["boom"]}))
    assert caught.value.errors == ["boom"] and caught.value.status_code == 500


def test_success_false_without_errors_still_raises() -> None:
    with pytest.raises(APIError, match=r"^readBacktest failed: the API reported a failure without a message$"):
        decoded(response(200, {"success": False}))


# --- transports over MockTransport -------------------------------------------------------------------------------


def _flaky(failures: list[Exception | int], seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(req.method, req.url, headers=req.headers, content=req.content))
        if failures:
            failure = failures.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return httpx.Response(failure)
        return httpx.Response(200, json={"success": True})

    return handler


def test_sync_transport_retries_and_resigns_each_attempt() -> None:
    clock = FakeClock()
    auth = QuantConnectAuth(USER, TOKEN, clock=clock)
    seen: list[httpx.Request] = []
    inner = httpx.MockTransport(_flaky([httpx.ConnectError("refused"), 503], seen))
    transport = RetryTransport(inner, FlowSettings(auth, NO_JITTER), base_path=BASE_PATH, sleep=clock.sleep)
    with httpx.Client(auth=auth, transport=transport) as client:
        assert client.post(f"{BASE}/backtests/read", json={"projectId": 1}).json() == {"success": True}
    stamps = [r.headers["Timestamp"] for r in seen]
    assert len(set(stamps)) == 3  # every attempt carries its own timestamp
    for sent in seen:
        assert sent.headers["Authorization"] == expected_headers(int(sent.headers["Timestamp"]))["Authorization"]
        assert json.loads(sent.content) == {"projectId": 1}  # the body is replayed intact
    assert clock.now == pytest.approx(1_700_000_000.25 + 1 + 2)


async def test_async_transport_retries_and_resigns_each_attempt() -> None:
    clock = FakeClock()
    auth = QuantConnectAuth(USER, TOKEN, clock=clock)
    seen: list[httpx.Request] = []
    inner = httpx.MockTransport(_flaky([httpx.ReadTimeout("slow"), 502], seen))

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)

    transport = AsyncRetryTransport(inner, FlowSettings(auth, NO_JITTER), base_path=BASE_PATH, sleep=sleep)
    async with httpx.AsyncClient(auth=auth, transport=transport) as client:
        assert (await client.post(f"{BASE}/backtests/read")).status_code == 200
    assert len({r.headers["Timestamp"] for r in seen}) == 3


def test_transport_reraises_after_max_attempts() -> None:
    auth = QuantConnectAuth(USER, TOKEN)
    sleeps: list[float] = []
    seen: list[httpx.Request] = []
    inner = httpx.MockTransport(_flaky([httpx.ConnectError("refused")] * 5, seen))
    settings = FlowSettings(auth, RetryPolicy(max_attempts=3, jitter=0.0))
    transport = RetryTransport(inner, settings, base_path=BASE_PATH, sleep=sleeps.append)
    with httpx.Client(auth=auth, transport=transport) as client, pytest.raises(APIConnectionError) as caught:
        client.post(f"{BASE}/backtests/create")
    assert len(seen) == 3 and sleeps == [0.5, 1.0]
    # A typed error naming the operation and the attempts, with the httpx error as its cause.
    assert isinstance(caught.value.__cause__, httpx.ConnectError) and caught.value.operation == "createBacktest"
    assert "after 3 attempts" in str(caught.value)


# --- factory arguments -------------------------------------------------------------------------------------------


def test_missing_credentials_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUANTCONNECT_USER_ID", raising=False)
    monkeypatch.setenv("QUANTCONNECT_API_TOKEN", TOKEN)
    with pytest.raises(MissingCredentialsError) as caught:
        create_httpx_client()
    message = str(caught.value)
    assert "QUANTCONNECT_USER_ID" in message and "QUANTCONNECT_API_TOKEN" in message
    assert "not set: QUANTCONNECT_USER_ID)" in message and TOKEN not in message


def test_environment_supplies_credentials_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUANTCONNECT_USER_ID", USER)
    monkeypatch.setenv("QUANTCONNECT_API_TOKEN", TOKEN)
    monkeypatch.setenv("QUANTCONNECT_BASE_URL", "https://elsewhere.test/api/v2")
    seen: list[httpx.Request] = []
    clock = FakeClock()
    with create_httpx_client(transport=_capture(seen), clock=clock) as client:
        client.post("/projects/read", json={})
    assert str(seen[0].url) == "https://elsewhere.test/api/v2/projects/read"
    assert seen[0].headers["Authorization"] == expected_headers(int(clock.now))["Authorization"]


def test_rejects_unknown_and_managed_options() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        create_httpx_client(USER, TOKEN, retries=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="may not set auth"):
        create_httpx_client(USER, TOKEN, httpx_args={"auth": None})


def test_default_timeout_and_pass_through_args() -> None:
    with create_httpx_client(USER, TOKEN, httpx_args={"headers": {"X-Trace": "1"}, "verify": False}) as client:
        assert client.timeout == httpx.Timeout(30.0, connect=10.0)
        assert client.headers["X-Trace"] == "1"
    with create_httpx_client(USER, TOKEN, timeout=5) as client:
        assert client.timeout == httpx.Timeout(5)


@pytest.mark.parametrize("rejected", [True, False])
def test_skew_check_over_a_pre_read_mock_response(rejected: bool) -> None:
    clock = FakeClock()
    auth = QuantConnectAuth(USER, TOKEN, clock=clock)
    server_date = formatdate(clock.now + 600, usegmt=True)
    replies = [{"success": False, "errors": ["Hash doesn't match."]}] if rejected else []
    seen: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        body = replies.pop(0) if replies else {"success": True, "n": len(seen)}
        return httpx.Response(200, json=body, headers={"Date": server_date})

    transport = RetryTransport(
        httpx.MockTransport(handler), FlowSettings(auth, NO_JITTER), base_path=BASE_PATH, sleep=clock.sleep
    )
    with httpx.Client(auth=auth, transport=transport) as client:
        body = client.post(f"{BASE}/backtests/read").json()
    assert body == {"success": True, "n": len(seen)}
    assert len(seen) == (2 if rejected else 1)
    assert auth.clock_offset == (pytest.approx(600, abs=1) if rejected else 0.0)


def test_sync_clock_is_absolute() -> None:
    clock = FakeClock(1_000.0)
    auth = QuantConnectAuth(USER, TOKEN, clock=clock, clock_offset=5.0)
    auth.sync_clock(4_600.0)
    auth.sync_clock(4_600.0)  # a second correction from the same Date must not double the offset
    assert auth.clock_offset == 3_600.0 and auth.headers()["Timestamp"] == "4600"
