#!/bin/sh
# The streaming replica, from the official postgres image: on the first start, a
# base backup of the primary (pg_basebackup -R writes standby.signal and
# primary_conninfo), then PostgreSQL as a hot standby.
set -eu
data=/var/lib/postgresql/data
if [ ! -s "$data/PG_VERSION" ]; then
  until pg_isready -h cluster-primary -U replicator -q; do sleep 1; done
  until PGPASSWORD="${REPLICATION_PASSWORD:-replicator}" pg_basebackup -h cluster-primary -U replicator \
      -D "$data" -R -X stream -S sitrep_replica; do
    echo "replica: base backup failed, retrying"; rm -rf "${data:?}"/*; sleep 2
  done
  chmod 0700 "$data"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
