#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 server for tests, reachable only through a Unix socket in DIR.
#
#   pg-server.sh start DIR            makes DIR, a cluster in DIR/data, starts it (log in DIR/log)
#                                     and prints the libpq connection string
#   pg-server.sh stop DIR [immediate] stops it (fast, or immediate to kill it) and removes DIR
#   pg-server.sh kill DIR             stops it at once, as a crash would, keeping DIR
#   pg-server.sh resume DIR           starts the cluster in DIR again
#
# Members of the role dk_password log in with a password (scram-sha-256); everyone else is
# trusted, as a test server's superuser is.
#
# The server refuses to run as root: run as root (as CI does), the server's programs run as
# the unprivileged postgres user that Debian's package creates, and DIR is given to it.
set -eu

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

usage () {
  echo "usage: $0 start DIR | stop DIR [immediate] | kill DIR | resume DIR" >&2
  exit 2
}

# Runs a server program as postgres when we are root, else as ourselves.
as_server () {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

[ $# -ge 2 ] || usage
cmd=$1
dir=$2
case $dir in
  /*) ;;
  *) dir="$(pwd)/$dir" ;;
esac

case $cmd in
  start)
    [ $# -eq 2 ] || usage
    if [ -e "$dir/data/PG_VERSION" ]; then
      echo "pg-server: $dir already holds a cluster" >&2
      exit 1
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
    fi
    as_server "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    # before the trust lines: the first line that matches decides
    sed -i '1i local all +dk_password scram-sha-256' "$dir/data/pg_hba.conf"
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' ${PG_SERVER_OPTIONS:-}" start >/dev/null || {
      cat "$dir/log" >&2
      exit 1
    }
    echo "host=$dir user=postgres dbname=postgres"
    ;;
  kill)
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' ${PG_SERVER_OPTIONS:-}" start >/dev/null || {
      cat "$dir/log" >&2
      exit 1
    }
    ;;
  stop)
    mode=fast
    if [ $# -eq 3 ]; then
      [ "$3" = immediate ] || usage
      mode=immediate
    elif [ $# -ne 2 ]; then
      usage
    fi
    if [ -e "$dir/data/postmaster.pid" ]; then
      as_server "$PGBIN/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    usage
    ;;
esac
