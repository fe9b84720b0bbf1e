#!/usr/bin/env python3
# CPU split of a JFR recording of `dossier report` by stage: each execution sample is counted for the innermost frame of a CoreNLP
# annotator on its stack (SUTime, tagger, CRF, lemmas, tokenizer), else the innermost Dossier package or library.
# Usage: bench/report-jfr-split.py FILE.jfr   (record with java -XX:StartFlightRecording=filename=FILE.jfr,settings=profile ...)
import re, subprocess, sys, collections
markers = [
 ("sutime", r"edu\.stanford\.nlp\.time\.|TimeAnnotator"),
 ("pos tagger", r"edu\.stanford\.nlp\.tagger\.|POSTaggerAnnotator"),
 ("ner crf", r"NERCombinerAnnotator|edu\.stanford\.nlp\.ie\.|edu\.stanford\.nlp\.sequences\."),
 ("lemma", r"MorphaAnnotator|edu\.stanford\.nlp\.process\.Morpha"),
 ("tokenize/ssplit", r"TokenizerAnnotator|WordsToSentencesAnnotator|PTBLexer|edu\.stanford\.nlp\.process\."),
 ("corenlp other", r"edu\.stanford\.nlp\."),
 ("lingua", r"pemistahl\.lingua"),
 ("synthesize", r"org\.dossier\.synthesize"),
 ("resolve", r"org\.dossier\.resolve"),
 ("annotate (own rules)", r"org\.dossier\.annotate"),
 ("anchor", r"org\.dossier\.anchor"),
 ("store", r"org\.dossier\.store|sqlite"),
 ("render", r"org\.dossier\.render"),
 ("extract", r"org\.dossier\.extract|jsoup"),
 ("dedup/cluster/text", r"org\.dossier\.(dedup|cluster|text)"),
 ("input", r"org\.dossier\.input"),
 ("other dossier", r"org\.dossier\."),
]
markers = [(n, re.compile(p)) for n, p in markers]
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", sys.argv[1]],
                     capture_output=True, text=True).stdout
counts = collections.Counter(); tops = collections.defaultdict(collections.Counter)
for ev in out.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(", ev, re.M)
    cat = "jdk/jit/other"
    for group in (markers[:5], markers[5:]):
        for f in frames:
            for n, p in group:
                if p.search(f):
                    cat = n; break
            if cat != "jdk/jit/other": break
        if cat != "jdk/jit/other": break
    counts[cat] += 1
    if frames: tops[cat][frames[0]] += 1
total = sum(counts.values())
print(f"{total} samples")
for n, c in counts.most_common():
    print(f"{n:22s} {100*c/total:5.1f} %   top: " + "; ".join(f"{k.split('.')[-2]}.{k.split('.')[-1]} {v}" for k, v in tops[n].most_common(3)))
