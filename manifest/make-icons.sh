#!/usr/bin/env bash
# Draws the app's icons with ImageMagick (apt-get install imagemagick): a white "speech bubble over a globe"
# mark on the Council of Europe blue for the colour icon, and the same mark alone, white on transparent, for the
# outline icon and the add-in's ribbon icons. Run it again after changing the mark; commit the PNGs.
set -euo pipefail
convert=${CONVERT:-/usr/bin/convert}
cd "$(dirname "$0")"
blue='#0B4DA2'
mark() { # size, stroke width, colour
  local s=$1 w=$2 c=$3
  echo "-fill none -stroke $c -strokewidth $w \
    -draw \"circle $((s/2)),$((s/2)) $((s/2)),$((s/8))\" \
    -draw \"ellipse $((s/2)),$((s/2)) $((s/6)),$((s*3/8)) 0,360\" \
    -draw \"line $((s/8)),$((s/2)) $((s*7/8)),$((s/2))\""
}
eval "$convert" -size 192x192 "xc:$blue" "$(mark 192 10 white)" -strip PNG32:color.png
eval "$convert" -size 32x32 xc:none "$(mark 32 2 white)" -strip PNG32:outline.png
mkdir -p assets
for size in 16 32 80; do
  eval "$convert" -size ${size}x${size} "xc:$blue" "$(mark "$size" $(( size / 12 > 1 ? size / 12 : 1 )) white)" -strip PNG32:assets/icon-$size.png
done
