#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the layers of src/ (HACKING.md, "Layers"), reading every #include line.

Fails, naming the file and line, on:
- an include that points up (a folder includes a folder of a higher layer);
- an include between two domain folders (a domain never uses another's insides);
- a private header (dk-*-private.h) included from outside its own folder, or an internal
  one (dk-*-internal.h, the store's interface for the layers above it) from outside src/core;
- a cycle between folders;
- GTK, GDK or libadwaita, or GSettings, used in src/core or src/chart;
- a database engine's own API (sqlite3.h, libpq-fe.h) outside src/core/store: everything else
  reaches the database through the store's data-access layer (dk-db-internal.h);
- two headers of one name (includes name headers by their file name alone).

Usage: check-layers.py SOURCE_ROOT  (prints TAP)
"""
import os
import re
import sys

# Each folder's layer: a folder may include its own layer's headers (see DOMAINS) and
# any lower layer's, never a higher one's.
LAYERS = {
    'src/core/base': 0,
    'src/core/store': 1,
    # the domains
    'src/core/ikd': 2,
    'src/core/m2m': 2,
    'src/core/budget': 2,
    'src/core/blangko': 2,
    'src/core/pks': 2,
    'src/core/map': 2,
    # the charts draw the domains' figures
    'src/chart': 3,
    # on top of the domains
    'src/core/import': 4,
    'src/core/export': 4,
    'src/core/check': 4,
    'src/core/domains': 4,
    # the programs
    'src/cli': 5,
    'src/ui': 5,
    'src': 6,
}
DOMAIN_LAYER = 2
GTK_FREE = ('src/core', 'src/chart')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
GTK_INCLUDE = re.compile(r'^(gtk|gdk|gsk)/|^adwaita\.h$')
ENGINE_INCLUDE = re.compile(r'^(sqlite3\.h|libpq-fe\.h|libpq/.*|postgres.*\.h)$')
ENGINE_HOME = 'src/core/store'
GSETTINGS = re.compile(r'\bg_settings_\w+\s*\(|\bGSettings\b')


def folder_of(path):
    return os.path.dirname(path)


def scan(root):
    headers = {}
    sources = []
    problems = []
    for folder in LAYERS:
        full = os.path.join(root, folder)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if not name.endswith(('.c', '.h')):
                continue
            rel = os.path.join(folder, name)
            sources.append(rel)
            if name.endswith('.h'):
                if name in headers:
                    problems.append(f'{rel}: a second header named {name} (the first is {headers[name]})')
                headers[name] = rel
    # a folder below src/ that no layer names is a folder nobody placed
    for dirpath, dirnames, _ in os.walk(os.path.join(root, 'src')):
        rel = os.path.relpath(dirpath, root)
        has_code = any(n.endswith(('.c', '.h')) for n in os.listdir(dirpath))
        if has_code and rel not in LAYERS:
            problems.append(f'{rel}: a folder of code that has no layer in tests/check-layers.py')
    return headers, sources, problems


def check_file(root, rel, headers, edges):
    problems = []
    folder = folder_of(rel)
    layer = LAYERS[folder]
    gtk_free = folder.startswith(GTK_FREE)
    with open(os.path.join(root, rel), encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            where = f'{rel}:{number}'
            if gtk_free and GSETTINGS.search(line) and not line.lstrip().startswith(('/*', '*')):
                problems.append(f'{where}: GSettings in the GTK-free core (pass the setting in as a parameter)')
            m = INCLUDE.match(line)
            if not m:
                continue
            bracket, name = m.groups()
            if bracket == '<' and ENGINE_INCLUDE.search(name) and folder != ENGINE_HOME:
                problems.append(f'{where}: <{name}> outside src/core/store (use the data-access layer)')
                continue
            if gtk_free and bracket == '<' and GTK_INCLUDE.search(name):
                problems.append(f'{where}: <{name}> in the GTK-free core')
                continue
            target = headers.get(os.path.basename(name)) if bracket == '"' else None
            if target is None:
                continue
            to = folder_of(target)
            if to == folder:
                continue
            edges.setdefault(folder, {}).setdefault(to, where)
            to_layer = LAYERS[to]
            if to_layer > layer:
                problems.append(f'{where}: {folder} (layer {layer}) includes {target} from a higher layer ({to_layer})')
            elif to_layer == layer == DOMAIN_LAYER:
                problems.append(f'{where}: the domain {folder} includes {target}, another domain\'s header')
            if os.path.basename(target).endswith('-private.h'):
                problems.append(f'{where}: {target} is private to {to}')
            if os.path.basename(target).endswith('-internal.h') and not folder.startswith('src/core'):
                problems.append(f'{where}: {target} is internal to the core')
    return problems


def find_cycle(edges):
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, {})):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def check_tree(root):
    headers, sources, problems = scan(root)
    edges = {}
    for rel in sources:
        problems += check_file(root, rel, headers, edges)
    cycle = find_cycle(edges)
    if cycle:
        steps = ' → '.join(f'{a} ({edges[a][b]})' for a, b in zip(cycle, cycle[1:]))
        problems.append(f'a cycle between folders: {steps} → {cycle[-1]}')
    return sources, edges, problems


# Trees that break one rule each: the check must find it (so that it can fail).
BROKEN = [
    ('an upward include', 'higher layer',
     {'src/core/base/dk-a.c': '#include "dk-b.h"\n', 'src/core/store/dk-b.h': ''}),
    ('a domain using another', "another domain's header",
     {'src/core/ikd/dk-a.c': '#include "dk-b.h"\n', 'src/core/m2m/dk-b.h': ''}),
    ('a cycle', 'a cycle between folders',
     {'src/core/import/dk-a.c': '#include "dk-b.h"\n', 'src/core/import/dk-a.h': '',
      'src/core/export/dk-b.c': '#include "dk-a.h"\n', 'src/core/export/dk-b.h': ''}),
    ('an engine outside the store', 'outside src/core/store',
     {'src/core/ikd/dk-a.c': '#include <libpq-fe.h>\n'}),
    ('GTK in the core', 'in the GTK-free core',
     {'src/chart/dk-a.c': '#include <gtk/gtk.h>\n'}),
    ('GSettings in the core', 'GSettings in the GTK-free core',
     {'src/core/store/dk-a.c': 'GSettings *s = g_settings_new ("x");\n'}),
    ('a private header used elsewhere', 'is private to',
     {'src/core/import/dk-a.c': '#include "dk-b-private.h"\n', 'src/core/ikd/dk-b-private.h': ''}),
]


def self_test(number):
    import tempfile
    results = []
    for name, expect, files in BROKEN:
        with tempfile.TemporaryDirectory() as tmp:
            for rel, text in files.items():
                os.makedirs(os.path.join(tmp, os.path.dirname(rel)), exist_ok=True)
                with open(os.path.join(tmp, rel), 'w', encoding='utf-8') as f:
                    f.write(text)
            _, _, problems = check_tree(tmp)
        found = any(expect in p for p in problems)
        results.append(found)
        print(f'{"ok" if found else "not ok"} {number} - finds {name}')
        number += 1
    return all(results)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    sources, edges, problems = check_tree(root)
    print(f'1..{1 + len(BROKEN)}')
    if problems:
        for p in problems:
            print(f'# {p}')
        print(f'not ok 1 - layers: {len(problems)} problem(s)')
    else:
        print(f'ok 1 - layers: {len(sources)} files in {len(edges)} folders that include others, no cycle')
    return 0 if self_test(2) and not problems else 1


if __name__ == '__main__':
    sys.exit(main())
