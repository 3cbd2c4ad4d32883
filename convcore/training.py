"""Learn a 2× upsampling kernel by gradient descent, with gradients from convcore.

Two single-kernel models undo a 2 × 2 average-pooling of an image crop:

- ``"transposed"``: ``y = conv_transpose2d(x, w, stride=2, ...)``, whose output has
  exactly twice the input size. A transposed convolution is the adjoint of the
  convolution ``conv2d(., w, stride=2)``, so ``<g, T_w x> = <conv2d(g, w), x>`` and the
  kernel gradient is that convolution's kernel gradient with the roles of input and
  output gradient swapped: ``conv_grad_kernel(g, x, ...)``.
- ``"resize_conv"``: ``y = conv2d(upsample_nearest(x, 2), w, padding="same")``, whose
  kernel gradient is ``conv_grad_kernel(upsample_nearest(x, 2), g, ...)``.

The loss is the mean squared error over the whole output. Adam updates the kernel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import convcore as cc

from .conv import conv2d
from .grad import conv_grad_kernel
from .transpose import conv_transpose2d

__all__ = [
    "MODELS",
    "AdamState",
    "TrainingPair",
    "TrainingRun",
    "average_pool2",
    "bilinear_baseline",
    "initial_kernel",
    "loss_and_gradient",
    "predict",
    "psnr",
    "start_training",
    "training_pair",
]

MODELS: tuple[str, ...] = ("transposed", "resize_conv")
DEFAULT_CROP = 64
DEFAULT_LEARNING_RATE = 0.02
_ADAM_BETAS = (0.9, 0.999)
_ADAM_EPSILON = 1e-8


@dataclass(frozen=True)
class TrainingPair:
    """A target crop and its 2 × 2 average-pooled version (half the size)."""

    low: np.ndarray
    target: np.ndarray


def average_pool2(image: np.ndarray) -> np.ndarray:
    """Average each 2 × 2 block: a stride-2 convolution with a kernel of 0.25s."""
    return conv2d(image, np.full((2, 2), 0.25), stride=2)


def training_pair(image: np.ndarray, crop: int = DEFAULT_CROP) -> TrainingPair:
    """Cut the central ``crop`` × ``crop`` square of ``image`` and pool it 2×.

    ``crop`` is rounded down to an even number and to the image's shorter side.

    Raises
    ------
    ValueError
        If the image is not 2-D or its shorter side is below 4 pixels.
    """
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 2 or min(image.shape) < 4:
        raise ValueError(f"image must be 2-D and at least 4 × 4, got shape {image.shape}")
    side = min(crop, *image.shape) // 2 * 2
    top = (image.shape[0] - side) // 2
    left = (image.shape[1] - side) // 2
    target = image[top : top + side, left : left + side].copy()
    return TrainingPair(low=average_pool2(target), target=target)


def _transposed_padding(kernel_size: int) -> tuple[int, int]:
    """(padding, output_padding) that give exactly 2n outputs for stride 2."""
    padding = (kernel_size - 1) // 2
    return padding, 2 + 2 * padding - kernel_size


def predict(model: str, low: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Upsample ``low`` 2× with one of ``MODELS`` and the square ``kernel``.

    Both models return an array of exactly twice the size of ``low``.
    """
    kernel_size = kernel.shape[0]
    if model == "transposed":
        padding, output_padding = _transposed_padding(kernel_size)
        return conv_transpose2d(
            low, kernel, stride=2, padding=padding, output_padding=output_padding
        )
    if model == "resize_conv":
        return conv2d(cc.upsample_nearest(low, 2), kernel, padding="same")
    raise ValueError(f"model={model!r} is not one of {MODELS}")


def loss_and_gradient(
    model: str, low: np.ndarray, target: np.ndarray, kernel: np.ndarray
) -> tuple[float, np.ndarray]:
    """Return the mean squared error of :func:`predict` and its gradient in ``kernel``.

    Notes
    -----
    Both gradients are one ``conv_grad_kernel`` call, which loops over the ``k²``
    kernel taps with one whole-image product each.
    """
    prediction = predict(model, low, kernel)
    error = prediction - target
    loss = float(np.mean(error**2))
    output_gradient = 2.0 * error / error.size
    kernel_size = kernel.shape[0]

    shape = (kernel_size, kernel_size)
    if model == "transposed":
        padding, _ = _transposed_padding(kernel_size)
        gradient = conv_grad_kernel(output_gradient, low, shape, stride=2, padding=padding)
    else:
        resized = cc.upsample_nearest(low, 2)
        gradient = conv_grad_kernel(resized, output_gradient, shape, padding="same")
    return loss, gradient


def initial_kernel(kernel_size: int, seed: int = 0) -> np.ndarray:
    """Draw a small random starting kernel (normal, standard deviation 0.1)."""
    return np.random.default_rng(seed).normal(0.0, 0.1, size=(kernel_size, kernel_size))


@dataclass
class AdamState:
    """A kernel and the Adam moment estimates that update it."""

    kernel: np.ndarray
    first_moment: np.ndarray
    second_moment: np.ndarray
    steps: int = 0

    @classmethod
    def start(cls, kernel: np.ndarray) -> AdamState:
        """Begin from ``kernel`` with zero moments."""
        return cls(kernel.copy(), np.zeros_like(kernel), np.zeros_like(kernel))

    def update(self, gradient: np.ndarray, learning_rate: float) -> None:
        """Apply one Adam step (Kingma and Ba, 2015) with the default betas."""
        beta1, beta2 = _ADAM_BETAS
        self.steps += 1
        self.first_moment = beta1 * self.first_moment + (1 - beta1) * gradient
        self.second_moment = beta2 * self.second_moment + (1 - beta2) * gradient**2
        corrected_first = self.first_moment / (1 - beta1**self.steps)
        corrected_second = self.second_moment / (1 - beta2**self.steps)
        self.kernel = self.kernel - learning_rate * corrected_first / (
            np.sqrt(corrected_second) + _ADAM_EPSILON
        )


@dataclass
class TrainingRun:
    """Both models trained side by side on one pair; advance it in chunks of steps.

    ``losses[model][i]`` is the loss before update ``i + 1``, so the first entry is the
    loss of the random starting kernel.
    """

    pair: TrainingPair
    total_steps: int
    learning_rate: float
    states: dict[str, AdamState]
    losses: dict[str, list[float]] = field(default_factory=dict)
    step: int = 0

    @property
    def done(self) -> bool:
        """True once ``total_steps`` updates have been made."""
        return self.step >= self.total_steps

    def advance(self, count: int) -> None:
        """Make up to ``count`` more updates of every model (never past the total)."""
        count = min(count, self.total_steps - self.step)
        for _ in range(count):
            for model, state in self.states.items():
                loss, gradient = loss_and_gradient(
                    model, self.pair.low, self.pair.target, state.kernel
                )
                self.losses.setdefault(model, []).append(loss)
                state.update(gradient, self.learning_rate)
            self.step += 1

    def final_loss(self, model: str) -> float:
        """Return the loss of the current kernel of ``model``."""
        return loss_and_gradient(model, self.pair.low, self.pair.target, self.states[model].kernel)[
            0
        ]


def start_training(
    image: np.ndarray,
    *,
    kernel_size: int,
    steps: int,
    crop: int = DEFAULT_CROP,
    learning_rate: float = DEFAULT_LEARNING_RATE,
    seed: int = 0,
) -> TrainingRun:
    """Prepare a run that trains both ``MODELS`` from the same random kernel.

    Parameters
    ----------
    image : ndarray of shape (H, W)
        The picture; its central ``crop`` × ``crop`` square is the target.
    kernel_size : int
        Side of the learned square kernel, at least 1.
    steps : int
        Number of Adam updates, at least 1.

    Notes
    -----
    One update of both models on a 64 × 64 crop costs about 1 ms on one core
    (see docs/benchmarks.md).
    """
    if kernel_size < 1 or steps < 1:
        raise ValueError(f"kernel_size={kernel_size} and steps={steps} must be >= 1")
    pair = training_pair(image, crop)
    start = initial_kernel(kernel_size, seed)
    states = {model: AdamState.start(start) for model in MODELS}
    return TrainingRun(pair=pair, total_steps=steps, learning_rate=learning_rate, states=states)


def bilinear_baseline(low: np.ndarray) -> np.ndarray:
    """Upsample ``low`` 2× by bilinear interpolation, the fixed method to beat."""
    return cc.upsample_bilinear(low, 2)


def psnr(estimate: np.ndarray, target: np.ndarray, peak: float = 1.0) -> float:
    """Return the peak signal-to-noise ratio in dB, ``10 log10(peak² / MSE)``.

    Returns ``inf`` for identical arrays.
    """
    mse = float(np.mean((np.asarray(estimate) - np.asarray(target)) ** 2))
    if mse == 0:
        return float("inf")
    return float(10.0 * np.log10(peak**2 / mse))
