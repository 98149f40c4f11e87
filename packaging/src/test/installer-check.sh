#!/usr/bin/env bash
# The installer check: proves that the built .deb installs and starts. Run by the installer-check profile
# (active when CI=true) in the packaging module's integration-test phase, after jpackage built the package once:
#   installer-check.sh <folder with keukentafel_*.deb> <scratch folder>
# Steps (each prints "installer-check: ok ..." or stops with "installer-check: FAIL ..." and exit code 1):
#   1. the Depends line names GTK 3 (both names), libxxf86vm1, libgl1 and a font; each exists for apt;
#      apt-get resolves the whole package in a simulated install
#   2. the package unpacks (dpkg-deb -x) and its launcher runs the CLI: it makes a demo vault
#   3. the packaged launcher opens its window under Xvfb and reaches the welcome or unlock screen
#   4. a launcher that cannot start is seen as a failure by the same window check (the check can fail)
#   5. dpkg installs the package into a throwaway root, upgrades it to a newer version and purges it; the vault
#      made in step 2 stays unchanged, the upgraded launcher's CLI verify opens it, and it is still there after the purge
# Needs: dpkg-deb, Xvfb, busybox (static, as the throwaway root's shell). .ci/run installs them.
set -euo pipefail
installers="$(cd "$1" && pwd)"
scratch="$2"
fail() { echo "installer-check: FAIL: $*" >&2; exit 1; }
ok() { echo "installer-check: ok ($SECONDS s) $*"; }
for tool in dpkg-deb Xvfb busybox; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (apt-get install dpkg xvfb busybox-static)"
done
shopt -s nullglob
debs=("$installers"/keukentafel_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one keukentafel_*.deb in $installers, found ${#debs[@]}"
deb="${debs[0]}"
rm -rf "$scratch"
mkdir -p "$scratch"
scratch="$(cd "$scratch" && pwd)"
printf 'demo wachtzin voor de keukentafel\n' > "$scratch/passphrase.txt"

# 1. Depends
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in 'libgtk-3-0t64 | libgtk-3-0' libxxf86vm1 libgl1 fonts-dejavu-core; do
  case ", $depends," in *", $needed,"*) ;; *) fail "Depends lacks '$needed': $depends" ;; esac
done
if compgen -G "/var/lib/apt/lists/*_Packages*" > /dev/null; then
  IFS=',' read -r -a groups <<< "$depends"
  # one apt-cache call for every name (each call loads the whole cache, seconds on a busy machine)
  names="$(echo "$depends" | tr ',|' '\n\n' | awk '{print $1}' | sort -u)"
  # shellcheck disable=SC2086
  policy="$(apt-cache policy $names 2>/dev/null)"
  for group in "${groups[@]}"; do
    found=""
    IFS='|' read -r -a alternatives <<< "$group"
    for alternative in "${alternatives[@]}"; do
      name="$(echo "$alternative" | awk '{print $1}')"
      candidate="$(awk -v p="$name:" '$1 == p {hit = 1; next} hit && $1 == "Candidate:" {print $2; exit}' <<< "$policy")"
      if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then found="$name"; break; fi
    done
    [ -n "$found" ] || fail "no package of '$group' exists for apt"
  done
  apt-get -s -qq install "$deb" > "$scratch/apt-simulation.txt" 2>&1 \
    || { cat "$scratch/apt-simulation.txt" >&2; fail "apt-get cannot resolve the package's dependencies"; }
  ok "Depends: every package exists and apt-get resolves the package ($depends)"
else
  [ "${CI:-}" != "true" ] || fail "apt has no package lists (run apt-get update)"
  echo "installer-check: skipped the apt look-up (no apt package lists); Depends is $depends"
fi

# 2. unpack and run the CLI
root="$scratch/unpacked"
dpkg-deb -x "$deb" "$root"
launcher="$root/opt/keukentafel/bin/Keukentafel"
[ -x "$launcher" ] || fail "the package has no launcher at /opt/keukentafel/bin/Keukentafel"
# the consultant's application folder; step 5 upgrades the package under this vault
export KEUKENTAFEL_HOME="$scratch/consultant"
vault="$KEUKENTAFEL_HOME/vault"
"$launcher" demo --families 1 --vault "$vault" --passphrase-file "$scratch/passphrase.txt" > "$scratch/demo.txt" 2>&1 \
  || { cat "$scratch/demo.txt" >&2; fail "the packaged launcher could not make a demo vault"; }
# (its verify runs in step 5, with the upgraded launcher: one JVM start and one Argon2 unlock fewer)
ok "the packaged CLI made a demo vault"

# 3. the window, under a private Xvfb; the vault exists, so the unlock screen is the first screen
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$scratch/display" 2> "$scratch/xvfb.txt" &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || fail "Xvfb did not start: $(cat "$scratch/xvfb.txt")"
export DISPLAY=":$(cat "$scratch/display")"

# Starts a launcher (no arguments: the window) and waits up to 90 s for its ready file; prints the file's line.
window_ready() {
  local start_launcher="$1" ready="$scratch/ready" log="$2"
  rm -f "$ready"
  KEUKENTAFEL_READY_FILE="$ready" "$start_launcher" > "$log" 2>&1 &
  local app=$!
  for _ in $(seq 1 900); do
    [ -s "$ready" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  [ -s "$ready" ] && cat "$ready"
}
line="$(window_ready "$launcher" "$scratch/window.txt")" \
  || { cat "$scratch/window.txt" >&2; fail "the packaged launcher did not reach its first screen"; }
case "$line" in
  unlockScreen*) ok "the packaged window reached its first screen: $line" ;;
  *) cat "$scratch/window.txt" >&2; fail "the packaged window showed '$line', not the unlock screen" ;;
esac

# 4. a launcher that cannot start must fail the same check: its configuration names a main class that is not there
broken="$scratch/broken"
cp -a "$root/opt/keukentafel" "$broken"
sed -i 's/^app.mainclass=.*/app.mainclass=nl.keukentafel.Missing/' "$broken/lib/app/Keukentafel.cfg"
if line="$(window_ready "$broken/bin/Keukentafel" "$scratch/broken.txt")"; then
  fail "the check took a broken launcher for a started one ($line)"
fi
rm -rf "$broken"
ok "a launcher that cannot start is reported as failing"

# 5. install, upgrade and purge with dpkg in a throwaway root; the consultant's vault survives all three
target="$scratch/root"
mkdir -p "$target/var/lib/dpkg/info" "$target/var/lib/dpkg/updates" "$target/bin" "$target/usr/bin" "$target/tmp"
touch "$target/var/lib/dpkg/status"
cp "$(command -v busybox)" "$target/bin/busybox"
for applet in sh rm mkdir ls cat grep sed; do ln -sf busybox "$target/bin/$applet"; done
# the maintainer scripts register the menu entry with xdg-desktop-menu; in the throwaway root that is a no-op
printf '#!/bin/sh\nexit 0\n' > "$target/usr/bin/xdg-desktop-menu"
chmod +x "$target/usr/bin/xdg-desktop-menu"
newer="$scratch/newer"
dpkg-deb -R "$deb" "$newer"
sed -i 's/^Version: .*/Version: 99.0.0/' "$newer/DEBIAN/control"
dpkg-deb -Znone -b "$newer" "$scratch/keukentafel_99.0.0.deb" > /dev/null
rm -rf "$newer"
dpkg_root() { dpkg --root="$target" --force-depends --force-not-root --no-triggers --log=/dev/null "$@" > "$scratch/dpkg.txt" 2>&1 \
  || { cat "$scratch/dpkg.txt" >&2; fail "dpkg $* failed in the throwaway root"; }; }
dpkg_root -i "$deb"
installed="$target/opt/keukentafel/bin/Keukentafel"
[ -x "$installed" ] || fail "dpkg did not install the launcher"
before="$(find "$vault" -type f | sort | xargs sha256sum)"
dpkg_root -i "$scratch/keukentafel_99.0.0.deb"
[ "$(dpkg-query --admindir="$target/var/lib/dpkg" -W -f='${Version}' keukentafel)" = "99.0.0" ] || fail "the upgrade did not take"
[ "$(find "$vault" -type f | sort | xargs sha256sum)" = "$before" ] || fail "the upgrade changed the vault"
"$installed" verify --vault "$KEUKENTAFEL_HOME/vault" --passphrase-file "$scratch/passphrase.txt" > "$scratch/verify2.txt" 2>&1 \
  || { cat "$scratch/verify2.txt" >&2; fail "the upgraded launcher could not open the vault"; }
dpkg_root --purge keukentafel
[ ! -e "$installed" ] || fail "the purge left the launcher"
[ -d "$vault" ] && [ -n "$(find "$vault" -type f)" ] || fail "the purge removed the vault"
ok "install, upgrade to 99.0.0 and purge kept the vault, and the upgraded launcher opened it"
echo "installer-check: all checks passed"
