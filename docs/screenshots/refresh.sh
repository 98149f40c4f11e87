#!/usr/bin/env bash
# Makes every picture in docs/screenshots anew from the TestFX walks that take them (headless, Monocle; no display
# needed) and copies them here under their documented names. Run from the repository root:
#   docs/screenshots/refresh.sh            # app screens (~8 min on 2 cores)
#   docs/screenshots/refresh.sh --sync     # also the sync screens with a real server (src-test, ~2 min more)
# Then look at them (git diff --stat docs/screenshots shows what changed) before committing.
set -euo pipefail
cd "$(dirname "$0")/../.."
shots=$(mktemp -d /tmp/keukentafel-shots.XXXXXX)
trap 'rm -rf "$shots"' EXIT
./mvn21 -B -q -pl sync-protocol,sync-client,app test -Dsurefire.failIfNoSpecifiedTests=false -Dkeukentafel.screenshots="$shots" \
  -Dtest='ScreenshotTour,IntakeSectionScreenshots,NetworkSectorTest,CompleteIntakeTest,MunicipalityListTest,GenogramScreenshotTour,PlanScreenshots,EvaluationTabTest,ToetsScreenshots,SmallScreenTest,InstallationScreensTest'
if [[ "${1:-}" == "--sync" ]]; then
  ./mvn21 -B -q -pl src-test -am test -Dsurefire.failIfNoSpecifiedTests=false -Dkeukentafel.screenshots="$shots" \
    -Dtest=SyncScreensWithServerTest
fi
target=docs/screenshots
# the walks name some pictures by what they show; the documentation numbers them
declare -A renamed=([about]=41-about [first-run]=40-first-run-welcome [locked-setting]=42-settings-locked-by-it
  [sync-dossier-banner]=14-sync-dossier-banner [sync-conflict-list]=15-sync-conflict-list [sync-merge-view]=16-sync-merge-view)
copied=0
for picture in "$shots"/*.png; do
  name=$(basename "$picture" .png)
  if [[ -n "${renamed[$name]:-}" ]]; then
    name=${renamed[$name]}
  elif [[ "$name" == small-* ]]; then
    name=41-small-screen-${name#small-}
  fi
  # only pictures the documentation shows (a numbered name); walk-only ones (smoke, failure) stay out
  if [[ "$name" =~ ^[0-9] ]]; then
    cp "$picture" "$target/$name.png"
    copied=$((copied + 1))
  fi
done
echo "$copied pictures written to $target"
