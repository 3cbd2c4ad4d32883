"""Time one script run of every page (AppTest) and the server's memory with open sessions.

Usage: ``python benchmarks/app_bench.py [--runs 5] [--no-memory]``

Each page is timed at its defaults and at its heaviest settings, beside
``benchmarks/reference_page.py`` (four 16 × 16 Altair heatmaps with text and one
256 × 256 image) measured in the same run. Targets: defaults at most 2× the reference,
heaviest settings at most 8×. The memory part starts ``streamlit run`` on 127.0.0.1, opens
1 and then 10 sessions with Chromium and reads the server's resident memory (target: under
500 MB with ten sessions).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from streamlit.testing.v1 import AppTest  # noqa: E402

# Query parameters of the heaviest settings of each page; the slowest of a page's list
# counts. The flip and matrix pages draw one section at a time (``view``), so each of
# their sections appears with its largest inputs.
HEAVIEST: dict[str, list[dict[str, str]]] = {
    "home": [{}],
    "flip": [
        {"view": "image", "kernel": "motion_blur", "flip": "1", "image": "brick"},
        {"view": "continuous", "f": "step", "g": "ramp"},
        {"view": "discrete", "signal": "seattle", "k1": "decay"},
        {"view": "quiz"},
        {"view": "code", "kernel": "emboss"},
    ],
    "stride": [
        {
            "dims": "2",
            "n": "16",
            "n_w": "16",
            "k": "2",
            "k_w": "2",
            "padding": "6",
            "padding_w": "6",
        },
        {"dims": "2", "n": "16", "n_w": "16", "k": "7", "k_w": "7", "dilation": "2"},
    ],
    "matrix": [
        {"view": "w", "symbolic": "0", "dims": "2d", "n": "16", "k": "3"},
        {"view": "transpose", "symbolic": "0", "dims": "2d", "n": "16", "k": "3"},
        {"view": "adjoint", "dims": "2d", "n": "16", "k": "3"},
        {"view": "deconv", "dims": "2d", "n": "8", "blur": "5", "noise": "10"},
        {"view": "code", "dims": "2d", "n": "16", "k": "3"},
    ],
    "unet": [
        {"depth": "4", "k": "4", "upsample": "transposed", "skip": "concat"},
        {"depth": "4", "k": "3", "upsample": "bilinear", "skip": "add"},
    ],
}
PAGE_FILES = {
    "home": None,
    "flip": "pages/1_flip.py",
    "stride": "pages/2_stride_padding.py",
    "matrix": "pages/3_matrix.py",
    "unet": "pages/4_unet.py",
}


def time_runs(make_app, runs: int) -> float:
    """Return the median seconds of ``runs`` script runs after one warm-up run."""
    app = make_app()
    app.run()
    if app.exception:
        raise RuntimeError([exception.value for exception in app.exception])
    samples = []
    for _ in range(runs):
        app = make_app()
        start = time.perf_counter()
        app.run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def page_app(page: str, query: dict[str, str]):
    def make() -> AppTest:
        app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=300)
        app.query_params["lang"] = "ko"
        for key, value in query.items():
            app.query_params[key] = value
        if PAGE_FILES[page]:
            app.switch_page(PAGE_FILES[page])
        return app

    return make


def reference_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "benchmarks" / "reference_page.py"), default_timeout=300)


def measure_pages(runs: int) -> None:
    reference = time_runs(reference_app, runs)
    print(f"reference page: {reference * 1000:.0f} ms")
    print(f"{'page':8} {'defaults ms':>12} {'ratio':>6} {'heaviest ms':>12} {'ratio':>6}")
    for page in PAGE_FILES:
        default = time_runs(page_app(page, {}), runs)
        heavy = max(time_runs(page_app(page, query), runs) for query in HEAVIEST[page])
        print(
            f"{page:8} {default * 1000:12.0f} {default / reference:6.2f}"
            f" {heavy * 1000:12.0f} {heavy / reference:6.2f}"
        )


def measure_memory() -> None:
    import psutil
    from browser import CHROMIUM, CHROMIUM_FLAGS, page_url, run_server, wait_for_rerun
    from playwright.sync_api import sync_playwright

    def server_rss_mb(pid: int) -> float:
        process = psutil.Process(pid)
        processes = [process, *process.children(recursive=True)]
        return sum(item.memory_info().rss for item in processes) / 2**20

    with run_server() as base_url, sync_playwright() as playwright:
        server_pid = next(
            connection.pid
            for connection in psutil.net_connections("tcp")
            if connection.status == psutil.CONN_LISTEN
            and connection.laddr.port == int(base_url.rsplit(":", 1)[1])
        )
        print(f"server idle: {server_rss_mb(server_pid):.0f} MB")
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        pages_cycle = ["flip", "stride", "matrix", "unet", "home"]
        tabs = []
        for index in range(10):
            tab = browser.new_context().new_page()
            tab.set_default_timeout(120_000)
            tab.goto(page_url(base_url, pages_cycle[index % len(pages_cycle)], "ko"))
            tab.wait_for_selector("[data-testid='stSidebar']")
            wait_for_rerun(tab, settle_ms=1000)
            tabs.append(tab)
            if index == 0:
                print(f"server with 1 session: {server_rss_mb(server_pid):.0f} MB")
        print(f"server with 10 sessions: {server_rss_mb(server_pid):.0f} MB")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-memory", action="store_true")
    arguments = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}")
    measure_pages(arguments.runs)
    if not arguments.no_memory:
        measure_memory()


if __name__ == "__main__":
    main()
