import os
import socket

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
SAMPLES = os.path.join(ROOT, "samples")


def seed_path(prefix: str) -> str:
    """Path of a user seed document; skips the test when ../shared/seeds is absent."""
    if not os.path.isdir(SEEDS):
        pytest.skip("../shared/seeds is not available")
    for name in sorted(os.listdir(SEEDS)):
        if name.startswith(prefix):
            return os.path.join(SEEDS, name)
    pytest.skip(f"seed {prefix} is not available")


@pytest.fixture
def no_network(monkeypatch):
    """Fail loudly if anything tries to open a connection; yields the list of attempts."""
    attempts = []

    def refuse(self, address, *a, **k):
        attempts.append(address)
        raise OSError(f"network disabled in tests: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    yield attempts
