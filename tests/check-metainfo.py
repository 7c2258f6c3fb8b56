#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What appstreamcli does not check of the metainfo: it matches this build and this tree.
The newest release is meson's version; the launchable, the binaries and the icon are
what meson installs; every screenshot is one of data/screenshots/ (taken from the
running application by build-aux/screenshots.sh) and every file there is shown; the
summary and the description carry the Indonesian translation.

Usage: check-metainfo.py METAINFO DESKTOP SOURCE_ROOT BUILD_ROOT APP_ID VERSION SCREENSHOTS_URL
Prints TAP.
"""
import configparser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

LANG = '{http://www.w3.org/XML/1998/namespace}lang'
results = []


def check(ok, what, why=''):
    results.append((bool(ok), what, why))


def main():
    metainfo, desktop, source_root, build_root, app_id, version, shots_url = sys.argv[1:8]
    component = ET.parse(metainfo).getroot()
    with open(os.path.join(build_root, 'meson-info', 'intro-installed.json'), encoding='utf-8') as f:
        installed = {os.path.basename(os.path.dirname(d)) + '/' + os.path.basename(d)
                     for d in json.load(f).values()}

    check(component.findtext('id') == app_id, 'the id is the application id', component.findtext('id'))
    launchable = component.findtext('launchable')
    check(launchable == app_id + '.desktop' and 'applications/' + launchable in installed,
          'the launchable is the installed desktop file', launchable)
    binaries = [b.text for b in component.iterfind('provides/binary')]
    check(binaries and all('bin/' + b in installed for b in binaries),
          'the binaries it provides are installed', ' '.join(binaries))

    releases = component.findall('releases/release')
    newest = releases[0] if releases else None
    check(newest is not None and newest.get('version') == version,
          'the newest release is meson\'s version', newest.get('version') if newest is not None else 'none')
    check(newest is not None and re.fullmatch(r'\d{4}-\d{2}-\d{2}', newest.get('date', '')),
          'the newest release is dated')

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop, encoding='utf-8')
    icon = entry.get('Desktop Entry', 'Icon', fallback='')
    check(icon == app_id and 'apps/' + icon + '.svg' in installed,
          'the desktop file\'s icon is the installed one', icon)

    shots_dir = os.path.join(source_root, 'data', 'screenshots')
    files = sorted(f for f in os.listdir(shots_dir) if f.endswith('.png'))
    shown = []
    screenshots = component.findall('screenshots/screenshot')
    check(sum(s.get('type') == 'default' for s in screenshots) == 1, 'one default screenshot')
    for shot in screenshots:
        url = shot.findtext('image', '')
        name = url[len(shots_url) + 1:] if url.startswith(shots_url + '/') else url
        shown.append(name)
        path = os.path.join(shots_dir, name)
        is_png = os.path.isfile(path) and open(path, 'rb').read(8) == b'\x89PNG\r\n\x1a\n'
        check(is_png, 'screenshot %s is a PNG of data/screenshots/' % name, url)
        check(shot.find('caption') is not None, 'screenshot %s has a caption' % name)
    check(sorted(shown) == files, 'every file of data/screenshots/ is shown',
          'files: %s, shown: %s' % (files, sorted(shown)))

    for tag in ('summary', 'description/p'):
        check([e for e in component.iterfind(tag) if e.get(LANG) == 'id'],
              '%s is translated into Indonesian' % tag)

    print('1..%d' % len(results))
    for n, (ok, what, why) in enumerate(results, 1):
        print('%s %d - %s%s' % ('ok' if ok else 'not ok', n, what, ' # ' + why if why and not ok else ''))
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
