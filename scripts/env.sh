# shellcheck shell=bash
# Sourced (not run) by the other scripts: the project's tool environment, set per process so that
# nothing is written to the user's shell profile.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# cargo-installed tools (wasm-bindgen, wasm-pack, trunk) and the npm ones (wasm-opt 132 from the
# binaryen package) must win over anything older on the system: Debian's wasm-opt 108 silently
# breaks the module, and Trunk/wasm-pack only use a tool from PATH whose version matches.
PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$REPO_ROOT/node_modules/.bin:$PATH"

# wasm-pack would otherwise try to download a chromedriver; use Debian's, which matches Debian's chromium.
CHROMEDRIVER=/usr/bin/chromedriver

export PATH CHROMEDRIVER REPO_ROOT
