#!/usr/bin/env python3
"""Builds batch-jobs/src/main/resources/vn/dvhc/catalog/builtin/unit-history.csv (see README.md beside this file).

Inputs (read only, nothing is downloaded):
  DVHCVN_DIR  a git directory of github.com/daohoangson/dvhcvn: the NSO unit lists of 2019-09 .. 2025-03, one
              per commit of data/dvhcvn.json (facts only; that repository is GPL-3, none of its code is used)
  VAU_DIR     a git directory of github.com/tranngocminhhieu/vietnamadminunits (MIT), commit 780c2798:
              data/alias_keywords/legacy/alias_ward.csv (successors of merged communes, with source URLs)
  REF_DIR     shared/reference: official/nso-communes-2025-01-04.csv and old-*.csv (the list of 2025-07-18)
Usage: DVHCVN_DIR=… VAU_DIR=… REF_DIR=… python3 build.py OUTPUT.csv
"""
import collections
import csv
import functools
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

VAU_COMMIT = '780c2798'
VAU_FILE = 'data/alias_keywords/legacy/alias_ward.csv'
VAU = f'tranngocminhhieu/vietnamadminunits@{VAU_COMMIT} {VAU_FILE}'
TYPES = {'C': ['Thị trấn', 'Phường', 'Xã'], 'D': ['Thành phố', 'Thị xã', 'Quận', 'Huyện'], 'P': ['Thành phố', 'Tỉnh']}
LEVEL = {'C': 'commune', 'D': 'district', 'P': 'province'}


def nfc(s):
    return ' '.join(unicodedata.normalize('NFC', s).split())


def fold(s):
    s = unicodedata.normalize('NFD', nfc(s)).replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()


def key(s):
    return re.sub(r'[^a-z0-9]', '', fold(s))


def parts(level, full):
    f = fold(full)
    for t in TYPES[level]:
        if f.startswith(fold(t) + ' '):
            return t, nfc(full)[len(t):].strip()
    raise SystemExit(f'no type in {full!r}')


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], check=True, capture_output=True).stdout.decode('utf-8')


def dvhcvn_lists(repo):
    """(date of the list, label, units) for each commit that changed data/dvhcvn.json; the last per date wins."""
    lists = {}
    for commit in git(repo, 'log', '--format=%h', '--', 'data/dvhcvn.json').split():
        try:
            day, month, year = git(repo, 'show', f'{commit}:data/date.txt').strip().split('/')
        except (subprocess.CalledProcessError, ValueError):
            continue  # the first commits carry no date
        date = f'{year}-{month}-{day}'
        if date in lists:
            continue  # log is newest first: keep the newest commit of a date
        units = {}
        for p in json.loads(git(repo, 'show', f'{commit}:data/dvhcvn.json'))['data']:
            units[('P', p['level1_id'])] = dict(name=nfc(p['name']), parent=None, prov=p['level1_id'])
            for d in p['level2s']:
                units[('D', d['level2_id'])] = dict(name=nfc(d['name']), parent=p['level1_id'], prov=p['level1_id'])
                for c in d['level3s']:
                    units[('C', c['level3_id'])] = dict(name=nfc(c['name']), parent=d['level2_id'], prov=p['level1_id'])
        lists[date] = (date, f'{date} (daohoangson/dvhcvn@{commit})', units)
    return list(lists.values())


def nso_2025_01_04(ref):
    units = {}
    with open(os.path.join(ref, 'official/nso-communes-2025-01-04.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            units[('P', r['Mã TP'])] = dict(name=nfc(r['Tỉnh Thành Phố']), parent=None, prov=r['Mã TP'])
            units[('D', r['Mã QH'])] = dict(name=nfc(r['Quận Huyện']), parent=r['Mã TP'], prov=r['Mã TP'])
            if r['Mã PX']:
                units[('C', r['Mã PX'])] = dict(name=nfc(r['Phường Xã']), parent=r['Mã QH'], prov=r['Mã TP'])
    return '2025-01-04', 'NSO list 2025-01-04', units


def gso_2025_07_18(ref):
    units = {}
    for level, name in (('P', 'old-provinces.csv'), ('D', 'old-districts.csv'), ('C', 'old-communes.csv')):
        with open(os.path.join(ref, name), encoding='utf-8') as f:
            for r in csv.DictReader(f):
                prov = r.get('province_code') or (r['parent_code'] if level == 'D' else r['code'])
                units[(level, r['code'])] = dict(name=r['full_name'], parent=r['parent_code'] or None, prov=prov)
    return '2025-07-18', 'GSO list 2025-07-18', units


def main(out):
    lists = sorted(dvhcvn_lists(os.environ['DVHCVN_DIR']) + [nso_2025_01_04(os.environ['REF_DIR'])])
    lists.append(gso_2025_07_18(os.environ['REF_DIR']))
    final = lists[-1][2]

    def label(i):
        return lists[i][1] if i < len(lists) else ''

    # runs[(level, code)]: consecutive lists with the same name and parent; a type change alone extends a run
    runs = collections.defaultdict(list)
    for i, (_, _, units) in enumerate(lists):
        for (lvl, code), v in units.items():
            t, n = parts(lvl, v['name'])
            r = runs[(lvl, code)]
            if r and r[-1]['last'] == i - 1 and key(r[-1]['name']) == key(n) and r[-1]['parent'] == v['parent']:
                r[-1].update(last=i, type=t)
            else:
                r.append(dict(type=t, name=n, parent=v['parent'], prov=v['prov'], first=i, last=i))

    def final_key(lc):
        return key(parts(lc[0], final[lc]['name'])[1])

    @functools.lru_cache(maxsize=None)
    def district_successors(dcode):
        """The districts of 2025-07-18 that hold the communes (by code) once listed in district dcode."""
        if ('D', dcode) in final:
            return frozenset([dcode])
        return frozenset(final[lc]['parent'] for lc, rs in runs.items()
                         if lc[0] == 'C' and lc in final and any(r['parent'] == dcode for r in rs))

    # vietnamadminunits: (province, district, successor ward, old name) → successor of a vanished code
    fprov = {key(v['name']): k[1] for k, v in final.items() if k[0] == 'P'}
    fdist = {(v['parent'], key(v['name'])): k[1] for k, v in final.items() if k[0] == 'D'}
    fcomm = collections.defaultdict(list)
    for k, v in final.items():
        if k[0] == 'C':
            fcomm[(v['parent'], key(v['name']))].append(k[1])
    vanished, renamed = collections.defaultdict(list), collections.defaultdict(list)
    for lc, rs in runs.items():
        if lc[0] == 'C':
            for r in rs:
                index = renamed if lc in final else vanished
                if lc not in final or key(r['name']) != final_key(lc):
                    index[(r['prov'], key(r['type'] + ' ' + r['name']))].append((lc[1], r))
    successors, corroboration, stats = collections.defaultdict(dict), collections.defaultdict(set), collections.Counter()
    text = git(os.environ['VAU_DIR'], 'show', f'{VAU_COMMIT}:{VAU_FILE}')
    for a in csv.DictReader(io.StringIO(text.lstrip('\ufeff'))):
        p = fprov.get(a['province_key'])
        dcode = fdist.get((p, a['district_key'])) if p else None
        succ = fcomm.get((dcode, a['ward_key'])) if dcode else None
        old = a['alias_keyword']
        if not succ or len(succ) != 1:
            stats['successor not in the 2025-07-18 list'] += 1
            continue
        if not old.startswith(('xa', 'phuong', 'thitran')):
            stats['spelling variant (p10, f10, untyped): skipped'] += 1
            continue
        same = {c for c, r in renamed.get((p, old), []) if dcode in district_successors(r['parent'])}
        if same:
            stats['renamed code: agrees' if succ[0] in same else 'renamed code: disagrees'] += 1
            if succ[0] in same:
                corroboration[succ[0]].add(a['source'])
        codes = {c for c, r in vanished.get((p, old), []) if dcode in district_successors(r['parent'])}
        if len(codes) == 1:
            stats['successor of a vanished code'] += 1
            successors[codes.pop()].setdefault(succ[0], set()).add(a['source'])
        elif not same:
            stats['no vanished code of that name there' if not codes else 'several vanished codes'] += 1

    def cited(urls):
        urls = sorted(u for u in urls if u)
        return VAU + (': ' + ' '.join(urls) if urls else ' (no URL given)')

    rows, unsourced = [], 0

    def add(lvl, code, r, change, succ, basis, source):
        rows.append(dict(level=LEVEL[lvl], code=code, type=r['type'], name=r['name'],
                         district_code=r['parent'] if lvl == 'C' else '', province_code=r['prov'],
                         last_listed=lists[r['last']][0], change=change, successors='|'.join(sorted(succ)),
                         basis=basis, source=source))

    for lc, rs in sorted(runs.items(), key=lambda kv: ('PDC'.index(kv[0][0]), kv[0][1])):
        lvl, code = lc
        if lc in final:
            for r in rs:
                gone = f"NSO lists: {label(r['last'])}; {label(r['last'] + 1)}"
                if key(r['name']) != final_key(lc):
                    succ = {code}
                    if lvl == 'D':
                        succ = {final[c]['parent'] for c, crs in runs.items() if c[0] == 'C' and c in final and any(
                            x['parent'] == code and x['first'] <= r['last'] and x['last'] >= r['first'] for x in crs)} or succ
                    add(lvl, code, r, 'renamed', succ,
                        f"NSO code {code} listed as {r['type']} {r['name']} until {lists[r['last']][0]}, later as "
                        f"{final[lc]['name']}" + ('' if succ == {code} else
                                                  '; its communes are now in districts ' + ', '.join(sorted(succ))),
                        gone + (f'; also {cited(corroboration[code])}' if lvl == 'C' and code in corroboration else ''))
                elif lvl == 'C' and r['parent'] != final[lc]['parent'] and ('D', r['parent']) in final:
                    add(lvl, code, r, 'moved', {code},
                        f"NSO code {code} listed under district {r['parent']} until {lists[r['last']][0]}, "
                        f"under {final[lc]['parent']} later", gone)
        elif lvl == 'D':
            last = rs[-1]['last']
            succ = district_successors(code)
            for r in rs:
                add(lvl, code, r, 'merged', succ,
                    f"NSO code {code} ({r['type']} {r['name']}) listed until {lists[last][0]}; its communes (same "
                    f"codes) are in district(s) {', '.join(sorted(succ))} of the list of 2025-07-18",
                    f'NSO lists: {label(last)}; {label(last + 1)}')
        elif lvl == 'C':
            found = successors.get(code)
            if not found:
                unsourced += 1
                continue
            last = rs[-1]['last']
            urls = set().union(*found.values())
            for r in rs:
                add(lvl, code, r, 'merged', set(found),
                    f"NSO code {code} listed until {lists[last][0]}, absent from {lists[last + 1][0]}; merged into "
                    + ', '.join(f"{s} {final[('C', s)]['name']}" for s in sorted(found)),
                    cited(urls) + f'; NSO lists: {label(last)}; {label(last + 1)}')
    for k, v in sorted(stats.items()):
        print(f'{k}: {v}', file=sys.stderr)
    print(f'vanished communes without a sourced successor (left out): {unsourced}', file=sys.stderr)
    print(collections.Counter((r['level'], r['change']) for r in rows), file=sys.stderr)
    cols = ['level', 'code', 'type', 'name', 'district_code', 'province_code', 'last_listed', 'change', 'successors',
            'basis', 'source']
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)


if __name__ == '__main__':
    main(sys.argv[1])
