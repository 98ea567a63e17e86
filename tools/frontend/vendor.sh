#!/usr/bin/env bash
# Copies the dist files of the pinned front-end packages (package.json, package-lock.json) into the project, where
# they are committed: the pages need no network and no JavaScript build. To update one: change its version in
# package.json, run `npm install --no-audit --no-fund` and then this script here, and commit what changed under
# src/main/resources/static/vendor and src/test/resources/axe (docs/pages.md).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
ut=../../src/main/resources/static/vendor
rm -rf "$ut" ../../src/test/resources/axe
mkdir -p "$ut/dkfds/css" "$ut/dkfds/js" "$ut/dkfds/fonts/IBMPlexSans/complete" "$ut/htmx" ../../src/test/resources/axe

# Det Fælles Designsystem: the plain theme, its script, the font weights and the images its style sheet points to
# (not the old eot and ttf fallbacks).
d=node_modules/dkfds/dist
cp "$d/css/dkfds.min.css" "$ut/dkfds/css/"
cp "$d/js/dkfds.min.js" "$ut/dkfds/js/"
for form in woff2 woff; do
    mkdir -p "$ut/dkfds/fonts/IBMPlexSans/complete/$form"
    for snit in Regular Italic Medium MediumItalic SemiBold SemiBoldItalic Bold BoldItalic; do
        cp "$d/fonts/IBMPlexSans/complete/$form/IBMPlexSans-$snit.$form" "$ut/dkfds/fonts/IBMPlexSans/complete/$form/"
    done
done
cp -r "$d/img" "$ut/dkfds/"
cp "$d/LICENSE.md" "$ut/dkfds/"

cp node_modules/htmx.org/dist/htmx.min.js "$ut/htmx/"
cp node_modules/htmx.org/LICENSE "$ut/htmx/"

# The accessibility engine is for the browser tests only.
cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE ../../src/test/resources/axe/

node -e 'for (const [k, v] of Object.entries(require("./package.json").devDependencies)) console.log(k + " " + v)' > "$ut/VERSIONS"
echo "vendored:"; cat "$ut/VERSIONS"
