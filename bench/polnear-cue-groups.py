#!/usr/bin/env python3
"""Missed and spurious cues of an attribution extractor on PolNeAR, by group of multi-word and nominal cue.

Usage: polnear-cue-groups.py MISSES_TSV... (the TSV files of `corroborate eval attribution --misses`).
Each CUE row (missed: a gold cue no prediction overlaps; spurious: a predicted cue no gold cue overlaps) is counted
in the first group whose pattern its lower-cased text matches; other cues are not counted.
"""
import sys, re, collections

GROUPS = [
    ('point out', r'\bpoint(s|ed|ing)? out\b'),
    ('point to', r'\bpoint(s|ed|ing)? to\b'),
    ('refer to', r'\brefer(s|red|ring)? to\b'),
    ('make (it) clear', r'\b(make|makes|made|making) (it )?clear\b'),
    ('make the case / point / argument', r'\b(make|makes|made|making) (the|a) (case|point|argument)\b'),
    ('go on to VERB', r'\b(go|goes|went|going) on to\b'),
    ('express X', r'\bexpress(es|ed|ing)?\b'),
    ('shot / fired / hit back', r'\b(shot|shoots|fired|fires|hit|hits) back\b'),
    ('rail against', r'\brail(s|ed|ing)? against\b'),
    ('lash out', r'\blash(es|ed|ing)? out\b'),
    ('take issue with', r'\b(take|takes|took|taking) issue\b'),
    ('talk / speak about, of', r'\b(talked|talks|spoke|speaks|spoken)( \w+ly| more| often| at length)? (about|of)\b'),
    ('speak out, open up, take aim, call out, no secret',
     r'\b(spoke|speaks|speaking) (out|up)\b|\bopen(ed|s|ing)? up\b|\b(take|takes|took|taking) aim\b'
     r'|\bcall(ed|s|ing)? out\b|\bno secret\b'),
    ('critical / supportive / dismissive of', r'\b(critical|supportive|dismissive) of\b'),
    ('as X put it', r'\bputs? it\b'),
    ('not mention', r"\b(not|n't|never) (\w+ly )?mention"),
    ('nominal (claim, warning, ...; one word)',
     r'^(claims?|assertions?|accusations?|allegations?|argument|warnings?|suggestion|insistence|contention|'
     r'complaints?|concerns?|fears?|assurances?|admission|predictions?|remark|comments?|boast|conclusion|belief|'
     r'charge|denial|promise|pledge|vow|threat|declaration|criticisms?|praise|description)$'),
]

for mf in sys.argv[1:]:
    c = collections.Counter()
    for line in list(open(mf, encoding='utf-8'))[1:]:
        p = line.rstrip('\n').split('\t')
        if p[1] != 'CUE':
            continue
        t = re.sub(r'\s+', ' ', p[5].strip().lower()).replace('\u2019', "'")
        for name, rx in GROUPS:
            if re.search(rx, t):
                c[(name, p[2])] += 1
                break
    print(mf)
    for name, _ in GROUPS:
        print(f'  {name:52s} missed {c[(name, "missed")]:4d}  spurious {c[(name, "spurious")]:4d}')
    print(f'  {"all":52s} missed {sum(v for k, v in c.items() if k[1] == "missed"):4d}'
          f'  spurious {sum(v for k, v in c.items() if k[1] == "spurious"):4d}')
