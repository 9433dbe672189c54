#!/usr/bin/env python3
"""Kinds of miss of an attribution extractor on PolNeAR.

Usage: polnear-miss-kinds.py POLNEAR_DIR MISSES_TSV... (the TSV files of `corroborate eval attribution --misses`).
Each gold attribution (the annotator id that sorts first, as the scorer) with at least one span that no prediction
overlaps is given the first kind that applies; three examples of each are printed.
"""
import sys, os, re, collections
data, misses = sys.argv[1], sys.argv[2:]
LEX = set("say says said saying tell tells told telling add adds added adding according claim claims claimed "
          "report reports reported note notes noted argue argued insist insisted warn warned explain explained "
          "announce announced write wrote ask asked acknowledge acknowledged admit admitted suggest suggested "
          "believe believes believed think thinks thought state stated declare declared deny denied confirm confirmed "
          "tweet tweeted describe described call called show shows showed find found".split())
PRON = set("he she they it i we you his her its their who which that this these one".split())
anns = {}
for f in sorted(os.listdir(os.path.join(data, 'attributions'))):
    doc = f[:-9] if re.search(r'_[0-9a-f]{4}\.ann$', f) else f[:-4]
    anns.setdefault(doc, f)
gold = []  # (doc, relation dict role->(start,end,text)), text
for doc, f in sorted(anns.items()):
    text = open(os.path.join(data, 'text', doc + '.txt'), encoding='utf-8').read()
    spans = {}
    rels = []
    for line in open(os.path.join(data, 'attributions', f), encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if p[0].startswith('T') and len(p) >= 3:
            head = p[1].split(' ', 1)
            if len(head) < 2:
                continue
            frags = [tuple(map(int, x.split())) for x in head[1].split(';')]
            spans[p[0]] = (head[0], frags[0][0], frags[-1][1], p[2])
        elif p[0].startswith('E') and len(p) >= 2:
            rel = {}
            for arg in p[1].split()[1:]:
                if ':' in arg:
                    r, t = arg.split(':', 1)
                    rel[re.sub(r'\d+$', '', r)] = t
            rels.append(rel)
    for rel in rels:
        r = {k: spans[v] for k, v in rel.items() if v in spans and k in ('Source', 'Cue', 'Content')}
        if 'Cue' in r or 'Content' in r:
            gold.append((doc, r, text))
for mf in misses:
    missed = set()
    for line in list(open(mf, encoding='utf-8'))[1:]:
        p = line.rstrip('\n').split('\t')
        if p[2] == 'missed':
            missed.add((p[0], p[1].capitalize(), int(p[3])))
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    n = 0
    for doc, r, text in gold:
        m = {k for k, v in r.items() if (doc, k, v[1]) in missed}
        if not m:
            continue
        n += 1
        cue = r.get('Cue')
        cw = cue[3].strip().lower().split() if cue else []
        first_nl = text.find('\n')
        if cue and 0 <= cue[1] < (first_nl if first_nl >= 0 else 0):
            k = '9 attribution in the headline line'
        elif 'Cue' in m and cue and re.fullmatch(r'[:\u2014\u2013-]+', cue[3].strip()):
            k = '8 punctuation cue (colon or dash)'
        elif 'Cue' in m and 'Source' not in r:
            k = '5 cue missed, attribution without a source'
        elif 'Cue' in m and len(cw) > 1:
            k = '2 cue missed, multi-word cue'
        elif 'Cue' in m and cw and cw[0].strip(':') in LEX:
            k = '4 cue missed, a common reporting verb'
        elif 'Cue' in m and cw and re.search(r'(ed|ing|s)$', cw[0].strip(':')):
            k = '1 cue missed, other verb-like word (-ed, -ing, -s)'
        elif 'Cue' in m:
            k = '3 cue missed, other single word (noun, preposition, base form)'
        elif 'Content' in m and 'Source' in m:
            k = '6b cue found, source and content missed'
        elif 'Content' in m:
            k = '6 cue found, content missed'
        elif r['Source'][3].strip().lower() in PRON:
            k = '10 cue found, pronoun source missed'
        else:
            k = '7 cue found, named or nominal source missed'
        kinds[k] += 1
        examples[k].append((doc, {kk: v[3][:60] for kk, v in r.items()}))
    print(mf, 'gold attributions', len(gold), 'with a miss', n)
    for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f'{c:5d}  {k}')
        for ex in examples[k][:3]:
            print('         ', ex)
