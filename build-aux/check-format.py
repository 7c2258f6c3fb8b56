#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the C sources are formatted as .clang-format says, as far as
clang-format 14 (Debian 12's) can say it.

Two things of the house style it cannot express are left out of the comparison:
- alignment: the padding that aligns parameter names, declarations and the opening
  parentheses of a header's prototypes (GNOME code leaves room for the longest run of
  stars and lines up the parentheses; clang-format does neither). Runs of spaces inside a
  line count as one space, and so does the indentation of a line that continues an
  expression (inside parentheses, braces or brackets, or after an operator); the
  indentation of statements counts whole;
- the gettext and autoptr macros written without a space before their parenthesis
  (`_("…")`, `g_autoptr(GError)`), while every other call has one.

Code older than the check keeps the lines it had formatted otherwise, counted per file in
build-aux/format-baseline.txt; a file that has more than its count fails, so new and
changed code follows .clang-format, and the count only goes down.

Usage: check-format.py [--fix] [--write-baseline] SOURCE_ROOT [FILE…]  (prints TAP;
--fix takes clang-format's lines for each statement of a failing file that differs,
keeping the file's alignment elsewhere; --write-baseline records today's counts)
"""
import difflib
import os
import re
import subprocess
import sys

MACROS = re.compile(r'\b(_|N_|C_|NC_|g_autoptr|g_auto|g_autolist|g_autoslist) \(')
INNER_SPACES = re.compile(r'(?<=\S) {2,}')


STRINGS = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
CONTINUES = ('=', '&&', '||', '?', ':', '+', '-', '*', '/', '|', '&', ',', '(', '<', '>')


def normalize(text, formatted):
    lines = []
    depth = 0
    previous = ''
    in_comment = False
    for line in text.split('\n'):
        line = line.rstrip()
        if formatted:
            line = MACROS.sub(r'\1(', line)
        indent = len(line) - len(line.lstrip(' '))
        body = INNER_SPACES.sub(' ', line[indent:])
        code = STRINGS.sub('""', body)
        continuation = depth > 0 or (previous.endswith(CONTINUES) and not previous.startswith('#'))
        lines.append(' ' + body if continuation and not in_comment else line[:indent] + body)
        if code.startswith('#') or in_comment:
            in_comment = in_comment and '*/' not in code
            continue
        if '/*' in code and '*/' not in code.split('/*', 1)[1]:
            in_comment = True
        code = re.sub(r'/\*.*?\*/', '', code)
        depth = max (0, depth + sum(code.count(c) for c in '([{') - sum(code.count(c) for c in ')]}'))
        previous = code.strip() if code.strip() else previous
    return lines


def write_fixed(path, text, formatted, a, b):
    """Takes clang-format's lines for each statement that differs beyond alignment, and
    keeps the file's own lines (and their alignment) everywhere else."""
    old = text.split('\n')
    new = MACROS.sub(r'\1(', formatted).split('\n')
    hunks = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == 'equal':
            continue
        # the whole statement: back to the line it starts on, on to where it ends
        while i1 > 0 and j1 > 0 and a[i1].startswith(' ') and a[i1 - 1] == b[j1 - 1]:
            i1, j1 = i1 - 1, j1 - 1
        while i1 > 0 and j1 > 0 and (i1 >= len(a) or a[i1].startswith(' ')) and a[i1 - 1] == b[j1 - 1]:
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(a) and j2 < len(b) and a[i2].startswith(' ') and a[i2] == b[j2]:
            i2, j2 = i2 + 1, j2 + 1
        if hunks and i1 <= hunks[-1][1]:
            hunks[-1] = (hunks[-1][0], max(i2, hunks[-1][1]), hunks[-1][2], max(j2, hunks[-1][3]))
        else:
            hunks.append((i1, i2, j1, j2))
    out, i = [], 0
    for i1, i2, j1, j2 in hunks:
        out += old[i:i1] + new[j1:j2]
        i = i2
    out += old[i:]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


def sources(root):
    out = subprocess.run(['git', '-C', root, 'ls-files', '--cached', '--others', '--exclude-standard',
                          'src/*.c', 'src/*.h', 'tests/*.c', 'tests/*.h', 'bench/*.c'],
                         capture_output=True, text=True)
    if out.returncode == 0 and out.stdout.strip():
        return sorted(set(out.stdout.split()))
    found = []
    for top in ('src', 'tests', 'bench'):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            found += [os.path.relpath(os.path.join(dirpath, f), root) for f in files if f.endswith(('.c', '.h'))]
    return sorted(found)


def count_differences(a, b):
    return sum(i2 - i1 for op, i1, i2, _, _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
               if op != 'equal')


def read_baseline(path):
    counts = {}
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    n, rel = line.split(None, 1)
                    counts[rel.strip()] = int(n)
    return counts


def main():
    args = sys.argv[1:]
    fix = '--fix' in args
    write = '--write-baseline' in args
    args = [a for a in args if not a.startswith('--')]
    root = args[0] if args else '.'
    files = args[1:] or sources(root)
    style = os.path.join(root, '.clang-format')
    baseline_path = os.path.join(root, 'build-aux', 'format-baseline.txt')
    baseline = read_baseline(baseline_path)
    counts = {}
    bad = 0
    print(f'1..{len(files)}')
    for n, rel in enumerate(files, 1):
        path = os.path.join(root, rel)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        formatted = subprocess.run(['clang-format', f'--style=file:{style}', path],
                                   capture_output=True, text=True, check=True).stdout
        a, b = normalize(text, False), normalize(formatted, True)
        counts[rel] = count_differences(a, b)
        allowed = baseline.get(rel, 0)
        if counts[rel] <= allowed:
            print(f'ok {n} - {rel}' + (f' ({counts[rel]} older lines not formatted yet)' if counts[rel] else ''))
            continue
        bad += 1
        first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f'not ok {n} - {rel}: {counts[rel]} lines formatted otherwise than .clang-format says '
              f'(at most {allowed} allowed); the first at line {first + 1}')
        print(f'#   as written:    {a[first] if first < len(a) else "(end)"}')
        print(f'#   .clang-format: {b[first] if first < len(b) else "(end)"}')
        if fix:
            write_fixed(path, text, formatted, a, b)
    if write:
        with open(baseline_path, 'w', encoding='utf-8') as f:
            f.write('# SPDX-License-Identifier: GPL-3.0-or-later\n'
                    '# Lines of each file that .clang-format would format otherwise (alignment aside), written\n'
                    '# by build-aux/check-format.py --write-baseline. The format test fails when a file has more:\n'
                    '# new and changed code follows .clang-format; this list only shrinks.\n')
            for rel in sorted(counts):
                if counts[rel]:
                    f.write(f'{counts[rel]} {rel}\n')
        return 0
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
