#!/usr/bin/env bash
# Records the bundled sample articles into a fresh database and shows what claimdiff reports:
# how the Gulf Courier's claims changed over three versions, how the Northern Wire's account
# compares, and the tariff figures over time.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
cd=${CARGO_TARGET_DIR:-target}/release/claimdiff
# A temporary database unless CLAIMDIFF_DB names one to keep; the temporary one is removed at
# exit, however the script ends.
if [ -n "${CLAIMDIFF_DB:-}" ]; then
    db=$CLAIMDIFF_DB
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    db=$tmp/demo.db
fi
export CLAIMDIFF_DB=$db
s=samples/extradition
$cd record $s/courier-v1.txt --source "The Gulf Courier" --article courier-sheinbaum-trump --at 2025-12-04T08:00:00Z
$cd record $s/wire.txt       --source "Northern Wire"    --article wire-sheinbaum-trump    --at 2025-12-04T11:00:00Z
$cd record $s/courier-v2.txt --source "The Gulf Courier" --article courier-sheinbaum-trump --at 2025-12-04T14:30:00Z
$cd record $s/courier-v3.txt --source "The Gulf Courier" --article courier-sheinbaum-trump --at 2025-12-05T09:15:00Z
$cd record samples/aranceles/bajio-v1.txt --source "Diario del Bajío" --article bajio-aranceles --at 2025-12-04T10:00:00Z
$cd record samples/aranceles/bajio-v2.txt --source "Diario del Bajío" --article bajio-aranceles --at 2025-12-05T07:45:00Z
echo; echo "\$ claimdiff diff courier-sheinbaum-trump@1 courier-sheinbaum-trump@3"
$cd diff courier-sheinbaum-trump@1 courier-sheinbaum-trump@3
echo; echo "\$ claimdiff diff courier-sheinbaum-trump wire-sheinbaum-trump"
$cd diff courier-sheinbaum-trump wire-sheinbaum-trump
echo; echo "\$ claimdiff history --topic tariffs"
$cd history --topic tariffs
if [ -n "${tmp:-}" ]; then
    echo; echo "(a temporary database, removed now; set CLAIMDIFF_DB=path to keep one)"
else
    echo; echo "(database: $db)"
fi
