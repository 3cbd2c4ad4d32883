"""Convolution, cross-correlation and transposed convolution in numpy.

The results match ``torch.nn.functional`` (batch size 1, float64) for
stride, padding, dilation and output_padding. Only numpy is imported.

Examples
--------
>>> import convcore as cc
>>> cc.conv1d([1.0, 2.0, 3.0], [1.0, 1.0])
array([3., 5.])
"""

from .conv import conv1d, conv2d
from .deconv import MAX_DECONV_OUTPUTS, MAX_DECONV_UNKNOWNS, DeconvResult, deconvolve
from .errors import ERROR_CODES, ERROR_PARAMS, ConvError, ConvTypeError
from .fractional import conv_transpose_via_zero_insertion, zero_insertion_input
from .grad import conv_grad_input, conv_grad_kernel
from .matrix import conv_matrix, conv_matrix_structure
from .padding import (
    PADDING_MODES,
    causal_pads,
    pad,
    resolve_padding,
    tf_same_pads,
    torch_same_pads,
)
from .sizes import conv_output_size, conv_transpose_output_size
from .transpose import conv_transpose1d, conv_transpose2d
from .upsample import (
    max_pool2d,
    overlap_counts,
    phase_sums,
    pixel_shuffle,
    upsample_bilinear,
    upsample_nearest,
)
from .validation import MAX_ELEMENTS

__all__ = [
    "ERROR_CODES",
    "ERROR_PARAMS",
    "MAX_DECONV_OUTPUTS",
    "MAX_DECONV_UNKNOWNS",
    "MAX_ELEMENTS",
    "PADDING_MODES",
    "ConvError",
    "ConvTypeError",
    "DeconvResult",
    "causal_pads",
    "conv1d",
    "conv2d",
    "conv_grad_input",
    "conv_grad_kernel",
    "conv_matrix",
    "conv_matrix_structure",
    "conv_output_size",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose_output_size",
    "conv_transpose_via_zero_insertion",
    "deconvolve",
    "max_pool2d",
    "overlap_counts",
    "pad",
    "phase_sums",
    "pixel_shuffle",
    "resolve_padding",
    "tf_same_pads",
    "torch_same_pads",
    "upsample_bilinear",
    "upsample_nearest",
    "zero_insertion_input",
]
