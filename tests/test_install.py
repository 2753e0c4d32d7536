"""A plain (non-editable) install finds the bundled templates from any directory.

The templates live in a top-level `templates/` folder shipped as the package
`reply_coach.templates`; an editable install would hide a packaging mistake,
so this builds a real wheel and installs it into a fresh virtualenv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


# What a build writes next to the sources; the checkout must not get any of it from a test run.
BUILD_OUTPUT = ("build", "dist", "*.egg-info")


def build_output_in(folder: Path) -> set[tuple[str, int]]:
    found = set()
    for pattern in BUILD_OUTPUT:
        for top in folder.glob(pattern):
            for p in [top, *top.rglob("*")]:
                found.add((str(p.relative_to(folder)), p.stat().st_mtime_ns))
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("install")
    # Build from a copy: setuptools writes build/ and *.egg-info into the folder it builds.
    source = tmp / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", ".pytest_cache", "__pycache__", "tests", *BUILD_OUTPUT),
    )
    before = build_output_in(ROOT)
    wheels = tmp / "wheels"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.fail(f"building the wheel failed: {r.stderr[-2000:]}")
    assert build_output_in(ROOT) == before, "building the wheel wrote into the checkout"
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    wheel = next(wheels.glob("reply_coach-*.whl"))
    # Install only reply-coach from the wheel; its dependencies come from the
    # test environment's site-packages via PYTHONPATH (no network needed).
    # PYTHONPATH entries do not run .pth files, so the editable install of the
    # checkout stays invisible: the wheel's copy is what gets imported.
    site = sysconfig.get_paths()["purelib"]
    env = {**os.environ, "PYTHONPATH": site}
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                        str(env_dir / "lib" / "wheel"), str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    env["PYTHONPATH"] = os.pathsep.join([str(env_dir / "lib" / "wheel"), site])
    return py, env, tmp


def test_wheel_ships_every_template_and_no_source_checkout_is_needed(installed):
    py, env, tmp = installed
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(ROOT / "examples" / "heated-invoice.eml", elsewhere / "mail.eml")
    code = "import reply_coach, sys; print(reply_coach.__file__)"
    where = subprocess.run([str(py), "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert str(ROOT) not in where.stdout, "imported the checkout, not the installed wheel"
    cli = [str(py), "-c", "from reply_coach.cli import main; main()"]
    listing = subprocess.run(cli + ["templates"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert listing.returncode == 0, listing.stderr
    assert len(listing.stdout.strip().splitlines()) == 12
    assert all("en,da,de,fi" in line for line in listing.stdout.strip().splitlines()), listing.stdout
    draft = subprocess.run(cli + ["draft", "mail.eml"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert draft.returncode == 0, draft.stderr
    assert "In-Reply-To: <inv-114-complaint@kowalski-print.example>" in draft.stdout
    # The Danish, German and Finnish versions ship too: a Danish client gets a Danish draft.
    (elsewhere / "dansk.eml").write_bytes(
        "From: Mette Holm <mette@holm.example>\r\nTo: jamie@brightpath.example\r\nSubject: Hjemmesiden\r\n"
        "Date: Tue, 24 Nov 2026 10:14:00 +0100\r\nMessage-ID: <dk-1@holm.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHej Jamie\r\n\r\nHjemmesiden er nede IGEN. Det er jeres "
        "skyld, og hvis det ikke er løst inden fredag, finder vi et andet bureau.\r\n\r\nMette\r\n".encode()
    )
    danish = subprocess.run(cli + ["draft", "--json", "dansk.eml"], cwd=elsewhere, env=env, capture_output=True,
                            text=True)
    assert danish.returncode == 0, danish.stderr
    assert '"language": "da"' in danish.stdout and "Hej Mette," in danish.stdout
