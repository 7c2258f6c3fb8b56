#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks what can be checked of the Flatpak manifest without building it (there is no
network here): it is valid JSON on the GNOME runtime; its id and command are the build's;
every dependency of the build is either in the GNOME runtime or built by a module of its
own (libpq among them, with TLS); every such module is fetched from its project's own
release, pinned (a git source by its commit, with its tag where the project tags its
releases; an archive by its sha256), never from a distribution's mirror of it; the sandbox
gets the network (the office server), display, IPC and GPU but no files (those go through
the file chooser portal); the application module builds this tree with meson, and meson
installs the desktop file, metainfo, icons and schema under the application id.

Usage: check-flatpak.py MANIFEST SOURCE_ROOT BUILD_ROOT APP_ID
Prints TAP.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

# What org.gnome.Platform provides of what meson.build asks for
RUNTIME = {'glib-2.0', 'gio-2.0', 'gobject-2.0', 'sqlite3', 'cairo', 'pangocairo', 'gtk4',
           'libadwaita-1', 'libsecret-1', 'm'}
# What the manifest builds itself: meson's name of the dependency -> the module's name
MODULES = {'csv': 'libcsv', 'xlsxwriter': 'libxlsxwriter', 'libpq': 'libpq'}
# The network is for the connection to the office's PostgreSQL server
FINISH_ARGS = {'--share=ipc', '--share=network', '--socket=wayland', '--socket=fallback-x11',
               '--device=dri'}
# Hosts of distributions' archives and their mirrors of upstream sources (a host or any of
# its subdomains): Flathub wants a module from its project's own release
DISTRIBUTION_HOSTS = ('debian.org', 'debian.net', 'ubuntu.com', 'launchpad.net',
                      'launchpadlibrarian.net', 'fedoraproject.org', 'centos.org',
                      'redhat.com', 'opensuse.org', 'suse.com', 'archlinux.org',
                      'alpinelinux.org', 'gentoo.org', 'freebsd.org', 'openbsd.org',
                      'netbsd.org', 'voidlinux.org', 'nixos.org', 'mageia.org',
                      'slackware.com', 'linuxmint.com')
# A distribution's archive on any mirror: its pool, or its repack of the upstream tarball
DISTRIBUTION_PATH = re.compile(r'/(debian|ubuntu|debian-security)/pool/|'
                               r'_[^/]+\.orig(-[^/.]+)?\.tar\.|\.src\.rpm$', re.I)
# Sources that fetch nothing, which a module may add to what it fetches
LOCAL_SOURCES = {'shell', 'script', 'patch', 'file'}
# Modules whose project has never tagged a release in its repository: their git source is
# pinned by its commit alone (libcsv 3.0.3 is the version on github.com/rgamble/libcsv's
# master, which has no tags; its releases went to SourceForge before it moved)
UNTAGGED = {'libcsv'}

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
    # and what the meson.build files ask for, even before the build dir is reconfigured
    for meson_build in meson_builds(source_root):
        with open(meson_build, encoding='utf-8') as f:
            text = f.read()
        dependencies |= set(re.findall(r"find_library\(\s*'([^']+)'", text))
        dependencies |= set(re.findall(r"(?<![\w.])dependency\(\s*'([^']+)'", text))
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
    check(set(args) == FINISH_ARGS, 'only network, display, IPC and GPU in the sandbox',
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

    names = {}
    for module in modules[:-1]:
        name = module.get('name', '?') if isinstance(module, dict) else str(module)
        names[name] = module if isinstance(module, dict) else {}
        sources = names[name].get('sources', [])
        sources = [s if isinstance(s, dict) else {'path': s}  # a file of sources: refused, unchecked
                   for s in (sources if isinstance(sources, list) else [])]
        # a shell command, or a patch or file of this tree, comes along with what is fetched
        fetched = [s for s in sources if s.get('type') not in LOCAL_SOURCES or 'url' in s]
        unpinned = [describe(s) for s in fetched if not pinned(s, name not in UNTAGGED)]
        check(fetched and not unpinned,
              'module %s is fetched from a release pinned by its tag and commit or sha256' % name,
              '; '.join(unpinned) or 'fetches nothing')
        mirrored = [s.get('url') for s in fetched if distribution_mirror(str(s.get('url', '')))]
        check(fetched and not mirrored,
              'module %s comes from its project, not a distribution\'s mirror' % name,
              ' '.join(mirrored))
    for dep in sorted(dependencies - RUNTIME):
        check(MODULES.get(dep) in names or dep in names or 'lib' + dep in names,
              'dependency %s, not in the runtime, has a module' % dep)
    if 'libpq' in dependencies or 'libpq' in names:
        libpq = names.get('libpq', {})
        options = ' '.join(str(o) for key in ('config-opts', 'build-commands')
                           for o in libpq.get(key, []))
        check(re.search(r'--with-(ssl=)?openssl\b|-Dssl=openssl\b', options),
              'module libpq is built with TLS (sslmode=verify-full)',
              options or 'no libpq module, or no options')

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


def pinned(source, tagged):
    """A git source by the tag of the release and its commit (flatpak-builder checks that
    the one is the other), an archive or file by its sha256; over https either way."""
    url = str(source.get('url', ''))
    if not url.startswith('https://'):
        return False
    if source.get('type') == 'git':
        return (re.fullmatch(r'[0-9a-f]{40}', str(source.get('commit', ''))) is not None
                and (str(source.get('tag', '')) != '' if tagged else 'branch' not in source))
    if source.get('type') in ('archive', 'file'):
        return re.fullmatch(r'[0-9a-f]{64}', str(source.get('sha256', ''))) is not None
    return False


def describe(source):
    url = source.get('url', source.get('path', '(no url)'))
    if source.get('type') == 'git':
        return '%s: git %s commit %s' % (url, source.get('tag', '(no tag)'),
                                          source.get('commit', '(none)'))
    return '%s: %s sha256 %s' % (url, source.get('type'), source.get('sha256', '(none)'))


def distribution_mirror(url):
    host = (urllib.parse.urlsplit(url).hostname or '').lower()
    return (any(host == h or host.endswith('.' + h) for h in DISTRIBUTION_HOSTS)
            or DISTRIBUTION_PATH.search(url) is not None)


def meson_builds(source_root):
    for root, dirs, files in os.walk(source_root):
        # not build dirs, subprojects or hidden dirs
        dirs[:] = [d for d in dirs if not d.startswith(('.', '_build')) and d != 'subprojects'
                   and not os.path.exists(os.path.join(root, d, 'meson-private'))]
        if 'meson.build' in files:
            yield os.path.join(root, 'meson.build')


def meson_project(build_root):
    with open(os.path.join(build_root, 'meson-info', 'intro-projectinfo.json'), encoding='utf-8') as f:
        return json.load(f)['descriptive_name']


if __name__ == '__main__':
    sys.exit(main())
