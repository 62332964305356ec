"""report.html: charts decode and are not blank, tables show summary.json's figures, and the page
renders in headless Chromium with every chart loaded."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from typer.testing import CliRunner

CHART = re.compile(r'<img alt="[^"]*" data-chart="([^"]+)" src="data:image/png;base64,([^"]+)"')
RUN_CHARTS = {"accuracy-by-specialty", "exam-prf", "turns", "reward-components", "breakdown", "process",
              "examinations"}
COMPARE_CHARTS = {"compare-headline", "compare-specialty", "compare-components", "accuracy-cost"}


def charts(html: str) -> dict[str, bytes]:
    return {name: base64.b64decode(data) for name, data in CHART.findall(html)}


def assert_not_blank(name: str, png: bytes) -> None:
    image = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=float)
    assert image.shape[0] > 100 and image.shape[1] > 200, name
    assert image.var() > 100.0, f"chart {name} is blank (pixel variance {image.var():.1f})"
    assert (image < 200).mean() > 0.01, f"chart {name} has almost nothing drawn"


class _Keys(HTMLParser):
    """(data-key, text) for every element that names a summary key."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._stack: list[tuple[str, list[str]] | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        key = dict(attrs).get("data-key")
        self._stack.append((key, []) if key else None)

    def handle_endtag(self, tag: str) -> None:
        item = self._stack.pop()
        if item:
            self.found.append((item[0], "".join(item[1]).strip()))

    def handle_data(self, data: str) -> None:
        for item in self._stack:
            if item:
                item[1].append(data)


def value_at(summary: dict, key: str):
    node = summary
    for part in key.split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def printed(value) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


@pytest.mark.parametrize("which", ["oracle_run", "random_run"])
def test_every_chart_decodes_and_is_not_blank(which: str, request: pytest.FixtureRequest) -> None:
    out: Path = request.getfixturevalue(which)
    found = charts((out / "report.html").read_text(encoding="utf-8"))
    assert set(found) == RUN_CHARTS
    for name, png in found.items():
        assert_not_blank(name, png)


def test_tables_show_the_figures_of_summary_json(random_run: Path) -> None:
    html = (random_run / "report.html").read_text(encoding="utf-8")
    summary = json.loads((random_run / "summary.json").read_text(encoding="utf-8"))
    parser = _Keys()
    parser.feed(html)
    shown = dict(parser.found)
    required = ["accuracy/mean", "accuracy/ci_low", "accuracy/ci_high", "exam/precision/mean", "exam/recall/mean",
                "exam/f1/mean", "exam/f1/ci_low", "exam/micro/f1", "pass_at_k/1", "pass_at_k/2", "turns/mean",
                "reward/mean", "rates/format_error", "rates/truncation", "judge/fallbacks",
                "tokens/completion_mean", "exam/examinations_per_episode"]
    required += [f"by_specialty/{k}/accuracy/mean" for k in summary["by_specialty"]]
    required += [f"by_language/{k}/exam_f1" for k in summary["by_language"]]
    required += [f"by_source/{k}/n_cases" for k in summary["by_source"]]
    required += [f"reward_components/{k}" for k in summary["reward_components"]]
    missing = [k for k in required if k not in shown]
    assert not missing, f"not in the report's tables: {missing}"
    for key, text in parser.found:
        assert text == printed(value_at(summary, key)), f"{key}: page says {text!r}, summary.json {value_at(summary, key)!r}"


def test_transcripts_show_requests_results_and_not_available(random_run: Path) -> None:
    html = (random_run / "report.html").read_text(encoding="utf-8")
    n = json.loads((random_run / "summary.json").read_text())["n_episodes"]
    assert html.count('<details class="episode"') == n
    assert 'class="chip na"' in html and "not available in this patient&#39;s record" in html
    assert 'class="fold think"' in html  # the random policy thinks sometimes; folded
    assert "Reference:" in html


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
PROBE = ("<script>window.addEventListener('load', () => { document.body.dataset.charts = "
         "[...document.querySelectorAll('img[data-chart]')].map(i => i.dataset.chart + ':' + i.naturalWidth).join(' '); });"
         "</script>")


def test_report_renders_in_headless_chromium(random_run: Path, tmp_path: Path) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("NO BROWSER FOUND (chromium / google-chrome not on PATH): the report's rendering in a real "
                    "browser was NOT checked; install Debian's chromium (as .ci/run does) to run this test")
    page = tmp_path / "probe.html"
    page.write_text((random_run / "report.html").read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                    encoding="utf-8")
    flags = [browser, *BROWSER_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    match = re.search(r'data-charts="([^"]*)"', dom.stdout)
    assert match, "the page's load handler did not run"
    widths = dict(item.split(":") for item in match.group(1).split())
    assert set(widths) == RUN_CHARTS
    assert all(int(w) > 100 for w in widths.values()), f"charts that did not decode in the browser: {widths}"
    shot = tmp_path / "report.png"
    subprocess.run([*flags, "--window-size=1280,2400", f"--screenshot={shot}", (random_run / "report.html").as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert_not_blank("screenshot", shot.read_bytes())


def test_report_rebuilds_and_compares(oracle_run: Path, random_run: Path, tmp_path: Path) -> None:
    import dxgym

    copy = tmp_path / "copy"
    shutil.copytree(oracle_run, copy)
    (copy / "report.html").unlink()
    (copy / "summary.json").unlink()
    rebuilt = CliRunner().invoke(dxgym.app, ["report", str(copy)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (copy / "summary.json").read_bytes() == (oracle_run / "summary.json").read_bytes()
    assert set(charts((copy / "report.html").read_text(encoding="utf-8"))) == RUN_CHARTS

    target = tmp_path / "cmp.html"
    compared = CliRunner().invoke(dxgym.app, ["report", str(oracle_run), str(random_run), "--out", str(target)])
    assert compared.exit_code == 0, compared.output
    html = target.read_text(encoding="utf-8")
    found = charts(html)
    assert set(found) == COMPARE_CHARTS
    for name, png in found.items():
        assert_not_blank(name, png)
    a = json.loads((oracle_run / "summary.json").read_text())["accuracy"]["mean"]
    b = json.loads((random_run / "summary.json").read_text())["accuracy"]["mean"]
    assert f"{b - a:+.3f}" in html  # the accuracy delta, random against oracle
    missing = CliRunner().invoke(dxgym.app, ["report", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "not a run directory" in missing.output


def test_pareto_front_keeps_only_runs_nothing_beats() -> None:
    from dxgym.evaluation.charts import pareto_front

    # (cost, accuracy): the cheap-and-bad, the dear-and-good and the balanced survive; the dominated do not
    points = [(100.0, 0.2), (500.0, 0.9), (300.0, 0.7), (400.0, 0.6), (600.0, 0.9), (100.0, 0.1)]
    assert pareto_front(points) == [0, 2, 1]


def test_report_of_three_runs_prints_paired_p_values_and_draws_accuracy_against_cost(
        oracle_run: Path, random_run: Path, tmp_path: Path) -> None:
    from conftest import run

    import dxgym

    third = tmp_path / "request-all"
    run("request-all", third)
    target = tmp_path / "three.html"
    result = CliRunner().invoke(dxgym.app, ["report", str(oracle_run), str(random_run), str(third), "--out", str(target)])
    assert result.exit_code == 0, result.output
    for line in ("Accuracy", "Exam F1", "Cost per case (USD)"):
        assert re.search(rf"{re.escape(line)}\s+Δ\s+[-+]\d+\.\d{{3}}\s+p =\s+(<0\.001|\d\.\d{{3}})", result.output), line
    assert "mcnemar" in result.output and "paired-bootstrap" in result.output
    html = target.read_text(encoding="utf-8")
    found = charts(html)
    assert "accuracy-cost" in found and len(found["accuracy-cost"]) > 10_000
    accuracy_row = re.search(r"<tr><td>Accuracy</td>(.*?)</tr>", html, re.S)
    assert accuracy_row and accuracy_row.group(1).count('class="num p"') == 2  # a p beside each of the two deltas
    assert 'data-p="&lt;0.001"' in accuracy_row.group(1)
    as_json = CliRunner().invoke(dxgym.app, ["report", str(oracle_run), str(third), "--out", str(target), "--json"])
    tests = json.loads(as_json.output)["paired"][0]["tests"]
    accuracy = next(t for t in tests if t["metric"] == "Accuracy")
    assert accuracy["test"].startswith("mcnemar") and accuracy["p_value"] < 0.001 and accuracy["delta"] == -1.0
