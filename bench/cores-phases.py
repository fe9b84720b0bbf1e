#!/usr/bin/env python3
# Reads a log of bench/cores-sampler.py and prints the run in N slices of equal CPU (default 10): when each slice
# starts (seconds), the share of its samples with fewer than 2 of the program's threads ready to run (a core the
# program leaves idle on a quiet 2-core machine), the mean ready count, and the CPU seconds of its busiest threads.
# Usage: bench/cores-phases.py LOG [N]
import collections, re, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
t = [float(r[0]) for r in rows]
span = [t[0]] + [b - a for a, b in zip(t, t[1:])]
cpu = [float(r[1]) * s for r, s in zip(rows, span)]
total = sum(cpu); cum = 0
start, low, ready, threads = {}, collections.Counter(), collections.defaultdict(list), collections.defaultdict(collections.Counter)
for r, s, c in zip(rows, span, cpu):
    cum += c; k = min(n - 1, int(cum / total * n)); start.setdefault(k, float(r[0]))
    ready[k].append(int(r[2])); low[k] += int(r[2]) < 2
    for name, v in re.findall(r'(\S[^=]*?)=(\d+\.\d+)', r[3] if len(r) > 3 else ''):
        threads[k][name.strip()] += float(v) * s
print(f"# {sys.argv[1]}: {len(rows)} samples, {t[-1]:.0f} s, {total:.1f} CPU s of the sampled threads; "
      f"{sum(low.values())} samples ({100 * sum(low.values()) / len(rows):.0f} %) with fewer than 2 threads ready")
for k in sorted(start):
    print(f"slice {k + 1:2d} from {start[k]:6.1f} s: {100 * low[k] / len(ready[k]):3.0f} % of samples under 2 ready, "
          f"mean ready {sum(ready[k]) / len(ready[k]):.1f}; " + ', '.join(f"{m} {v:.1f}" for m, v in threads[k].most_common(4)))
