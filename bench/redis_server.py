"""A throw-away `redis-server` on 127.0.0.1 (no persistence), for the benchmarks and tests/redis."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time

import redis

START_TIMEOUT = 5.0
INSTALL_COMMAND = "apt-get install -y redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def ensure_installed() -> str | None:
    """The path of redis-server, installing the Debian package when missing and allowed; else None."""
    found = shutil.which("redis-server")
    if found or shutil.which("apt-get") is None or os.geteuid() != 0:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (INSTALL_COMMAND, f"apt-get update && {INSTALL_COMMAND}"):
        subprocess.run(command, shell=True, env=env, capture_output=True, timeout=300, check=False)
        found = shutil.which("redis-server")
        if found:
            return found
    return None


class RedisServer:
    """`start()` / `stop()` (SIGKILL, like a crash) / `start()` again on the same port."""

    def __init__(self, executable: str, port: int | None = None) -> None:
        self.executable = executable
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        command = [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_timeout=0.2, socket_connect_timeout=0.2)
        deadline = time.monotonic() + START_TIMEOUT
        try:
            while True:
                try:
                    client.ping()
                    return self
                except redis.RedisError:
                    if self.process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"redis-server did not start on 127.0.0.1:{self.port}") from None
                    time.sleep(0.02)
        finally:
            client.close()

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self.process = None

    stop = kill

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.kill()
