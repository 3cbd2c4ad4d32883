"""Time the U-Net page's upsampler training (convcore.training) on one CPU core.

Run from the repository root:

    python benchmarks/training_bench.py [--steps 300] [--repeat 5]

For each kernel size the script trains both models (stride-2 transposed convolution and
nearest resize then convolution) on the central 64 × 64 crop of the "camera" sample for
``--steps`` Adam updates, ``--repeat`` times, and prints the best and median wall time of
a whole run, the time per update, and the PSNR reached next to bilinear upsampling.
numpy is limited to one thread through the environment before it is imported.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from convcore.training import (  # noqa: E402
    MODELS,
    bilinear_baseline,
    predict,
    psnr,
    start_training,
)

SAMPLE = ROOT / "assets" / "images" / "camera.png"


def time_run(image: np.ndarray, kernel_size: int, steps: int) -> tuple[float, dict[str, float]]:
    """Train once; return the wall time in seconds and the PSNR of each model."""
    started = time.perf_counter()
    run = start_training(image, kernel_size=kernel_size, steps=steps)
    run.advance(steps)
    seconds = time.perf_counter() - started
    pair = run.pair
    scores = {
        model: psnr(predict(model, pair.low, run.states[model].kernel), pair.target)
        for model in MODELS
    }
    scores["bilinear"] = psnr(bilinear_baseline(pair.low), pair.target)
    return seconds, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    image = np.asarray(Image.open(SAMPLE).convert("L"), dtype=np.float64) / 255.0
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.processor()}")
    print(f"{args.steps} steps, both models, 64 × 64 crop of {SAMPLE.name}, best of {args.repeat}")
    print(
        "| k | best s | median s | ms per step | PSNR transposed dB "
        "| PSNR resize+conv dB | PSNR bilinear dB |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kernel_size in (2, 3, 4):
        times = []
        for _ in range(args.repeat):
            seconds, scores = time_run(image, kernel_size, args.steps)
            times.append(seconds)
        best = min(times)
        print(
            f"| {kernel_size} | {best:.3f} | {statistics.median(times):.3f} "
            f"| {1000 * best / args.steps:.2f} | {scores['transposed']:.2f} "
            f"| {scores['resize_conv']:.2f} | {scores['bilinear']:.2f} |"
        )


if __name__ == "__main__":
    main()
