# Sourced by ./mvnw and .ci/run: when JAVA_HOME is unset and the default `java` is older than
# 21, pick the newest JDK 21+ installed under /usr/lib/jvm (or /opt). An explicit JAVA_HOME is
# always respected: if it is older than 21 the build's enforcer rule stops with a message.
hla_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}
hla_select_jdk() {
  [ -n "${JAVA_HOME:-}" ] && return 0
  hla_major=$(hla_java_major java 2>/dev/null)
  if [ -n "$hla_major" ] && [ "$hla_major" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  for hla_dir in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ 2>/dev/null | sort -r); do
    hla_dir=${hla_dir%/}
    [ -x "$hla_dir/bin/javac" ] || continue
    hla_major=$(hla_java_major "$hla_dir/bin/java" 2>/dev/null)
    if [ -n "$hla_major" ] && [ "$hla_major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$hla_dir"
      echo "[mvnw] default java is older than 21; using JAVA_HOME=$JAVA_HOME" >&2
      return 0
    fi
  done
  return 0
}
hla_select_jdk
