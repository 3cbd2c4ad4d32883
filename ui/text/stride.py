"""Text of the stride, padding and dilation page (keys start with ``stride.``)."""

TEXT: dict[str, dict[str, str]] = {
    "stride.title": {"ko": "스트라이드·패딩·팽창", "en": "Stride, padding and dilation"},
    "stride.intro": {
        "ko": "출력 크기는 프레임워크마다, 또 배우는 사람마다 가장 자주 어긋나는 부분입니다. "
        "아래 설정을 바꾸면서 커널 창이 패딩된 입력 위 어디에 놓이는지, 어떤 행과 열이 한 번도 읽히지 않는지, "
        "출력 크기 공식의 어느 항이 결과를 정하는지 직접 확인해 보세요. 잘못된 조합은 값을 몰래 고치지 않고 무엇이 문제인지 설명합니다.",
        "en": "Output sizes are where learners and frameworks disagree most often. "
        "Change the settings below and watch where the kernel's windows land on the padded input, "
        "which rows and columns are never read, and which term of the output-size formula decides the result. "
        "An invalid combination is not quietly adjusted: the page tells you what is wrong.",
    },
    # Settings
    "stride.label.dims": {"ko": "차원", "en": "Dimensions"},
    "stride.dims.1": {"ko": "1D (신호)", "en": "1D (signal)"},
    "stride.dims.2": {"ko": "2D (이미지)", "en": "2D (image)"},
    "stride.label.pad_kind": {"ko": "패딩 정하는 방식", "en": "Padding rule"},
    "stride.help.pad_kind": {
        "ko": "'숫자로 지정'은 양쪽에 같은 양을 붙입니다. 나머지는 이름 붙은 규칙으로, 패딩 양을 커널·스트라이드·입력 크기에서 계산합니다.",
        "en": "'Numbers' adds the same amount on both sides. The other rules are named conventions that compute the amounts from the kernel, stride and input size.",
    },
    "stride.kind.numbers": {"ko": "숫자로 지정", "en": "Numbers"},
    "stride.kind.valid": {"ko": "valid (패딩 없음)", "en": "valid (no padding)"},
    "stride.kind.same": {"ko": "same (PyTorch)", "en": "same (PyTorch)"},
    "stride.kind.full": {"ko": "full (가능한 모든 겹침)", "en": "full (every overlap)"},
    "stride.kind.tf_same": {"ko": "SAME (TensorFlow)", "en": "SAME (TensorFlow)"},
    "stride.kind.causal": {"ko": "causal (인과, 1D)", "en": "causal (1D)"},
    "stride.label.padding_mode": {
        "ko": "패딩 값 (padding_mode)",
        "en": "Padding values (padding_mode)",
    },
    "stride.help.padding_mode": {
        "ko": "덧붙이는 칸에 무엇을 채울지 정합니다. PyTorch Conv 층의 padding_mode와 같습니다.",
        "en": "What the added samples hold, as the padding_mode of PyTorch's Conv layers.",
    },
    "stride.mode.zeros": {"ko": "zeros: 0으로 채움", "en": "zeros: fill with 0"},
    "stride.mode.reflect": {
        "ko": "reflect: 가장자리 기준 거울상",
        "en": "reflect: mirror at the edge",
    },
    "stride.mode.replicate": {
        "ko": "replicate: 가장자리 값 반복",
        "en": "replicate: repeat the edge value",
    },
    "stride.mode.circular": {"ko": "circular: 반대편에서 이어 붙임", "en": "circular: wrap around"},
    "stride.axis.length": {"ko": "길이 축", "en": "Length"},
    "stride.axis.height": {"ko": "세로 축", "en": "Height"},
    "stride.axis.width": {"ko": "가로 축", "en": "Width"},
    "stride.axis.with_index": {"ko": "{name}(축 {index})", "en": "{name} (axis {index})"},
    "stride.label.n": {"ko": "입력 크기 i", "en": "Input size i"},
    "stride.label.k": {"ko": "커널 크기 k", "en": "Kernel size k"},
    "stride.label.stride": {"ko": "스트라이드 s", "en": "Stride s"},
    "stride.label.padding": {"ko": "패딩 p (한쪽)", "en": "Padding p (per side)"},
    "stride.label.dilation": {"ko": "팽창 d", "en": "Dilation d"},
    "stride.help.n": {
        "ko": "이 축의 입력 칸 수.",
        "en": "Number of input samples along this axis.",
    },
    "stride.help.k": {"ko": "이 축의 커널 탭 수.", "en": "Number of kernel taps along this axis."},
    "stride.help.stride": {
        "ko": "커널 창이 한 번에 옮겨 가는 칸 수.",
        "en": "How many samples the window moves between outputs.",
    },
    "stride.help.padding": {
        "ko": "입력 앞뒤에 각각 붙이는 칸 수. 이름 붙은 규칙을 고르면 그 규칙이 정하므로 잠깁니다.",
        "en": "Samples added before and after the input. Locked while a named rule decides the amounts.",
    },
    "stride.help.dilation": {
        "ko": "커널 탭 사이 간격. 팽창 d인 크기 k 커널은 d(k − 1) + 1 칸에 걸칩니다.",
        "en": "Spacing between kernel taps: a size-k kernel with dilation d spans d(k − 1) + 1 samples.",
    },
    # Window walk
    "stride.walk.heading": {"ko": "커널 창 따라가기", "en": "Follow the kernel's window"},
    "stride.walk.intro": {
        "ko": "입력에는 1, 2, 3, …을 차례로 넣었고 커널은 모두 1입니다. 그래서 출력 한 칸은 굵게 테두리 친 칸들의 합입니다. "
        "점선 칸은 팽창 때문에 창 안에 있어도 건너뛰는 칸입니다. 단계 슬라이더를 움직이거나 재생을 누르면 창이 출력 위치를 하나씩 지나가며 출력이 채워집니다.",
        "en": "The input holds 1, 2, 3, … in order and the kernel is all ones, so each output value is the sum of the cells with a thick outline. "
        "Dashed cells lie inside the window but are skipped because of dilation. Move the step slider or press play to walk the window over every output position while the output fills in.",
    },
    "stride.label.step": {
        "ko": "단계 (출력 위치, 전체 {total}개)",
        "en": "Step (output position, {total} in all)",
    },
    "stride.help.step": {
        "ko": "몇 번째 출력 칸을 계산하는지 고릅니다. 행 우선 순서입니다.",
        "en": "Which output cell is computed, in row-major order.",
    },
    "stride.walk.step_clipped": {
        "ko": "요청한 단계 {requested}번은 이 설정의 마지막 출력 위치({last}번)를 넘으므로 {last}번 위치를 보여 줍니다.",
        "en": "Step {requested} is past the last output position of these settings, so the walk shows position {last}.",
    },
    "stride.label.play": {"ko": "▶ 재생", "en": "▶ Play"},
    "stride.walk.padded_heading": {"ko": "패딩된 입력 ({shape})", "en": "Padded input ({shape})"},
    "stride.walk.output_heading": {"ko": "출력 ({shape})", "en": "Output ({shape})"},
    "stride.walk.cell": {
        "ko": "출력 [{cell}] = 창 안 탭 값의 합 = {value}. 창은 패딩된 입력의 [{start}]에서 시작합니다.",
        "en": "Output [{cell}] = sum of the tap values in the window = {value}. The window starts at [{start}] of the padded input.",
    },
    "stride.walk.rejected": {
        "ko": "이 설정에서는 커널 창을 놓을 수 없습니다. 아래 출력 크기 공식에서 어느 항이 문제인지, 무엇을 바꾸면 되는지 설명합니다.",
        "en": "No kernel window can be placed with these settings. The output-size formula below shows which term is the problem and what to change.",
    },
    "stride.short.kernel_larger_than_input": {
        "ko": "팽창된 커널({span}칸)이 패딩된 입력({padded}칸)보다 깁니다.",
        "en": "The dilated kernel ({span}) is longer than the padded input ({padded}).",
    },
    "stride.short.same_padding_with_stride": {
        "ko": "PyTorch는 스트라이드 > 1에서 'same'을 거부합니다.",
        "en": "PyTorch rejects 'same' with stride > 1.",
    },
    "stride.short.reflect_padding_too_large": {
        "ko": "reflect 패딩 {pad}칸은 입력 길이 {size}보다 짧아야 합니다.",
        "en": "A reflect pad of {pad} must be shorter than the input ({size}).",
    },
    "stride.short.circular_padding_too_large": {
        "ko": "circular 패딩 {pad}칸이 입력 길이 {size}보다 깁니다.",
        "en": "A circular pad of {pad} is longer than the input ({size}).",
    },
    "stride.cell.input": {"ko": "입력", "en": "input"},
    "stride.cell.padding": {"ko": "패딩", "en": "padding"},
    "stride.cell.unread_input": {"ko": "읽히지 않는 입력", "en": "input never read"},
    "stride.cell.unread_padding": {"ko": "읽히지 않는 패딩", "en": "padding never read"},
    "stride.legend.cell": {"ko": "칸 종류", "en": "Cell kind"},
    "stride.axis.padded_row": {"ko": "패딩된 입력의 행", "en": "Padded input row"},
    "stride.axis.padded_col": {"ko": "패딩된 입력의 열", "en": "Padded input column"},
    "stride.axis.out_row": {"ko": "출력 행", "en": "Output row"},
    "stride.axis.out_col": {"ko": "출력 열", "en": "Output column"},
    # Output size
    "stride.size.heading": {"ko": "출력 크기 공식", "en": "The output-size formula"},
    "stride.size.legend": {
        "ko": "i 입력 크기, p 한쪽 패딩(양쪽이 다르면 p₁ + p₂), d 팽창, k 커널 크기, s 스트라이드. ⌊ ⌋는 내림입니다.",
        "en": "i input size, p padding per side (p₁ + p₂ when the sides differ), d dilation, k kernel size, s stride. ⌊ ⌋ rounds down.",
    },
    "stride.size.result": {
        "ko": "출력 크기는 **{shape}**, 패딩된 입력은 {padded}입니다.",
        "en": "The output is **{shape}**; the padded input is {padded}.",
    },
    "stride.unread.none": {
        "ko": "**{axis}**: 패딩된 입력의 모든 칸을 적어도 한 창이 읽습니다.",
        "en": "**{axis}**: every padded sample is read by at least one window.",
    },
    "stride.unread.input": {
        "ko": "실제 입력 중 {indices}번 칸(입력 기준 위치)은 어느 창도 읽지 않습니다.",
        "en": "Real input samples {indices} (input positions) are read by no window.",
    },
    "stride.unread.padding": {
        "ko": "패딩 칸 {indices}번(패딩된 입력 기준 위치)도 읽히지 않습니다.",
        "en": "Padding samples {indices} (padded positions) are never read either.",
    },
    "stride.unread.why_dilation": {
        "ko": "탭 사이 간격(팽창 {dilation})과 창 사이 간격(스트라이드 {stride}) 때문에 탭 사이의 어떤 칸에는 어느 창의 탭도 놓이지 않습니다. 예를 들어 둘 다 짝수이면 홀수 번째 칸은 모두 건너뜁니다.",
        "en": "With taps {dilation} apart (dilation) and windows {stride} apart (stride), some samples between taps never lie under any window's tap; when both are even, for example, every odd position is skipped.",
    },
    "stride.unread.why_gaps": {
        "ko": "스트라이드 {stride}가 팽창된 커널 폭 {span}보다 커서 창과 창 사이에 빈 칸이 생깁니다.",
        "en": "The stride {stride} is larger than the dilated kernel's span {span}, so there are gaps between windows.",
    },
    "stride.unread.why_tail": {
        "ko": "(i + 2p − d(k − 1) − 1)을 {stride}로 나눈 나머지가 {remainder}이므로, 마지막 창 뒤에 남는 칸에는 창이 더 들어가지 못합니다. 그래서 끝의 {count}칸이 버려집니다.",
        "en": "(i + 2p − d(k − 1) − 1) leaves a remainder of {remainder} when divided by {stride}, so no further window fits after the last one: the trailing samples it leaves ({count}) are dropped.",
    },
    # Explanations of rejected settings
    "stride.explain.kernel_larger_than_input": {
        "ko": "**{axis}**: 팽창된 커널은 d(k − 1) + 1 = {d}·({k} − 1) + 1 = **{span}칸**에 걸치는데, 패딩된 입력은 i + p₁ + p₂ = {n} + {before} + {after} = **{padded}칸**뿐입니다. "
        "그래서 분자 i + 2p − d(k − 1) − 1의 값이 {numerator}(음수)이고, 커널을 놓을 자리가 한 군데도 없습니다. 너무 큰 항은 d(k − 1)입니다. 고치는 방법: {fixes}.",
        "en": "**{axis}**: the dilated kernel spans d(k − 1) + 1 = {d}·({k} − 1) + 1 = **{span} samples**, but the padded input is only i + p₁ + p₂ = {n} + {before} + {after} = **{padded} samples**. "
        "So the numerator i + 2p − d(k − 1) − 1 is {numerator}, below zero, and the kernel fits nowhere. The term that is too large is d(k − 1). To fix it: {fixes}.",
    },
    "stride.explain.fix_kernel": {
        "ko": "커널 크기를 {value} 이하로",
        "en": "a kernel size of {value} or less",
    },
    "stride.explain.fix_dilation": {
        "ko": "팽창을 {value} 이하로",
        "en": "a dilation of {value} or less",
    },
    "stride.explain.fix_padding": {
        "ko": "패딩을 모두 합해 {extra}칸 이상 더 붙이기",
        "en": "at least {extra} more samples of padding in total",
    },
    "stride.explain.fix_input": {
        "ko": "입력 크기를 {value} 이상으로",
        "en": "an input size of {value} or more",
    },
    "stride.explain.same_padding_with_stride": {
        "ko": "PyTorch의 padding='same'은 스트라이드가 1일 때만 받습니다. 스트라이드가 s이면 출력은 입력의 약 1/s이라 '입력과 같은 크기'가 될 수 없기 때문입니다. "
        "스트라이드를 1로 낮추거나, 출력이 ⌈i/s⌉이 되도록 패딩을 정하는 TensorFlow의 SAME을 고르세요.",
        "en": "PyTorch accepts padding='same' only with stride 1: with stride s the output is about 1/s of the input, so it cannot keep the input's size. "
        "Lower the stride to 1, or pick TensorFlow's SAME, which chooses the pads so that the output is ⌈i/s⌉.",
    },
    "stride.explain.reflect": {
        "ko": "**{axis}**: reflect는 가장자리 칸을 되풀이하지 않고 안쪽 값을 거울처럼 비춥니다. 그래서 한쪽 패딩 {pad}칸은 입력 길이 {size}보다 작아야 합니다. "
        "패딩을 {size}보다 작게 줄이거나, 입력을 키우거나, replicate를 쓰세요.",
        "en": "**{axis}**: reflect mirrors the inner values without repeating the edge sample, so a pad of {pad} needs an input longer than {pad}, but it is {size} long. "
        "Lower the padding below {size}, lengthen the input, or use replicate.",
    },
    "stride.explain.circular": {
        "ko": "**{axis}**: circular는 반대쪽 끝의 값을 가져와 붙이는데, 입력을 한 바퀴까지만 돌 수 있습니다. 한쪽 패딩 {pad}칸이 입력 길이 {size}보다 큽니다. "
        "패딩을 {size} 이하로 줄이거나 입력을 키우세요.",
        "en": "**{axis}**: circular copies values from the opposite end and may wrap around the input at most once, but a pad of {pad} is longer than the input ({size}). "
        "Lower the padding to {size} or less, or lengthen the input.",
    },
    "stride.explain.causal_2d": {
        "ko": "causal 패딩은 시간 축처럼 '과거'가 한쪽에만 있는 1D 신호의 규칙입니다. 출력 t가 입력 t까지만 보도록 앞쪽에만 d(k − 1)칸을 붙입니다. "
        "2D 이미지에는 표준 정의가 없으므로 차원을 1D로 바꾸거나 다른 패딩 규칙을 고르세요.",
        "en": "Causal padding is a rule for 1D signals whose past lies on one side, such as time: it adds d(k − 1) samples in front only, so output t sees inputs up to t. "
        "It has no standard meaning for 2D images: switch to 1D or choose another padding rule.",
    },
    "stride.explain.output_padding_too_large": {
        "ko": "**{axis}**: output_padding {value}은 max(스트라이드, 팽창) = max({stride}, {dilation}) = {limit}보다 작아야 합니다(PyTorch 규칙). "
        "스트라이드 s인 합성곱은 서로 다른 입력 크기 최대 s개를 같은 출력 크기로 보내므로, 그중 하나를 고르는 데 0 … s − 1이면 충분합니다. output_padding을 {limit} 미만으로 낮추세요.",
        "en": "**{axis}**: output_padding {value} must be smaller than max(stride, dilation) = max({stride}, {dilation}) = {limit} (PyTorch's rule). "
        "A convolution with stride s sends at most s different input sizes to the same output size, so 0 … s − 1 is enough to pick one of them. Lower output_padding below {limit}.",
    },
    "stride.explain.output_size_not_positive": {
        "ko": "**{axis}**: 전치 합성곱의 출력이 {output_size}칸이 됩니다. 양끝에서 잘라 내는 2p = 2·{padding}가 나머지 항의 합보다 큽니다. 패딩을 줄이거나 커널·입력을 키우세요.",
        "en": "**{axis}**: the transposed convolution's output would be {output_size} long: the 2p = 2·{padding} cropped from the ends exceeds the other terms. Lower the padding or use a larger kernel or input.",
    },
    # Named conventions
    "stride.conv.heading": {"ko": "이름 붙은 패딩 규칙", "en": "Named padding conventions"},
    "stride.conv.intro": {
        "ko": "같은 이름이라도 프레임워크마다 실제로 붙이는 칸 수가 다릅니다. 현재 입력·커널·스트라이드·팽창으로 각 규칙이 붙이는 (앞, 뒤) 패딩과 그 결과 출력 크기입니다.",
        "en": "The same name can mean different amounts in different frameworks. These are the (before, after) pads each rule adds for the current input, kernel, stride and dilation, and the output size that follows.",
    },
    "stride.conv.col_name": {"ko": "규칙", "en": "Rule"},
    "stride.conv.col_pads": {"ko": "패딩 (앞, 뒤)", "en": "Pads (before, after)"},
    "stride.conv.col_size": {"ko": "출력 크기", "en": "Output size"},
    "stride.conv.col_note": {"ko": "설명", "en": "Note"},
    "stride.conv.note.valid": {
        "ko": "패딩 없음. 커널이 입력 안에 완전히 들어가는 위치만 계산합니다.",
        "en": "No padding: only positions where the kernel lies entirely inside the input.",
    },
    "stride.conv.note.same": {
        "ko": "스트라이드 1에서 출력 = 입력. 합 d(k − 1)이 홀수이면 남는 한 칸을 뒤(오른쪽·아래)에 붙입니다.",
        "en": "Output = input at stride 1. When d(k − 1) is odd, the extra sample goes after (right/bottom).",
    },
    "stride.conv.note.full": {
        "ko": "양쪽에 d(k − 1)씩. 커널이 입력과 한 칸이라도 겹치는 모든 위치를 계산합니다.",
        "en": "d(k − 1) on each side: every position where the kernel overlaps the input at all.",
    },
    "stride.conv.note.tf_same": {
        "ko": "출력 = ⌈i/s⌉. 필요한 패딩이 입력 크기에 따라 달라지고, 홀수면 남는 칸을 뒤에 붙입니다.",
        "en": "Output = ⌈i/s⌉. The padding depends on the input size; an odd total puts the extra sample after.",
    },
    "stride.conv.note.causal": {
        "ko": "앞에만 d(k − 1)칸. 출력 t는 입력 t와 그 이전만 봅니다(시계열, WaveNet).",
        "en": "d(k − 1) in front only: output t sees input t and earlier (time series, WaveNet).",
    },
    "stride.conv.current": {"ko": "지금 쓰는 규칙: {kind}", "en": "Rule in use: {kind}"},
    # Sweep
    "stride.sweep.heading": {"ko": "매개변수 하나를 바꿔 보기", "en": "Sweep one parameter"},
    "stride.label.sweep": {"ko": "바꿀 매개변수", "en": "Parameter to sweep"},
    "stride.sweep.caption": {
        "ko": "{axis}의 나머지 설정은 그대로 두고 이 값만 슬라이더 범위 전체로 바꿉니다. 빨간 ×는 받아들여지지 않는 값(출력 없음)이고, 점선은 현재 값입니다.",
        "en": "The other settings of the {axis} stay fixed while this value takes every slider value. Red crosses are rejected values (no output); the dashed line is the current value.",
    },
    "stride.sweep.padding_numbers": {
        "ko": "패딩을 바꿀 때는 이름 붙은 규칙 대신 숫자(양쪽 같은 양)를 씁니다.",
        "en": "Sweeping the padding uses numbers (the same amount on both sides) instead of the named rule.",
    },
    "stride.sweep.col_pads": {"ko": "패딩 (앞, 뒤)", "en": "Pads (before, after)"},
    "stride.sweep.col_size": {"ko": "출력 크기", "en": "Output size"},
    "stride.sweep.col_remainder": {"ko": "끝에서 남는 칸", "en": "Leftover at the end"},
    "stride.sweep.col_note": {"ko": "거부된 이유", "en": "Why rejected"},
    "stride.sweep.valid": {"ko": "유효", "en": "valid"},
    "stride.sweep.invalid": {"ko": "거부됨", "en": "rejected"},
    "stride.sweep.status": {"ko": "상태", "en": "Status"},
    "stride.sweep.current": {"ko": "지금 {name}", "en": "Current {name}"},
    # Transposed convolution and output_padding
    "stride.transposed.heading": {
        "ko": "전치 합성곱과 output_padding",
        "en": "Transposed convolution and output_padding",
    },
    "stride.transposed.intro": {
        "ko": "전치 합성곱은 위 합성곱의 출력 크기 i′를 입력으로 받아 크기를 되돌립니다. padding은 결과의 양끝을 잘라 내고, output_padding은 끝에 칸을 더합니다.",
        "en": "A transposed convolution takes the convolution's output size i′ as its input and maps the size back. padding crops both ends of its result; output_padding adds samples at the end.",
    },
    "stride.label.output_padding": {
        "ko": "output_padding ({axis})",
        "en": "output_padding ({axis})",
    },
    "stride.help.output_padding": {
        "ko": "전치 합성곱 출력 끝에 더하는 칸 수. PyTorch는 max(스트라이드, 팽창)보다 작은 값만 받습니다.",
        "en": "Samples added at the end of the transposed output. PyTorch accepts only values below max(stride, dilation).",
    },
    "stride.transposed.needs_conv": {
        "ko": "위 합성곱 설정이 받아들여지지 않아 전치 합성곱의 입력 크기를 정할 수 없습니다. 먼저 위의 설명대로 설정을 고쳐 주세요.",
        "en": "The convolution above is rejected, so the transposed convolution has no input size yet. Fix the settings as explained above first.",
    },
    "stride.transposed.asymmetric": {
        "ko": "ConvTranspose의 padding은 축마다 하나의 수(양끝에서 같은 양을 자름)입니다. 앞뒤 패딩이 다르므로 여기서는 앞쪽 값 {pads}을 씁니다.",
        "en": "ConvTranspose takes one padding per axis, cropped equally from both ends. The pads here differ, so the page uses the leading amounts {pads}.",
    },
    "stride.transposed.zeros_only": {
        "ko": "PyTorch의 ConvTranspose는 padding_mode로 zeros만 받습니다. 전치 합성곱의 padding은 값을 채우는 것이 아니라 잘라 내는 양이기 때문입니다.",
        "en": "PyTorch's ConvTranspose layers accept only padding_mode='zeros': their padding is an amount cropped from the result, not values filled in.",
    },
    "stride.transposed.cells_heading": {
        "ko": "전치 합성곱 출력의 칸 ({shape})",
        "en": "Cells of the transposed output ({shape})",
    },
    "stride.transposed.cells_intro": {
        "ko": "입력을 모두 1, 커널도 모두 1로 두고 전치 합성곱을 계산했습니다. 그래서 각 칸의 값은 그 칸에 닿는 커널 탭의 수입니다. "
        "output_padding으로 더한 칸은 0으로 채워지는 것이 아닙니다. 탭이 닿는 곳에는 커널 기여가 들어가고, 어떤 탭도 닿지 않는 곳만 0입니다.",
        "en": "Both the input and the kernel are all ones here, so each cell's value is the number of kernel taps that land on it. "
        "The cells that output_padding adds are not filled with zeros: where taps reach they hold kernel contributions, and only the cells that no tap reaches are zero.",
    },
    "stride.transposed.cells_legend": {
        "ko": "점선 테두리: output_padding으로 더한 칸 중 커널 기여가 있는 칸 · 굵은 테두리: output_padding으로 더한 칸 중 어떤 탭도 닿지 않아 0인 칸",
        "en": "Dashed outline: cells added by output_padding that hold kernel contributions · thick outline: cells added by output_padding that no tap reaches, hence zero",
    },
    "stride.transposed.taps": {"ko": "닿는 탭 수", "en": "Taps landing here"},
    "stride.tcell.regular": {"ko": "일반 출력", "en": "regular output"},
    "stride.tcell.op_reached": {
        "ko": "output_padding: 커널 기여",
        "en": "output_padding: kernel contribution",
    },
    "stride.tcell.op_beyond": {
        "ko": "output_padding: 닿는 탭 없음 (0)",
        "en": "output_padding: no tap reaches it (0)",
    },
    "stride.op.heading": {"ko": "output_padding 탐색기", "en": "output_padding explorer"},
    "stride.op.preimages": {
        "ko": "이 설정의 합성곱은 입력 크기 {sizes}({count}개)를 모두 같은 출력 크기 {o}로 보냅니다. 스트라이드 {stride} 때문에 나눗셈의 나머지가 버려지기 때문입니다. "
        "그래서 전치 합성곱은 크기 {o}만 보고는 원래 크기를 알 수 없고, output_padding이 그중 하나를 고릅니다.",
        "en": "With these settings the convolution sends every input size in {sizes} ({count} of them) to the same output size {o}, because the stride {stride} drops the remainder of the division. "
        "So the transposed convolution cannot tell the original size from {o} alone, and output_padding picks one of them.",
    },
    "stride.op.preimage_one": {
        "ko": "이 설정에서 출력 크기 {o}이 되는 입력 크기는 {sizes} 하나뿐입니다. 그래서 전치 합성곱은 크기 {o}만 보고도 원래 크기를 알 수 있고, output_padding으로 고를 것이 없습니다.",
        "en": "With these settings only input size {sizes} gives output size {o}, so the size {o} alone tells the transposed convolution the original size and output_padding has nothing to choose.",
    },
    "stride.op.recover": {
        "ko": "지금 입력 크기 {n}을 되찾으려면 output_padding = **{value}**입니다.",
        "en": "To get the current input size {n} back, use output_padding = **{value}**.",
    },
    "stride.op.no_recover": {
        "ko": "대칭 padding 하나로는 지금 입력 크기 {n}을 되찾을 수 없습니다(앞뒤 패딩이 다른 규칙이기 때문입니다).",
        "en": "No output_padding gives the current input size {n} back with one symmetric padding (the rule in use pads the two sides differently).",
    },
    "stride.op.allowed": {
        "ko": "허용되는 값: 0 … max({stride}, {dilation}) − 1 = {limit} − 1 = {largest}. 스트라이드보다 작은 값은 위 입력 크기 중 하나를 고릅니다. "
        "팽창이 스트라이드보다 크면 PyTorch는 더 큰 값도 받지만, 그 크기는 합성곱을 다시 적용해도 같은 출력 크기로 돌아가지 않습니다.",
        "en": "Allowed values: 0 … max({stride}, {dilation}) − 1 = {limit} − 1 = {largest}. Values below the stride pick one of the input sizes above. "
        "When the dilation exceeds the stride PyTorch accepts larger values too, but the convolution does not map those sizes back to the same output size.",
    },
    "stride.op.col_size": {"ko": "전치 출력 크기", "en": "Transposed output size"},
    "stride.op.col_allowed": {"ko": "PyTorch 허용", "en": "Allowed by PyTorch"},
    "stride.op.col_inverts": {"ko": "합성곱하면 다시 같은 크기", "en": "Convolution maps it back"},
    "stride.op.col_current": {"ko": "지금 입력 크기", "en": "Current input size"},
    "stride.yes": {"ko": "예", "en": "yes"},
    "stride.no": {"ko": "아니오", "en": "no"},
    # Real image
    "stride.image.heading": {"ko": "실제 이미지에 적용하기", "en": "On a real image"},
    "stride.label.img_k": {"ko": "고정 커널", "en": "Fixed kernel"},
    "stride.img_k.edge": {
        "ko": "세로 경계 검출 (왼쪽 −, 오른쪽 +)",
        "en": "Vertical edges (left −, right +)",
    },
    "stride.img_k.blur": {"ko": "흐리기 (평균)", "en": "Blur (average)"},
    "stride.image.pads": {
        "ko": "위의 커널 크기·스트라이드·팽창·padding_mode를 그대로 썼고, 이 이미지에 적용한 패딩 (앞, 뒤)은 축마다 {pads}입니다.",
        "en": "Same kernel size, stride, dilation and padding_mode as above; the pads (before, after) applied to this image are {pads} per axis.",
    },
    "stride.image.input": {"ko": "입력 {shape}", "en": "Input {shape}"},
    "stride.image.output": {"ko": "출력 {shape}", "en": "Output {shape}"},
    "stride.image.position": {"ko": "입력 위치", "en": "Input position"},
    "stride.image.series": {"ko": "신호", "en": "Signal"},
    "stride.image.row_caption": {
        "ko": "이미지 가운데 행({n}칸)을 1D 신호로 썼습니다. 출력 {o}칸은 각자 자기 창의 가운데 위치에 그렸습니다.",
        "en": "The image's middle row ({n} samples) is the 1D signal. Each of the {o} output samples is drawn at the centre of its window.",
    },
    # Code
    "stride.code.heading": {"ko": "현재 설정의 코드", "en": "Code for these settings"},
    "stride.code.needs_conv": {
        "ko": "설정이 받아들여지지 않아 실행되는 코드를 만들 수 없습니다.",
        "en": "The settings are rejected, so there is no code that would run.",
    },
    # Self-check
    "stride.quiz.heading": {
        "ko": "스스로 확인: 출력 크기 맞히기",
        "en": "Self-check: predict the output size",
    },
    "stride.quiz.question": {
        "ko": "입력 크기 {n}, 커널 크기 {k}, 스트라이드 {s}, 한쪽 패딩 {p}, 팽창 {d}인 1D 합성곱의 출력 크기는?",
        "en": "A 1D convolution with input size {n}, kernel size {k}, stride {s}, padding {p} per side and dilation {d}: how long is the output?",
    },
    "stride.quiz.guess": {"ko": "내 예상", "en": "My prediction"},
    "stride.quiz.reveal": {"ko": "정답 보기", "en": "Reveal"},
    "stride.quiz.new": {"ko": "새 문제", "en": "New question"},
    "stride.quiz.right": {"ko": "정답입니다: {answer}.", "en": "Correct: {answer}."},
    "stride.quiz.wrong": {
        "ko": "정답은 {answer}입니다(예상 {guess}). 위 공식에서 어느 항이 달랐는지 확인해 보세요.",
        "en": "The answer is {answer} (you said {guess}). Check which term of the formula above differs.",
    },
}
