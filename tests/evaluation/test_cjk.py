"""Chinese in the report (issue 17): charts render Chinese glyphs, not the missing-glyph box, on a machine
with no CJK system font (the font comes from the mplfonts wheel); the HTML renders them in headless Chromium.

How a box is told from a glyph: every character a font lacks is drawn as the same .notdef box, so two
different Chinese strings of equal length render identically when glyphs are missing and differently
when they are present. The checks prove they can fail by rendering with DejaVu Sans alone first.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

A, B = "血常规检查", "社区获得性"  # five different characters each


def _render(text: str, family: list[str]) -> bytes:
    from dxgym.evaluation.charts import _plt

    plt = _plt()
    fig = plt.figure(figsize=(3, 0.8))
    fig.text(0.05, 0.3, text, fontsize=20, family=family)
    buf = io.BytesIO()
    fig.savefig(buf, format="raw", dpi=80)
    plt.close(fig)
    return buf.getvalue()


def test_charts_use_a_packaged_cjk_font_that_has_the_glyphs() -> None:
    from matplotlib.ft2font import FT2Font

    from dxgym.evaluation.charts import cjk_font

    family, path = cjk_font()
    assert "CJK" in family and Path(path).is_file() and "mplfonts" in path
    font = FT2Font(path)
    assert all(font.get_char_index(ord(ch)) != 0 for ch in A + B + "胸部CT肺炎诊断")


def test_chinese_text_renders_as_glyphs_not_boxes() -> None:
    from dxgym.evaluation.charts import _plt

    plt = _plt()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        boxes_a, boxes_b = _render(A, ["DejaVu Sans"]), _render(B, ["DejaVu Sans"])
    assert boxes_a == boxes_b, "the check cannot fail: DejaVu Sans alone should draw boxes"
    assert any("missing from font" in str(w.message) for w in caught)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        glyphs_a, glyphs_b = _render(A, plt.rcParams["font.family"]), _render(B, plt.rcParams["font.family"])
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert glyphs_a != glyphs_b


@pytest.fixture(scope="module")
def zh_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

    out = tmp_path_factory.mktemp("zh") / "oracle-paraphrase"
    settings = EvalSettings(policy="oracle-paraphrase", split="test", language="zh")
    asyncio.run(run_eval(settings, select_cases(settings, None), out, progress=False))
    return out


def test_a_chinese_run_puts_chinese_labels_in_its_charts(zh_run: Path) -> None:
    import json

    summary = json.loads((zh_run / "summary.json").read_text(encoding="utf-8"))
    labels = list(summary["top_examinations"]["revealed"])
    assert labels and all(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in labels[:3]), labels
    from dxgym.evaluation import charts

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts.top_examinations(summary["top_examinations"], summary["n_episodes"])
    assert not [w for w in caught if "missing from font" in str(w.message)]
    html = (zh_run / "report.html").read_text(encoding="utf-8")
    assert 'data-chart="examinations"' in html and labels[0] in html or labels[0].replace("_", " ") in html


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _shot(browser: str, page: Path, out: Path, profile: Path, size: str = "1280,2600") -> bytes:
    subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", f"--screenshot={out}",
                    page.as_uri()], capture_output=True, timeout=120, check=True)
    from PIL import Image

    return Image.open(out).convert("RGB").tobytes()


def test_chinese_report_screenshot_in_headless_chromium(zh_run: Path, tmp_path: Path) -> None:
    browser = _browser()
    assert browser, "headless Chromium is needed (.ci/run installs Debian's chromium and fonts-noto-cjk)"
    from dxgym.evaluation.report import _environment

    css = _environment().get_template("_style.css.j2").render()
    probe = "<!doctype html><meta charset=utf-8><style>{css}</style><body><table><tr><td style='font-size:40px'>{text}</td></tr></table>"
    pages = {}
    for name, text in (("a", A), ("b", B), ("a2", A)):
        path = tmp_path / f"{name}.html"
        path.write_text(probe.format(css=css, text=text), encoding="utf-8")
        pages[name] = _shot(browser, path, tmp_path / f"{name}.png", tmp_path / "profile", size="400,120")
    assert pages["a"] == pages["a2"], "screenshots are not deterministic; the comparison below would mean nothing"
    assert pages["a"] != pages["b"], ("Chinese text renders as missing-glyph boxes in the report's table font "
                                      "(install a CJK font: Debian's fonts-noto-cjk, as .ci/run does)")
    full = _shot(browser, zh_run / "report.html", tmp_path / "report.png", tmp_path / "profile", size="1280,6400")
    assert len(set(full[::97])) > 20  # a real page, not a blank one
    keep = Path(__file__).parent / "_artifacts"
    if keep.is_dir():  # a developer's look at the page (the directory is not in the repository)
        shutil.copy(tmp_path / "report.png", keep / "report_zh.png")
