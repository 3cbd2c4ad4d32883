"""1D input signals: one real measurement series and a few synthetic ones."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

SIGNAL_FILE = (
    Path(__file__).resolve().parent.parent / "assets" / "signals" / "seattle_weather_2012.csv"
)
SIGNALS: tuple[str, ...] = ("seattle", "step", "impulse", "noisy_sine")


@st.cache_data(max_entries=1, show_spinner=False)
def seattle_temperature(days: int = 60) -> np.ndarray:
    """Return the first ``days`` daily maximum temperatures (°C) of Seattle in 2012."""
    table = pd.read_csv(SIGNAL_FILE)
    return table["temp_max"].to_numpy(dtype=np.float64)[:days]


def synthetic_signal(name: str, length: int = 40, seed: int = 0) -> np.ndarray:
    """Return a synthetic test signal: ``step``, ``impulse`` or ``noisy_sine``."""
    if name == "step":
        return (np.arange(length) >= length // 2).astype(np.float64)
    if name == "impulse":
        signal = np.zeros(length)
        signal[length // 2] = 1.0
        return signal
    if name == "noisy_sine":
        rng = np.random.default_rng(seed)
        samples = np.arange(length)
        return np.sin(2 * np.pi * samples / 16) + 0.3 * rng.standard_normal(length)
    raise ValueError(f"unknown signal {name!r}; expected one of {SIGNALS}")


def load_signal(name: str, length: int = 40) -> np.ndarray:
    """Return the named signal; ``seattle`` is the real series, the rest synthetic."""
    if name == "seattle":
        return seattle_temperature(length)
    return synthetic_signal(name, length)
