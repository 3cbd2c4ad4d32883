"""Korean–English glossary: one term per entry, used by the home page and all labels.

The Korean column fixes the terms the whole UI uses.
"""

TERMS: tuple[str, ...] = (
    "convolution",
    "cross_correlation",
    "kernel",
    "flip",
    "stride",
    "padding",
    "dilation",
    "output_padding",
    "transposed_convolution",
    "deconvolution",
    "upsampling",
    "pooling",
    "adjoint",
    "checkerboard",
    "skip_connection",
    "pixel_shuffle",
)

TEXT: dict[str, dict[str, str]] = {
    "glossary.convolution": {"ko": "합성곱", "en": "convolution"},
    "glossary.convolution.def": {
        "ko": "한 함수를 뒤집고 밀면서 다른 함수와 곱해 더하는 연산: (f * g)(x) = Σ f(t) g(x − t).",
        "en": "Multiply one function by a reversed, shifted copy of the other and sum: (f * g)(x) = Σ f(t) g(x − t).",
    },
    "glossary.cross_correlation": {"ko": "교차상관", "en": "cross-correlation"},
    "glossary.cross_correlation.def": {
        "ko": "커널을 뒤집지 않고 밀면서 곱해 더하는 연산. 딥러닝 라이브러리의 conv 층이 실제로 계산하는 것.",
        "en": "Slide the kernel without reversing it, multiply and sum. What deep-learning conv layers actually compute.",
    },
    "glossary.kernel": {"ko": "커널", "en": "kernel"},
    "glossary.kernel.def": {
        "ko": "입력 위를 움직이며 곱해지는 작은 가중치 배열. 학습되는 매개변수.",
        "en": "The small array of weights that slides over the input; the learned parameters.",
    },
    "glossary.flip": {"ko": "커널 뒤집기", "en": "kernel flip"},
    "glossary.flip.def": {
        "ko": "커널을 모든 축에서 거꾸로 놓는 것(2D에서는 180° 회전). 합성곱과 교차상관의 유일한 차이.",
        "en": "Reversing the kernel along every axis (a 180° rotation in 2D); the only difference between convolution and cross-correlation.",
    },
    "glossary.stride": {"ko": "스트라이드", "en": "stride"},
    "glossary.stride.def": {
        "ko": "커널 창이 한 번에 건너뛰는 칸 수. 크면 출력이 작아진다.",
        "en": "How many samples the kernel window moves per step; a larger stride gives a smaller output.",
    },
    "glossary.padding": {"ko": "패딩", "en": "padding"},
    "glossary.padding.def": {
        "ko": "입력 가장자리에 덧붙이는 값(0, 반사, 복제, 순환). 출력 크기와 가장자리 결과를 정한다.",
        "en": "Values added around the input (zeros, reflect, replicate, circular); they set the output size and the border results.",
    },
    "glossary.dilation": {"ko": "팽창", "en": "dilation"},
    "glossary.dilation.def": {
        "ko": "커널 원소 사이의 간격. 팽창 d인 크기 k 커널은 d(k − 1) + 1 칸을 덮는다.",
        "en": "The spacing between kernel taps; a kernel of size k with dilation d spans d(k − 1) + 1 samples.",
    },
    "glossary.output_padding": {"ko": "출력 패딩", "en": "output_padding"},
    "glossary.output_padding.def": {
        "ko": "전치 합성곱 출력 끝에 더하는 길이. 같은 크기로 줄어드는 여러 입력 크기 중 하나를 고른다.",
        "en": "Extra length at the end of a transposed convolution's output; it picks one of the input sizes that a strided convolution maps to the same size.",
    },
    "glossary.transposed_convolution": {"ko": "전치 합성곱", "en": "transposed convolution"},
    "glossary.transposed_convolution.def": {
        "ko": "합성곱 행렬 W의 전치 Wᵀ를 곱하는 연산. 입력 값마다 커널 사본을 흩뿌려 더하므로 크기를 키운다.",
        "en": "Multiplication by Wᵀ, the transpose of the convolution matrix W; each input value stamps a scaled kernel copy, so the size grows.",
    },
    "glossary.deconvolution": {"ko": "역합성곱(디컨볼루션)", "en": "deconvolution"},
    "glossary.deconvolution.def": {
        "ko": "f * g = h에서 h와 g를 알 때 f를 되찾는 역문제. 전치 합성곱과는 다른 것.",
        "en": "The inverse problem: given h and g with f * g = h, recover f. Not the same as transposed convolution.",
    },
    "glossary.upsampling": {"ko": "업샘플링", "en": "upsampling"},
    "glossary.upsampling.def": {
        "ko": "해상도를 키우는 연산: 최근접, 쌍선형 보간, 전치 합성곱, 픽셀 셔플.",
        "en": "Raising the resolution: nearest, bilinear, transposed convolution, pixel shuffle.",
    },
    "glossary.pooling": {"ko": "풀링", "en": "pooling"},
    "glossary.pooling.def": {
        "ko": "작은 영역을 하나의 값(최댓값, 평균)으로 줄이는 다운샘플링.",
        "en": "Downsampling that reduces each small window to one value (its maximum or mean).",
    },
    "glossary.adjoint": {"ko": "수반 연산자(전치)", "en": "adjoint (transpose)"},
    "glossary.adjoint.def": {
        "ko": "모든 x, y에 대해 ⟨Wx, y⟩ = ⟨x, Wᵀy⟩를 만족하는 연산. 실수 행렬에서는 전치.",
        "en": "The operator with ⟨Wx, y⟩ = ⟨x, Wᵀy⟩ for all x and y; for a real matrix, its transpose.",
    },
    "glossary.checkerboard": {"ko": "체커보드 아티팩트", "en": "checkerboard artifact"},
    "glossary.checkerboard.def": {
        "ko": "전치 합성곱에서 커널 사본이 고르지 않게 겹쳐 생기는 격자 무늬.",
        "en": "A grid pattern left by a transposed convolution whose kernel copies overlap unevenly.",
    },
    "glossary.skip_connection": {"ko": "스킵 연결", "en": "skip connection"},
    "glossary.skip_connection.def": {
        "ko": "인코더의 특징 맵을 같은 해상도의 디코더에 더하거나 이어 붙이는 연결.",
        "en": "A link that adds or concatenates an encoder feature map to the decoder level of the same resolution.",
    },
    "glossary.pixel_shuffle": {"ko": "픽셀 셔플", "en": "pixel shuffle"},
    "glossary.pixel_shuffle.def": {
        "ko": "r²개의 채널을 r × r 블록으로 재배치해 해상도를 r배로 키우는 연산(서브픽셀 합성곱).",
        "en": "Rearranging r² channels into r × r blocks to raise the resolution r times (sub-pixel convolution).",
    },
}
