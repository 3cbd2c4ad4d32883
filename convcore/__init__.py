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
from .errors import ERROR_CODES, ERROR_PARAMS, ConvError, ConvTypeError
from .matrix import conv_matrix, conv_matrix_structure
from .padding import PADDING_MODES, causal_pads, pad, resolve_padding, tf_same_pads, torch_same_pads
from .sizes import conv_output_size, conv_transpose_output_size
from .transpose import conv_transpose1d, conv_transpose2d

__all__ = [
    "ERROR_CODES",
    "ERROR_PARAMS",
    "PADDING_MODES",
    "ConvError",
    "ConvTypeError",
    "causal_pads",
    "conv1d",
    "conv2d",
    "conv_matrix",
    "conv_matrix_structure",
    "conv_output_size",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose_output_size",
    "pad",
    "resolve_padding",
    "tf_same_pads",
    "torch_same_pads",
]
