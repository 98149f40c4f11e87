# Sourced by ./mvn21 and ./keukentafel. Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME itself if it is one,
# else the newest under /usr/lib/jvm (and the usual SDKMAN / /opt places). Exits with a clear message if none.

java_major() { # the feature version of the java binary in $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

find_jdk21() {
  local pick="" best=0 home v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(java_major "$JAVA_HOME/bin/java")
    if [ "${v:-0}" -ge 21 ]; then pick="$JAVA_HOME"; fi
  fi
  if [ -z "$pick" ]; then
    for home in /usr/lib/jvm/*/ "$HOME"/.sdkman/candidates/java/*/ /opt/java/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
      [ -x "${home}bin/javac" ] || continue
      v=$(java_major "${home}bin/java")
      if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best" ]; then best=$v; pick=${home%/}; fi
    done
  fi
  if [ -z "$pick" ]; then
    echo "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm and the usual places)." >&2
    echo "Install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$pick"
}
