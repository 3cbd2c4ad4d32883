"""U-Net page text: the U and its shapes, valid crops, checkerboard artifacts, training."""

TEXT: dict[str, dict[str, str]] = {
    "unet.intro": {
        "ko": "U-Net은 스트라이드 2 합성곱(또는 최대 풀링)으로 이미지를 줄였다가 전치 합성곱으로 원래 해상도를 되살립니다. 같은 층끼리는 스킵 연결로 이어집니다. 아래에서 단계마다 크기가 어떻게 바뀌는지, 크기가 맞지 않으면 어디서 어긋나는지, 체커보드 아티팩트가 왜 생기는지 보고, 업샘플링 커널을 직접 학습시켜 봅니다.",
        "en": "A U-Net shrinks an image with stride-2 convolutions (or max-pooling) and restores its resolution with transposed convolutions, linking levels of equal size by skip connections. Below you can follow the size at every step, see where sizes stop matching, find out why checkerboard artifacts appear, and train an upsampling kernel yourself.",
    },
    # Controls
    "unet.controls": {"ko": "U 만들기", "en": "Build the U"},
    "unet.depth": {"ko": "깊이 (줄이는 횟수)", "en": "Depth (number of downsamplings)"},
    "unet.depth_help": {
        "ko": "한 번 내려갈 때마다 크기가 약 절반이 됩니다.",
        "en": "Each level down roughly halves the size.",
    },
    "unet.size": {"ko": "입력 크기 (픽셀)", "en": "Input size (pixels)"},
    "unet.size_help": {
        "ko": "이미지 가운데를 정사각형으로 자른 뒤 이 크기로 맞춥니다. 65나 101처럼 2^깊이로 나누어떨어지지 않는 크기를 넣어 보세요.",
        "en": "The central square of the image is resized to this side. Try sizes not divisible by 2^depth, such as 65 or 101.",
    },
    "unet.down": {"ko": "줄이는 방법", "en": "Downsampling"},
    "unet.down.stride": {"ko": "스트라이드 2 합성곱", "en": "Stride-2 convolution"},
    "unet.down.maxpool": {
        "ko": "2 × 2 최대 풀링 (원래 U-Net)",
        "en": "2 × 2 max-pooling (original U-Net)",
    },
    "unet.upsample": {"ko": "키우는 방법", "en": "Upsampling"},
    "unet.upsample.transposed": {
        "ko": "스트라이드 2 전치 합성곱",
        "en": "Stride-2 transposed convolution",
    },
    "unet.upsample.nearest": {
        "ko": "최근접 보간 후 합성곱",
        "en": "Nearest resize, then convolution",
    },
    "unet.upsample.bilinear": {
        "ko": "쌍선형 보간 후 합성곱",
        "en": "Bilinear resize, then convolution",
    },
    "unet.upsample.pixel_shuffle": {
        "ko": "픽셀 셔플 (서브픽셀 합성곱)",
        "en": "Pixel shuffle (sub-pixel convolution)",
    },
    "unet.k": {"ko": "커널 크기 k", "en": "Kernel size k"},
    "unet.k_help": {
        "ko": "줄이고 키우는 합성곱·전치 합성곱의 커널 크기입니다. 각 층 안의 합성곱은 늘 3 × 3입니다.",
        "en": "Kernel size of the downsampling and upsampling (transposed) convolutions. The convolutions inside each level are always 3 × 3.",
    },
    "unet.conv": {"ko": "층 안의 합성곱", "en": "Convolutions in each level"},
    "unet.conv.same": {"ko": "same (패딩으로 크기 유지)", "en": "same (padding keeps the size)"},
    "unet.conv.valid": {
        "ko": "valid (패딩 없음, 원래 U-Net)",
        "en": "valid (no padding, original U-Net)",
    },
    "unet.skip": {"ko": "스킵 연결", "en": "Skip connections"},
    "unet.skip.off": {"ko": "끄기", "en": "Off"},
    "unet.skip.add": {"ko": "더하기", "en": "Add"},
    "unet.skip.concat": {"ko": "이어붙이기 (채널 방향)", "en": "Concatenate (channels)"},
    "unet.weights": {"ko": "가중치", "en": "Weights"},
    "unet.weights.fixed": {
        "ko": "정해진 커널 (흐림·쌍선형)",
        "en": "Fixed kernels (blur, bilinear)",
    },
    "unet.weights.random": {"ko": "무작위 (학습 전)", "en": "Random (untrained)"},
    "unet.fix": {"ko": "크기가 안 맞을 때", "en": "When sizes do not match"},
    "unet.fix.none": {"ko": "그대로 두기", "en": "Leave as is"},
    "unet.fix.pad": {"ko": "입력에 패딩 추가", "en": "Pad the input"},
    "unet.fix.outpad": {"ko": "출력 패딩 (output_padding)", "en": "output_padding"},
    "unet.base": {"ko": "기본 채널 수 (0층)", "en": "Base width (channels at level 0)"},
    "unet.base_help": {
        "ko": "실제 U-Net은 한 층 내려갈 때마다 채널을 두 배로 늘립니다. 이 페이지의 그림은 채널 하나만 계산하고, 채널 수는 크기 계산으로만 보여 줍니다.",
        "en": "A real U-Net doubles the channels at each level down. The pictures here compute a single channel; the channel counts are shape arithmetic only.",
    },
    # The U
    "unet.u_heading": {"ko": "U 모양과 단계별 크기", "en": "The U and the shape at every level"},
    "unet.u_caption": {
        "ko": "상자마다 채널 × 높이 × 너비. 왼쪽으로 내려가며 줄이고 오른쪽으로 올라가며 키웁니다. 가로 점선은 스킵 연결이며, valid 모드에서는 잘라 내는 픽셀 수가 붙습니다.",
        "en": "Each box shows channels × height × width. The left side goes down and shrinks, the right side goes up and grows. Dashed lines are skip connections, labelled with the pixels cropped per side in valid mode.",
    },
    "unet.diagram.encoder": {"ko": "인코더", "en": "Encoder"},
    "unet.diagram.bottleneck": {"ko": "병목", "en": "Bottleneck"},
    "unet.diagram.decoder": {"ko": "디코더", "en": "Decoder"},
    "unet.diagram.problem": {"ko": "맞지 않음", "en": "Mismatch"},
    "unet.diagram.part": {"ko": "부분", "en": "Part"},
    "unet.diagram.level": {"ko": "층", "en": "Level"},
    "unet.diagram.shape": {"ko": "크기 (C × H × W)", "en": "Shape (C × H × W)"},
    "unet.diagram.crop": {"ko": "자르기 {crop}", "en": "crop {crop}"},
    "unet.diagram.link": {"ko": "연결", "en": "Link"},
    "unet.link.down": {"ko": "줄이기", "en": "Down"},
    "unet.link.up": {"ko": "키우기", "en": "Up"},
    "unet.link.skip": {"ko": "스킵 연결", "en": "Skip"},
    "unet.maps_heading": {
        "ko": "층마다의 이미지 (채널 하나)",
        "en": "The image at every level (one channel)",
    },
    "unet.maps_caption": {
        "ko": "왼쪽 열은 인코더(스킵 연결이 가져가는 맵), 오른쪽 열은 디코더 출력입니다. 작은 맵도 같은 칸 크기로 확대해 보여 줍니다.",
        "en": "Left column: the encoder maps (what the skip connections take). Right column: the decoder outputs. Small maps are enlarged so that each pixel stays a square.",
    },
    "unet.map.input": {"ko": "입력 {shape}", "en": "Input {shape}"},
    "unet.map.encoder": {"ko": "인코더 {level}층 {shape}", "en": "Encoder level {level} {shape}"},
    "unet.map.bottleneck": {"ko": "병목 {shape}", "en": "Bottleneck {shape}"},
    "unet.map.upsampled": {
        "ko": "{level}층으로 키운 맵 {shape}",
        "en": "Upsampled to level {level} {shape}",
    },
    "unet.map.decoder": {"ko": "디코더 {level}층 {shape}", "en": "Decoder level {level} {shape}"},
    "unet.map.output": {"ko": "출력 {shape}", "en": "Output {shape}"},
    "unet.map.missing": {
        "ko": "여기서부터는 계산할 수 없습니다.",
        "en": "Not computed from here on.",
    },
    "unet.random_note": {
        "ko": "무작위 가중치는 학습 전 신경망처럼 그림을 뭉개고, 전치 합성곱에서는 체커보드 무늬를 만들기 쉽습니다. 음수가 생기므로 파랑–흰색–주황 색상으로 보여 줍니다.",
        "en": "Random weights blur the picture the way an untrained network does, and the transposed convolutions easily leave a checkerboard. Values turn negative, so the maps use the blue–white–orange scale.",
    },
    "unet.shapes_table": {"ko": "크기 계산표", "en": "Shape arithmetic"},
    "unet.col.stage": {"ko": "단계", "en": "Stage"},
    "unet.col.shape": {"ko": "크기 (C × H × W)", "en": "Shape (C × H × W)"},
    "unet.col.crop": {"ko": "자르기 (앞, 뒤)", "en": "Crop (before, after)"},
    "unet.col.output_padding": {"ko": "출력 패딩", "en": "output_padding"},
    "unet.stage.input": {"ko": "입력", "en": "Input"},
    "unet.stage.padded": {"ko": "패딩한 입력", "en": "Padded input"},
    "unet.stage.encoder": {
        "ko": "인코더 {level}층 (3 × 3 합성곱 2번 뒤)",
        "en": "Encoder level {level} (after two 3 × 3 convolutions)",
    },
    "unet.stage.down": {
        "ko": "{level}층 → {below}층 줄이기",
        "en": "Down from level {level} to {below}",
    },
    "unet.stage.bottleneck": {
        "ko": "병목 (3 × 3 합성곱 2번 뒤)",
        "en": "Bottleneck (after two 3 × 3 convolutions)",
    },
    "unet.stage.up": {"ko": "{level}층으로 키우기", "en": "Up to level {level}"},
    "unet.stage.decoder": {
        "ko": "디코더 {level}층 (병합과 3 × 3 합성곱 2번 뒤)",
        "en": "Decoder level {level} (after the merge and two 3 × 3 convolutions)",
    },
    "unet.merge_note.concat": {
        "ko": "이어붙이기는 채널 수를 두 배로 만들고(인코더 맵 + 키운 맵), 그 뒤의 합성곱이 다시 절반으로 줄입니다. 정해진 가중치에서는 그 합성곱이 두 맵을 평균하므로 더하기와 같은 그림이 나옵니다.",
        "en": "Concatenation doubles the channels (encoder map + upsampled map), and the convolution after it halves them again. With fixed weights that convolution averages the two maps, so it gives the same picture as adding.",
    },
    "unet.merge_note.add": {
        "ko": "더하기는 채널 수를 그대로 둡니다. 두 맵의 크기가 정확히 같아야 합니다.",
        "en": "Adding keeps the channel count; both maps must have exactly the same size.",
    },
    "unet.merge_note.off": {
        "ko": "스킵 연결이 없으면 디코더는 병목에 남은 정보만으로 세부를 되살려야 해서 결과가 흐려집니다.",
        "en": "Without skip connections the decoder must rebuild the details from what is left at the bottleneck, so the output is blurry.",
    },
    "unet.padded_note": {
        "ko": "입력 {size} × {size}를 {padded} × {padded}로 패딩했습니다(오른쪽과 아래에 반사 패딩). 이 크기에서는 모든 스킵 연결의 크기가 맞습니다.",
        "en": "The {size} × {size} input was padded to {padded} × {padded} (reflect padding on the right and bottom); at this size every skip connection fits.",
    },
    "unet.outpad_note": {
        "ko": "출력 패딩은 전치 합성곱에만 있습니다. 최근접·쌍선형 보간과 픽셀 셔플은 늘 정확히 두 배가 되므로, 입력 크기를 바꾸거나 패딩을 추가하세요.",
        "en": "output_padding exists only for transposed convolutions. Nearest and bilinear resizes and pixel shuffle always give exactly twice the size, so change the input size or pad it.",
    },
    # Problems
    "unet.problem.mismatch": {
        "ko": "{level}층에서 크기가 맞지 않습니다: 인코더 맵은 {encoder} × {encoder}인데 아래에서 키운 맵은 {upsampled} × {upsampled}입니다. {reason}",
        "en": "Sizes do not match at level {level}: the encoder map is {encoder} × {encoder} but the map upsampled from below is {upsampled} × {upsampled}. {reason}",
    },
    "unet.problem.reason.same": {
        "ko": "줄일 때 홀수 크기의 절반은 내림(또는 올림)되지만 키울 때는 정확히 두 배가 되므로, 2^깊이로 나누어떨어지지 않는 크기는 되돌아오지 않습니다. 이어붙이기와 더하기 모두 같은 크기가 필요합니다.",
        "en": "Halving an odd size rounds down (or up), but upsampling gives exactly twice the size, so a size not divisible by 2^depth does not come back. Both concatenation and adding need equal sizes.",
    },
    "unet.problem.reason.valid": {
        "ko": "valid 모드에서는 인코더 맵을 잘라서 맞추는데, 키운 맵이 더 크면 자를 수 없습니다. 커널 2를 쓰거나 입력을 키우세요.",
        "en": "In valid mode the encoder map is cropped to fit, which is impossible when the upsampled map is larger. Use kernel size 2 or a larger input.",
    },
    "unet.problem.too_small": {
        "ko": "{level}층에서 맵이 {pixels} 크기로 줄어 다음 커널이 들어가지 않으므로 더 계산할 수 없습니다. 깊이를 줄이거나 입력을 키우세요(valid 합성곱은 층마다 4픽셀씩 줄입니다).",
        "en": "At level {level} the map shrinks to {pixels} across, too small for the next kernel, so the U cannot go on. Lower the depth or use a larger input (valid convolutions remove 4 pixels per level).",
    },
    "unet.problem.vanished": {
        "ko": "{level}층에서 계산한 맵의 한 변({size})이 1보다 작아 남는 픽셀이 없으므로 더 계산할 수 없습니다. 깊이를 줄이거나 입력을 키우세요(valid 합성곱은 층마다 4픽셀씩 줄입니다).",
        "en": "At level {level} the map's side works out to {size}, so no pixel is left and the U cannot go on. Lower the depth or use a larger input (valid convolutions remove 4 pixels per level).",
    },
    "unet.pixels.one": {"ko": "1픽셀", "en": "1 pixel"},
    "unet.pixels.other": {"ko": "{count}픽셀", "en": "{count} pixels"},
    "unet.problem.fixes": {
        "ko": "고치는 방법: 입력을 {fit} × {fit}로 패딩하기(아래 '크기가 안 맞을 때'에서 '입력에 패딩 추가'), 전치 합성곱이라면 출력 패딩으로 한 픽셀 더하기, 또는 처음부터 2^깊이 = {multiple}의 배수인 크기를 쓰기.",
        "en": "Fixes: pad the input to {fit} × {fit} ('Pad the input' under 'When sizes do not match'), add one pixel with output_padding if the upsampling is a transposed convolution, or use a size divisible by 2^depth = {multiple} from the start.",
    },
    "unet.problem.no_fit": {
        "ko": "이 설정에서는 근처에 맞는 입력 크기가 없습니다. 깊이나 커널 크기를 바꿔 보세요.",
        "en": "No nearby input size fits these settings; change the depth or the kernel size.",
    },
    "unet.problem.skip_off": {
        "ko": "스킵 연결이 꺼져 있어 크기가 달라도 계산은 되지만, 출력은 {output} × {output}으로 입력 {size} × {size}와 다릅니다.",
        "en": "Skip connections are off, so the U still runs, but the output is {output} × {output} instead of the {size} × {size} input.",
    },
    "unet.asymmetric_crop": {
        "ko": "{level}층의 자르기가 앞뒤로 다릅니다({before}, {after}). 인코더 맵이 반 픽셀 어긋난 채로 합쳐집니다. 원래 U-Net의 572처럼 모든 차이가 짝수가 되는 크기를 고르면 피할 수 있습니다.",
        "en": "The crop at level {level} differs between the two sides ({before}, {after}), so the encoder map is merged half a pixel off. A size such as the original U-Net's 572, at which every difference is even, avoids it.",
    },
    "unet.fits": {
        "ko": "모든 층에서 크기가 맞습니다. 출력 {output} × {output}.",
        "en": "Every level fits. Output {output} × {output}.",
    },
    # Reference
    "unet.reference_heading": {
        "ko": "참고: 원래 U-Net의 크기 계산",
        "en": "Reference: the original U-Net's shape arithmetic",
    },
    "unet.reference_intro": {
        "ko": "2015년 U-Net은 2 × 2 최대 풀링, 층마다 패딩 없는 3 × 3 합성곱 두 번, 2 × 2 업-합성곱(스트라이드 2 전치 합성곱)을 씁니다. 572 × 572 입력은 388 × 388 출력이 되고, 인코더 맵은 층마다 한쪽에서 88, 40, 16, 4픽셀씩 잘라 낸 뒤 이어붙입니다. 572는 모든 층에서 크기 차이가 짝수가 되도록 고른 값입니다.",
        "en": "The 2015 U-Net uses 2 × 2 max-pooling, two unpadded 3 × 3 convolutions per level and 2 × 2 up-convolutions (stride-2 transposed convolutions). A 572 × 572 input gives a 388 × 388 output, and the encoder maps are cropped by 88, 40, 16 and 4 pixels per side before concatenation. 572 was chosen so that every size difference is even.",
    },
    "unet.reference_output": {
        "ko": "입력 {size} → 출력 {output}, 자르기(한쪽, 0층부터): {crops}",
        "en": "Input {size} → output {output}, crops per side (from level 0): {crops}",
    },
    # Checkerboard
    "unet.checker_heading": {"ko": "체커보드 아티팩트", "en": "Checkerboard artifacts"},
    "unet.checker_intro": {
        "ko": "스트라이드 s 전치 합성곱은 입력 한 칸마다 커널 하나를 출력에 찍고 s칸씩 옮깁니다. k가 s로 나누어떨어지지 않으면 어떤 출력 칸에는 커널이 더 많이 겹칩니다. 하지만 겹침이 고르다고 끝이 아닙니다. 상수 이미지가 평평하게 나오려면 커널을 스트라이드 위상별로 나눈 합(위상 합)이 모두 같아야 합니다.",
        "en": "A stride-s transposed convolution stamps one copy of the kernel per input sample, s samples apart. When k is not divisible by s, some output samples receive more overlapping copies than others. Even overlap is not enough, though: a constant image comes out flat only when the kernel's stride phases all sum to the same value.",
    },
    "unet.up_kernel": {"ko": "업샘플링 커널", "en": "Upsampling kernel"},
    "unet.up_kernel_help": {
        "ko": "전치 합성곱(정해진 가중치)과 아래 비교에 쓰는 1D 커널입니다. 2D 커널은 이 커널의 외적입니다.",
        "en": "The 1D kernel of the transposed convolution (fixed weights) and of the comparison below; the 2D kernel is its outer product.",
    },
    "unet.up_kernel.bilinear": {
        "ko": "쌍선형 (위상 합이 같음)",
        "en": "Bilinear (equal phase sums)",
    },
    "unet.up_kernel.ones": {"ko": "모두 1", "en": "All ones"},
    "unet.up_kernel.ramp": {"ko": "경사 1, 2, …, k", "en": "Ramp 1, 2, …, k"},
    "unet.up_kernel.random": {"ko": "무작위", "en": "Random"},
    "unet.stride": {"ko": "스트라이드 s", "en": "Stride s"},
    "unet.stride_help": {
        "ko": "이 절의 겹침 지도와 위상 합에만 쓰입니다. U-Net은 늘 2배로 키웁니다.",
        "en": "Used only by the overlap map and phase sums of this section; the U always upsamples by 2.",
    },
    "unet.kernel_row": {"ko": "1D 커널 (크기 {k})", "en": "1D kernel (size {k})"},
    "unet.counts_1d": {"ko": "1D 겹침 수 (입력 {n}칸)", "en": "1D overlap counts ({n} inputs)"},
    "unet.counts_2d": {
        "ko": "2D 겹침 수 (입력 {n} × {n})",
        "en": "2D overlap counts ({n} × {n} input)",
    },
    "unet.phase_sums": {"ko": "위상 합 (2D)", "en": "Phase sums (2D)"},
    "unet.constant_out": {
        "ko": "상수 이미지의 전치 합성곱 (입력 {n} × {n})",
        "en": "Transposed convolution of a constant image ({n} × {n} input)",
    },
    "unet.counts_summary": {
        "ko": "안쪽 겹침 수: 최소 {low}, 최대 {high} (2D 최대/최소 = {ratio}). 위상 합: {sums}.",
        "en": "Interior overlap counts: min {low}, max {high} (2D max/min = {ratio}). Phase sums: {sums}.",
    },
    "unet.verdict.flat": {
        "ko": "위상 합이 모두 같아 상수 이미지가 안쪽에서 평평하게 나옵니다.",
        "en": "Every phase sums to the same value, so a constant image comes out flat in the interior.",
    },
    "unet.verdict.even_but_not_flat": {
        "ko": "겹침은 고르지만 위상 합이 달라서 여전히 줄무늬가 생깁니다.",
        "en": "The overlap is even, but the phase sums differ, so stripes remain.",
    },
    "unet.verdict.uneven": {
        "ko": "위상 합이 달라 체커보드 무늬가 생깁니다.",
        "en": "The phase sums differ, so a checkerboard appears.",
    },
    "unet.axis.output_position": {"ko": "출력 위치", "en": "Output position"},
    "unet.axis.count": {"ko": "겹침 수", "en": "Overlaps"},
    "unet.axis.phase_row": {"ko": "행 위상", "en": "Row phase"},
    "unet.axis.phase_col": {"ko": "열 위상", "en": "Column phase"},
    "unet.axis.sum": {"ko": "합", "en": "Sum"},
    "unet.image_through": {
        "ko": "실제 이미지 ({n} × {n}로 줄인 뒤 이 전치 합성곱으로 키움)",
        "en": "The real image (shrunk to {n} × {n}, then upsampled by this transposed convolution)",
    },
    "unet.remedies_heading": {
        "ko": "해결책 나란히 보기 (2배 업샘플링)",
        "en": "Remedies side by side (2× upsampling)",
    },
    "unet.remedies_intro": {
        "ko": "모두 2배 업샘플링입니다. 첫 열은 위상 합이 서로 달라 체커보드가 생기는 전치 합성곱이고, 나머지 열은 같은 일을 체커보드 없이 하는 방법입니다. 위: 상수 이미지를 키운 결과를 평균과의 차이로 칠했습니다(흰색이 평평함). 아래: 실제 이미지. 숫자는 안쪽의 (최대 − 최소) / 평균이며 0이면 평평합니다. {kernel_note}",
        "en": "All of them upsample 2×. The first column is a transposed convolution whose stride phases sum differently, so it makes a checkerboard; the other columns do the same job without one. Top: a constant image upsampled, coloured by its difference from the mean (white is flat). Bottom: the real image. The number is (max − min) / mean of the interior; 0 means flat. {kernel_note}",
    },
    "unet.remedies_kernel_note": {
        "ko": "보간 후 합성곱과 픽셀 셔플은 첫 열과 같은 커널({kernel}, k = {k})을 씁니다. 위에서 고른 커널이 체커보드를 만들면 첫 열은 그 커널이고, 그렇지 않으면 모두 1인 k = 3 커널로 문제를 보여 줍니다.",
        "en": "The resize remedies and pixel shuffle use the first column's kernel ({kernel}, k = {k}). When the kernel chosen above makes a checkerboard, the first column uses it; otherwise the problem is shown with an all-ones kernel of size 3.",
    },
    "unet.kernel_short.bilinear": {"ko": "쌍선형", "en": "bilinear"},
    "unet.kernel_short.ones": {"ko": "모두 1", "en": "all ones"},
    "unet.kernel_short.ramp": {"ko": "경사", "en": "ramp"},
    "unet.kernel_short.random": {"ko": "무작위", "en": "random"},
    "unet.remedy.problem": {
        "ko": "문제: 전치 합성곱 ({kernel}, k = {k}, s = 2)",
        "en": "Problem: transposed conv ({kernel}, k = {k}, s = 2)",
    },
    "unet.remedy.chosen": {
        "ko": "고른 커널: 전치 합성곱 ({kernel}, k = {k}, s = 2)",
        "en": "Your kernel: transposed conv ({kernel}, k = {k}, s = 2)",
    },
    "unet.remedy.divisible": {
        "ko": "전치 합성곱 (쌍선형, k = 4, s = 2)",
        "en": "Transposed conv (bilinear, k = 4, s = 2)",
    },
    "unet.remedy.nearest": {
        "ko": "최근접 보간 후 합성곱 ({kernel}, k = {k})",
        "en": "Nearest resize, then conv ({kernel}, k = {k})",
    },
    "unet.remedy.bilinear": {
        "ko": "쌍선형 보간 후 합성곱 ({kernel}, k = {k})",
        "en": "Bilinear resize, then conv ({kernel}, k = {k})",
    },
    "unet.remedy.pixel_shuffle": {
        "ko": "픽셀 셔플, ICNR 초기화 ({kernel}, k = {k})",
        "en": "Pixel shuffle, ICNR init ({kernel}, k = {k})",
    },
    "unet.remedy.checker": {
        "ko": "불균일도 {value}: 체커보드",
        "en": "Ripple {value}: checkerboard",
    },
    "unet.remedy.flat": {"ko": "불균일도 {value}: 평평함", "en": "Ripple {value}: flat"},
    "unet.remedies_note": {
        "ko": "보간 후 합성곱은 모든 출력 칸이 같은 커널 전체를 받으므로 어떤 커널이든 평평합니다. 픽셀 셔플은 출력 위상마다 다른 커널을 쓰므로, 네 커널을 같게 시작하는 ICNR 초기화가 없으면 전치 합성곱처럼 체커보드가 생길 수 있습니다.",
        "en": "After a resize every output sample sees the whole kernel, so any kernel comes out flat. Pixel shuffle uses a separate kernel per output phase: without ICNR initialization (all four kernels equal) it can checkerboard just like a transposed convolution.",
    },
    # Training
    "unet.train_heading": {"ko": "업샘플링 커널 학습하기", "en": "Learn an upsampling kernel"},
    "unet.train_intro": {
        "ko": "이미지 가운데 {crop} × {crop}를 2 × 2 평균으로 절반으로 줄이고, 스트라이드 2 전치 합성곱의 커널(k × k)을 경사 하강법(Adam)으로 학습해 원래 이미지로 되돌립니다. 비교를 위해 최근접 보간 후 합성곱의 커널도 같은 출발점에서 함께 학습합니다. 기울기는 convcore가 계산합니다: 전치 합성곱의 커널 기울기는 출력 기울기와 입력의 합성곱(교차상관)이고, 합성곱의 입력 기울기는 전치 합성곱입니다.",
        "en": "The central {crop} × {crop} of the image is halved by 2 × 2 averaging, and the k × k kernel of a stride-2 transposed convolution is learned by gradient descent (Adam) to restore it. For comparison, the kernel of nearest-resize-then-convolution is trained from the same start. convcore computes the gradients: a transposed convolution's kernel gradient is a convolution (cross-correlation) of the output gradient with the input, and a convolution's input gradient is a transposed convolution.",
    },
    "unet.steps": {"ko": "학습 단계 수", "en": "Training steps"},
    "unet.train": {"ko": "학습 시작", "en": "Train"},
    "unet.stop": {"ko": "멈추기", "en": "Stop"},
    "unet.progress": {
        "ko": "{step} / {total} 단계, 손실 {loss}",
        "en": "Step {step} of {total}, loss {loss}",
    },
    "unet.train_idle": {
        "ko": "'학습 시작'을 누르면 학습합니다. 결과는 이 세션에 남습니다.",
        "en": "Press Train to start; the result stays for this session.",
    },
    "unet.train_done": {
        "ko": "{steps}단계 학습을 마쳤습니다 ({seconds:.1f}초, k = {k}).",
        "en": "Finished {steps} steps ({seconds:.1f} s, k = {k}).",
    },
    "unet.train_stopped": {
        "ko": "{step} / {total} 단계에서 멈췄습니다(k = {k}). 다시 학습하려면 '학습 시작'을 누르세요.",
        "en": "Stopped at step {step} of {total} (k = {k}). Press Train to start again.",
    },
    "unet.loss_chart": {"ko": "손실 (평균 제곱 오차)", "en": "Loss (mean squared error)"},
    "unet.axis.step": {"ko": "단계", "en": "Step"},
    "unet.axis.loss": {"ko": "손실 (로그 눈금)", "en": "Loss (log scale)"},
    "unet.axis.model": {"ko": "모델", "en": "Model"},
    "unet.model.transposed": {"ko": "전치 합성곱", "en": "Transposed conv"},
    "unet.model.resize_conv": {"ko": "최근접 보간 + 합성곱", "en": "Nearest resize + conv"},
    "unet.model.bilinear": {"ko": "쌍선형 보간 (학습 없음)", "en": "Bilinear (not learned)"},
    "unet.learned_kernel": {"ko": "학습된 커널: {model}", "en": "Learned kernel: {model}"},
    "unet.out.target": {"ko": "원본 {shape}", "en": "Original {shape}"},
    "unet.out.low": {"ko": "줄인 입력 {shape}", "en": "Halved input {shape}"},
    "unet.out.psnr": {
        "ko": "{model}: 최대 신호 대 잡음비(PSNR) {psnr:.2f} dB",
        "en": "{model}: PSNR {psnr:.2f} dB",
    },
    "unet.train_error": {
        "ko": "이 이미지로는 학습할 수 없습니다(한 변이 4픽셀 이상이어야 합니다).",
        "en": "This image cannot be used for training (each side needs at least 4 pixels).",
    },
}
