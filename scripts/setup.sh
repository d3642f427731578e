#!/usr/bin/env bash
# Quick start on a fresh Debian/Ubuntu machine with Node 20: OS packages (ffmpeg, and Chromium so
# that `npm test` runs too), npm packages, then the console with the local cloud (production build).
# Usage: bash scripts/setup.sh [dev]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-os-packages.sh --with-browser
npm install --no-audit --no-fund
if [ "${1:-}" = "dev" ]; then exec npm run dev; else exec npm start; fi
