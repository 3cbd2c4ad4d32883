"""Time convcore against scipy.signal.correlate2d and torch (CPU, one thread).

Run from the repository root:

    python benchmarks/convcore_bench.py

Every figure is the best of ``--repeat`` runs of an adaptive number of calls
(as ``python -m timeit``), in milliseconds per call. The ratio columns
divide convcore's time by the other library's: below 1 means convcore is
faster. scipy has no stride, so its stride-2 rows time the stride-1
correlation that a caller would subsample. torch is skipped when not installed.
"""

from __future__ import annotations

import argparse
import platform
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import signal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import convcore as cc

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # torch is optional
    torch = None


def best_time_ms(function: Callable[[], object], repeat: int) -> float:
    """Best per-call time in ms over ``repeat`` runs of an autoranged count."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    number = max(1, number // 4)
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e3


def conv2d_cases(rng: np.random.Generator):
    for size in (256, 512):
        for k in (3, 7):
            for stride in (1, 2):
                x, kernel = rng.standard_normal((size, size)), rng.standard_normal((k, k))
                name = f"conv2d {size}×{size} k{k} s{stride}"
                ours = lambda x=x, kernel=kernel, stride=stride: cc.conv2d(x, kernel, stride=stride)  # noqa: E731
                theirs = lambda x=x, kernel=kernel: signal.correlate2d(x, kernel, "valid")  # noqa: E731
                reference = None
                if torch is not None:
                    xt = torch.from_numpy(x)[None, None]
                    kt = torch.from_numpy(kernel)[None, None]
                    reference = lambda xt=xt, kt=kt, stride=stride: F.conv2d(xt, kt, stride=stride)  # noqa: E731
                yield name, ours, theirs, reference


def transpose_cases(rng: np.random.Generator):
    for size, k in ((128, 3), (256, 4)):
        x, kernel = rng.standard_normal((size, size)), rng.standard_normal((k, k))
        name = f"conv_transpose2d {size}×{size} k{k} s2"
        ours = lambda x=x, kernel=kernel: cc.conv_transpose2d(x, kernel, stride=2)  # noqa: E731
        reference = None
        if torch is not None:
            xt = torch.from_numpy(x)[None, None]
            kt = torch.from_numpy(kernel)[None, None]
            reference = lambda xt=xt, kt=kt: F.conv_transpose2d(xt, kt, stride=2)  # noqa: E731
        yield name, ours, None, reference


def matrix_cases(rng: np.random.Generator):
    kernel = rng.standard_normal((3, 3))
    yield "conv_matrix 32×32 k3", lambda: cc.conv_matrix((32, 32), kernel), None, None


def print_candidates(rng: np.random.Generator, repeat: int) -> None:
    """Time the three single-channel correlation methods that convcore chooses from."""
    from convcore import _engine

    print()
    print("| 512×512 stride 1, kernel | slices ms | einsum windows ms | FFT ms |")
    print("| --- | ---: | ---: | ---: |")
    x = rng.standard_normal((512, 512))
    one = (1, 1)
    methods = (
        lambda kernel, shape: _engine._correlate_by_slices(x, kernel, one, one, shape),
        lambda kernel, shape: _engine._correlate_by_windows(x, kernel, one, one, shape),
        lambda kernel, shape: _engine._correlate_by_fft(x, kernel, one, shape),
    )
    for k in (3, 5, 7, 11, 15, 31):
        kernel = rng.standard_normal((k, k))
        shape = (512 - k + 1,) * 2
        times = [
            best_time_ms(lambda m=method, kernel=kernel, shape=shape: m(kernel, shape), repeat)
            for method in methods
        ]
        print(f"| {k}×{k} | " + " | ".join(f"{value:.2f}" for value in times) + " |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per case (best kept)")
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="also time the slice, einsum and FFT correlation methods per kernel size",
    )
    args = parser.parse_args()

    if torch is not None:
        torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    versions = f"python {platform.python_version()}, numpy {np.__version__}"
    versions += f", scipy {__import__('scipy').__version__}"
    versions += f", torch {torch.__version__}" if torch is not None else ", torch not installed"
    print(versions)
    print()
    print("| case | convcore ms | scipy ms | torch ms | convcore/scipy | convcore/torch |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")

    def cell(value: float | None, digits: int = 2) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    for cases in (conv2d_cases, transpose_cases, matrix_cases):
        for name, ours, theirs, reference in cases(rng):
            ours_ms = best_time_ms(ours, args.repeat)
            scipy_ms = best_time_ms(theirs, args.repeat) if theirs else None
            torch_ms = best_time_ms(reference, args.repeat) if reference else None
            scipy_ratio = ours_ms / scipy_ms if scipy_ms else None
            torch_ratio = ours_ms / torch_ms if torch_ms else None
            print(
                f"| {name} | {cell(ours_ms)} | {cell(scipy_ms)} | {cell(torch_ms)} "
                f"| {cell(scipy_ratio)} | {cell(torch_ratio)} |",
                flush=True,
            )
    if args.candidates:
        print_candidates(rng, args.repeat)


if __name__ == "__main__":
    main()
