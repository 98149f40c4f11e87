#!/usr/bin/env bash
# Start-up and size benchmark of the installed package (docs/benchmarks.md). Run by hand after the installer check
# has unpacked the .deb (./mvn21 -B -Pinstaller-check -pl packaging -am verify -DskipTests):
#   packaging/src/test/installer-bench.sh packaging/target/installer [rounds]
# Measures, in the same run and on the same runtime:
#   - the package's sizes: the .deb, Installed-Size, the bundled runtime and the libraries
#   - the time from starting the packaged launcher to the unlock screen's first frame, against the time from starting
#     the same launcher binary and runtime to the first frame of a bare JavaFX window (an empty 1180x780 Stage, with
#     only the JavaFX jars on its class path): both write a ready file with the milliseconds since the process started.
# Rounds alternate the two (default 5 each) under one private Xvfb; the medians and their ratio are printed.
set -euo pipefail
installers="$(cd "$1" && pwd)"
rounds="${2:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
scratch="$(mktemp -d /tmp/kt-bench.XXXXXX)"
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
xvfb=""
deb="$(ls "$installers"/keukentafel_*.deb)"
. "$here/../../../scripts/find-jdk.sh"
find_jdk21

dpkg-deb -x "$deb" "$scratch/root"
app="$scratch/root/opt/keukentafel"
echo "deb file:        $(du -k "$deb" | cut -f1) KiB ($(dpkg-deb -I "$deb" | grep -o 'size [0-9]*' | head -1))"
echo "Installed-Size:  $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "runtime:         $(du -sk "$app/lib/runtime" | cut -f1) KiB"
echo "libraries:       $(du -sk --exclude=runtime "$app/lib/app" | cut -f1) KiB"
echo "whole /opt:      $(du -sk "$app" | cut -f1) KiB"

# the bare window: compiled here against the package's own JavaFX jars, started by a copy of the same launcher
mkdir -p "$scratch/bare"
cat > "$scratch/bare/BareWindow.java" <<'JAVA'
import java.nio.file.*;
import java.time.*;
import javafx.application.*;
import javafx.scene.*;
import javafx.scene.layout.*;
import javafx.stage.*;
// main is outside the Application subclass, as in the app's Launcher: JavaFX jars on the class path need that
public class BareWindow {
    public static void main(String[] args) { Application.launch(Window.class, args); }
    public static class Window extends Application {
    @Override public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1180, 780));
        stage.show();
        Platform.runLater(() -> {
            long millis = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), Instant.now()).toMillis();
            try {
                Files.writeString(Path.of(System.getenv("KEUKENTAFEL_READY_FILE")), "bare " + millis + "\n");
            } catch (Exception e) { throw new RuntimeException(e); }
        });
    }
    }
}
JAVA
fx="$(ls "$app"/lib/app/javafx-*.jar | tr '\n' ':')"
"$JAVA_HOME/bin/javac" -d "$scratch/bare" --release 21 -cp "$fx" "$scratch/bare/BareWindow.java"
"$JAVA_HOME/bin/jar" --create --file "$app/lib/app/bare-window.jar" -C "$scratch/bare" BareWindow.class -C "$scratch/bare" 'BareWindow$Window.class'
cp "$app/bin/Keukentafel" "$app/bin/BareWindow"
{
  echo "[Application]"
  echo "app.classpath=\$APPDIR/bare-window.jar"
  echo "app.mainclass=BareWindow"
  for jar in "$app"/lib/app/javafx-*.jar; do echo "app.classpath=\$APPDIR/$(basename "$jar")"; done
  echo
  sed -n '/^\[JavaOptions\]/,$p' "$app/lib/app/Keukentafel.cfg"
} > "$app/lib/app/BareWindow.cfg"

# a vault, so the app's first screen is the unlock screen (no welcome)
export KEUKENTAFEL_HOME="$scratch/home"
printf 'demo wachtzin voor de keukentafel\n' > "$scratch/passphrase.txt"
"$app/bin/Keukentafel" demo --vault "$KEUKENTAFEL_HOME/vault" --passphrase-file "$scratch/passphrase.txt" > /dev/null 2>&1

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$scratch/display" 2> /dev/null &
xvfb=$!
for _ in $(seq 1 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$scratch/display")"

start_once() {
  rm -f "$scratch/ready"
  KEUKENTAFEL_READY_FILE="$scratch/ready" "$1" > "$scratch/launch.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do [ -s "$scratch/ready" ] && break; sleep 0.05; done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -s "$scratch/ready" ] || { echo "$1 did not show its window:" >&2; cat "$scratch/launch.log" >&2; exit 1; }
  cut -d' ' -f2 "$scratch/ready"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
start_once "$app/bin/BareWindow" > /dev/null   # warm the file cache for both
start_once "$app/bin/Keukentafel" > /dev/null
for _ in $(seq 1 "$rounds"); do
  start_once "$app/bin/BareWindow" >> "$scratch/bare.txt"
  start_once "$app/bin/Keukentafel" >> "$scratch/app.txt"
done
bare="$(median < "$scratch/bare.txt")"
unlock="$(median < "$scratch/app.txt")"
echo "bare JavaFX window, first frame (ms):  $(tr '\n' ' ' < "$scratch/bare.txt")-> median $bare"
echo "Keukentafel unlock screen (ms):        $(tr '\n' ' ' < "$scratch/app.txt")-> median $unlock"
awk -v a="$unlock" -v b="$bare" 'BEGIN {printf "ratio unlock screen / bare window: %.2f\n", a / b}'
