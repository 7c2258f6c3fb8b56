#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks what can be checked of the Flatpak manifest without building it (there is no
network here): it is valid JSON on the GNOME runtime; its id and command are the build's;
every dependency of the build is either in the GNOME runtime or built by a module of its
own from a release archive pinned by its sha256; the sandbox gets display, IPC and GPU but
no files (those go through the file chooser portal); the application module builds this
tree with meson, and meson installs the desktop file, metainfo, icons and schema under the
application id.

Usage: check-flatpak.py MANIFEST SOURCE_ROOT BUILD_ROOT APP_ID
Prints TAP.
"""
import json
import os
import re
import shutil
import subprocess
import sys

# What org.gnome.Platform provides of what meson.build asks for
RUNTIME = {'glib-2.0', 'gio-2.0', 'gobject-2.0', 'sqlite3', 'cairo', 'pangocairo', 'gtk4',
           'libadwaita-1', 'm'}
FINISH_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}

results = []


def check(ok, what, why=''):
    results.append((bool(ok), what, why))


def main():
    manifest_path, source_root, build_root, app_id = sys.argv[1:5]
    try:
        with open(manifest_path, encoding='utf-8') as f:
            manifest = json.load(f)
    except ValueError as e:
        print('1..1\nnot ok 1 - the manifest is valid JSON # %s' % e)
        return 1
    check(True, 'the manifest is valid JSON')
    if shutil.which('flatpak-builder'):
        # flatpak-builder's own reading of it: an unknown key is a warning, made fatal
        run = subprocess.run(['flatpak-builder', '--show-manifest', manifest_path],
                             env=dict(os.environ, G_DEBUG='fatal-warnings'),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        check(run.returncode == 0, 'flatpak-builder reads it without a warning', run.stderr.strip())

    with open(os.path.join(build_root, 'meson-info', 'intro-installed.json'), encoding='utf-8') as f:
        installed = {os.path.relpath(dest, '/') for dest in json.load(f).values()}
    with open(os.path.join(build_root, 'meson-info', 'intro-dependencies.json'), encoding='utf-8') as f:
        dependencies = {d['name'] for d in json.load(f)}
    with open(os.path.join(source_root, 'meson.build'), encoding='utf-8') as f:
        dependencies |= set(re.findall(r"find_library\('([^']+)'", f.read()))
    with open(os.path.join(build_root, 'meson-info', 'intro-buildoptions.json'), encoding='utf-8') as f:
        prefix = os.path.relpath([o['value'] for o in json.load(f) if o['name'] == 'prefix'][0], '/')

    def installs(rel):
        return os.path.join(prefix, rel) in installed

    check(manifest.get('id') == app_id, 'the id is the build\'s application id',
          '%s, meson: %s' % (manifest.get('id'), app_id))
    check(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk',
          'on the GNOME runtime and SDK')
    check(re.fullmatch(r'[0-9]+', str(manifest.get('runtime-version', ''))),
          'on a stable runtime version', str(manifest.get('runtime-version')))
    command = manifest.get('command', '')
    check(command and installs('bin/' + command), 'the command is an executable meson installs', command)

    args = manifest.get('finish-args', [])
    check(not [a for a in args if a.startswith('--filesystem')], 'no filesystem access',
          ' '.join(a for a in args if a.startswith('--filesystem')))
    check(set(args) == FINISH_ARGS, 'only display, IPC and GPU in the sandbox',
          'extra: %s, missing: %s' % (sorted(set(args) - FINISH_ARGS), sorted(FINISH_ARGS - set(args))))

    modules = manifest.get('modules', [])
    check(modules and isinstance(modules[-1], dict), 'the application module comes last')
    app = modules[-1] if modules else {}
    check(app.get('name') == meson_project(build_root), 'the last module is the application',
          app.get('name'))
    check(app.get('buildsystem') == 'meson', 'the application builds with meson')
    check(app.get('sources') == [s for s in app.get('sources', [])
                                 if s.get('type') == 'dir' and s.get('path') == '.']
          and app.get('sources'), 'the application builds from this tree')
    check('-Dprofile=development' not in app.get('config-opts', []),
          'the application module builds the default profile')

    names = set()
    for module in modules[:-1]:
        name = module.get('name', '?') if isinstance(module, dict) else str(module)
        names.add(name)
        sources = module.get('sources', []) if isinstance(module, dict) else []
        pinned = sources and all(s.get('type') == 'archive'
                                 and str(s.get('url', '')).startswith('https://')
                                 and re.fullmatch(r'[0-9a-f]{64}', str(s.get('sha256', '')))
                                 for s in sources)
        check(pinned, 'module %s is a release archive pinned by its sha256' % name)
    for dep in sorted(dependencies - RUNTIME):
        check(dep in names or 'lib' + dep in names,
              'dependency %s, not in the runtime, has a module' % dep)

    for rel in ('share/applications/%s.desktop' % app_id,
                'share/metainfo/%s.metainfo.xml' % app_id,
                'share/icons/hicolor/scalable/apps/%s.svg' % app_id,
                'share/icons/hicolor/symbolic/apps/%s-symbolic.svg' % app_id,
                'share/glib-2.0/schemas/%s.gschema.xml' % app_id):
        check(installs(rel), 'meson installs %s' % rel)

    print('1..%d' % len(results))
    for n, (ok, what, why) in enumerate(results, 1):
        print('%s %d - %s%s' % ('ok' if ok else 'not ok', n, what, ' # ' + why if why and not ok else ''))
    return 0 if all(ok for ok, _, _ in results) else 1


def meson_project(build_root):
    with open(os.path.join(build_root, 'meson-info', 'intro-projectinfo.json'), encoding='utf-8') as f:
        return json.load(f)['descriptive_name']


if __name__ == '__main__':
    sys.exit(main())
