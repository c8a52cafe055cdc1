#!/usr/bin/env bash
# Renders the annual assessment form (an .xlsx from GET /scorecard/annual.xlsx, or the sample the
# workbook test writes) to a PNG of its first page, the form as it is printed and signed:
#   scripts/render-annual-form.sh <form.xlsx> <out.png>
# Needs Debian's libreoffice-calc-nogui, poppler-utils, fonts-wqy-microhei and
# fonts-crosextra-carlito: column widths are counted in Calibri's digits, and Carlito has its
# metrics, so rows wrap here where they wrap in Excel.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <form.xlsx> <out.png>" >&2
  exit 2
fi
xlsx="$(realpath "$1")"
out="$(realpath -m "$2")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The workbook asks for 微软雅黑 (on every Chinese Windows); here WenQuanYi Micro Hei stands in, so
# the image shows the form as its reader sees it rather than a fallback font's metrics.
cat > "$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same">
    <family>Microsoft YaHei</family>
    <prefer><family>WenQuanYi Micro Hei</family></prefer>
  </alias>
</fontconfig>
CONF

# A profile of its own, so a LibreOffice already running elsewhere does not take the job.
FONTCONFIG_FILE="$work/fonts.conf" libreoffice --headless \
  "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$xlsx" >/dev/null
pdf="$work/$(basename "${xlsx%.*}").pdf"
mkdir -p "$(dirname "$out")"
pdftoppm -png -r 110 -singlefile "$pdf" "${out%.png}"
echo "$out"
