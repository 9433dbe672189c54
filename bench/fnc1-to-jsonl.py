#!/usr/bin/env python3
"""Turns FNC-1 train_bodies.csv into dated JSON Lines for store benchmarks (docs/PERFORMANCE.md).

Usage: bench/fnc1-to-jsonl.py ../shared/data/fnc1/train_bodies.csv > /tmp/fnc1.jsonl
Each body becomes an article of one of seven invented outlets, published on one of 56 consecutive days from
2025-01-06 (eight ISO weeks), so the store holds several weeks. Nothing of the output is committed.
"""
import csv
import datetime
import json
import sys

csv.field_size_limit(1 << 24)
start = datetime.date(2025, 1, 6)
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for i, row in enumerate(csv.DictReader(f)):
        day = start + datetime.timedelta(days=i % 56)
        print(json.dumps({"id": "fnc1-" + row["Body ID"], "outlet": "outlet-%d" % (i % 7),
                          "published": day.isoformat() + "T%02d:00:00Z" % (i % 24),
                          "title": "", "body": row["articleBody"]}))
