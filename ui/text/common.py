"""Strings shared by every page: app name, navigation, sidebar, image picker, URL notes."""

TEXT: dict[str, dict[str, str]] = {
    "app.name": {"ko": "합성곱 탐험기", "en": "Conv Explorer"},
    "app.url_rejected": {
        "ko": "주소(URL)의 값 중 쓸 수 없는 것이 있어 기본값으로 바꿨습니다: {keys}",
        "en": "Some values in the URL were invalid and fell back to their defaults: {keys}",
    },
    "nav.home": {"ko": "처음 화면", "en": "Home"},
    "nav.flip": {
        "ko": "뒤집기: 합성곱 vs 교차상관",
        "en": "Flip vs no flip",
    },
    "nav.stride": {"ko": "스트라이드·패딩·팽창", "en": "Stride, padding & dilation"},
    "nav.matrix": {"ko": "행렬로 보기: W와 Wᵀ", "en": "Matrix view: W and Wᵀ"},
    "nav.unet": {"ko": "U-Net: 줄이고 되살리기", "en": "U-Net: down and up"},
    "sidebar.language": {"ko": "언어 / Language", "en": "Language / 언어"},
    "sidebar.lang_rejected": {
        "ko": "주소의 lang 값을 알 수 없어 한국어·영어 중 기본 언어를 골랐습니다.",
        "en": "The lang value in the URL was not recognised, so the default language is used.",
    },
    "image.heading": {"ko": "이미지", "en": "Image"},
    "image.source": {"ko": "사용할 이미지", "en": "Image to use"},
    "image.source.astronaut": {"ko": "우주비행사 초상 (NASA)", "en": "Astronaut portrait (NASA)"},
    "image.source.brick": {"ko": "벽돌 벽 (직선 모서리)", "en": "Brick wall (straight edges)"},
    "image.source.text": {"ko": "글자 (높은 대비)", "en": "Letters (high contrast)"},
    "image.source.camera": {"ko": "사진가 (CC0)", "en": "Photographer (CC0)"},
    "image.source.upload": {"ko": "내 파일 올리기", "en": "Upload my own file"},
    "image.source.camera_input": {"ko": "카메라로 찍기", "en": "Take a photo"},
    "image.upload": {"ko": "PNG 또는 JPEG 파일", "en": "PNG or JPEG file"},
    "image.upload_help": {
        "ko": "회색조로 바꾸고 긴 변을 {side}픽셀 이하로 줄여서 씁니다. 파일은 저장하지 않습니다.",
        "en": "The image is turned to grayscale and shrunk to at most {side} pixels on its longer side. Nothing is saved.",
    },
    "image.camera": {"ko": "사진 찍기", "en": "Take a photo"},
    "image.none_yet": {
        "ko": "아직 이미지가 없어 우주비행사 사진을 대신 씁니다.",
        "en": "No image yet, so the astronaut portrait is used for now.",
    },
    "image.credit.astronaut": {
        "ko": "우주비행사 아일린 콜린스, NASA 사진 (퍼블릭 도메인), scikit-image 제공",
        "en": "Astronaut Eileen Collins, NASA photograph (public domain), via scikit-image",
    },
    "image.credit.brick": {
        "ko": "벽돌 벽, CC0Textures (CC0), scikit-image 제공",
        "en": "Brick wall, CC0Textures (CC0), via scikit-image",
    },
    "image.credit.text": {
        "ko": "글자 이미지, 위키미디어 커먼즈 (퍼블릭 도메인), scikit-image 제공",
        "en": "Letters, Wikimedia Commons (public domain), via scikit-image",
    },
    "image.credit.camera": {
        "ko": "사진가, Lav Varshney 촬영 (CC0), scikit-image 제공",
        "en": "Photographer, photo by Lav Varshney (CC0), via scikit-image",
    },
    "image.credit.upload": {"ko": "올린 파일: {name}", "en": "Uploaded file: {name}"},
    "image.note.downscaled": {
        "ko": "원본 {width} × {height} 이미지를 긴 변 {side}픽셀로 줄였습니다.",
        "en": "The {width} × {height} original was shrunk to {side} pixels on its longer side.",
    },
    "image.note.high_bit_depth": {
        "ko": "16비트(또는 실수) 이미지라서 실제 최솟값과 최댓값이 0과 1이 되도록 늘였습니다.",
        "en": "A 16-bit (or floating-point) image: its actual minimum to maximum was scaled to 0–1.",
    },
    "image.note.alpha_composited": {
        "ko": "투명한 부분은 흰 배경 위에 합성했습니다.",
        "en": "Transparent areas were composited onto a white background.",
    },
    "image.note.cmyk_converted": {
        "ko": "CMYK 이미지를 RGB를 거쳐 회색조로 바꿨습니다.",
        "en": "The CMYK image was converted to grayscale through RGB.",
    },
    "image.note.first_frame": {
        "ko": "여러 프레임 중 첫 프레임만 씁니다.",
        "en": "Only the first of several frames is used.",
    },
    "image.note.constant": {
        "ko": "모든 픽셀 값이 같은 이미지입니다. 결과도 평평하게 나옵니다.",
        "en": "Every pixel has the same value, so the results are flat too.",
    },
    "image.error.empty": {
        "ko": "빈 파일입니다. 다른 파일을 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "The file is empty. Please upload another file; the previous image stays.",
    },
    "image.error.svg": {
        "ko": "SVG는 벡터 그림이라 픽셀로 읽을 수 없습니다. PNG나 JPEG로 저장해서 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "SVG is a vector drawing, not pixels. Please export it as PNG or JPEG; the previous image stays.",
    },
    "image.error.heic": {
        "ko": "HEIC/AVIF 사진은 읽을 수 없습니다. JPEG로 바꿔서 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "HEIC/AVIF photos cannot be read here. Please convert it to JPEG; the previous image stays.",
    },
    "image.error.not_image": {
        "ko": "이미지 파일로 읽을 수 없습니다. PNG나 JPEG 파일을 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "This file could not be read as an image. Please upload a PNG or JPEG; the previous image stays.",
    },
    "image.error.too_large": {
        "ko": "이미지가 너무 큽니다({width} × {height}). 4천만 픽셀 이하로 줄여서 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "The image is too large ({width} × {height}). Please shrink it below 40 million pixels; the previous image stays.",
    },
    "image.error.not_finite": {
        "ko": "이미지에 숫자가 아닌 값(NaN)이나 무한대 값이 들어 있어 쓸 수 없습니다. 다른 파일을 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "The image contains NaN or infinite values and cannot be used. Please upload another file; the previous image stays.",
    },
    "image.error.truncated": {
        "ko": "파일이 잘렸거나 손상되어 끝까지 읽을 수 없습니다. 다시 저장해서 올려 주세요. 이전 이미지를 계속 씁니다.",
        "en": "The file is truncated or damaged and could not be read to the end. Please save it again; the previous image stays.",
    },
    "signal.seattle": {
        "ko": "시애틀 일 최고기온 2012 (실측)",
        "en": "Seattle daily max temperature 2012 (measured)",
    },
    "signal.step": {"ko": "계단 함수", "en": "Step"},
    "signal.impulse": {"ko": "단위 임펄스", "en": "Unit impulse"},
    "signal.noisy_sine": {"ko": "잡음 섞인 사인파", "en": "Noisy sine"},
    "signal.credit.seattle": {
        "ko": "시애틀 2012년 일 최고기온(°C), NOAA 자료 (퍼블릭 도메인), vega_datasets 제공",
        "en": "Seattle daily maximum temperature 2012 (°C), NOAA data (public domain), via vega_datasets",
    },
    "common.input": {"ko": "입력", "en": "Input"},
    "common.output": {"ko": "출력", "en": "Output"},
    "common.kernel": {"ko": "커널", "en": "Kernel"},
    "common.row": {"ko": "행", "en": "Row"},
    "common.column": {"ko": "열", "en": "Column"},
    "common.value": {"ko": "값", "en": "Value"},
    "common.index": {"ko": "위치", "en": "Position"},
    "common.shape": {"ko": "크기 {shape}", "en": "Shape {shape}"},
}
