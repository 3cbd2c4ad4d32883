"""convcore.linear against independent oracles: PyTorch, scipy, numpy and hand-worked values."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as strategies

import convcore as cc
from convcore.linear import (
    UNANSWERED,
    adjoint_sides,
    apply_matrix,
    block_downscale,
    check_structure_grid,
    column_taps,
    deblur_comparison,
    example_kernel,
    example_values,
    exercise_score,
    gram_matrix,
    input_window,
    kernel_gradient_from_structure,
    max_abs_difference,
    noisy,
    nonzero_count,
    relative_error,
    row_taps,
    scaled_structure,
    scatter_stamps,
    spectrum_report,
    transpose_output_padding,
    transpose_reveal,
    transpose_terms,
    zero_insertion_mask,
    zero_insertion_padding,
)

torch = pytest.importorskip("torch")
functional = torch.nn.functional

# Tap numbers of W for a 3 × 3 input and a 2 × 2 kernel, worked out by hand.
HAND_W = np.array(
    [
        [1, 2, 0, 3, 4, 0, 0, 0, 0],
        [0, 1, 2, 0, 3, 4, 0, 0, 0],
        [0, 0, 0, 1, 2, 0, 3, 4, 0],
        [0, 0, 0, 0, 1, 2, 0, 3, 4],
    ]
)

conv_settings = strategies.fixed_dictionaries(
    {
        "ndim": strategies.sampled_from([1, 2]),
        "n": strategies.integers(3, 7),
        "k": strategies.integers(1, 3),
        "stride": strategies.integers(1, 3),
        "padding": strategies.integers(0, 2),
        "dilation": strategies.integers(1, 2),
        "seed": strategies.integers(0, 1000),
    }
).filter(lambda s: s["n"] + 2 * s["padding"] >= s["dilation"] * (s["k"] - 1) + 1)


def torch_transpose(y, kernel, input_size, stride, padding, dilation):
    """conv_transpose1d/2d of PyTorch, sized back to ``input_size``."""
    ndim = kernel.ndim
    m = y.shape[0]
    base = (m - 1) * stride - 2 * padding + dilation * (kernel.shape[0] - 1) + 1
    op = input_size - base
    function = functional.conv_transpose2d if ndim == 2 else functional.conv_transpose1d
    result = function(
        torch.tensor(y)[None, None],
        torch.tensor(kernel)[None, None],
        stride=stride,
        padding=padding,
        output_padding=op,
        dilation=dilation,
    )
    return result.numpy()[0, 0]


@settings(max_examples=25, deadline=None)
@given(conv_settings)
def test_stamps_sum_to_torch_conv_transpose(setting):
    ndim, n, k = setting["ndim"], setting["n"], setting["k"]
    options = {key: setting[key] for key in ("stride", "padding", "dilation")}
    m = (n + 2 * options["padding"] - options["dilation"] * (k - 1) - 1) // options["stride"] + 1
    kernel = example_values((k,) * ndim, setting["seed"])
    y = example_values((m,) * ndim, setting["seed"] + 1)
    stamps = scatter_stamps(y, kernel, (n,) * ndim, **options)
    expected = torch_transpose(y, kernel, n, **options)
    assert stamps.shape == (y.size, *(n,) * ndim)
    np.testing.assert_allclose(stamps.sum(axis=0), expected, atol=1e-12)


def test_stamps_are_scaled_kernel_copies():
    kernel = np.array([[1.0, 2.0], [3.0, 4.0]])
    stamps = scatter_stamps(np.array([[2.0, 0.0], [0.0, 0.0]]), kernel, (3, 3))
    expected = np.array([[2.0, 4.0, 0.0], [6.0, 8.0, 0.0], [0.0, 0.0, 0.0]])
    np.testing.assert_array_equal(stamps[0], expected)
    assert not stamps[1:].any()


@settings(max_examples=25, deadline=None)
@given(conv_settings)
def test_transpose_output_padding_restores_input_size(setting):
    n, k = setting["n"], setting["k"]
    options = {key: setting[key] for key in ("stride", "padding", "dilation")}
    m = (n + 2 * options["padding"] - options["dilation"] * (k - 1) - 1) // options["stride"] + 1
    extra = transpose_output_padding(n, m, k, **options)
    assert 0 <= extra < options["stride"]
    out = functional.conv_transpose1d(
        torch.zeros(1, 1, m), torch.zeros(1, 1, k), output_padding=extra, **options
    )
    assert out.shape[-1] == n


def test_exercise_checker_accepts_hand_worked_w():
    assert check_structure_grid(HAND_W, (3, 3), (2, 2)) == []


def test_exercise_checker_explains_each_wrong_cell():
    answer = HAND_W.copy()
    answer[0, 1] = 3  # should be k2
    answer[3, 0] = 1  # should be 0
    hints = check_structure_grid(answer, (3, 3), (2, 2))
    assert [(hint.row, hint.col) for hint in hints] == [(0, 1), (3, 0)]
    first, second = hints
    assert (first.given, first.expected) == (3, 2)
    assert first.tap_cell == (0, 1)
    assert first.window == (0, 1, 3, 4)
    assert (second.given, second.expected) == (1, 0)
    assert second.tap_cell is None
    assert second.output_cell == (1, 1)
    assert second.input_cell == (0, 0)


def test_exercise_checker_lists_unanswered_cells():
    answer = HAND_W.copy()
    answer[1, :] = UNANSWERED
    answer[0, 0] = 2  # answered, should be k1
    hints = check_structure_grid(answer, (3, 3), (2, 2))
    assert len(hints) == 10
    wrong = [hint for hint in hints if hint.answered]
    assert [(hint.row, hint.col) for hint in wrong] == [(0, 0)]
    assert {hint.row for hint in hints if not hint.answered} == {1}


def test_exercise_checker_rejects_wrong_shape():
    with pytest.raises(ValueError, match="shape"):
        check_structure_grid(np.zeros((3, 9)), (3, 3), (2, 2))


@settings(max_examples=25, deadline=None)
@given(conv_settings)
def test_checker_agrees_with_conv_matrix_structure(setting):
    ndim, n, k = setting["ndim"], setting["n"], setting["k"]
    options = {key: setting[key] for key in ("stride", "padding", "dilation")}
    structure = cc.conv_matrix_structure((n,) * ndim, (k,) * ndim, **options)
    assert check_structure_grid(structure, (n,) * ndim, (k,) * ndim, **options) == []


def test_input_window_of_last_output():
    window = input_window(3, (3, 3), (2, 2), (2, 2))
    assert window == {4: 1, 5: 2, 7: 3, 8: 4}


def test_transpose_terms_of_hand_worked_w():
    terms = transpose_terms(HAND_W)
    assert terms[0] == [(1, 1)]
    assert terms[4] == [(4, 1), (3, 2), (2, 3), (1, 4)]
    assert terms[8] == [(4, 4)]
    assert len(terms) == 9


@settings(max_examples=25, deadline=None)
@given(conv_settings)
def test_kernel_gradient_matches_torch_autograd(setting):
    ndim, n, k = setting["ndim"], setting["n"], setting["k"]
    options = {key: setting[key] for key in ("stride", "padding", "dilation")}
    x = example_values((n,) * ndim, setting["seed"])
    kernel = torch.tensor(example_values((k,) * ndim, setting["seed"] + 2)[None, None])
    kernel.requires_grad_(True)
    function = functional.conv2d if ndim == 2 else functional.conv1d
    out = function(torch.tensor(x)[None, None], kernel, **options)
    grad_output = example_values(tuple(out.shape[2:]), setting["seed"] + 1)
    (out * torch.tensor(grad_output)).sum().backward()

    structure = cc.conv_matrix_structure((n,) * ndim, (k,) * ndim, **options)
    gradient = kernel_gradient_from_structure(structure, x, grad_output, k**ndim)
    np.testing.assert_allclose(gradient, kernel.grad.numpy().ravel(), atol=1e-10)


def test_adjoint_sides_are_equal():
    rng = np.random.default_rng(3)
    matrix = rng.standard_normal((5, 7))
    left, right = adjoint_sides(matrix, rng.standard_normal(7), rng.standard_normal(5))
    assert left == pytest.approx(right, abs=1e-12)


def test_gram_of_orthonormal_columns_is_identity():
    q, _ = np.linalg.qr(np.random.default_rng(1).standard_normal((6, 4)))
    np.testing.assert_allclose(gram_matrix(q), np.eye(4), atol=1e-12)


def test_spectrum_matches_numpy():
    matrix = np.random.default_rng(2).standard_normal((8, 5))
    report = spectrum_report(matrix)
    assert report.condition_number == pytest.approx(np.linalg.cond(matrix))
    assert report.rank == np.linalg.matrix_rank(matrix)


def test_spectrum_of_singular_matrix_has_infinite_condition():
    report = spectrum_report(np.zeros((3, 3)))
    assert report.condition_number == float("inf")
    assert report.rank == 0


def test_block_downscale_averages_blocks():
    image = np.arange(16.0).reshape(4, 4)
    np.testing.assert_array_equal(block_downscale(image, 2), [[2.5, 4.5], [10.5, 12.5]])


def test_block_downscale_crops_the_centre():
    image = np.zeros((6, 4))
    image[1:5, :] = 1.0
    np.testing.assert_array_equal(block_downscale(image, 2), np.ones((2, 2)))


def test_noise_level_sets_standard_deviation():
    values = np.full(20000, 2.0)
    noise = noisy(values, 0.1, seed=4) - values
    assert noise.std() == pytest.approx(0.2, rel=0.03)


def test_zero_noise_changes_nothing():
    values = np.arange(5.0)
    np.testing.assert_array_equal(noisy(values, 0.0), values)


def test_relative_error_of_truth_is_zero():
    assert relative_error([3.0, 4.0], [3.0, 4.0]) == 0.0
    assert relative_error([0.0, 0.0], [3.0, 4.0]) == pytest.approx(1.0)


def test_noise_free_least_squares_is_exact_but_transpose_is_not():
    truth = np.random.default_rng(5).random((12, 12))
    result = deblur_comparison(
        truth, example_kernel("box", (3, 3)), padding=2, noise_level=0.0, regularization=1e-3
    )
    assert result.errors["least_squares"] < 1e-8
    assert result.errors["transpose"] > 0.1
    assert result.spectrum.rank == truth.size


def test_noise_grows_least_squares_error():
    truth = np.random.default_rng(6).random(40)
    kernel = example_kernel("box", (4,))
    clean = deblur_comparison(truth, kernel, padding=3, noise_level=0.0, regularization=1e-2)
    noisy_run = deblur_comparison(truth, kernel, padding=3, noise_level=0.03, regularization=1e-2)
    assert noisy_run.errors["least_squares"] > 100 * clean.errors["least_squares"]
    assert noisy_run.errors["regularized"] < noisy_run.errors["least_squares"]


def test_example_kernels():
    np.testing.assert_array_equal(example_kernel("ramp", (2, 2)), [[1, 2], [3, 4]])
    assert example_kernel("box", (3, 3)).sum() == pytest.approx(1.0)
    np.testing.assert_array_equal(example_kernel("edge", (3,)), [-1.0, 0.0, 1.0])
    random = example_kernel("random", (2, 2), seed=9)
    assert random.any()
    assert set(np.unique(random)) <= set(range(-3, 4))
    with pytest.raises(ValueError, match="unknown"):
        example_kernel("sharpen", (3,))


def test_max_abs_difference_flattens_both_arrays():
    assert max_abs_difference(np.array([[1.0, 2.0], [3.0, 4.0]]), [1.0, 2.5, 3.0, 0.0]) == 4.0


def test_max_abs_difference_of_scalars():
    assert max_abs_difference(2.0, -0.5) == 2.5


def test_apply_matrix_matches_torch_conv2d():
    kernel = example_kernel("random", (2, 2), seed=3)
    x = example_values((4, 4), seed=1)
    matrix = cc.conv_matrix((4, 4), kernel, stride=2)
    expected = functional.conv2d(
        torch.from_numpy(x)[None, None], torch.from_numpy(kernel)[None, None], stride=2
    )[0, 0].numpy()
    np.testing.assert_allclose(apply_matrix(matrix, x, (2, 2)), expected)


def test_nonzero_count_of_hand_worked_w():
    assert nonzero_count(HAND_W) == 16


def test_row_taps_of_hand_worked_w():
    assert row_taps(HAND_W, 1) == [(1, 2), (2, 3), (3, 5), (4, 6)]


def test_column_taps_of_hand_worked_w():
    assert column_taps(HAND_W, 4) == [(4, 1), (3, 2), (2, 3), (1, 4)]


def test_column_taps_of_corner_input():
    assert column_taps(HAND_W, 2) == [(2, 2)]


def test_scaled_structure_lies_in_unit_interval():
    scaled = scaled_structure(HAND_W)
    assert scaled.max() == 1.0
    np.testing.assert_array_equal(scaled * 4, HAND_W)


def test_scaled_structure_of_zeros_is_zeros():
    np.testing.assert_array_equal(scaled_structure(np.zeros((2, 3), dtype=int)), 0.0)


def test_exercise_score_counts_wrong_and_unanswered():
    answer = HAND_W.copy()
    answer[0, 0] = 2
    answer[1, 1] = UNANSWERED
    answer[2, 2] = UNANSWERED
    hints = check_structure_grid(answer, (3, 3), (2, 2))
    assert exercise_score(hints, answer.size) == (34, 33, 2)


def test_exercise_score_of_right_grid():
    assert exercise_score([], 36) == (36, 36, 0)


def test_transpose_reveal_matches_torch():
    product, gap = transpose_reveal((3, 3), (2, 2))
    kernel = example_kernel("ramp", (2, 2))
    y = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
    expected = functional.conv_transpose2d(y[None, None], torch.from_numpy(kernel)[None, None])
    np.testing.assert_allclose(product, expected.numpy().ravel())
    assert gap < 1e-12


@pytest.mark.parametrize(
    ("kernel_size", "padding", "dilation", "expected"),
    [(3, 0, 1, 2), (3, 1, 1, 1), (2, 0, 3, 3), (5, 3, 2, 5)],
)
def test_zero_insertion_padding(kernel_size, padding, dilation, expected):
    assert zero_insertion_padding(kernel_size, padding, dilation) == expected


def test_zero_insertion_mask_marks_inserted_values():
    mask = zero_insertion_mask((2,), (3,), stride=2, padding=0, output_padding=1, dilation=1)
    np.testing.assert_array_equal(mask, [0, 0, 1, 0, 1, 0, 0, 0])
