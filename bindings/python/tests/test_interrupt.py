"""Ctrl-C during a long call raises KeyboardInterrupt out of it, and the module stays usable."""

import os
import signal
import threading
import time

import pytest

import alentour
from conftest import DATA, PORTO_PBF


def test_ctrl_c_interrupts_a_build():
    if not PORTO_PBF.exists():
        pytest.skip(f"real data not found: {PORTO_PBF}")
    start = time.monotonic()
    alentour.Region.build(PORTO_PBF, modes=["walk"])
    full = time.monotonic() - start
    timer = threading.Timer(min(0.1, full / 10), os.kill, (os.getpid(), signal.SIGINT))
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        alentour.Region.build(PORTO_PBF, modes=["walk"])
    interrupted = time.monotonic() - start
    timer.join()
    assert interrupted < full, (interrupted, full)
    assert alentour.Region.build(DATA / "demo.osm", modes=["walk"]).modes == ["walk"]


def test_keyboard_interrupt_from_the_callback_is_kept(demo_space):
    region = alentour.Region.build(DATA / "demo.osm", modes=["walk"])

    def interrupt(fraction, message):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        region.catchment("walk", demo_space[1], [5], progress=interrupt)
