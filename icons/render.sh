#!/usr/bin/env bash
# Regenerates every raster icon from the hand-written SVGs.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg)
# and, for the Windows .ico, icotool (apt-get install icoutils; brew install icoutils).
# Usage: icons/render.sh        (from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../app/src/main/resources/icons"
command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

# 16 and 24 px have their own pixel-aligned drawings; scaling the full picture down blurs it to a smudge.
source_for() {
  case "$1" in
    16) echo "$here/keukentafel-small.svg" ;;
    24) echo "$here/keukentafel-24.svg" ;;
    *) echo "$here/keukentafel.svg" ;;
  esac
}

mkdir -p "$here/png" "$resources"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$here/png/keukentafel-$size.png" "$(source_for "$size")"
done
# The GUI loads these as window icons (Stage.getIcons picks the best fit per platform).
for size in 16 32 48 64 128 256; do
  cp "$here/png/keukentafel-$size.png" "$resources/keukentafel-$size.png"
done

if command -v icotool >/dev/null; then
  # Small sizes as classic bitmaps for old shells, 256 px as embedded PNG (what Windows Vista and later expect).
  icotool --create --output "$here/keukentafel.ico" \
    "$here/png/keukentafel-16.png" "$here/png/keukentafel-24.png" "$here/png/keukentafel-32.png" \
    "$here/png/keukentafel-48.png" "$here/png/keukentafel-64.png" "$here/png/keukentafel-128.png" \
    --raw="$here/png/keukentafel-256.png"
else
  echo "render.sh: icotool not found, keukentafel.ico left as it was (apt-get install icoutils)" >&2
fi

# macOS: iconutil exists only on a Mac, so the .icns is made there (see icons/README.md).
if command -v iconutil >/dev/null; then
  iconset="$(mktemp -d)/keukentafel.iconset"
  mkdir -p "$iconset"
  for size in 16 32 128 256 512; do
    cp "$here/png/keukentafel-$size.png" "$iconset/icon_${size}x${size}.png"
  done
  for size in 16 32 128 256; do
    cp "$here/png/keukentafel-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
  done
  rsvg-convert --width 1024 --height 1024 --format png --output "$iconset/icon_512x512@2x.png" "$here/keukentafel.svg"
  iconutil --convert icns --output "$here/keukentafel.icns" "$iconset"
fi
echo "render.sh: icons written to $here/png and $resources"
