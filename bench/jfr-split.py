#!/usr/bin/env python3
"""CPU samples of a JFR recording of `dossier ingest` split by thread and by stage (bench/ingest-split.sh).
A sample is named by its innermost frame that matches a stage; SQLite's native code is not sampled by JFR
(the timing log's "store" and "commit" steps hold it). Usage: jfr-split.py RECORDING.jfr"""
import re, subprocess, sys, collections
STAGES = [  # (label, regex on a frame), checked from the innermost frame outwards: the first match names the sample
  ("store.json", r"org\.dossier\.model\.Json\."),
  ("lucene.index", r"org\.dossier\.server\.search\."),
  ("sqlite", r"org\.sqlite\.|org\.dossier\.store\."),
  ("dedup.sign", r"org\.dossier\.dedup\.(Signer|FoldedWords|BucketMinHash|KeyHashes)\."),
  ("dedup.match", r"org\.dossier\.dedup\."),
  ("cluster", r"org\.dossier\.cluster\."),
  ("text.features", r"org\.dossier\.text\."),
  ("language", r"org\.dossier\.language\.|com\.github\.pemistahl"),
  ("extract", r"org\.dossier\.extract\.|org\.jsoup\."),
  ("input", r"org\.dossier\.input\.|java\.util\.zip"),
]
out = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True).stdout
by_thread = collections.Counter(); by_stage = collections.Counter(); by_ts = collections.Counter()
for ev in out.split("jdk.ExecutionSample")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', ev)
    t = m.group(1) if m else "?"
    t = re.sub(r"[-\d]+$", "", t) or t
    frames = re.findall(r"^\s+([\w.$<>]+)\(", ev, re.M)
    stage = "other"
    for f in frames:
        for label, rx in STAGES:
            if re.match(rx, f):
                stage = label; break
        if stage != "other": break
    by_thread[t] += 1; by_stage[stage] += 1; by_ts[(t, stage)] += 1
n = sum(by_thread.values())
print(f"{n} samples")
for t, c in by_thread.most_common(): print(f"thread {t:28s} {c:6d} {100*c/n:5.1f} %")
for s, c in by_stage.most_common(): print(f"stage  {s:28s} {c:6d} {100*c/n:5.1f} %")
for (t, s), c in by_ts.most_common(25): print(f"  {t:24s} {s:16s} {c:6d} {100*c/n:5.1f} %")
