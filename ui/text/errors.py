"""Learner-facing messages for convcore errors, keyed ``error.<code>``.

Each template uses exactly the parameter names that convcore attaches to the
error (``convcore.ERROR_PARAMS``), in both languages.
"""

TEXT: dict[str, dict[str, str]] = {
    "error.not_an_integer": {
        "en": "{name} must be a whole number, but {value} is a {type}. Enter a whole number such as 1 or 2.",
        "ko": "{name} 값은 정수여야 하는데 {value}은(는) {type} 형식입니다. 1이나 2 같은 정수를 넣으세요.",
    },
    "error.not_a_real_array": {
        "en": "{name} must contain real numbers, but a {type} was given. Use numeric values only.",
        "ko": "{name}에는 실수만 들어갈 수 있는데 {type} 형식이 들어왔습니다. 숫자 값만 넣으세요.",
    },
    "error.wrong_length": {
        "en": "{name} = {value} has the wrong number of entries: give {expected}, one per axis, or a single number for all axes.",
        "ko": "{name} = {value}의 항목 수가 맞지 않습니다. 축마다 하나씩 {expected}개를 주거나 모든 축에 쓸 숫자 하나를 주세요.",
    },
    "error.stride_below_one": {
        "en": "The stride ({name} = {value}) must be at least 1 on every axis. Set it to 1 or more.",
        "ko": "스트라이드({name} = {value})는 모든 축에서 1 이상이어야 합니다. 1 이상으로 설정하세요.",
    },
    "error.dilation_below_one": {
        "en": "The dilation ({name} = {value}) must be at least 1 on every axis; 1 means no gaps between kernel taps.",
        "ko": "팽창({name} = {value})은 모든 축에서 1 이상이어야 합니다. 1은 커널 원소 사이에 빈칸이 없다는 뜻입니다.",
    },
    "error.factor_below_one": {
        "en": "The upsampling factor ({name} = {value}) must be at least 1. Choose 2 to double the size.",
        "ko": "업샘플링 배율({name} = {value})은 1 이상이어야 합니다. 크기를 두 배로 하려면 2를 고르세요.",
    },
    "error.kernel_size_below_one": {
        "en": "The kernel ({name}) has shape {shape}, with an axis shorter than 1. Every kernel axis needs at least one value.",
        "ko": "커널({name})의 모양 {shape}에 길이가 1보다 짧은 축이 있습니다. 커널의 모든 축에는 값이 하나 이상 있어야 합니다.",
    },
    "error.input_size_below_one": {
        "en": "The input ({name}) has shape {shape}, with an axis shorter than 1. Every input axis needs at least one value.",
        "ko": "입력({name})의 모양 {shape}에 길이가 1보다 짧은 축이 있습니다. 입력의 모든 축에는 값이 하나 이상 있어야 합니다.",
    },
    "error.negative_padding": {
        "en": "The padding ({name} = {value}) cannot be negative. Use 0 for no padding.",
        "ko": "패딩({name} = {value})은 음수일 수 없습니다. 패딩이 없으려면 0을 쓰세요.",
    },
    "error.negative_output_padding": {
        "en": "The output padding ({name} = {value}) cannot be negative. Use 0 or a positive number.",
        "ko": "출력 패딩({name} = {value})은 음수일 수 없습니다. 0이나 양수를 쓰세요.",
    },
    "error.output_padding_too_large": {
        "en": "The output padding {value} on axis {axis} must be smaller than the larger of stride {stride} and dilation {dilation}. Lower the output padding.",
        "ko": "축 {axis}의 출력 패딩 {value}은(는) 스트라이드 {stride}와 팽창 {dilation} 중 큰 값보다 작아야 합니다. 출력 패딩을 줄이세요.",
    },
    "error.kernel_larger_than_input": {
        "en": "On axis {axis} the kernel of size {kernel_size} with dilation {dilation} spans {span} positions, but the padded input is only {padded_size} long. Lower the dilation, use a smaller kernel or add padding.",
        "ko": "축 {axis}에서 크기 {kernel_size}, 팽창 {dilation}인 커널은 {span}칸을 차지하지만 패딩한 입력은 {padded_size}칸뿐입니다. 팽창을 줄이거나, 더 작은 커널을 쓰거나, 패딩을 늘리세요.",
    },
    "error.output_size_not_positive": {
        "en": "The transposed convolution output on axis {axis} would have length {output_size}. Lower the padding or use a larger input or kernel.",
        "ko": "전치 합성곱의 출력이 축 {axis}에서 {output_size}칸이 됩니다. 패딩을 줄이거나 더 큰 입력이나 커널을 쓰세요.",
    },
    "error.same_padding_with_stride": {
        "en": '"same" padding only works with stride 1, but the stride is {stride}. Set the stride to 1 or enter the padding as numbers.',
        "ko": '"same" 패딩은 스트라이드가 1일 때만 쓸 수 있는데 스트라이드가 {stride}입니다. 스트라이드를 1로 하거나 패딩을 숫자로 넣으세요.',
    },
    "error.reflect_padding_too_large": {
        "en": "Reflect padding of {pad} on axis {axis} needs an input longer than {pad}, but it is {size} long. Lower the padding or choose replicate padding.",
        "ko": "축 {axis}의 반사(reflect) 패딩 {pad}에는 {pad}보다 긴 입력이 필요한데 입력 길이는 {size}입니다. 패딩을 줄이거나 replicate 방식을 고르세요.",
    },
    "error.circular_padding_too_large": {
        "en": "Circular padding of {pad} on axis {axis} would wrap around an input of length {size} more than once. Use a padding of at most {size}.",
        "ko": "축 {axis}의 순환(circular) 패딩 {pad}은(는) 길이 {size}인 입력을 한 바퀴 넘게 감습니다. 패딩을 {size} 이하로 하세요.",
    },
    "error.wrong_ndim": {
        "en": "{name} has {ndim} dimensions, but this step needs {expected}. Check the shape of {name}.",
        "ko": "{name}의 차원 수는 {ndim}인데 여기에 필요한 차원 수는 {expected}입니다. {name}의 모양을 확인하세요.",
    },
    "error.channel_mismatch": {
        "en": "The input has {input_channels} channels but the kernel expects {kernel_channels}. Make the channel counts equal.",
        "ko": "입력의 채널은 {input_channels}개인데 커널은 {kernel_channels}개를 기대합니다. 채널 수를 맞추세요.",
    },
    "error.non_finite_values": {
        "en": "{name} contains NaN or infinite values. Replace them with ordinary numbers.",
        "ko": "{name}에 NaN이나 무한대 값이 있습니다. 보통의 숫자로 바꾸세요.",
    },
    "error.unknown_padding": {
        "en": 'The padding {value} is not known. Use "valid", "same", "full" or numbers.',
        "ko": '패딩 {value}은(는) 알 수 없는 값입니다. "valid", "same", "full" 또는 숫자를 쓰세요.',
    },
    "error.unknown_padding_mode": {
        "en": "The padding mode {value} is not known. Choose zeros, reflect, replicate or circular.",
        "ko": "패딩 방식 {value}은(는) 알 수 없는 값입니다. zeros, reflect, replicate, circular 중에서 고르세요.",
    },
    "error.invalid_padding": {
        "en": "The padding {value} has a form this operation does not accept. A transposed convolution takes one number per axis.",
        "ko": "패딩 {value}은(는) 이 연산이 받지 않는 형태입니다. 전치 합성곱은 축마다 숫자 하나를 받습니다.",
    },
    "error.shape_mismatch": {
        "en": "{name} has shape {shape}, but the settings give shape {expected}. Recompute {name} with the same settings.",
        "ko": "{name}의 모양은 {shape}인데 현재 설정에서는 {expected}이어야 합니다. 같은 설정으로 {name}을(를) 다시 계산하세요.",
    },
    "error.problem_too_large": {
        "en": "With this {name}, the calculation needs {size} values, more than the limit of {limit}. Use a smaller {name} or a smaller image.",
        "ko": "이 {name} 값으로는 계산에 값이 {size}개 필요한데, 한도인 {limit}개보다 많습니다. {name} 값을 줄이거나 더 작은 이미지를 쓰세요.",
    },
    "error.invalid_regularization": {
        "en": "The regularization {value} must be a number of at least 0. Use 0 for none or a small value such as 0.001.",
        "ko": "정규화 값 {value}은(는) 0 이상의 숫자여야 합니다. 쓰지 않으려면 0, 아니면 0.001 같은 작은 값을 쓰세요.",
    },
    "error.channels_not_divisible": {
        "en": "Pixel shuffle with factor {factor} needs a channel count divisible by {factor}², but there are {channels} channels. Choose another factor.",
        "ko": "배율 {factor}의 픽셀 셔플에는 {factor}²로 나누어떨어지는 채널 수가 필요한데 채널이 {channels}개입니다. 다른 배율을 고르세요.",
    },
    "error.result_not_finite": {
        "en": "The convolution output ({name}) has values too large to compute. Use smaller values in the input or the kernel.",
        "ko": "합성곱({name})의 출력 값이 너무 커서 계산할 수 없습니다. 입력이나 커널에 더 작은 값을 넣으세요.",
    },
}
