"""Processes and HTTP helpers for scripts/bench: magpie servers, the bare route, wrk, databases."""
import http.client
import json
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.parse

PASSWORD = f"bench-{os.getpid()}-{int(time.time())}"
WRK_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wrk")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Server:
    """One `magpie serve` (or `magpie bare-route`) process on 127.0.0.1, stopped by its pid."""

    def __init__(self, binary: str, database: str | None, work: str, name: str, env: dict | None = None,
                 bare: bool = False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(work, f"{name}.log")
        environment = dict(os.environ, MAGPIE_ADMIN_PASSWORD=PASSWORD, MAGPIE_RATE_LIMITS="off",
                           MAGPIE_AUDIT=os.environ.get("AUDIT", "on"), LOG_LEVEL="warning",
                           MAGPIE_MEDIA_DIR=os.path.join(work, f"{name}-media"))
        environment.update(env or {})
        arguments = [binary, "bare-route", "--port", str(self.port)] if bare else \
            [binary, "serve", "--port", str(self.port), "--database", database]
        self.started = time.monotonic()
        self.process = subprocess.Popen(arguments, env=environment, stdout=open(self.log_path, "wb"),
                                        stderr=subprocess.STDOUT)
        self.ready_ms = self._wait_ready(bare)

    def _wait_ready(self, bare: bool) -> float:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"server exited: {open(self.log_path).read()[-2000:]}")
            if bare:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                    return (time.monotonic() - self.started) * 1000
                except OSError:
                    pass
            elif "Magpie listening" in open(self.log_path, errors="replace").read():
                return (time.monotonic() - self.started) * 1000
            time.sleep(0.005)
        raise SystemExit(f"server did not start: {self.log_path}")

    def rss_mb(self) -> float:
        return rss_mb(self.process.pid)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Client:
    """A keep-alive JSON client for setting up scenarios (not for measuring)."""

    def __init__(self, base: str, token: str | None = None):
        parsed = urllib.parse.urlparse(base)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=300)
        self.token = token

    def call(self, method: str, path: str, body=None):
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None if body is None else json.dumps(body)
        self.connection.request(method, path, body=data, headers=headers)
        response = self.connection.getresponse()
        text = response.read()
        if response.status >= 300:
            raise RuntimeError(f"{method} {path} -> {response.status} {text[:300]!r}")
        return json.loads(text) if text else None


def console_cookie(base: str) -> str:
    """Signs in to the web console as a browser does (form, CSRF token, cookies); returns the
    `Cookie` header that carries the session."""
    host = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    connection.request("GET", "/admin/login")
    form = connection.getresponse()
    page = form.read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    signin = form.getheader("Set-Cookie").split(";")[0]
    body = urllib.parse.urlencode({"_csrf": token, "username": "admin", "password": PASSWORD})
    connection.request("POST", "/admin/login", body, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": signin})
    answer = connection.getresponse()
    answer.read()
    session = next(value.split(";")[0] for name, value in answer.getheaders()
                   if name.lower() == "set-cookie" and value.startswith("magpie_console="))
    connection.close()
    return session


def admin_token(base: str) -> str:
    return Client(base).call("POST", "/rest/V1/integration/admin/token",
                             {"username": "admin", "password": PASSWORD})


def wrk(url: str, duration: str, connections: int, threads: int, token: str | None = None,
        script: str | None = None, script_args: list[str] | None = None, headers: list[str] | None = None,
        timeout: str = "2s") -> dict:
    """One wrk run: requests/s, p50 and p99 in ms, and the count of non-2xx/3xx answers."""
    arguments = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", f"--timeout={timeout}", "--latency"]
    if token:
        arguments += ["-H", f"Authorization: Bearer {token}"]
    for header in headers or []:
        arguments += ["-H", header]
    if script:
        arguments += ["-s", os.path.join(WRK_DIR, script)]
    arguments.append(url)
    if script_args:
        arguments += ["--"] + script_args
    output = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    total = int(re.search(r"(\d+) requests in", output).group(1))
    return {"rps": rps, "p50_ms": percentile(output, 50), "p99_ms": percentile(output, 99),
            "errors": int(errors.group(1)) if errors else 0, "requests": total}


def percentile(output: str, percent: int) -> float:
    """A latency percentile of wrk's `--latency` table, in ms (0 when wrk printed none)."""
    found = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", output)
    return float(found.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[found.group(2)] if found else 0.0


class PostgresDatabases:
    """Creates and drops this run's databases on the PostgreSQL that scripts/postgres/start.sh runs."""

    def __init__(self, url: str):
        self.url = url
        self.created: list[str] = []

    def psql(self, sql: str):
        subprocess.run(["psql", self.url, "-qtA", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                       capture_output=True)

    def new(self, label: str) -> str:
        name = f"bench_{label}_{os.getpid()}"
        self.psql(f"DROP DATABASE IF EXISTS {name}")
        self.psql(f"CREATE DATABASE {name}")
        self.created.append(name)
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop_all(self):
        for name in self.created:
            try:
                self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            except subprocess.CalledProcessError:
                pass


def scratch() -> str:
    return tempfile.mkdtemp(prefix="magpie-bench-")
