#!/usr/bin/env bash
# Sourced by scripts/run-demo and scripts/test: makes sure everything the
# project needs is installed, then leaves the project's virtualenv active.
#   - system libraries Qt needs (Debian/Ubuntu, installed with apt when missing and allowed)
#   - a virtualenv in .venv with the package (editable) and its extras
# Re-running is cheap: the venv is rebuilt only when pyproject.toml changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CONFERENCE_DESK_VENV:-$ROOT/.venv}"
EXTRAS="${1:-}"
PYTHON="${PYTHON:-python3}"

log() { printf '[setup] %s\n' "$*" >&2; }

apt_install() {
  # Install Debian packages when missing; needs root (or sudo) and apt-get.
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      log "Please install: ${missing[*]} (no root rights to do it here)"; return 0; fi
  fi
  if ! command -v apt-get >/dev/null; then
    log "Please install the equivalents of: ${missing[*]}"; return 0
  fi
  log "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  log "Conference Desk needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))"; exit 1
fi

if command -v dpkg-query >/dev/null; then
  # Qt's offscreen platform, fonts, and PulseAudio's client library for Qt Multimedia.
  apt_install libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core libpulse0
  # Qt 6's xcb platform (a real X11 desktop session): the libraries Qt's "X11 requirements"
  # page lists. Without libxcb-cursor0 (and icccm/keysyms) the first launch aborts with
  # "Could not load the Qt platform plugin xcb".
  apt_install libx11-6 libx11-xcb1 libxext6 libxfixes3 libxi6 libxrender1 libfreetype6 \
    libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
fi

stamp="$VENV/.conference-desk-installed"
want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)-$EXTRAS"
if [ ! -x "$VENV/bin/python" ]; then
  log "Creating virtualenv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "Installing Conference Desk and its dependencies${EXTRAS:+ ($EXTRAS)}"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  spec="$ROOT"
  [ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$spec" 2>&1 | grep -vE '^WARNING: Location' >&2 || true
  "$VENV/bin/python" -c 'import conference_desk, PySide6, sqlalchemy, alembic' \
    || { log "Installation failed"; exit 1; }
  echo "$want" > "$stamp"
fi
# shellcheck disable=SC1091
source "$VENV/bin/activate"
