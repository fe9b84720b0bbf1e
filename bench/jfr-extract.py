#!/usr/bin/env python3
"""CPU samples of a JFR recording of `dossier extract` split by step, and its hottest methods (bench/extract-split.sh).
A sample is named by the first step (in the order below) that any frame of its stack matches; JIT compilation and GC are not sampled by JFR (their
CPU is the whole command's CPU less what the samples stand for). Usage: jfr-extract.py RECORDING.jfr [TOP]"""
import re, subprocess, sys, collections
STEPS = [  # (label, regex on a frame), in order: the first that a frame of the stack matches names the sample
  ("cut scan before the parse", r"org\.dossier\.extract\.html\.(HtmlInput\.(scan|markupAt)|Markup)"),
  ("jsoup parse (tokenizer, tree builder)", r"org\.jsoup\.parser\.|org\.dossier\.extract\.html\.HtmlInput\.parse"),
  ("language (Lingua)", r"com\.github\.pemistahl|org\.dossier\.language\."),
  ("metadata (meta, JSON-LD, dates, credits)", r"org\.dossier\.extract\.(html\.(HtmlMetadata|JsonLd|SiteTitle|TitleCleaner)|dates|credits)\."),
  ("DOM walk and body (PageWalk, PageIndex, BlockCollector, BodyExtractor)", r"org\.dossier\.extract\.html\."),
  ("translation score, text checks", r"org\.dossier\.extract\."),
  ("JSON output", r"org\.dossier\.model\.Json\.|com\.fasterxml"),
  ("reading, gunzip, decoding", r"org\.dossier\.input\.|java\.util\.zip"),
  ("other Dossier code (article chain, output order)", r"org\.dossier\."),
]
out = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True).stdout
top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
by_step = collections.Counter(); self_time = collections.Counter(); n = 0
for ev in out.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", ev, re.M)
    if not frames:
        continue
    n += 1
    self_time[frames[0]] += 1
    step = next((label for label, rx in STEPS if any(re.match(rx, f) for f in frames)), "other (JVM, pools)")
    by_step[step] += 1
print(f"{n} samples")
for k, v in by_step.most_common():
    print(f"{100 * v / n:5.1f} %  {k}")
print(f"hottest methods (own samples):")
for k, v in self_time.most_common(top):
    print(f"{100 * v / n:5.1f} %  {k}")
