#!/usr/bin/env bash
# Installs what the browser tests of the search page need on a fresh Debian machine:
#   - Debian's Chromium (/usr/bin/chromium), with apt-get, when we are root or sudo works without a password;
#   - playwright-core and axe-core, pinned in package-lock.json, with npm ci into this folder's node_modules/.
# Never fails its caller: when something cannot be had it says "browser tests will be skipped: …" and exits 0,
# and the JUnit test then skips with its own message. Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

skip() {
  echo "browser tests will be skipped: $*"
  exit 0
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# ---- Chromium ---------------------------------------------------------------------------------------------------
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ -x $chromium ]]; then
  :
elif [[ $chromium != /usr/bin/chromium ]]; then
  skip "CHROMIUM=$chromium is not an executable file"
else
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    skip "/usr/bin/chromium is missing and installing it needs root (sudo apt-get install chromium)"
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    skip "/usr/bin/chromium is missing and there is no apt-get to install it"
  fi
  apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get -o DPkg::Lock::Timeout=120)
  if ! { "${apt[@]}" update -qq && "${apt[@]}" install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 5 "$log" >&2 || true
    skip "apt-get could not install chromium (its last lines are above)"
  fi
  [[ -x /usr/bin/chromium ]] || skip "apt-get installed chromium but /usr/bin/chromium is still missing"
  echo "install.sh: installed Debian's chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
fi

# ---- the npm packages -------------------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || skip "node is not installed"
command -v npm >/dev/null 2>&1 || skip "npm is not installed"
# playwright-core 1.65 needs node 20 or newer (its "engines").
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || skip "node $(node --version) is too old (playwright-core needs node 20 or newer)"

# Every package package-lock.json pins must be in node_modules/ at exactly that version (a lock file that
# gained a package, or a node_modules/ left from an older lock, means npm ci must run again).
[[ -r package-lock.json ]] || skip "src/test/browser/package-lock.json is missing"
missing=$(node -e '
  const fs = require("fs");
  const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
  const packages = read("package-lock.json")?.packages ?? {};
  const wanted = Object.entries(packages).filter(([where]) => where.startsWith("node_modules/"));
  const off = wanted.filter(([where, p]) => read(where + "/package.json")?.version !== p.version)
    .map(([where, p]) => where.slice("node_modules/".length) + "@" + p.version);
  console.log(off.join(" "));')
if [[ -z $missing ]]; then
  exit 0   # already installed: say nothing, so a CI log stays short
fi

rc=0
timeout 600 npm ci --silent --no-audit --no-fund >"$log" 2>&1 || rc=$?
if [[ $rc -eq 0 ]]; then
  echo "install.sh: installed $missing (npm ci in src/test/browser)"
else
  grep -v 'Unknown user config' "$log" | tail -n 5 >&2 || true
  skip "npm ci failed with exit code $rc in src/test/browser (npm's own log is under ~/.npm/_logs)"
fi
