#!/usr/bin/env bash
# Lays out the file tree of the OSEE image (no Docker daemon, no base image to pull): a jlink-ed Java runtime, the
# shared libraries it and the bundled native libraries (onnxruntime, tokenizers) need, copied from this machine,
# the application jar, /etc/passwd with an unprivileged user, /tmp and the data folder. Jib packs the tree into an
# image on top of "scratch" (tools/image/pom.xml).
# Usage: build-root.sh APP_JAR OUT_DIR
set -euo pipefail
jar="$(readlink -f "$1")"
out="$(mkdir -p "$2" && readlink -f "$2")"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] || jlink="$(command -v jlink)"
[ -f "$jar" ] || { echo "build-root.sh: no application jar at $jar" >&2; exit 1; }

rm -rf "$out"
# Jib insists on the module's (empty) classes folder, which Maven does not create for a module without sources.
mkdir -p "$(dirname "$out")/classes"
mkdir -p "$out/app" "$out/etc" "$out/tmp" "$out/var/lib/osee"

# The Java modules the application and its libraries use: java.desktop (PDFBox, ImageIO), java.sql and
# java.transaction.xa (JDBC, H2), java.naming and java.security.sasl (mail), java.net.http (LLM clients),
# java.management (metrics), jdk.unsupported (native libraries, Netty-style code), jdk.crypto.ec (TLS), and the
# locale data of the answer languages. A library that needs another module must add it here (jdeps over the fat
# jar does not answer reliably); ImageIT only runs --help.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
modules=$modules,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml
modules=$modules,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$jlink" --add-modules "$modules" --include-locales=en,fr,es,de,pt,it,nl --strip-debug --no-man-pages \
  --no-header-files --compress=2 --output "$out/opt/java"
# Debian's JDK links its CA store to /etc/ssl/certs: put the real file in the runtime.
cacerts="$out/opt/java/lib/security/cacerts"
if [ -L "$cacerts" ]; then
  real="$(readlink -f "$cacerts")"
  rm "$cacerts"
  if [ -f "$real" ]; then cp "$real" "$cacerts"; else cp "$java_home/lib/security/cacerts" "$cacerts" 2>/dev/null || true; fi
fi

# A server is headless: no X11 toolkit, no splash screen (and so none of the X libraries they link).
rm -f "$out"/opt/java/lib/libawt_xawt.so "$out"/opt/java/lib/libjawt.so "$out"/opt/java/lib/libsplashscreen.so

cp "$jar" "$out/app/osee.jar"

# Shared libraries: whatever ldd says the runtime and the jar's Linux x86-64 native libraries need, at their paths.
natives="$(mktemp -d)"
trap 'rm -rf "$natives"' EXIT
(cd "$natives" && "$(dirname "$jlink")/jar" xf "$jar" ai/onnxruntime/native/linux-x64 native/lib/linux-x86_64)
[ -n "$(find "$natives" -name 'libonnxruntime.so')" ] || { echo "build-root.sh: no onnxruntime library in $jar" >&2; exit 1; }
find "$out/opt/java" "$natives" -type f \( -name '*.so' -o -name '*.so.*' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^\t\/.*ld-linux/ {print $1}' | sort -u \
  | grep -v -e "^$out/" -e "^$natives/" \
  | while read -r lib; do
      mkdir -p "$out$(dirname "$lib")"
      cp -L "$lib" "$out$lib"
    done
# The dynamic loader under its canonical name, and the usual merged-/usr layout links.
for dir in lib lib64; do
  if [ -d "$out/usr/$dir" ] && [ ! -e "$out/$dir" ]; then ln -s "usr/$dir" "$out/$dir"; fi
done
[ -e "$out/lib64/ld-linux-x86-64.so.2" ] || { mkdir -p "$out/lib64"; cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/"; }

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
osee:x:10001:10001:OSEE Assistant:/tmp:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
osee:x:10001:
GROUP
echo 'hosts: files dns' > "$out/etc/nsswitch.conf"
echo "build-root.sh: image tree at $out ($(du -sh "$out" | cut -f1))"
