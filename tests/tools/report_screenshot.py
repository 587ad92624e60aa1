"""Open a Snakemake report in headless Chromium, showing one of its figures, and screenshot it.

A check that the self-contained ``report.html`` really renders its figures in a browser::

    python tests/tools/report_screenshot.py report.html output/accounting/performance.png shot.png
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

WINDOW_SIZE = (1400, 1000)
# The report is a single-page app without links to a result; this opens the figure's view,
# again every half second, since the app may still switch to its start page after loading.
SHOW_FIGURE = """<script>
setInterval(() => {{
  const path = {path};
  app.setView({{content: "img", contentPath: results[path].data_uri, resultPath: path}});
}}, 500);
</script>
"""


def screenshot_report(
    report_html: Path, figure: str, screenshot: Path, chromium: str = "chromium"
) -> None:
    """Screenshot ``report_html`` showing the figure registered as ``figure`` (its output path)."""
    executable = shutil.which(chromium)
    if executable is None:
        raise FileNotFoundError(f"{chromium} not found (Debian: apt-get install chromium)")
    page = report_html.read_text(encoding="utf-8")
    end = page.rindex("</body>")
    with tempfile.TemporaryDirectory() as scratch:
        view = Path(scratch) / "view.html"
        view.write_text(
            page[:end] + SHOW_FIGURE.format(path=json.dumps(figure)) + page[end:],
            encoding="utf-8",
        )
        command = [
            executable,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={Path(scratch) / 'profile'}",
            "--virtual-time-budget=5000",  # let the report's scripts run before the shot
            f"--screenshot={screenshot.resolve()}",
            f"--window-size={WINDOW_SIZE[0]},{WINDOW_SIZE[1]}",
            view.as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or not screenshot.is_file():
        raise RuntimeError(f"chromium failed ({result.returncode}):\n{result.stderr[-2000:]}")


def _pixels(png: Path) -> np.ndarray:
    return np.asarray(Image.open(png).convert("RGB")).reshape(-1, 3).astype(int)


def distinct_colours(png: Path) -> int:
    """How many different RGB colours a picture has (a blank page has a handful)."""
    return len(np.unique(_pixels(png), axis=0))


def signature_colour(png: Path) -> tuple[int, int, int]:
    """The most frequent clearly coloured (not white, grey or black) colour of a figure."""
    pixels = _pixels(png)
    coloured = pixels[pixels.max(axis=1) - pixels.min(axis=1) > 60]
    colours, counts = np.unique(coloured, axis=0, return_counts=True)
    red, green, blue = (int(c) for c in colours[counts.argmax()])
    return red, green, blue


def pixels_of_colour(png: Path, colour: tuple[int, int, int]) -> int:
    return int((_pixels(png) == colour).all(axis=1).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="report.html from snakemake --report")
    parser.add_argument("figure", help="a figure's output path, e.g. output/<course>/sessions.png")
    parser.add_argument("screenshot", type=Path, help="PNG to write")
    arguments = parser.parse_args()
    screenshot_report(arguments.report, arguments.figure, arguments.screenshot)
    figure = Path(arguments.figure)
    colour = signature_colour(figure) if figure.is_file() else None
    shown = (
        f", {pixels_of_colour(arguments.screenshot, colour)} pixels of {colour}" if colour else ""
    )
    print(f"{arguments.screenshot}: {distinct_colours(arguments.screenshot)} colours{shown}")


if __name__ == "__main__":
    main()
