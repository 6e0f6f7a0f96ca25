#!/usr/bin/env python3
"""make bench: measures postmortem against the cmark-gfm CLI on a generated corpus.

usage: run.py BINARY [--files N] [--runs R] [--results FILE]

Medians over R runs of: the cmark-gfm CLI rendering the whole corpus in one process with the
table and task-list extensions postmortem uses (the reference; with all five GFM extensions too,
for context), cmark-gfm parsing it alone (bench/parse-floor.c, the floor), postmortem lint (all
rules, two threads and one), postmortem actions --format json,
a one-file lint of the seed (process start included), and peak resident memory (/usr/bin/time)
for the corpus and for a corpus twice its size. Prints each figure with its ratio to the
reference and writes the same lines to the results file.
"""
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def corpus(files):
    """The corpus of `files` postmortems, generated again when missing or written by another
    version of the generator (its digest is kept beside the files)."""
    path = os.path.join(ROOT, ".build", "bench-corpus-%d" % files)
    generator = os.path.join(ROOT, "bench", "make-corpus.py")
    with open(generator, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    stamp = os.path.join(path, ".generator")
    current = open(stamp).read().strip() if os.path.exists(stamp) else None
    if current != digest:
        print("generating %d postmortems in %s" % (files, path), flush=True)
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, generator, str(files), path], check=True)
        with open(stamp, "w") as handle:
            handle.write(digest + "\n")
    return path


def markdown_files(path):
    found = []
    for folder, _, names in os.walk(path):
        found += [os.path.join(folder, n) for n in names if n.endswith(".md")]
    return sorted(found)


def timed(command, runs, cwd=None):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_kb(command, cwd=None):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=False)
    return int(result.stderr.strip().splitlines()[-1])


def parse_floor():
    """Compiles bench/parse-floor.c with the toolchain's clang (or cc); None when neither exists."""
    binary = os.path.join(ROOT, ".build", "parse-floor")
    source = os.path.join(ROOT, "bench", "parse-floor.c")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark-gfm"], capture_output=True, text=True)
    for compiler in ("clang", "cc"):
        try:
            result = subprocess.run([compiler, "-O2", source, "-o", binary] + flags.stdout.split()
                                    + ["-lcmark-gfm-extensions"], capture_output=True, text=True)
        except FileNotFoundError:
            continue
        if result.returncode == 0:
            return binary
    return None


def main():
    binary = os.path.abspath(sys.argv[1])
    files = int(arg("--files", "10000"))
    runs = int(arg("--runs", "5"))
    results = arg("--results", os.path.join(ROOT, ".build", "bench-results.txt"))
    path = corpus(files)
    paths = markdown_files(path)
    size = sum(os.path.getsize(p) for p in paths)
    seed = os.path.join(ROOT, "postmortems", "2025-04-29-k8s-jobs-too-big.md")

    reference = timed(["cmark-gfm", "-e", "table", "-e", "tasklist"] + [os.path.relpath(p, path) for p in paths],
                      runs, cwd=path)
    # For context only (not the reference): the CLI with all five GFM extensions, as GitHub renders.
    all_extensions = timed(["cmark-gfm"] + [arg for name in ("table", "tasklist", "strikethrough", "autolink",
                                                              "tagfilter") for arg in ("-e", name)]
                           + [os.path.relpath(p, path) for p in paths], runs, cwd=path)
    floor_binary = parse_floor()
    relative = [os.path.relpath(p, path) for p in paths]
    floor = timed([floor_binary] + relative, runs, cwd=path) if floor_binary else None
    lint = timed([binary, "lint", ".", "--format", "json", "--fail-on", "never"], runs, cwd=path)
    # How pre-commit hooks and `git diff --name-only | xargs` call it: every file named.
    lint_named = timed([binary, "lint", "--format", "json", "--fail-on", "never"] + relative, runs, cwd=path)
    lint_one = timed([binary, "lint", ".", "--format", "json", "--fail-on", "never", "--jobs", "1"], runs, cwd=path)
    actions = timed([binary, "actions", ".", "--format", "json", "--status", "all"], runs, cwd=path)
    single = timed([binary, "lint", seed, "--fail-on", "never"], max(runs * 4, 20))
    memory_lint = peak_kb([binary, "lint", ".", "--format", "json", "--fail-on", "never"], cwd=path)
    memory_actions = peak_kb([binary, "actions", ".", "--format", "json", "--status", "all"], cwd=path)
    doubled = corpus(files * 2)
    memory_doubled = peak_kb([binary, "lint", ".", "--format", "json", "--fail-on", "never"], cwd=doubled)

    lines = [
        "corpus: %d files, %.1f MB (%s); %d runs, medians; %d cores" % (
            len(paths), size / 1e6, os.path.relpath(path, ROOT), runs, os.cpu_count()),
        "cmark-gfm CLI, whole corpus in one process (reference): %.3f s" % reference,
        "  (context, not the reference: the CLI with all five GFM extensions %.3f s; lint = %.2f x that)" % (
            all_extensions, lint / all_extensions),
        ("cmark-gfm parse floor (bench/parse-floor.c, parse + walk + free, 1 core): %.3f s; "
         "lint = %.2f x the two-core floor" % (floor, lint / (floor / os.cpu_count())))
        if floor else "cmark-gfm parse floor: not measured (no C compiler)",
        "postmortem lint (all rules, %d threads):  %.3f s  = %.2f x reference (target <= 0.30)" % (
            os.cpu_count(), lint, lint / reference),
        "postmortem lint, the %d files named:  %.3f s  (as pre-commit calls it; context)" % (len(paths), lint_named),
        "postmortem lint (1 thread):               %.3f s  ; scaling 1 -> %d threads: %.2f x (target >= 1.8)" % (
            lint_one, os.cpu_count(), lint_one / lint),
        "postmortem actions --format json:         %.3f s  = %.2f x lint (target <= 1.0)" % (actions, actions / lint),
        "postmortem lint of the seed, one file:    %.1f ms (process start included; target <= 10 ms)" % (single * 1000),
        "peak memory: lint %.1f MB, actions %.1f MB; lint on %d files: %.1f MB (target <= 40 MB, flat)" % (
            memory_lint / 1024, memory_actions / 1024, files * 2, memory_doubled / 1024),
        "throughput: lint %.1f MB/s, reference %.1f MB/s" % (size / 1e6 / lint, size / 1e6 / reference),
    ]
    report = "\n".join(lines)
    print(report)
    os.makedirs(os.path.dirname(results), exist_ok=True)
    with open(results, "w", encoding="utf-8") as handle:
        handle.write(report + "\n")
    print("written to " + os.path.relpath(results, ROOT))


if __name__ == "__main__":
    main()
