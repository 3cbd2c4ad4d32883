"""Text of the matrix page: W, Wᵀ, the hand exercise, the adjoint and deconvolution."""

TEXT: dict[str, dict[str, str]] = {
    "matrix.intro": {
        "ko": "합성곱 층의 출력은 하나하나가 입력 값들에 커널 값을 곱해 더한 것입니다. "
        "그러니 입력을 한 줄로 펼쳐 벡터 x로 놓으면 층 전체가 행렬 하나, y = Wx로 적힙니다. "
        "이 페이지에서 그 행렬 W를 직접 만들어 보고, 업샘플링에 쓰는 연산이 왜 "
        "'전치(transposed) 합성곱'이라는 이름을 얻었는지, 왜 '역합성곱'은 틀린 이름인지 숫자로 확인합니다.",
        "en": "Every output of a convolution layer is a sum of input values times kernel values. "
        "Flatten the input into a vector x and the whole layer becomes one matrix: y = Wx. "
        "On this page you build that matrix W yourself, see why the upsampling layer is called "
        "a *transposed* convolution, and check with numbers why 'deconvolution' is the wrong name.",
    },
    "matrix.section": {"ko": "볼 부분", "en": "Section"},
    "matrix.section_help": {
        "ko": "한 번에 한 부분만 그립니다. 모든 부분이 아래의 합성곱 설정을 함께 쓰고, 그 부분에서 "
        "쓰이지 않는 설정은 흐리게 표시됩니다. 고른 부분은 주소(URL)의 view 값으로 남습니다.",
        "en": "One section is drawn at a time. Every section shares the convolution settings "
        "below, and a setting with no effect in a section is greyed out there. The chosen "
        "section is kept in the URL as view.",
    },
    "matrix.section.w": {"ko": "연습과 W", "en": "Exercise and W"},
    "matrix.section.transpose": {"ko": "Wᵀ 세 가지 계산", "en": "Wᵀ three ways"},
    "matrix.section.adjoint": {"ko": "수반·역전파", "en": "Adjoint and gradients"},
    "matrix.section.deconv": {"ko": "역합성곱과 비교", "en": "Versus deconvolution"},
    "matrix.section.code": {"ko": "코드", "en": "Code"},
    # Exercise
    "matrix.exercise.heading": {
        "ko": "연습: 3 × 3 입력과 2 × 2 커널의 W를 손으로 채우기",
        "en": "Exercise: fill in W for a 3 × 3 input and a 2 × 2 kernel by hand",
    },
    "matrix.exercise.intro": {
        "ko": "입력 I의 아홉 칸을 행 순서대로 i1 … i9로 펼치면, 2 × 2 커널 K로 교차상관한 "
        "2 × 2 출력 o1 … o4는 W (i1, …, i9)ᵀ와 같습니다. W는 4 × 9 행렬이고, 각 칸에는 "
        "k1 … k4 중 하나나 0이 들어갑니다.",
        "en": "Flatten the nine cells of the input I row by row into i1 … i9. The 2 × 2 output "
        "o1 … o4 of the cross-correlation with the 2 × 2 kernel K then equals W (i1, …, i9)ᵀ. "
        "W is a 4 × 9 matrix, and each entry is one of k1 … k4 or 0.",
    },
    "matrix.exercise.how": {
        "ko": "행 oⱼ에는 출력 oⱼ를 계산할 때 각 입력에 곱해지는 커널 값을 적습니다. "
        "oⱼ의 창 밖에 있는 입력에는 0을 둡니다. ?로 된 칸을 눌러 목록에서 고르세요.",
        "en": "Row oⱼ holds the kernel value that multiplies each input when output oⱼ is computed, "
        "and 0 for the inputs outside oⱼ's window. Click a ? cell and pick from the list.",
    },
    "matrix.exercise.score": {
        "ko": "{total}칸 중 {answered}칸을 채웠고, 그중 {right}칸이 맞았습니다.",
        "en": "{answered} of {total} entries filled in, {right} of them right.",
    },
    "matrix.exercise.no_wrong": {
        "ko": "채운 칸은 모두 맞았습니다.",
        "en": "Every entry you filled in is right.",
    },
    "matrix.exercise.unanswered": {
        "ko": "아직 채우지 않은 칸(?)이 {count}개 있습니다.",
        "en": "{count} entries (?) are not filled in yet.",
    },
    "matrix.exercise.correct": {
        "ko": "모두 맞았습니다! 이 W가 합성곱 I ⋆ K를 행렬 곱셈 하나로 바꿔 놓은 것입니다.",
        "en": "All right! This W turns the cross-correlation I ⋆ K into a single matrix product.",
    },
    "matrix.exercise.check": {
        "ko": "틀린 칸 힌트 보기",
        "en": "Show hints for wrong entries",
    },
    "matrix.exercise.show_answer": {"ko": "정답 보기", "en": "Show the answer"},
    "matrix.exercise.more_hints": {
        "ko": "틀린 칸이 {count}개 더 있습니다. 위의 칸부터 고치면 나머지 힌트도 보입니다.",
        "en": "{count} more entries are wrong; fix the ones above first.",
    },
    "matrix.hint.cell": {"ko": "o{output}행, i{input}열:", "en": "Row o{output}, column i{input}:"},
    "matrix.hint.outside": {
        "ko": "o{output}의 창은 {window}만 읽습니다. i{input}은 창 밖이므로 여기는 0입니다.",
        "en": "o{output}'s window reads only {window}. i{input} lies outside it, so this entry is 0.",
    },
    "matrix.hint.inside": {
        "ko": "o{output}의 창은 {window}를 읽습니다. i{input}은 그 창의 {row}행 {col}열에 있으므로 "
        "k{tap}이 곱해집니다.",
        "en": "o{output}'s window reads {window}. i{input} sits at row {row}, column {col} of that "
        "window, so it is multiplied by k{tap}.",
    },
    "matrix.reveal.heading": {
        "ko": "Wᵀx는 2D 전치 합성곱입니다",
        "en": "Wᵀx is the 2D transposed convolution",
    },
    "matrix.reveal.intro": {
        "ko": "x ∈ ℝ⁴에 Wᵀ를 곱한 9개의 값을 3 × 3 자리에 놓아 보면, 각 xⱼ가 커널 전체를 자기 "
        "자리에 한 번씩 찍어 놓고 겹치는 곳은 더한 모양입니다. 가운데 칸(5번)은 네 사본이 모두 "
        "겹치는 곳입니다. 이것이 스트라이드 1의 2D 전치 합성곱입니다.",
        "en": "Lay the nine entries of Wᵀx (x ∈ ℝ⁴) out on the 3 × 3 grid: each xⱼ stamps the whole "
        "kernel at its own position, and overlapping stamps add up. The centre cell is where all "
        "four copies overlap. This is the 2D transposed convolution with stride 1.",
    },
    "matrix.reveal.numbers": {
        "ko": "숫자로 확인: K = [[1, 2], [3, 4]], x = (1, 2, 3, 4)일 때 Wᵀx = ({product}). "
        "convcore.conv_transpose2d와의 최대 차이는 {gap}입니다.",
        "en": "In numbers: with K = [[1, 2], [3, 4]] and x = (1, 2, 3, 4), Wᵀx = ({product}). "
        "The largest difference from convcore.conv_transpose2d is {gap}.",
    },
    "matrix.table.row": {"ko": "{row}행", "en": "row {row}"},
    "matrix.table.col": {"ko": "{col}열", "en": "column {col}"},
    # Settings and W
    "matrix.w.heading": {"ko": "여러 설정에서 W 살펴보기", "en": "W for any settings"},
    "matrix.w.intro": {
        "ko": "입력 크기, 커널 크기, 스트라이드, 패딩, 팽창을 바꾸면 W의 모양이 어떻게 바뀌는지 보세요. "
        "1D에서는 띠 모양, 2D에서는 띠가 블록으로 쌓인 모양이 나옵니다.",
        "en": "Change the input size, kernel size, stride, padding and dilation and watch the "
        "shape of W: a band in 1D, bands stacked in blocks in 2D.",
    },
    "matrix.dims": {"ko": "차원", "en": "Dimensions"},
    "matrix.dims.1d": {"ko": "1D 신호", "en": "1D signal"},
    "matrix.dims.2d": {"ko": "2D 이미지", "en": "2D image"},
    "matrix.symbolic": {"ko": "기호로 보기 (k1 … kp)", "en": "Symbolic (k1 … kp)"},
    "matrix.symbolic_help": {
        "ko": "켜면 W의 칸에 커널 기호 k1 … kp와 0을 적고, 끄면 아래에서 고른 커널의 값을 색으로 보여 줍니다. "
        "2D 기호 보기는 6 × 6 입력까지입니다.",
        "en": "On: the entries of W show the kernel symbols k1 … kp and 0. Off: the values of the "
        "kernel chosen below, as colours. The symbolic 2D view goes up to a 6 × 6 input.",
    },
    "matrix.settings_note.adjoint": {
        "ko": "이 부분은 숫자로만 계산하므로 '기호로 보기'는 쓰이지 않습니다. 나머지 설정은 W, x, y를 바꿉니다.",
        "en": "This section computes with numbers only, so the symbolic toggle has no effect here. "
        "The other settings change W, x and y.",
    },
    "matrix.settings_note.deconv": {
        "ko": "'기호로 보기'는 여기서 쓰이지 않습니다. 위 설정은 WᵀW에만 쓰이고, 아래 흐림 실험은 "
        "차원(1D 신호 또는 2D 이미지), 시드, 사이드바의 이미지와 자기 슬라이더만 씁니다.",
        "en": "The symbolic toggle has no effect here. The settings above shape WᵀW only; the "
        "blur experiment below uses the dimensions (1D signal or 2D image), the seed, the "
        "sidebar image and its own sliders.",
    },
    "matrix.settings_note.code": {
        "ko": "스크립트에는 차원, 크기, 스트라이드, 패딩, 팽창, 커널 값이 들어갑니다. '기호로 보기'는 "
        "쓰이지 않고, 시드는 무작위 커널일 때만 쓰입니다.",
        "en": "The script uses the dimensions, sizes, stride, padding, dilation and kernel values. "
        "The symbolic toggle has no effect, and the seed matters only for the random kernel.",
    },
    "matrix.n": {"ko": "입력 크기 n", "en": "Input size n"},
    "matrix.n_help": {
        "ko": "1D는 길이 n, 2D는 n × n 입력입니다.",
        "en": "Length n in 1D, an n × n input in 2D.",
    },
    "matrix.k": {"ko": "커널 크기 k", "en": "Kernel size k"},
    "matrix.stride": {"ko": "스트라이드 s", "en": "Stride s"},
    "matrix.padding": {"ko": "패딩 p", "en": "Padding p"},
    "matrix.dilation": {"ko": "팽창 d", "en": "Dilation d"},
    "matrix.padding_help": {
        "ko": "양쪽에 0을 덧붙이는 칸 수. 0에 곱해지는 커널 값은 W에 나타나지 않습니다.",
        "en": "Zeros added on each side. Kernel taps that land on these zeros do not appear in W.",
    },
    "matrix.kern": {"ko": "커널 값", "en": "Kernel values"},
    "matrix.kern_help": {
        "ko": "숫자 보기와 아래 계산에 쓰는 커널입니다. '1, 2, …, p'는 kⱼ = j라서 기호 번호와 같고, "
        "'무작위'는 −3부터 3까지의 0이 아닌 정수를 시드로 뽑습니다.",
        "en": "The kernel used by the numeric view and the computations below. '1, 2, …, p' sets "
        "kⱼ = j, the same as the symbol numbers; 'Random' draws nonzero integers from −3 to 3 with the seed.",
    },
    "matrix.kern.ramp": {"ko": "1, 2, …, p", "en": "1, 2, …, p"},
    "matrix.kern.box": {"ko": "평균 (모두 1/p)", "en": "Average (all 1/p)"},
    "matrix.kern.edge": {"ko": "가장자리 (−1 … 1)", "en": "Edge (−1 … 1)"},
    "matrix.kern.random": {"ko": "무작위 (−3 … 3)", "en": "Random (−3 … 3)"},
    "matrix.seed": {"ko": "예시 값의 시드", "en": "Seed of the example values"},
    "matrix.seed_help": {
        "ko": "예시 입력 x, 출력 쪽 값 y, 무작위 커널을 만드는 난수 시드입니다. 값은 −3부터 3까지의 0이 아닌 정수입니다.",
        "en": "Random seed of the example input x, the output-side values y and the random kernel. "
        "The values are nonzero integers from −3 to 3.",
    },
    "matrix.pick_output": {
        "ko": "출력 칸 고르기 (W의 행)",
        "en": "Pick an output cell (a row of W)",
    },
    "matrix.pick_input": {
        "ko": "입력 칸 고르기 (W의 열)",
        "en": "Pick an input cell (a column of W)",
    },
    "matrix.pick_none": {"ko": "고르지 않음", "en": "None"},
    "matrix.pick_output_help": {
        "ko": "고른 출력의 행과, 그 출력이 읽는 입력 창을 표시합니다.",
        "en": "Outlines that output's row of W and the input window it reads.",
    },
    "matrix.pick_input_help": {
        "ko": "고른 입력의 열과, 그 입력이 닿는 모든 출력을 표시합니다.",
        "en": "Outlines that input's column of W and every output it reaches.",
    },
    "matrix.symbolic_too_large": {
        "ko": "2D 기호 보기는 {side} × {side} 입력까지입니다. 지금은 숫자로 보여 줍니다.",
        "en": "The symbolic 2D view goes up to a {side} × {side} input, so W is shown with numbers.",
    },
    "matrix.shapes": {
        "ko": "입력 {input}, 커널 {kernel}, 출력 {output} → W는 {rows} × {cols} 행렬입니다. "
        "0이 아닌 칸은 {nonzero}개로, 한 행에 많아야 {taps}개입니다.",
        "en": "Input {input}, kernel {kernel}, output {output} → W is a {rows} × {cols} matrix. "
        "It has {nonzero} nonzero entries, at most {taps} per row.",
    },
    "matrix.banded": {
        "ko": "스트라이드 1, 패딩 0, 팽창 1의 1D에서 W는 ({n} − {k} + 1) × {n} = {rows} × {n} 띠 행렬입니다. "
        "각 행은 k1 … k{k}를 담고, 다음 행은 한 칸 오른쪽으로 밀린 같은 줄입니다.",
        "en": "In 1D with stride 1, padding 0 and dilation 1, W is the ({n} − {k} + 1) × {n} = "
        "{rows} × {n} banded matrix: each row holds k1 … k{k}, shifted one column right of the row above.",
    },
    "matrix.input_grid": {"ko": "입력 x", "en": "Input x"},
    "matrix.output_grid": {"ko": "출력 Wx", "en": "Output Wx"},
    "matrix.w_title": {"ko": "W ({rows} × {cols})", "en": "W ({rows} × {cols})"},
    "matrix.wt_title": {"ko": "Wᵀ ({rows} × {cols})", "en": "Wᵀ ({rows} × {cols})"},
    "matrix.axis.columns_i": {"ko": "열: 입력 i", "en": "Column: input i"},
    "matrix.axis.columns_o": {"ko": "열: 출력 o", "en": "Column: output o"},
    "matrix.axis.rows_i": {"ko": "행: 입력 i", "en": "Row: input i"},
    "matrix.axis.rows_o": {"ko": "행: 출력 o", "en": "Row: output o"},
    "matrix.tap": {"ko": "커널 번호", "en": "Kernel tap"},
    "matrix.row_formula": {
        "ko": "W의 o{output}행: o{output} = {formula}",
        "en": "Row o{output} of W: o{output} = {formula}",
    },
    "matrix.column_list": {
        "ko": "W의 i{input}열: i{input}이 닿는 출력은 {outputs}입니다.",
        "en": "Column i{input} of W: i{input} reaches {outputs}.",
    },
    "matrix.no_output": {
        "ko": "없음 (이 입력은 어떤 창에도 들지 않습니다)",
        "en": "none (no window covers this input)",
    },
    "matrix.as_image": {
        "ko": "W가 {cells}칸으로 차트 한도({limit}칸)를 넘어 이미지로 보여 줍니다.",
        "en": "W has {cells} entries, more than the chart limit of {limit}, so it is shown as an image.",
    },
    "matrix.download": {"ko": "W를 CSV로 내려받기", "en": "Download W as CSV"},
    # Transpose
    "matrix.transpose.heading": {
        "ko": "Wᵀ: 전치 합성곱을 세 가지로 계산하기",
        "en": "Wᵀ: the transposed convolution, three ways",
    },
    "matrix.transpose.intro": {
        "ko": "W를 전치하면 행과 열이 바뀌어, 출력 쪽 벡터 y(길이 M)를 입력 크기(길이 N)로 되돌려 보냅니다. "
        "업샘플링 층이 하는 일이 바로 이 곱셈입니다. 같은 y로 세 가지 방법을 계산해 모두 같은 값이 "
        "나오는지 확인합니다.",
        "en": "Transposing W swaps its rows and columns, so Wᵀ sends an output-side vector y "
        "(length M) back to the input size (length N). That product is what the upsampling layer "
        "computes. Below, three routes take the same y and must give the same numbers.",
    },
    "matrix.y_grid": {"ko": "출력 쪽 값 y", "en": "Output-side values y"},
    "matrix.view.scatter": {
        "ko": "① 흩뿌리기: 커널 사본 찍기",
        "en": "① Scatter: stamping kernel copies",
    },
    "matrix.view.scatter_text": {
        "ko": "y의 값 하나하나가 커널에 자기 값을 곱한 사본을 입력 격자의 제자리에 찍습니다. "
        "사본이 겹치는 칸에서는 값이 더해집니다. 모든 사본의 합이 Wᵀy입니다.",
        "en": "Each value of y stamps a copy of the kernel, scaled by that value, at its place on "
        "the input grid. Where copies overlap, they add. The sum of all copies is Wᵀy.",
    },
    "matrix.view.stamp": {"ko": "y{index} = {value}의 사본", "en": "Copy from y{index} = {value}"},
    "matrix.view.more_stamps": {
        "ko": "나머지 사본 {count}개는 생략했습니다. 합계에는 모두 들어 있습니다.",
        "en": "{count} more copies are not drawn; the sum includes all of them.",
    },
    "matrix.view.product": {"ko": "③ 행렬 곱 Wᵀy", "en": "③ The product Wᵀy"},
    "matrix.view.product_title": {"ko": "Wᵀy", "en": "Wᵀy"},
    "matrix.view.library": {
        "ko": "convcore 전치 합성곱 (출력 패딩 {extra})",
        "en": "convcore transposed convolution (output_padding {extra})",
    },
    "matrix.check.route": {"ko": "계산 방법", "en": "Route"},
    "matrix.check.gap": {"ko": "Wᵀy와의 최대 차이", "en": "Max abs difference from Wᵀy"},
    "matrix.check.agree": {
        "ko": "모든 방법이 Wᵀy와 일치합니다 (최대 차이 {gap}).",
        "en": "Every route agrees with Wᵀy (max abs difference {gap}).",
    },
    "matrix.check.disagree": {
        "ko": "방법 사이에 차이가 있습니다 (최대 {gap}). 계산 오류이니 알려 주세요.",
        "en": "The routes disagree (max abs difference {gap}). This is a bug; please report it.",
    },
    "matrix.view.zeros": {
        "ko": "② 0 끼워 넣기: '분수 스트라이드' 합성곱",
        "en": "② Zero insertion: the 'fractionally strided' convolution",
    },
    # The zero-insertion route is described in sentences picked by count, so that
    # stride 1 and English singulars read right.
    "matrix.zeros.stride_one": {
        "ko": "스트라이드가 1이면 y의 값 사이에 끼워 넣을 0이 없습니다. 그래서 이 방법은 뒤집은 커널로 하는 "
        "평범한 스트라이드 1 합성곱입니다.",
        "en": "With stride 1 no zeros go between the values of y, so this route is an ordinary "
        "stride-1 convolution with the flipped kernel.",
    },
    "matrix.zeros.try_stride": {
        "ko": "스트라이드를 2로 올리면 0이 끼워 들어가는 '분수 스트라이드'를 볼 수 있습니다.",
        "en": "Set the stride to 2 to see zeros go in: that is the 'fractional stride'.",
    },
    "matrix.zeros.insert_one": {
        "ko": "y의 이웃한 값 사이마다 0을 1개씩 끼워 넣습니다.",
        "en": "Insert 1 zero between neighbouring values of y.",
    },
    "matrix.zeros.insert_many": {
        "ko": "y의 이웃한 값 사이마다 0을 {count}개씩 끼워 넣습니다.",
        "en": "Insert {count} zeros between neighbouring values of y.",
    },
    "matrix.zeros.pad_one": {
        "ko": "가장자리마다 0을 1칸씩 덧댑니다.",
        "en": "Pad every edge with 1 zero.",
    },
    "matrix.zeros.pad_many": {
        "ko": "가장자리마다 0을 {count}칸씩 덧댑니다.",
        "en": "Pad every edge with {count} zeros.",
    },
    "matrix.zeros.pad_none": {
        "ko": "가장자리에는 0을 덧대지 않습니다.",
        "en": "No zeros are padded at the edges.",
    },
    "matrix.zeros.crop_one": {
        "ko": "패딩 p가 d·(k − 1)보다 커서 가장자리마다 1칸씩 잘라 냅니다.",
        "en": "Padding p is larger than d·(k − 1), so 1 cell is cropped from every edge.",
    },
    "matrix.zeros.crop_many": {
        "ko": "패딩 p가 d·(k − 1)보다 커서 가장자리마다 {count}칸씩 잘라 냅니다.",
        "en": "Padding p is larger than d·(k − 1), so {count} cells are cropped from every edge.",
    },
    "matrix.zeros.extra_one": {
        "ko": "출력 패딩 때문에 뒤쪽 끝(2D에서는 오른쪽과 아래)에만 0을 1칸 더 덧댑니다.",
        "en": "output_padding adds 1 more zero at the far end only (right and bottom in 2D).",
    },
    "matrix.zeros.extra_many": {
        "ko": "출력 패딩 때문에 뒤쪽 끝(2D에서는 오른쪽과 아래)에만 0을 {count}칸 더 덧댑니다.",
        "en": "output_padding adds {count} more zeros at the far end only (right and bottom in 2D).",
    },
    "matrix.zeros.fractional": {
        "ko": "그다음 뒤집은 커널로 스트라이드 1 합성곱을 합니다. 늘린 입력 위에서 한 칸 가면 원래 y "
        "위에서는 1/{stride}칸 가는 셈이라, 예전에는 '분수 스트라이드 합성곱'이라고 불렀습니다.",
        "en": "Then run a stride-1 convolution with the flipped kernel. One step over the "
        "stretched input is 1/{stride} of a step over the original y, which is why this used "
        "to be called a 'fractionally strided convolution'.",
    },
    "matrix.zeros.outlined": {
        "ko": "테두리가 굵은 칸이 y의 값이 들어간 자리입니다.",
        "en": "Outlined cells hold the values of y.",
    },
    "matrix.view.inserted_title": {
        "ko": "0을 끼워 넣고 패딩한 y",
        "en": "y with zeros inserted, padded",
    },
    "matrix.view.padded_title": {"ko": "패딩한 y", "en": "y, padded"},
    "matrix.view.flipped_kernel": {"ko": "뒤집은 커널", "en": "Flipped kernel"},
    "matrix.view.zeros_result": {"ko": "스트라이드 1 합성곱 결과", "en": "Stride-1 result"},
    # Gradient
    "matrix.grad.heading": {"ko": "역전파에서 만나는 Wᵀ", "en": "Wᵀ in the backward pass"},
    "matrix.grad.intro": {
        "ko": "y = Wx 뒤에 손실 L이 있으면, 연쇄 법칙으로 ∂L/∂x = Wᵀ (∂L/∂y)입니다. 즉 합성곱 층의 "
        "입력 기울기는 출력 기울기에 전치 합성곱을 적용한 것이고, 그래서 '거꾸로(backwards) 합성곱'이라는 "
        "이름이 붙었습니다. 여기서는 위의 y를 출력 기울기 ∂L/∂y로 씁니다. 커널 기울기 ∂L/∂k는 입력 x와 "
        "출력 기울기의 교차상관으로, W에서 kⱼ가 놓인 칸마다 (∂L/∂y)ᵢ · xⱼ를 더한 값과 같습니다.",
        "en": "With a loss L after y = Wx, the chain rule gives ∂L/∂x = Wᵀ (∂L/∂y): the input "
        "gradient of a convolution layer is the transposed convolution of its output gradient, "
        "which is where the name 'backwards convolution' comes from. Here the y above serves as "
        "∂L/∂y. The kernel gradient ∂L/∂k is the cross-correlation of the input x with the output "
        "gradient: for each kⱼ, the sum of (∂L/∂y)ᵢ · xⱼ over the entries of W that hold kⱼ.",
    },
    "matrix.grad.input_title": {"ko": "∂L/∂x (convcore)", "en": "∂L/∂x (convcore)"},
    "matrix.grad.kernel_title": {"ko": "∂L/∂k (convcore)", "en": "∂L/∂k (convcore)"},
    "matrix.grad.input_check": {
        "ko": "Wᵀ(∂L/∂y)와의 최대 차이: {gap}",
        "en": "Max abs difference from Wᵀ(∂L/∂y): {gap}",
    },
    "matrix.grad.kernel_check": {
        "ko": "W의 kⱼ 자리에서 더한 값과의 최대 차이: {gap}",
        "en": "Max abs difference from the sums over the kⱼ entries of W: {gap}",
    },
    # Deconvolution
    "matrix.deconv.heading": {
        "ko": "역합성곱이 아닌 이유: Wᵀ ≠ W⁻¹",
        "en": "Why it is not a deconvolution: Wᵀ ≠ W⁻¹",
    },
    "matrix.deconv.intro": {
        "ko": "역합성곱(디컨볼루션)은 y = Wx와 커널을 알 때 x를 되찾는 역문제입니다. 전치 합성곱은 "
        "크기만 입력 쪽으로 되돌릴 뿐, 값까지 되돌리지는 않습니다. Wᵀ가 역행렬이 되려면 WᵀW가 "
        "단위행렬이어야 합니다.",
        "en": "Deconvolution is the inverse problem: knowing y = Wx and the kernel, recover x. A "
        "transposed convolution brings back the input's size, not its values. For Wᵀ to be the "
        "inverse, WᵀW would have to be the identity.",
    },
    "matrix.deconv.gram_heading": {"ko": "WᵀW와 단위행렬 I", "en": "WᵀW next to the identity I"},
    "matrix.deconv.gram_text": {
        "ko": "위에서 고른 설정의 W로 계산한 {size} × {size} 행렬입니다. 대각선 밖의 값은 커널 사본끼리 "
        "겹치는 정도이고, 대각선 값은 커널 값 제곱의 합입니다.",
        "en": "The {size} × {size} matrix for the W chosen above. Off the diagonal it measures "
        "how much kernel copies overlap; on the diagonal it sums squared kernel values.",
    },
    "matrix.deconv.gram_gap": {
        "ko": "WᵀW와 I의 최대 차이: {gap} (0이어야 Wᵀ가 역행렬)",
        "en": "Max abs difference between WᵀW and I: {gap} (it would be 0 if Wᵀ were the inverse)",
    },
    "matrix.deconv.blur_heading": {
        "ko": "흐리게 한 뒤 되돌리기: 세 가지 방법",
        "en": "Blur, then recover: three methods",
    },
    "matrix.blur": {"ko": "흐림 커널 크기", "en": "Blur kernel size"},
    "matrix.blur_help": {
        "ko": "모든 값이 같은 평균 커널의 크기입니다. '풀(full)' 패딩(크기 − 1)을 써서 W의 열이 "
        "모두 독립이 되게 합니다.",
        "en": "Size of the averaging (box) kernel. 'Full' padding (size − 1) keeps the columns "
        "of W independent.",
    },
    "matrix.noise": {"ko": "잡음 크기", "en": "Noise level"},
    "matrix.noise_help": {
        "ko": "흐린 결과의 최댓값에 대한 가우스 잡음 표준편차의 비율(%)입니다.",
        "en": "Standard deviation of the Gaussian noise, in percent of the blurred signal's peak.",
    },
    "matrix.reg": {"ko": "정칙화 세기 λ", "en": "Regularization λ"},
    "matrix.reg_help": {
        "ko": "티호노프 정칙화: ‖Wx − y‖² + λ‖x‖²를 최소로 하는 x를 찾습니다. 클수록 잡음은 줄고 더 흐려집니다.",
        "en": "Tikhonov regularization: find the x minimizing ‖Wx − y‖² + λ‖x‖². Larger λ "
        "suppresses more noise and blurs more.",
    },
    "matrix.deconv.blur_text_2d": {
        "ko": "왼쪽에서 고른 이미지의 가운데를 {side} × {side}로 줄이고, {blur} × {blur} 평균 커널로 흐린 뒤 "
        "잡음을 더했습니다. 그 결과 y에서 x를 되찾습니다.",
        "en": "The centre of the image picked in the sidebar, shrunk to {side} × {side}, blurred "
        "with a {blur} × {blur} averaging kernel, plus noise. Each method recovers x from that y.",
    },
    "matrix.deconv.blur_text_1d": {
        "ko": "시애틀 일 최고기온 {length}일치를 길이 {blur}의 평균 커널로 흐린 뒤 잡음을 더했습니다. "
        "그 결과 y에서 x를 되찾습니다.",
        "en": "{length} days of Seattle's daily maximum temperature, blurred with a length-{blur} "
        "averaging kernel, plus noise. Each method recovers x from that y.",
    },
    "matrix.deconv.method": {"ko": "방법", "en": "Method"},
    "matrix.deconv.error": {
        "ko": "상대 오차 ‖x̂ − x‖ / ‖x‖",
        "en": "Relative error ‖x̂ − x‖ / ‖x‖",
    },
    "matrix.deconv.truth": {"ko": "원본 x", "en": "Original x"},
    "matrix.deconv.observed": {"ko": "흐림 + 잡음 y", "en": "Blurred + noise y"},
    "matrix.deconv.transpose": {"ko": "(a) 전치 Wᵀy", "en": "(a) Transpose Wᵀy"},
    "matrix.deconv.least_squares": {"ko": "(b) 최소제곱", "en": "(b) Least squares"},
    "matrix.deconv.regularized": {"ko": "(c) 티호노프", "en": "(c) Tikhonov"},
    "matrix.deconv.stretch_note": {
        "ko": "각 그림은 자기 최솟값을 검정, 최댓값을 흰색으로 늘려 그렸습니다. 오차는 원래 값으로 계산합니다.",
        "en": "Each picture is stretched from its own minimum (black) to maximum (white); the "
        "errors use the raw values.",
    },
    "matrix.deconv.sv_heading": {
        "ko": "잡음이 커지는 이유: 특이값",
        "en": "Why noise blows up: the singular values",
    },
    "matrix.deconv.condition": {
        "ko": "조건수 σ_max / σ_min",
        "en": "Condition number σ_max / σ_min",
    },
    "matrix.deconv.rank": {"ko": "계수(rank)", "en": "Rank"},
    "matrix.deconv.sv_index": {"ko": "순서", "en": "Index"},
    "matrix.deconv.sv_value": {"ko": "특이값 σ", "en": "Singular value σ"},
    "matrix.deconv.sv_text": {
        "ko": "최소제곱 해는 y를 특이 방향마다 나눠 1/σ배 합니다. 가장 큰 특이값은 {largest}, 가장 작은 "
        "값은 {smallest}이므로, 가장 약한 방향에 섞인 잡음은 {gain}배로 커집니다. 잡음이 0이면 최소제곱이 "
        "x를 그대로 되찾지만, 조금만 있어도 결과가 무너집니다. 정칙화는 작은 σ 방향을 덜 믿는 대가로 "
        "이 증폭을 막습니다. Wᵀ는 반대로 각 방향에 σ를 곱하므로, 역행렬과는 거리가 멉니다.",
        "en": "Least squares splits y along the singular directions and multiplies each part by "
        "1/σ. The largest singular value is {largest} and the smallest {smallest}, so noise in the "
        "weakest direction grows {gain} times. Without noise, least squares returns x exactly; "
        "a little noise wrecks it. Regularization trusts the small-σ directions less and stops "
        "the blow-up. Wᵀ instead multiplies each direction by σ, the opposite of an inverse.",
    },
    # Adjoint
    "matrix.adjoint.heading": {
        "ko": "수반 연산자와 역전파: '거꾸로 합성곱'이라는 이름",
        "en": "The adjoint and the backward pass: where 'backwards convolution' comes from",
    },
    "matrix.adjoint.intro": {
        "ko": "전치 행렬은 모든 x, y에 대해 ⟨Wx, y⟩ = ⟨x, Wᵀy⟩를 만족하는 유일한 행렬입니다. "
        "'연습과 W'의 예시 입력 x와 'Wᵀ 세 가지 계산'의 y로 두 값을 직접 계산해 봅니다.",
        "en": "The transpose is the one matrix with ⟨Wx, y⟩ = ⟨x, Wᵀy⟩ for every x and y. "
        "Here are both sides for the example input x of 'Exercise and W' and the y of "
        "'Wᵀ three ways'.",
    },
    "matrix.adjoint.gap": {"ko": "차이", "en": "Difference"},
    # Code
    "matrix.code.heading": {
        "ko": "코드: NumPy로 W를 만들고 PyTorch로 확인하기",
        "en": "Code: build W in NumPy and check it with PyTorch",
    },
    "matrix.code.intro": {
        "ko": "지금 설정으로 W를 만들고, W @ x가 PyTorch의 conv와, W.T @ g가 conv_transpose와 같은지 "
        "확인하는 스크립트입니다.",
        "en": "This script builds W for the current settings and checks that W @ x matches "
        "PyTorch's conv and W.T @ g matches its conv_transpose.",
    },
}
