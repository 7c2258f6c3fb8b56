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
# With PG_SERVER_TLS=1, the server also listens on 127.0.0.1, on a free port written to
# DIR/tls/port (the socket then takes that port's number too: connection strings need
# port=), for TLS only, with a certificate for "localhost" signed by a test authority:
# DIR/tls/ca.crt, and DIR/tls/other-ca.crt an authority that did not sign it.
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

# Starts the cluster in $dir, on the socket only, or on 127.0.0.1 with TLS too when it
# was made with PG_SERVER_TLS.
start_server () {
  listen=""
  port_option=""
  if [ -f "$dir/tls/port" ]; then
    listen="127.0.0.1"
    port_option="-c port=$(cat "$dir/tls/port") -c ssl=on -c ssl_cert_file='$dir/tls/server.crt' -c ssl_key_file='$dir/tls/server.key'"
  fi
  as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-c listen_addresses='$listen' -c unix_socket_directories='$dir' $port_option ${PG_SERVER_OPTIONS:-}" start >/dev/null || {
    cat "$dir/log" >&2
    exit 1
  }
}

# A test authority, a certificate for localhost it signs, another authority, a free port.
make_tls () {
  tls=$dir/tls
  mkdir -p "$tls"
  (
    cd "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Dukcapil Test CA" -keyout ca.key -out ca.crt
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Other Test CA" -keyout other-ca.key -out other-ca.crt
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
    printf 'subjectAltName=DNS:localhost\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
      -out server.crt
  ) >"$dir/tls.log" 2>&1 || {
    cat "$dir/tls.log" >&2
    exit 1
  }
  chmod 600 "$tls/server.key"
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$tls/port"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$tls"
  fi
  # TLS only on TCP, before the trust lines
  sed -i '1i host all all 127.0.0.1/32 reject' "$dir/data/pg_hba.conf"
  sed -i '1i hostssl all all 127.0.0.1/32 trust' "$dir/data/pg_hba.conf"
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
    if [ -n "${PG_SERVER_TLS:-}" ]; then
      make_tls
    fi
    start_server
    if [ -f "$dir/tls/port" ]; then
      echo "host=$dir port=$(cat "$dir/tls/port") user=postgres dbname=postgres"
    else
      echo "host=$dir user=postgres dbname=postgres"
    fi
    ;;
  kill)
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    start_server
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
