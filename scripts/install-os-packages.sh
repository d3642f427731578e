#!/usr/bin/env bash
# Installs the OS packages the console and its tests need, only those missing, from Debian/Ubuntu's
# own repositories: ffmpeg (the local cloud's media work), fonts (drawn on sample clips), and with
# --with-browser Chromium (end-to-end tests; Playwright's own browser download is not used).
set -euo pipefail

packages=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || packages+=(ffmpeg)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || packages+=(fonts-dejavu-core)
if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi

[ ${#packages[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${packages[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing OS packages: ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
