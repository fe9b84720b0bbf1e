#!/usr/bin/env python3
# Samples a process's threads every DT seconds (default 0.5) until it ends and writes one line per sample to OUT:
# seconds since the start, cores busy since the last sample, the threads of the program (not the JIT's or the VM's)
# ready to run (state R: on a core or waiting for one, so under load it still says how many cores the program could
# use), and the four busiest thread names with their CPU share. Usage: bench/cores-sampler.py PID OUT [DT]
import os, sys, time, collections
pid = int(sys.argv[1]); out = open(sys.argv[2], 'w'); dt = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
hz = os.sysconf('SC_CLK_TCK'); prev = {}; t0 = last = time.time()
while os.path.exists(f'/proc/{pid}'):
    cur = {}; runnable = collections.Counter(); names = {}
    try:
        for tid in os.listdir(f'/proc/{pid}/task'):
            try:
                s = open(f'/proc/{pid}/task/{tid}/stat').read()
            except OSError: continue
            comm = s[s.index('(')+1:s.rindex(')')]; rest = s[s.rindex(')')+2:].split()
            cur[tid] = int(rest[11]) + int(rest[12]); names[tid] = comm
            if rest[0] == 'R': runnable['jit/vm' if comm.startswith(('C1 ', 'C2 ', 'VM ', 'GC ')) else 'app'] += 1
    except OSError: break
    by = collections.Counter()
    for tid, v in cur.items():
        d = v - prev.get(tid, 0)
        if d: by[names[tid]] += d / hz
    first = not prev; prev = cur
    tot = sum(by.values()); now = time.time(); span = max(now - last, 1e-3); last = now
    if not first: out.write(f"{now-t0:.1f}\t{tot/span:.2f}\t{runnable['app']}\t" + ' '.join(f"{k}={v / span:.2f}" for k, v in by.most_common(4)) + '\n'); out.flush()
    time.sleep(dt)
