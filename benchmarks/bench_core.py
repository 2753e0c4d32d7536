"""Core benchmarks: parse + analyze throughput, and cold start of the CLI.

    python benchmarks/bench_core.py [--corpus DIR] [--messages 10000] [--runs 15]

Targets (issue 2): >= 2,000 messages/s parse+analyze on one core; cold
`reply-coach --help` <= 1.5x `python -c "import click"`; cold
`reply-coach draft <example>` <= 200 ms. Prints a Markdown table to paste
into docs/performance.md. Timing belongs here, never in the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def throughput(corpus: Path, n: int) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    from reply_coach.heat import analyze
    from reply_coach.message import parse

    raws = [p.read_bytes() for p in sorted(corpus.glob("*.eml"))]
    batch = (raws * (n // len(raws) + 1))[:n]
    for raw in raws:  # warm imports and regex caches
        analyze(parse(raw))
    t0 = time.perf_counter()
    for raw in batch:
        analyze(parse(raw))
    dt = time.perf_counter() - t0
    return n / dt, dt


def cold(cmd: list[str], runs: int) -> float:
    """Median wall time of a fresh process, in milliseconds."""
    times = []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    subprocess.run(cmd, capture_output=True, env=env)  # populate __pycache__ and the page cache
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    exe = shutil.which("reply-coach") or str(Path(sys.executable).parent / "reply-coach")
    rate, secs = throughput(args.corpus, args.messages)
    click_ms = cold([sys.executable, "-c", "import click"], args.runs)
    help_ms = cold([exe, "--help"], args.runs)
    example = ROOT / "examples" / "heated-invoice.eml"
    draft_ms = cold([exe, "draft", str(example)], args.runs)

    print(f"# reply-coach core benchmark, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}")
    print()
    print("| measure | result | target |")
    print("| --- | --- | --- |")
    print(f"| parse + analyze, {args.messages} messages (dev corpus repeated), one core | "
          f"{rate:,.0f} msg/s ({secs:.2f} s) | >= 2,000 msg/s |")
    print(f"| cold `python -c 'import click'` (median of {args.runs}) | {click_ms:.0f} ms | reference |")
    print(f"| cold `reply-coach --help` | {help_ms:.0f} ms ({help_ms / click_ms:.2f}x click) | <= 1.5x click |")
    print(f"| cold `reply-coach draft examples/heated-invoice.eml` | {draft_ms:.0f} ms | <= 200 ms |")


if __name__ == "__main__":
    main()
