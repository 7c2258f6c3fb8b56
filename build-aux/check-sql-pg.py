#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every SQL statement of src/core is valid PostgreSQL: PREPAREs each one (with
?N as $N, as the PostgreSQL backend sends them, untyped) on a fresh database holding the
PostgreSQL migrations (src/core/store/sql/pg). Statements that are sqlite's own (PRAGMA,
sqlite_schema, BEGIN IMMEDIATE) are listed and skipped.

  check-sql-pg.py SOURCE_ROOT CONNINFO      (CONNINFO: e.g. what pg-server.sh start prints)

The statements are found in the C sources: adjacent string literals and the string macros
between them merged, plus the g_strconcat() of literals and const char * variables. Exits 1
when a statement does not prepare."""
import os, re, subprocess, sys, pathlib

TOK = re.compile(r'''
  (?P<comment>/\*.*?\*/|//[^\n]*)
 |(?P<str>"(?:\\.|[^"\\\n])*")
 |(?P<chr>'(?:\\.|[^'\\\n])*')
 |(?P<define>^[ \t]*\#[ \t]*define[ \t]+(?P<mname>\w+)(?P<mbody>(?:\\\n|[^\n])*))
 |(?P<pp>^[ \t]*\#(?:\\\n|[^\n])*)
 |(?P<id>[A-Za-z_]\w*)
 |(?P<ws>\s+)
 |(?P<other>.)
''', re.S | re.M | re.X)

SQL_START = re.compile(r'^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|'
                       r'RELEASE|ALTER|VACUUM|ANALYZE|REPLACE|ATTACH|DETACH)\b', re.I)

def unescape(s):
    s = s[1:-1]
    s = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), s)
    return s.replace('\\n', '\n').replace('\\"', '"').replace('\\t', '\t').replace('\\\\', '\\')

def tokens(text):
    for m in TOK.finditer(text):
        kind = m.lastgroup if m.lastgroup not in ('mname', 'mbody') else 'define'
        if m.group('define'):
            kind = 'define'
        yield kind, m, text.count('\n', 0, m.start()) + 1

def macro_value(body, macros):
    body = body.replace('\\\n', ' ')
    parts = []
    for kind, m, _ in tokens(body):
        if kind == 'str':
            parts.append(unescape(m.group()))
        elif kind == 'id' and m.group() in macros:
            parts.append(macros[m.group()])
        elif kind in ('ws', 'comment'):
            continue
        else:
            return None
    return ''.join(parts) if parts else None


HEADER_MACROS = {}


def load_header_macros(root):
    for h in sorted(pathlib.Path(root, 'src/core').rglob('*.h')):
        for kind, m, _ in tokens(h.read_text()):
            if kind == 'define':
                v = macro_value(m.group('mbody'), HEADER_MACROS)
                if v is not None:
                    HEADER_MACROS[m.group('mname')] = v


def extract(path):
    text = pathlib.Path(path).read_text()
    macros, out = dict(HEADER_MACROS), []
    cur, start = [], None
    def flush():
        nonlocal cur, start
        if cur:
            out.append({'file': str(path), 'line': start, 'sql': ''.join(c[0] for c in cur)})
        cur, start = [], None
    for kind, m, line in tokens(text):
        if kind == 'define':
            v = macro_value(m.group('mbody'), macros)
            if v is not None:
                macros[m.group('mname')] = v
            flush()
        elif kind == 'str':
            if start is None: start = line
            cur.append((unescape(m.group()), True))
        elif kind == 'id' and m.group() in macros:
            if start is None: start = line
            cur.append((macros[m.group()], False))
        elif kind in ('ws', 'comment'):
            continue
        else:
            flush()
    flush()
    return [o for o in out if SQL_START.match(o['sql'])]

VAR = re.compile(r'const char \*(\w+) = ("(?:\\.|[^"\\\n])*");')
CONCAT = re.compile(r'g_strconcat\s*\((.*?),\s*NULL\)', re.S)

def concats(path):
    text = pathlib.Path(path).read_text()
    vars_ = {m.group(1): unescape(m.group(2)) for m in VAR.finditer(text)}
    out = []
    for m in CONCAT.finditer(text):
        parts = []
        for kind, t, _ in tokens(m.group(1)):
            if kind == 'str':
                parts.append(unescape(t.group()))
            elif kind == 'id' and t.group() in vars_:
                parts.append(vars_[t.group()])
            elif kind in ('ws', 'comment') or t.group() == ',':
                continue
            else:
                parts = None
                break
        if parts and SQL_START.match(parts[0]):
            out.append({'file': str(path), 'line': text.count('\n', 0, m.start()) + 1, 'sql': ''.join(parts),
                        'composed': True})
    return out

def collect(root):
    res = []
    for p in sorted(pathlib.Path(root, 'src/core').rglob('*.c')):
        got = extract(p)
        composed = concats(p)
        if composed:
            # the literals of a g_strconcat are pieces: its whole statement replaces them
            lines = {c['line'] for c in composed}
            got = [g for g in got if not any(g['line'] in range(l, l + 4) for l in lines)] + composed
        res += got
    return res

SQLITE_ONLY = re.compile(r'^\s*(PRAGMA|BEGIN IMMEDIATE)\b|sqlite_schema', re.I)
# valid in both, but PREPARE takes no transaction control
TRANSACTION = re.compile(r'^\s*(COMMIT|ROLLBACK)\s*$', re.I)


def to_pg(sql):
    out, i, n, bare = [], 0, 0, 0
    while i < len(sql):
        c = sql[i]
        if c == "'":
            j = sql.index("'", i + 1)
            while j + 1 < len(sql) and sql[j + 1] == "'":
                j = sql.index("'", j + 2)
            out.append(sql[i:j + 1]); i = j + 1; continue
        if c == '?':
            m = re.match(r'\?(\d*)', sql[i:])
            if m.group(1):
                out.append('$' + m.group(1))
            else:
                bare += 1; out.append('$%d' % bare)
            i += len(m.group()); continue
        out.append(c); i += 1
    return ''.join(out)

def split(sql):
    return [p for p in re.split(r";\s*(?=(?:[^']*'[^']*')*[^']*$)", sql) if p.strip()]


def psql(conninfo, *args, **kw):
    return subprocess.run(['psql', conninfo, '-X', '-q', '-v', 'ON_ERROR_STOP=1'] + list(args),
                          capture_output=True, text=True, **kw)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: check-sql-pg.py SOURCE_ROOT CONNINFO')
    root, conninfo = sys.argv[1:]
    load_header_macros(root)
    db = 'dk_check_sql_%d' % os.getpid()
    r = psql(conninfo, '-c', 'CREATE DATABASE ' + db)
    if r.returncode != 0:
        sys.exit(r.stderr)
    target = conninfo + ' dbname=' + db
    fails = ok = skipped = 0
    try:
        for f in sorted(pathlib.Path(root, 'src/core/store/sql/pg').glob('*.sql')):
            r = psql(target, '-1', '-f', str(f))
            if r.returncode != 0:
                sys.exit('%s: %s' % (f, r.stderr.strip()))
        for s in collect(root):
            where = '%s:%d' % (os.path.relpath(s['file'], root), s['line'])
            if TRANSACTION.match(s['sql']):
                print('transaction control:', where, s['sql'])
                continue
            if SQLITE_ONLY.search(s['sql']):
                skipped += 1
                print('sqlite only:', where, ' '.join(s['sql'].split())[:100])
                continue
            for part in split(s['sql']):
                pg = to_pg(part.strip())
                # PREPARE takes no DDL: that runs in a transaction rolled back
                ddl = re.match(r'\s*CREATE INDEX (\w+)', pg)
                if re.match(r'\s*(CREATE|DROP|ALTER)\b', pg, re.I):
                    cmd = 'BEGIN; %s%s; ROLLBACK' % ('DROP INDEX IF EXISTS %s; ' % ddl.group(1) if ddl else '', pg)
                else:
                    cmd = 'PREPARE s AS ' + pg
                r = psql(target, '-c', cmd)
                if r.returncode != 0:
                    fails += 1
                    print('FAIL', where, ' '.join(pg.split()))
                    print('    ', ' '.join(r.stderr.split()))
                else:
                    ok += 1
    finally:
        psql(conninfo, '-c', 'DROP DATABASE IF EXISTS ' + db)
    print('%d prepared, %d failed, %d sqlite only' % (ok, fails, skipped))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
