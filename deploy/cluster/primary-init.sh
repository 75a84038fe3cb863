#!/bin/sh
# Runs once, when the official postgres image initialises the primary's data folder
# (/docker-entrypoint-initdb.d): a role the replica streams WAL with, and a
# physical slot that keeps the WAL it has not received yet.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD:-replicator}';
SELECT pg_create_physical_replication_slot('sitrep_replica');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
