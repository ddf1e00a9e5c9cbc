#!/usr/bin/env python3
"""TempEval-3 timex scoring for bench/time, and the conversions it needs.

  score.py prepare OUTDIR      TimeML (TBAQ-cleaned) and MEANTIME (CAT XML) -> OUTDIR/<set>/*.txt,
                               OUTDIR/<set>.manifest ("path<TAB>DCT"), OUTDIR/<set>.gold.jsonl
  score.py chrono OUTDIR SET   runs ../shared/peers/bin/chrono.js on a set (one process per
                               reference date), prints JSON lines in the form bench_time prints
  score.py score GOLD SYSTEM   strict and relaxed span P/R/F1, value and type attribute F1

Measures as TempEval-3 defines them (UzZaman et al. 2013): a system timex matches a gold one
strictly when the spans are equal and relaxed when they overlap (one to one, in order); value
and type F1 count relaxed matches whose attribute is equal, over all system (precision) and all
gold (recall) timexes. The document creation time is no timex of the text and is not scored.
Offsets are Unicode code points into the text written by `prepare`.
"""
import glob
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from html import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', 'shared')
TBAQ = os.path.join(SHARED, 'data', 'time', 'data', 'TBAQ-cleaned')
MEANTIME = os.path.join(SHARED, 'data', 'ner', 'meantime', 'intra-doc_annotation')


def read_tml(path):
    """(text, dct, gold timexes) of one TimeML file: the <TEXT> element with tags removed."""
    raw = open(path, encoding='utf-8').read()
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"', raw) or \
        re.search(r'value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"', raw)
    body = raw[raw.index('<TEXT>') + len('<TEXT>'):raw.index('</TEXT>')]
    text, gold, pos = [], [], 0
    for m in re.finditer(r'<(/?)([A-Z0-9]+)([^>]*)>|([^<]+)', body):
        if m.group(4) is not None:
            piece = unescape(m.group(4))
            text.append(piece)
            pos += len(piece)
        elif m.group(2) == 'TIMEX3' and not m.group(1):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
            gold.append({'start': pos, 'type': attrs.get('type'), 'value': attrs.get('value')})
        elif m.group(2) == 'TIMEX3':
            gold[-1]['end'] = pos
    text = ''.join(text)
    for g in gold:
        g['text'] = text[g['start']:g['end']]
    return text, dct.group(1)[:10] if dct else '', gold


NO_SPACE_BEFORE = {',', '.', ':', ';', '!', '?', ')', "'s", "n't", '%', "'", "''"}


# MEANTIME annotates the title and the first sentences of each article only (sentence numbers 0 to
# 5; sentence 1 is the dateline, the creation time): the text scored is that part, without the
# dateline, so that expressions found further on are not counted as false positives.
ANNOTATED_SENTENCES = 5


def read_meantime(path):
    """(text, dct, gold) of one MEANTIME file: tokens joined with spaces, sentences by blank lines."""
    root = ET.parse(path).getroot()
    dct_tokens = {a.get('t_id') for t in root.iter('TIMEX3')
                  if t.get('functionInDocument') == 'CREATION_TIME' for a in t.iter('token_anchor')}
    text, pos, start_of, end_of, last_sentence = [], 0, {}, {}, None
    for tok in root.iter('token'):
        word, sentence = tok.text or '', tok.get('sentence')
        if int(sentence) > ANNOTATED_SENTENCES or tok.get('t_id') in dct_tokens:
            continue
        sep = '' if pos == 0 else '\n\n' if sentence != last_sentence else \
            '' if word in NO_SPACE_BEFORE else ' '
        text.append(sep + word)
        pos += len(sep)
        start_of[tok.get('t_id')] = pos
        pos += len(word)
        end_of[tok.get('t_id')] = pos
        last_sentence = sentence
    text = ''.join(text)
    dct, gold = '', []
    for t in root.iter('TIMEX3'):
        anchors = [a.get('t_id') for a in t.iter('token_anchor')]
        if t.get('functionInDocument') == 'CREATION_TIME':
            dct = (t.get('value') or '')[:10]
            continue
        if not anchors or any(a not in start_of for a in anchors):
            continue
        s, e = min(start_of[a] for a in anchors), max(end_of[a] for a in anchors)
        gold.append({'start': s, 'end': e, 'text': text[s:e], 'type': t.get('type'),
                     'value': t.get('value')})
    gold.sort(key=lambda g: g['start'])
    return text, dct, gold


def prepare(out):
    sets = {'tbaq': (sorted(glob.glob(os.path.join(TBAQ, '*', '*.tml'))), read_tml),
            'meantime': (sorted(glob.glob(os.path.join(MEANTIME, '*', '*.xml'))), read_meantime)}
    for name, (paths, reader) in sets.items():
        os.makedirs(os.path.join(out, name), exist_ok=True)
        with open(os.path.join(out, name + '.manifest'), 'w') as manifest, \
                open(os.path.join(out, name + '.gold.jsonl'), 'w') as gold_out:
            for p in paths:
                text, dct, gold = reader(p)
                txt = os.path.join(out, name, os.path.splitext(os.path.basename(p))[0] + '.txt')
                with open(txt, 'w', encoding='utf-8') as f:
                    f.write(text)
                manifest.write(f'{txt}\t{dct}\n')
                gold_out.write(json.dumps({'file': txt, 'dct': dct, 'dates': gold}) + '\n')
        print(f'{name}: {len(paths)} documents', file=sys.stderr)


def chrono_value(d):
    """A TIMEX3-style value and type from chrono's resolved instant and its certain fields."""
    iso, certain = d['resolved'], set(d['certain'])
    if 'hour' in certain:
        return iso[:16], 'TIME'
    if 'day' in certain or 'weekday' in certain or certain == {'year', 'month', 'day'}:
        return iso[:10], 'DATE'
    if 'month' in certain:
        return iso[:7], 'DATE'
    if 'year' in certain:
        return iso[:4], 'DATE'
    return iso[:10], 'DATE'


def utf16_to_code_points(text):
    """Maps UTF-16 offsets (JavaScript string indices) to code point offsets."""
    table, u = {}, 0
    for i, ch in enumerate(text):
        table[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    table[u] = len(text)
    return table


def chrono(out, name):
    runner = os.path.join(SHARED, 'peers', 'bin', 'chrono.js')
    by_dct = {}
    for line in open(os.path.join(out, name + '.manifest')):
        path, dct = line.rstrip('\n').split('\t')
        by_dct.setdefault(dct, []).append(path)
    results, cpu = {}, 0.0
    empty = os.path.join(out, 'empty.txt')
    open(empty, 'w').close()
    # The wrapper takes one reference date per process, so Node.js starts once per date; its
    # start-up is in the CPU time reported (see bench/README.md).
    for dct, paths in by_dct.items():
        t0 = os.times()
        proc = subprocess.run(['node', runner, '--ref', dct or '2000-01-01', *paths, empty],
                              capture_output=True, text=True, check=True)
        t1 = os.times()
        cpu += (t1.children_user + t1.children_system) - (t0.children_user + t0.children_system)
        for line in proc.stdout.splitlines():
            doc = json.loads(line)
            if doc['file'] == empty:
                continue
            text = open(doc['file'], encoding='utf-8').read()
            cp = utf16_to_code_points(text)
            dates = []
            for d in doc['dates']:
                value, typ = chrono_value(d)
                dates.append({'start': cp[d['start']], 'end': cp[d['end']],
                              'text': d['text'], 'type': typ, 'value': value})
            results[doc['file']] = dates
    for path, dates in results.items():
        print(json.dumps({'file': path, 'dates': dates}))
    print(f'chrono: {len(results)} documents, {cpu:.3f} s CPU with start-up '
          f'({len(by_dct)} processes)', file=sys.stderr)


def load(path):
    return {d['file']: d['dates'] for d in map(json.loads, open(path))}


def f1(correct, system, gold):
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(gold_path, system_path, errors=None):
    gold, system = load(gold_path), load(system_path)
    n_gold = n_sys = strict = relaxed = value = typ = 0
    err = open(errors, 'w') if errors else None
    for doc, g_list in gold.items():
        s_list = system.get(doc, [])
        n_gold += len(g_list)
        n_sys += len(s_list)
        used = set()
        for g in g_list:
            match = None
            for i, s in enumerate(s_list):
                if i not in used and s['start'] < g['end'] and g['start'] < s['end']:
                    match = i
                    break
            if match is None:
                if err:
                    err.write(f"MISS\t{g['text']}\t{g['type']}\t{g['value']}\t{doc}\n")
                continue
            used.add(match)
            s = s_list[match]
            relaxed += 1
            strict += s['start'] == g['start'] and s['end'] == g['end']
            value += s['value'] == g['value']
            typ += s['type'] == g['type']
            if err and (s['value'] != g['value'] or s['type'] != g['type']):
                err.write(f"VALUE\t{g['text']}\t{g['type']}\t{g['value']}\t{s['text']}\t"
                          f"{s['type']}\t{s['value']}\t{doc}\n")
            elif err and (s['start'] != g['start'] or s['end'] != g['end']):
                err.write(f"SPAN\t{g['text']}\t{s['text']}\t{doc}\n")
        if err:
            for i, s in enumerate(s_list):
                if i not in used:
                    err.write(f"EXTRA\t{s['text']}\t{s['type']}\t{s['value']}\t{doc}\n")
    out = {'gold': n_gold, 'system': n_sys}
    for key, count in (('strict', strict), ('relaxed', relaxed), ('value', value), ('type', typ)):
        p, r, f = f1(count, n_sys, n_gold)
        out[key] = {'p': round(p, 4), 'r': round(r, 4), 'f1': round(f, 4)}
    return out


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'prepare':
        prepare(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'chrono':
        chrono(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'score':
        print(json.dumps(score(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
