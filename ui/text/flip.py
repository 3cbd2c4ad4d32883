"""Text of the flip page (convolution vs cross-correlation)."""

TEXT: dict[str, dict[str, str]] = {
    "flip.intro": {
        "ko": "딥러닝 라이브러리가 합성곱(convolution)이라고 부르는 연산은 사실 **교차상관**입니다. 수학의 **합성곱**은 커널을 뒤집은 다음(2D에서는 180° 회전) 밀면서 곱해 더합니다. 아래 스위치 하나로 두 연산을 오가며, 뒤집기가 어디에 들어가는지, 언제 결과를 바꾸고 언제 바꿀 수 없는지 확인해 보세요.",
        "en": "What deep-learning libraries call convolution is really **cross-correlation**. Mathematical **convolution** first reverses the kernel (a 180° rotation in 2D), then slides, multiplies and sums. Switch between the two with the toggle below and see where the flip sits, when it changes the answer and when it cannot.",
    },
    "flip.toggle": {
        "ko": "커널 뒤집기 (켜면 수학의 합성곱, 끄면 CNN의 교차상관)",
        "en": "Flip the kernel (on: mathematical convolution, off: CNN cross-correlation)",
    },
    "flip.toggle_help": {
        "ko": "이 페이지의 모든 탭이 이 스위치를 따릅니다. 주소의 flip=1 이 켠 상태입니다.",
        "en": "Every tab on this page follows this toggle; flip=1 in the URL means on.",
    },
    "flip.now_conv": {
        "ko": "지금은 **합성곱**입니다. 커널을 뒤집어서 씁니다. 교차상관 결과는 회색 점선이나 옆 그림으로 함께 보여 줍니다.",
        "en": "Now computing **convolution**: the kernel is reversed before it slides. The cross-correlation result is shown alongside (grey dashes or the neighbouring image).",
    },
    "flip.now_corr": {
        "ko": "지금은 **교차상관**입니다. PyTorch의 `conv2d`처럼 커널을 뒤집지 않고 그대로 밉니다. 합성곱 결과는 회색 점선이나 옆 그림으로 함께 보여 줍니다.",
        "en": "Now computing **cross-correlation**: the kernel slides unreversed, as PyTorch's `conv2d` does. The convolution result is shown alongside (grey dashes or the neighbouring image).",
    },
    "flip.op.conv": {"ko": "합성곱", "en": "convolution"},
    "flip.op.corr": {"ko": "교차상관", "en": "cross-correlation"},
    "flip.section": {"ko": "볼 부분", "en": "Section"},
    "flip.section_help": {
        "ko": "한 번에 한 부분만 그립니다. 스위치와 설정은 부분을 바꿔도 그대로 남습니다.",
        "en": "One section is drawn at a time; the toggle and the settings stay as they are when you switch.",
    },
    "flip.edit.too_large": {
        "ko": "절댓값이 {limit}보다 큰 값 {count}개는 쓰지 않았습니다. 더 작은 수를 입력해 주세요.",
        "en": "Left out {count} value(s) larger than {limit} in absolute value; type smaller numbers.",
    },
    "flip.nonfinite": {
        "ko": "결과가 너무 커서 유한한 수로 나타낼 수 없습니다. 입력한 값을 줄여 주세요.",
        "en": "The result is too large to be a finite number; make the typed values smaller.",
    },
    "flip.tab.continuous": {"ko": "연속 함수", "en": "Continuous"},
    "flip.tab.discrete": {"ko": "1D 이산 신호", "en": "Discrete 1D"},
    "flip.tab.image": {"ko": "2D 이미지", "en": "2D image"},
    "flip.tab.quiz": {"ko": "예측하고 확인하기", "en": "Predict, then reveal"},
    "flip.tab.code": {"ko": "코드", "en": "Code"},
    # Continuous view
    "flip.cont.intro": {
        "ko": "두 함수 f와 g를 고르고 x를 움직여 보세요. 왼쪽 그림은 f, 자리를 옮긴 g, 그리고 두 함수의 곱입니다. 색칠한 넓이가 그 x에서의 결괏값이고, 오른쪽 그림은 x를 따라 그 값을 이어 그린 곡선입니다.",
        "en": "Pick two functions f and g and move x. The left plot shows f, the moved copy of g and their product; the shaded area is the result at that x, and the right plot traces that value as x moves.",
    },
    "flip.cont.convention": {
        "ko": "이 페이지의 약속: 합성곱은 (f * g)(x) = ∫ f(t) g(x − t) dt, 교차상관은 CNN처럼 커널 g를 뒤집지 않고 미는 (f ⋆ g)(x) = ∫ f(x + t) g(t) dt 입니다. 두 그림을 같은 축에 그리려고 s = x + t 로 바꿔 적었습니다. 교재에 따라 ∫ f(t) g(x + t) dt 처럼 두 함수의 역할을 바꿔 정의하기도 하는데, 그러면 결과가 좌우로 뒤집힌 (f ⋆ g)(−x)가 됩니다.",
        "en": "Convention on this page: convolution is (f * g)(x) = ∫ f(t) g(x − t) dt; cross-correlation, as CNNs compute it, slides the kernel g unreversed: (f ⋆ g)(x) = ∫ f(x + t) g(t) dt, written with s = x + t so that both use the same axis. Some texts swap the roles, ∫ f(t) g(x + t) dt, which mirrors the result: (f ⋆ g)(−x).",
    },
    "flip.cont.f": {"ko": "함수 f (입력)", "en": "Function f (input)"},
    "flip.cont.g": {"ko": "함수 g (커널)", "en": "Function g (kernel)"},
    "flip.cont.x_help": {
        "ko": "커널 g를 옮기는 거리입니다. 결과 곡선은 이 x까지 그려집니다.",
        "en": "How far the kernel g is moved; the result curve is traced up to this x.",
    },
    "flip.cont.f_label": {"ko": "f(s)", "en": "f(s)"},
    "flip.cont.g_flipped": {"ko": "g(x − s): 뒤집어 옮김", "en": "g(x − s): reversed, moved"},
    "flip.cont.g_shifted": {"ko": "g(s − x): 그대로 옮김", "en": "g(s − x): moved as is"},
    "flip.cont.product": {"ko": "곱 (넓이 = 값)", "en": "product (area = value)"},
    "flip.cont.untraced": {
        "ko": "흐린 초록 선은 아직 x에 이르지 않은 부분입니다. x를 오른쪽으로 옮기면 진하게 채워집니다.",
        "en": "The faint green part lies beyond x; move x to the right and it fills in.",
    },
    "flip.cont.s_axis": {"ko": "적분 변수 s", "en": "integration variable s"},
    "flip.cont.value_axis": {"ko": "값", "en": "value"},
    "flip.cont.series": {"ko": "곡선", "en": "curve"},
    "flip.cont.product_title_conv": {
        "ko": "**x = {x} 에서 합성곱:** g를 뒤집어 x만큼 옮긴 뒤 f와 곱합니다",
        "en": "**Convolution at x = {x}:** g reversed, moved to x, times f",
    },
    "flip.cont.product_title_corr": {
        "ko": "**x = {x} 에서 교차상관:** g를 그대로 x만큼 옮긴 뒤 f와 곱합니다",
        "en": "**Cross-correlation at x = {x}:** g moved to x without reversal, times f",
    },
    "flip.cont.curve_title": {
        "ko": "**{op} 곡선** (진한 선: x까지 그린 부분, 회색 점선: 다른 연산)",
        "en": "**The {op} curve** (bold: traced up to x; grey dashes: the other operation)",
    },
    "flip.cont.result_conv": {"ko": "합성곱 (f * g)(x)", "en": "convolution (f * g)(x)"},
    "flip.cont.result_corr": {"ko": "교차상관 (f ⋆ g)(x)", "en": "cross-correlation (f ⋆ g)(x)"},
    "flip.cont.area_note": {
        "ko": "적분은 s ∈ [−8, 8]에서 0.0025 간격의 사다리꼴 공식으로 계산한 근삿값입니다.",
        "en": "The integral is approximated with the trapezoidal rule on s ∈ [−8, 8] with a step of 0.0025.",
    },
    "flip.cont.divergent": {
        "ko": "계단 함수끼리의 교차상관은 실수 전체에서 적분하면 무한대입니다(두 함수 모두 오른쪽 끝까지 1). 여기 보이는 값은 s ∈ [−8, 8] 구간만 적분한 값입니다.",
        "en": "The cross-correlation of two steps is infinite over the whole real line (both stay 1 to the right); the values shown integrate over s ∈ [−8, 8] only.",
    },
    "flip.cont.same_note": {
        "ko": "f와 g가 같으면 교차상관 곡선은 항상 x = 0에서 좌우 대칭입니다(자기상관). 합성곱은 그렇지 않을 수 있습니다.",
        "en": "With f equal to g, the cross-correlation curve is always symmetric about x = 0 (an autocorrelation); the convolution need not be.",
    },
    "flip.preset.box": {"ko": "상자 (box)", "en": "Box"},
    "flip.preset.triangle": {"ko": "삼각형", "en": "Triangle"},
    "flip.preset.gaussian": {"ko": "가우시안", "en": "Gaussian"},
    "flip.preset.exponential": {
        "ko": "지수 감쇠 e^(−t)",
        "en": "Decay e^(−t)",
    },
    "flip.preset.step": {"ko": "계단 함수", "en": "Step"},
    "flip.preset.ramp": {
        "ko": "비대칭 경사",
        "en": "Ramp (asymmetric)",
    },
    # Discrete 1D
    "flip.d1.intro": {
        "ko": "이산 신호에서는 적분이 합으로 바뀝니다. 커널을 패딩 없이 신호 안에서만 밀기 때문에(valid) 출력 길이는 n − k + 1입니다. 교차상관은 y[n] = Σⱼ x[n + j] k[j], 합성곱은 같은 창에 뒤집힌 커널 k[k − 1 − j]를 곱합니다.",
        "en": "For discrete signals the integral becomes a sum. The kernel stays inside the signal (valid, no padding), so the output has n − k + 1 samples. Cross-correlation is y[n] = Σⱼ x[n + j] k[j]; convolution multiplies the same window by the reversed kernel k[k − 1 − j].",
    },
    "flip.d1.signal": {"ko": "신호", "en": "Signal"},
    "flip.d1.custom_signal": {"ko": "직접 입력", "en": "Type my own values"},
    "flip.d1.custom_help": {
        "ko": "값을 고치거나 맨 아래 행에서 새 값을 추가하세요. 빈 칸은 무시합니다.",
        "en": "Edit a value or add one in the last row; empty cells are ignored.",
    },
    "flip.d1.custom_caption": {"ko": "직접 입력한 값 {count}개", "en": "{count} typed values"},
    "flip.d1.kernel": {"ko": "1D 커널", "en": "1D kernel"},
    "flip.d1.kernel_caption": {
        "ko": "커널 k = [{kernel}], 뒤집은 커널 = [{reversed}]",
        "en": "Kernel k = [{kernel}]; reversed: [{reversed}]",
    },
    "flip.k1.decay": {
        "ko": "감쇠 [0.5, 0.3, 0.2] (비대칭)",
        "en": "Decay [0.5, 0.3, 0.2] (asymmetric)",
    },
    "flip.k1.difference": {
        "ko": "차분 [−1, 0, 1] (뒤집으면 부호 반대)",
        "en": "Difference [−1, 0, 1] (reversal negates it)",
    },
    "flip.k1.moving_average": {
        "ko": "이동 평균 3칸 (대칭)",
        "en": "Moving average of 3 (symmetric)",
    },
    "flip.k1.binomial": {
        "ko": "이항 [1, 4, 6, 4, 1]/16 (대칭)",
        "en": "Binomial [1, 4, 6, 4, 1]/16 (symmetric)",
    },
    "flip.k1.custom": {"ko": "직접 입력", "en": "Type my own values"},
    "flip.d1.position": {"ko": "출력 위치 n", "en": "Output position n"},
    "flip.d1.position_help": {
        "ko": "계산 과정을 펼쳐 볼 출력 샘플입니다. 입력의 창은 x[n] … x[n + k − 1]입니다.",
        "en": "The output sample whose sum is listed below; its window is x[n] … x[n + k − 1].",
    },
    "flip.d1.pos_clamped": {
        "ko": "출력이 {last}번까지만 있어서 위치를 {last}로 옮겼습니다.",
        "en": "The output ends at position {last}, so the position moved to {last}.",
    },
    "flip.d1.single_output": {
        "ko": "커널 길이가 신호 길이와 같아서 출력이 하나뿐입니다.",
        "en": "The kernel is as long as the signal, so there is a single output sample.",
    },
    "flip.d1.index_axis": {"ko": "입력 위치 m", "en": "input position m"},
    "flip.d1.signal_axis": {"ko": "x[m]", "en": "x[m]"},
    "flip.d1.weights_in_table": {
        "ko": "커널이 길어 그림에는 가중치를 적지 않았습니다. 아래 표에서 항마다 보세요.",
        "en": "The kernel is long, so the chart leaves out the weights; the table below lists them term by term.",
    },
    "flip.d1.signal_title": {
        "ko": "입력과 커널 창 (곱해지는 가중치)",
        "en": "Input and the kernel window (weights applied)",
    },
    "flip.d1.output_index_axis": {"ko": "출력 위치 n", "en": "output position n"},
    "flip.d1.output_axis": {"ko": "y[n]", "en": "y[n]"},
    "flip.d1.output_title": {"ko": "출력", "en": "Output"},
    "flip.d1.conv": {"ko": "합성곱", "en": "convolution"},
    "flip.d1.corr": {"ko": "교차상관", "en": "cross-correlation"},
    "flip.d1.terms_title": {
        "ko": "**y[{n}] 을 항별로 ({op})**",
        "en": "**y[{n}] term by term ({op})**",
    },
    "flip.d1.col_tap": {"ko": "항 j", "en": "term j"},
    "flip.d1.col_signal_index": {"ko": "입력 위치 m", "en": "input position m"},
    "flip.d1.col_signal_value": {"ko": "x[m]", "en": "x[m]"},
    "flip.d1.col_kernel_index": {"ko": "커널 위치", "en": "kernel index"},
    "flip.d1.col_kernel_value": {"ko": "커널 값", "en": "kernel value"},
    "flip.d1.col_product": {"ko": "곱", "en": "product"},
    "flip.d1.value_label": {"ko": "y[{n}] = 곱의 합", "en": "y[{n}] = sum of the products"},
    "flip.d1.terms_note_conv": {
        "ko": "합성곱: 입력 위치가 늘어날 때 커널 위치는 줄어듭니다. 커널을 거꾸로 읽는 셈입니다.",
        "en": "Convolution: as the input position goes up, the kernel index goes down; the kernel is read backwards.",
    },
    "flip.d1.terms_note_corr": {
        "ko": "교차상관: 입력 위치와 커널 위치가 함께 늘어납니다. 커널을 적힌 순서대로 읽습니다.",
        "en": "Cross-correlation: the input position and the kernel index rise together; the kernel is read as written.",
    },
    # Commutativity
    "flip.comm.heading": {
        "ko": "교환법칙: f * g = g * f, 하지만 f ⋆ g ≠ g ⋆ f",
        "en": "Commutativity: f * g = g * f, but f ⋆ g ≠ g ⋆ f",
    },
    "flip.comm.intro": {
        "ko": "위의 신호를 f, 커널을 g로 두고 두 순서로 모두 계산했습니다. 겹치는 부분을 모두 남기려고 양쪽에 길이 − 1만큼 0을 덧붙였습니다(full).",
        "en": "With the signal above as f and the kernel as g, both orders are computed, padded with length − 1 zeros on each side (full) so that every overlap is kept.",
    },
    "flip.comm.conv_title": {
        "ko": "합성곱: 두 곡선이 겹칩니다",
        "en": "Convolution: the two curves coincide",
    },
    "flip.comm.corr_title": {
        "ko": "교차상관: g ⋆ f는 f ⋆ g를 거꾸로 한 것",
        "en": "Cross-correlation: g ⋆ f is f ⋆ g reversed",
    },
    "flip.comm.reversed": {"ko": "g ⋆ f 를 거꾸로", "en": "g ⋆ f reversed"},
    "flip.comm.coincide": {
        "ko": "두 그림 모두 점선은 굵은 초록 선과 정확히 겹칩니다. 초록 선을 굵게 그려 점선 틈으로 보이게 했습니다.",
        "en": "In both charts the dashed line lies exactly on the thick green one; the green line is drawn wider so that it shows between the dashes.",
    },
    "flip.comm.conv_gap": {"ko": "max |f * g − g * f|", "en": "max |f * g − g * f|"},
    "flip.comm.corr_gap": {"ko": "max |f ⋆ g − g ⋆ f|", "en": "max |f ⋆ g − g ⋆ f|"},
    "flip.comm.corr_reversed_gap": {
        "ko": "max |f ⋆ g − (g ⋆ f 거꾸로)|",
        "en": "max |f ⋆ g − (g ⋆ f reversed)|",
    },
    "flip.comm.why": {
        "ko": "합성곱에서는 두 함수의 위치 합이 항상 n이라서(m + (n − m) = n) 역할을 바꿔도 같은 곱들을 더합니다. 교차상관은 위치의 차이를 쓰므로 순서를 바꾸면 이동 방향이 반대가 되어 결과가 좌우로 뒤집힙니다.",
        "en": "In convolution the two positions always add up to n (m + (n − m) = n), so swapping the roles sums the same products. Cross-correlation uses the difference of positions, so swapping the order reverses the shift and mirrors the result.",
    },
    # Impulse response
    "flip.imp.heading": {
        "ko": "임펄스 응답: 가장 빠른 판별법",
        "en": "Impulse response: the quickest test",
    },
    "flip.imp.intro": {
        "ko": "값 하나만 1이고 나머지는 0인 단위 임펄스에 커널을 적용하면, 합성곱은 커널을 그대로 돌려주고 교차상관은 거꾸로 돌려줍니다. 어떤 라이브러리가 무엇을 계산하는지 궁금하면 임펄스를 넣어 보세요.",
        "en": "Apply the kernel to a unit impulse (a single 1 among zeros): convolution returns the kernel itself, cross-correlation returns it reversed. To find out what a library computes, feed it an impulse.",
    },
    "flip.imp.col_kernel": {"ko": "커널", "en": "kernel"},
    "flip.imp.col_conv": {"ko": "임펄스 * 커널 (합성곱)", "en": "impulse * kernel (convolution)"},
    "flip.imp.col_corr": {
        "ko": "임펄스 ⋆ 커널 (교차상관)",
        "en": "impulse ⋆ kernel (cross-correlation)",
    },
    "flip.imp.test_note": {
        "ko": "임펄스는 길이 2k − 1, 가운데 하나만 1이며 valid 출력(길이 k)을 보여 줍니다. PyTorch의 F.conv1d에 넣으면 거꾸로 된 커널이 나옵니다. 교차상관이라는 뜻입니다.",
        "en": "The impulse has length 2k − 1 with its 1 in the middle; the valid output (length k) is shown. PyTorch's F.conv1d returns the reversed kernel: it cross-correlates.",
    },
    # 2D image
    "flip.d2.intro": {
        "ko": "실제 이미지에 같은 커널을 두 방식으로 적용합니다. 가장자리는 0으로 패딩해서 출력 크기가 입력과 같습니다(same). 이미지는 왼쪽 사이드바에서 바꿀 수 있습니다.",
        "en": "The same kernel is applied to a real image both ways, zero-padded so that the output keeps the input's size (same). Change the image in the sidebar.",
    },
    "flip.d2.kernel": {"ko": "2D 커널", "en": "2D kernel"},
    "flip.k2.identity": {"ko": "항등 (identity)", "en": "Identity"},
    "flip.k2.box_blur": {"ko": "상자 흐림 (box blur)", "en": "Box blur"},
    "flip.k2.gaussian": {"ko": "가우시안 흐림", "en": "Gaussian blur"},
    "flip.k2.sharpen": {"ko": "선명하게 (sharpen)", "en": "Sharpen"},
    "flip.k2.sobel_x": {"ko": "소벨 x (세로 모서리)", "en": "Sobel x (vertical edges)"},
    "flip.k2.sobel_y": {"ko": "소벨 y (가로 모서리)", "en": "Sobel y (horizontal edges)"},
    "flip.k2.prewitt_x": {"ko": "프리윗 x", "en": "Prewitt x"},
    "flip.k2.emboss": {"ko": "엠보스 (양각)", "en": "Emboss"},
    "flip.k2.laplacian": {"ko": "라플라시안", "en": "Laplacian"},
    "flip.k2.motion_blur": {
        "ko": "모션 블러 (한쪽 대각선)",
        "en": "Motion blur (one-sided diagonal)",
    },
    "flip.k2.custom": {"ko": "직접 입력 (3 × 3)", "en": "Custom (3 × 3)"},
    "flip.d2.custom_help": {
        "ko": "칸을 눌러 값을 바꾸세요. 기본값은 가운데 바로 위만 1인 커널입니다. 교차상관은 이미지를 한쪽으로, 합성곱은 반대쪽으로 한 칸 옮깁니다.",
        "en": "Click a cell to change it. The default has a single 1 just above the centre: cross-correlation shifts the image one way, convolution the other.",
    },
    "flip.d2.kernel_title": {"ko": "커널", "en": "Kernel"},
    "flip.d2.flipped_title": {"ko": "180° 돌린 커널", "en": "Kernel rotated 180°"},
    "flip.d2.sym.invariant": {
        "ko": "이 커널은 180° 돌려도 똑같습니다. 그래서 합성곱과 교차상관이 모든 픽셀에서 정확히 같은 수를 곱해 더하고, 차이는 정확히 0입니다. 스위치를 눌러도 아무것도 바뀌지 않습니다.",
        "en": "This kernel is unchanged by a 180° rotation, so convolution and cross-correlation multiply and add exactly the same numbers at every pixel: the difference is exactly zero and the toggle changes nothing.",
    },
    "flip.d2.sym.negated": {
        "ko": "이 커널은 위아래(또는 좌우) 대칭이지만 180° 돌리면 부호가 반대가 됩니다. 그래서 합성곱 = −교차상관이고, 밝아지는 모서리와 어두워지는 모서리의 색이 서로 바뀝니다. 거울 대칭만으로는 부족합니다.",
        "en": "This kernel is mirror-symmetric, but its 180° rotation is its negative, so convolution = −cross-correlation: edges that get brighter and edges that get darker swap colours. Mirror symmetry alone is not enough.",
    },
    "flip.d2.sym.asymmetric": {
        "ko": "이 커널은 180° 돌리면 다른 커널이 됩니다. 합성곱과 교차상관의 결과가 다르며, 부호만 바뀌는 것도 아닙니다.",
        "en": "Rotating this kernel by 180° gives a different kernel: convolution and cross-correlation differ, and not just by a sign.",
    },
    "flip.d2.used_conv": {
        "ko": "스위치가 켜져 있으므로 오른쪽의 돌린 커널이 이미지 위를 움직입니다.",
        "en": "The toggle is on, so the rotated kernel on the right is the one that slides over the image.",
    },
    "flip.d2.used_corr": {
        "ko": "스위치가 꺼져 있으므로 왼쪽 커널이 그대로 이미지 위를 움직입니다.",
        "en": "The toggle is off, so the kernel on the left slides over the image as it is.",
    },
    "flip.d2.input": {"ko": "입력 ({shape})", "en": "Input ({shape})"},
    "flip.d2.corr_image": {"ko": "교차상관 (CNN의 conv)", "en": "Cross-correlation (a CNN's conv)"},
    "flip.d2.conv_image": {"ko": "합성곱 (커널 뒤집음)", "en": "Convolution (kernel flipped)"},
    "flip.d2.current": {"ko": "← 지금 선택", "en": "← current setting"},
    "flip.d2.diff_image": {
        "ko": "차이: 합성곱 − 교차상관",
        "en": "Difference: convolution − cross-correlation",
    },
    "flip.d2.max_diff": {"ko": "차이의 최대 절댓값", "en": "Largest absolute difference"},
    "flip.d2.zero_because": {
        "ko": "차이가 정확히 0입니다. 커널이 180° 회전에 대해 불변이면 두 연산은 같은 연산입니다.",
        "en": "The difference is exactly zero: for a kernel that a 180° rotation leaves unchanged, the two operations are the same operation.",
    },
    # Pixel
    "flip.px.heading": {"ko": "픽셀 하나를 자세히", "en": "One pixel up close"},
    "flip.px.row": {"ko": "픽셀 행", "en": "Pixel row"},
    "flip.px.col": {"ko": "픽셀 열", "en": "Pixel column"},
    "flip.px.patch": {"ko": "주변 픽셀 p", "en": "Neighbourhood p"},
    "flip.px.applied_conv": {"ko": "곱해지는 커널 w (뒤집음)", "en": "Kernel applied, w (flipped)"},
    "flip.px.applied_corr": {"ko": "곱해지는 커널 w (그대로)", "en": "Kernel applied, w (as is)"},
    "flip.px.products": {"ko": "p × w", "en": "p × w"},
    "flip.px.zoom": {"ko": "{op} 출력 확대 (11 × 11)", "en": "{op} output, zoomed (11 × 11)"},
    "flip.px.value_label": {"ko": "({row}, {col}) 의 {op} 값", "en": "{op} at ({row}, {col})"},
    "flip.px.zero_terms_dropped": {
        "ko": "가중치가 0인 항은 식에서 뺐습니다.",
        "en": "Terms whose weight is zero are left out of the formula.",
    },
    "flip.px.note": {
        "ko": "주변 픽셀 p에 커널 w를 칸끼리 겹쳐 곱하고 모두 더한 값이 출력 픽셀입니다. 이미지 밖은 0입니다.",
        "en": "The output pixel is the sum of the neighbourhood p times the kernel w, cell by cell; outside the image the values are 0.",
    },
    "flip.imp2.heading": {"ko": "2D 임펄스 테스트", "en": "The impulse test in 2D"},
    "flip.imp2.intro": {
        "ko": "가운데 한 픽셀만 1인 이미지를 넣으면 합성곱은 커널을 그대로, 교차상관은 180° 돌린 커널을 그려 냅니다.",
        "en": "Feed an image with a single 1 in the middle: convolution draws the kernel itself, cross-correlation the kernel rotated 180°.",
    },
    "flip.imp2.conv": {"ko": "임펄스 * 커널 (합성곱)", "en": "impulse * kernel (convolution)"},
    "flip.imp2.corr": {
        "ko": "임펄스 ⋆ 커널 (교차상관)",
        "en": "impulse ⋆ kernel (cross-correlation)",
    },
    # Self-check
    "flip.quiz.intro": {
        "ko": "먼저 답을 골라 예측한 다음 제출하세요. 제출하기 전에는 정답이 보이지 않습니다.",
        "en": "Pick your prediction first, then submit; the answer stays hidden until you do.",
    },
    "flip.quiz.answer": {"ko": "내 예측", "en": "My prediction"},
    "flip.quiz.submit": {"ko": "제출하고 확인하기", "en": "Submit and reveal"},
    "flip.quiz.pick_first": {"ko": "먼저 답을 하나 고르세요.", "en": "Pick an answer first."},
    "flip.quiz.right": {"ko": "맞았습니다.", "en": "Correct."},
    "flip.quiz.wrong": {"ko": "아쉽지만 틀렸습니다.", "en": "Not quite."},
    "flip.quiz.q1": {
        "ko": "**1.** 왼쪽이 어둡고 오른쪽이 밝은 이미지에 소벨 x 커널 [[−1, 0, 1], [−2, 0, 2], [−1, 0, 1]]을 패딩 없이 적용한 결과 A와 B가 있습니다. 뒤집은 커널(합성곱)로 만든 것은 어느 쪽일까요?",
        "en": "**1.** A and B come from applying the Sobel x kernel [[−1, 0, 1], [−2, 0, 2], [−1, 0, 1]], without padding, to an image that is dark on the left and bright on the right. Which one came from the flipped kernel (convolution)?",
    },
    "flip.quiz.q1.input": {"ko": "입력", "en": "Input"},
    "flip.quiz.q1.a": {"ko": "A", "en": "A"},
    "flip.quiz.q1.b": {"ko": "B", "en": "B"},
    "flip.quiz.q1.same": {"ko": "구별할 수 없다", "en": "You cannot tell"},
    "flip.quiz.q1.why": {
        "ko": "정답은 B입니다. 뒤집지 않은 소벨 x는 오른쪽 열에 +, 왼쪽 열에 −를 곱하므로 어두운 곳에서 밝은 곳으로 넘어가는 모서리에서 양수(A)가 나옵니다. 180° 돌린 커널은 부호가 반대라서 같은 모서리에서 음수(B)가 나옵니다.",
        "en": "The answer is B. The unflipped Sobel x weights the right column by + and the left by −, so a dark-to-bright edge gives positive values (A). The kernel rotated by 180° is its negative, so the same edge gives negative values (B).",
    },
    "flip.quiz.q2": {
        "ko": "**2.** 3 × 3 가우시안 흐림 커널로 바꾸고 뒤집기 스위치를 켜면 결과 이미지는 어떻게 될까요?",
        "en": "**2.** With the 3 × 3 Gaussian blur kernel, what happens to the output image when you switch the flip on?",
    },
    "flip.quiz.q2.changes": {"ko": "흐려지는 방향이 바뀐다", "en": "The blur changes direction"},
    "flip.quiz.q2.same": {"ko": "픽셀 하나도 바뀌지 않는다", "en": "Not a single pixel changes"},
    "flip.quiz.q2.border": {"ko": "가장자리 픽셀만 바뀐다", "en": "Only the border pixels change"},
    "flip.quiz.q2.why": {
        "ko": "픽셀 하나도 바뀌지 않습니다. 가우시안 커널은 180° 돌려도 같은 커널이라 두 연산이 모든 픽셀(가장자리 포함)에서 같은 곱을 더합니다. 2D 이미지 탭에서 차이의 최대 절댓값이 0인 것을 확인해 보세요.",
        "en": "Not a single pixel changes. The Gaussian kernel equals its own 180° rotation, so both operations add the same products at every pixel, borders included. Check that the largest absolute difference is 0 in the 2D image tab.",
    },
    "flip.quiz.q3": {
        "ko": "**3.** 어떤 라이브러리의 conv2d에 가운데만 1인 임펄스 이미지와 커널 [[1, 2], [3, 4]]를 넣었더니 [[4, 3], [2, 1]]이 나왔습니다. 이 라이브러리는 무엇을 계산할까요?",
        "en": "**3.** You feed a library's conv2d an impulse image (a single 1 in the middle) and the kernel [[1, 2], [3, 4]], and get [[4, 3], [2, 1]]. What does the library compute?",
    },
    "flip.quiz.q3.conv": {"ko": "수학의 합성곱", "en": "Mathematical convolution"},
    "flip.quiz.q3.corr": {"ko": "교차상관", "en": "Cross-correlation"},
    "flip.quiz.q3.unknown": {"ko": "이것만으로는 알 수 없다", "en": "This does not tell"},
    "flip.quiz.q3.why": {
        "ko": "교차상관입니다. 임펄스에 합성곱을 하면 커널이 그대로 나오고, 교차상관을 하면 180° 돌린 커널이 나옵니다. [[4, 3], [2, 1]]은 [[1, 2], [3, 4]]를 180° 돌린 것입니다. PyTorch의 conv2d가 바로 이렇게 동작합니다.",
        "en": "Cross-correlation. Convolving an impulse returns the kernel itself; cross-correlating returns it rotated by 180°, and [[4, 3], [2, 1]] is [[1, 2], [3, 4]] rotated by 180°. PyTorch's conv2d behaves exactly like this.",
    },
    "flip.quiz.q4": {
        "ko": "**4.** 소벨 x 커널은 위아래가 대칭입니다. 이 커널을 180° 돌리면 무엇이 될까요?",
        "en": "**4.** The Sobel x kernel is symmetric top to bottom. What does a 180° rotation turn it into?",
    },
    "flip.quiz.q4.same": {"ko": "같은 커널", "en": "The same kernel"},
    "flip.quiz.q4.negated": {"ko": "부호만 반대인 커널", "en": "Its negative"},
    "flip.quiz.q4.other": {"ko": "전혀 다른 모양의 커널", "en": "A kernel of a different shape"},
    "flip.quiz.q4.why": {
        "ko": "부호만 반대인 커널이 됩니다. 180° 회전은 위아래 뒤집기와 좌우 뒤집기를 함께 한 것입니다. 위아래 뒤집기로는 변하지 않지만, 좌우 뒤집기가 −1 열과 +1 열을 맞바꿉니다. 그래서 합성곱 결과는 교차상관 결과의 부호를 바꾼 것입니다.",
        "en": "Its negative. A 180° rotation is an up-down flip followed by a left-right flip; the first leaves Sobel x unchanged, the second swaps its −1 and +1 columns. So its convolution output is the negative of its cross-correlation output.",
    },
    # Code
    "flip.code.intro": {
        "ko": "지금 설정을 그대로 계산하는 코드입니다. 저장소 최상위 폴더에서 파이썬에 붙여 넣으면 이 페이지와 같은 숫자가 나옵니다(`value`는 1D 이산 신호와 2D 이미지 부분에서 고른 위치의 값).",
        "en": "Code that computes the current settings. Pasted into Python from the repository's root folder, it prints this page's numbers (`value` is the value at the position chosen in the Discrete 1D and 2D image sections).",
    },
    "flip.code.d1_heading": {"ko": "1D 신호", "en": "1D signal"},
    "flip.code.d2_heading": {"ko": "2D 이미지", "en": "2D image"},
    "flip.code.own_image": {
        "ko": "올리거나 찍은 이미지는 저장소에 없으므로 파일 이름을 my_image.png 로 적었습니다. 같은 파일을 그 이름으로 저장해서 실행하세요.",
        "en": "An uploaded or photographed image is not in the repository, so the code names it my_image.png; save the same file under that name to run it.",
    },
}
