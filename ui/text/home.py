"""Home page text: what the explorer teaches, the story of the names, the glossary."""

# Names of transposed convolution, in the order the home page lists them.
NAMES: tuple[str, ...] = (
    "transposed",
    "deconvolution",
    "upconvolution",
    "backwards_strided",
    "fractionally_strided",
)

TEXT: dict[str, dict[str, str]] = {
    "home.title": {"ko": "합성곱 탐험기", "en": "Conv Explorer"},
    "home.intro": {
        "ko": 'CNN이 "합성곱"이라고 부르는 연산과 "전치 합성곱"이 실제로 무엇을 계산하는지, 그리고 그 이름이 어디서 왔는지를 슬라이더와 실제 이미지로 직접 확인하는 학습 도구입니다.',
        "en": 'A hands-on guide, with sliders and real images, to what a CNN\'s "convolution" and "transposed convolution" actually compute, and where their names come from.',
    },
    "home.how_heading": {"ko": "사용법", "en": "How to use it"},
    "home.how": {
        "ko": "- 왼쪽 사이드바에서 언어, 페이지, 이미지를 고릅니다. 직접 찍거나 올린 사진도 쓸 수 있습니다.\n- 각 페이지의 슬라이더를 움직이면 결과가 바로 다시 계산됩니다.\n- 설정은 주소(URL)에 담기므로, 주소를 복사해 보내면 같은 화면이 열립니다.\n- 각 페이지에는 같은 숫자를 내는 NumPy/PyTorch 코드가 있어 직접 확인해 볼 수 있습니다.",
        "en": "- Pick the language, a page and an image in the left sidebar; your own photo or upload works too.\n- Move a page's sliders and the results are recomputed at once.\n- The settings are kept in the URL, so a copied link opens the same view.\n- Each page shows NumPy/PyTorch code that gives the same numbers, so you can check them yourself.",
    },
    "home.pages_heading": {"ko": "페이지", "en": "Pages"},
    "home.page.flip": {
        "ko": "커널을 뒤집으면 언제 결과가 달라지고 언제 그대로인지, 1D 신호와 2D 이미지에서 봅니다.",
        "en": "See when flipping the kernel changes the result and when it cannot, on 1D signals and 2D images.",
    },
    "home.page.stride": {
        "ko": "스트라이드, 패딩, 팽창이 출력 크기와 각 출력이 보는 입력 칸을 어떻게 정하는지 봅니다.",
        "en": "See how stride, padding and dilation set the output size and which inputs each output reads.",
    },
    "home.page.matrix": {
        "ko": "합성곱을 희소 행렬 W로 쓰고, Wᵀ가 전치 합성곱이며 W의 역행렬이 아님을 확인합니다.",
        "en": "Write a convolution as a sparse matrix W, and check that Wᵀ is the transposed convolution and not W's inverse.",
    },
    "home.page.unet": {
        "ko": "U-Net처럼 줄였다가 전치 합성곱으로 되살리고, 체커보드 무늬가 생기는 이유와 해결책을 봅니다.",
        "en": "Shrink an image and restore it with transposed convolutions, U-Net style, and see where checkerboard artifacts come from and how to avoid them.",
    },
    "home.story_heading": {"ko": "이름의 역사", "en": "Where the names come from"},
    "home.story.analysis_heading": {"ko": "해석학의 합성곱", "en": "Convolution in analysis"},
    "home.story.analysis": {
        "ko": "수학에서 두 함수 f, g의 합성곱은 다음 적분입니다. g를 좌우로 뒤집어(t → −t) x만큼 옮긴 뒤 f와 곱해 넓이를 구합니다. 정의에서 곧바로 f * g = g * f가 나옵니다.",
        "en": "In mathematics the convolution of two functions f and g is the integral below: reverse g (t → −t), shift it by x, multiply by f and take the area. The definition gives f * g = g * f directly.",
    },
    "home.story.discrete_heading": {"ko": "이산 합성곱", "en": "Discrete convolution"},
    "home.story.discrete": {
        "ko": "신호와 이미지는 표본의 나열이므로 적분이 합으로 바뀝니다. 합성곱에서 뒤집혀 곱해지는 쪽을 커널이라고 부르며, 이 이름이 신경망까지 이어졌습니다.",
        "en": "Signals and images are sequences of samples, so the integral becomes a sum. The factor that gets reversed is called the kernel, a name that carried over to neural networks.",
    },
    "home.story.flip_heading": {
        "ko": "커널 뒤집기와 교차상관",
        "en": "Kernel flipping and cross-correlation",
    },
    "home.story.flip": {
        "ko": "CNN의 conv 층은 커널을 뒤집지 않고 그대로 밀면서 곱해 더합니다. 수학 용어로는 이것이 교차상관입니다. 커널이 학습되는 값이라 뒤집힌 채로 학습해도 결과는 같으므로 실용적으로는 문제가 없지만, 고정된 커널(소벨, 엠보스)을 쓸 때나 논문의 수식을 코드로 옮길 때는 차이가 드러납니다.",
        "en": "A CNN's conv layer slides the kernel without reversing it, multiplying and summing. In mathematical terms that is cross-correlation. Since the kernel is learned, a network simply learns the reversed kernel, so nothing breaks in practice; the difference shows when you apply a fixed kernel (Sobel, emboss) or turn a formula from a paper into code.",
    },
    "home.names_heading": {
        "ko": "전치 합성곱의 여러 이름",
        "en": "The many names of transposed convolution",
    },
    "home.names_intro": {
        "ko": "합성곱은 행렬 W를 곱하는 선형 연산입니다. 업샘플링 층은 그 전치 Wᵀ를 곱합니다. 이 관계가 알려지기 전에 붙은 이름들이 아직 쓰이는데, 각각 연산의 한 면만 보거나 다른 연산을 가리킵니다.",
        "en": "A convolution is a linear map, multiplication by a matrix W; the upsampling layer multiplies by its transpose Wᵀ. Names coined before that link was clear are still in use, and each describes one view of the operation or a different operation.",
    },
    "home.names.col_name": {"ko": "이름", "en": "Name"},
    "home.names.col_meaning": {"ko": "실제 뜻", "en": "What it really means"},
    "home.names.col_accurate": {"ko": "정확한가?", "en": "Accurate?"},
    "home.names.col_page": {"ko": "보여 주는 페이지", "en": "Shown on"},
    "home.name.transposed": {
        "ko": "전치 합성곱 (transposed convolution)",
        "en": "transposed convolution",
    },
    "home.name.transposed.meaning": {
        "ko": "합성곱 행렬 W의 전치 Wᵀ를 곱한다. 입력 값마다 커널 사본을 흩뿌려 겹치는 곳을 더한다.",
        "en": "Multiply by Wᵀ, the transpose of the convolution matrix: each input value stamps a scaled kernel copy and overlaps add up.",
    },
    "home.name.transposed.accurate": {"ko": "정확함", "en": "Yes"},
    "home.name.deconvolution": {"ko": "디컨볼루션 (deconvolution)", "en": "deconvolution"},
    "home.name.deconvolution.meaning": {
        "ko": "원래 뜻은 f * g = h에서 f를 되찾는 역문제. Wᵀ는 W의 역행렬이 아니므로 흐려진 이미지를 되돌리지 못한다.",
        "en": "Properly, the inverse problem of recovering f from f * g = h. Wᵀ is not W's inverse, so it does not undo a blur.",
    },
    "home.name.deconvolution.accurate": {
        "ko": "틀림 (다른 연산)",
        "en": "No (a different operation)",
    },
    "home.name.upconvolution": {"ko": "업컨볼루션 (upconvolution)", "en": "upconvolution"},
    "home.name.upconvolution.meaning": {
        "ko": "U-Net 논문의 표현으로, 크기를 키우는 합성곱이라는 역할만 말한다. 어떻게 키우는지는 말하지 않는다.",
        "en": "The U-Net paper's word: it names the role, a convolution that enlarges, but not how it enlarges.",
    },
    "home.name.upconvolution.accurate": {
        "ko": "모호함 (역할만 설명)",
        "en": "Vague (names the role only)",
    },
    "home.name.backwards_strided": {
        "ko": "역방향 스트라이드 합성곱 (backwards strided convolution)",
        "en": "backwards strided convolution",
    },
    "home.name.backwards_strided.meaning": {
        "ko": "스트라이드 합성곱을 역전파할 때 입력에 대한 기울기가 바로 Wᵀ를 곱한 것이라는 데서 왔다. 계산은 맞지만 '역'이 역함수로 오해되기 쉽다.",
        "en": 'From backpropagation: the gradient of a strided convolution with respect to its input is exactly Wᵀ times the output gradient. Right computation, but "backwards" is easily misread as an inverse.',
    },
    "home.name.backwards_strided.accurate": {"ko": "부분적으로 정확함", "en": "Partly"},
    "home.name.fractionally_strided": {
        "ko": "분수 스트라이드 합성곱 (fractionally strided convolution)",
        "en": "fractionally strided convolution",
    },
    "home.name.fractionally_strided.meaning": {
        "ko": "입력 사이에 0을 (s − 1)개씩 끼우고 뒤집은 커널로 스트라이드 1 합성곱을 하면 같은 결과가 나온다. 입력 기준으로 한 칸에 1/s씩 움직이는 셈이다.",
        "en": "Insert s − 1 zeros between input samples and convolve with the flipped kernel at stride 1: same result. Measured on the input, the window moves 1/s of a sample per step.",
    },
    "home.name.fractionally_strided.accurate": {
        "ko": "정확함 (한 가지 구현 관점)",
        "en": "Yes (one way to compute it)",
    },
    "home.formula.cnn_note": {"ko": "(CNN: 뒤집지 않음)", "en": "(CNN: no flip)"},
    "home.glossary_heading": {"ko": "용어 대조표", "en": "Glossary (Korean–English)"},
    "home.glossary.col_ko": {"ko": "한국어", "en": "Korean"},
    "home.glossary.col_en": {"ko": "영어", "en": "English"},
    "home.glossary.col_def": {"ko": "뜻", "en": "Meaning"},
    "home.source_note": {
        "ko": '이 앱은 "Convolution과 Transposed Convolution: 어디서 온 이름인가?"라는 글에서 출발했습니다. 설명은 모두 새로 썼습니다.',
        "en": 'This app grew out of the Korean article "Convolution and Transposed Convolution: where do the names come from?". All explanations here are written anew.',
    },
}
