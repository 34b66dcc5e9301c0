#!/usr/bin/env bash
# Builds the native package(s) of UtilityNet Desktop for the OS it runs on (see installers/README.md).
#
#   installers/build.sh                  # Linux: app image + .deb (+ .rpm when rpmbuild exists)
#                                        # Windows (Git Bash): app image + .msi   macOS: app image + .dmg
#   installers/build.sh --offline        # Maven offline (-o), for machines with a filled ~/.m2
#   installers/build.sh --skip-build     # reuse app/target (jar + target/lib) from an earlier build
#   installers/build.sh --types "app-image deb"   # only these package types
#   installers/build.sh --app-version 1.0.0       # package version other than the pom's
#
# Steps: mvn package of the app (tests are CI's other job: -Dmaven.test.skip=true), a trimmed Java
# runtime by jlink (JDK modules that jdeps finds, plus a few that are loaded reflectively), then
# jpackage: an app image, and from it the OS package. JavaFX runs from the classpath (the
# javafx-*-<os>.jar files of app/target/lib, natives inside); the JavaFX jmods are not published on
# Maven Central, so JavaFX is not jlinked into the runtime. Output: installers/target/out/.
#
# Needs a full JDK 17+ (jdeps, jlink, jpackage, jimage) on JAVA_HOME or PATH, Maven 3.8+; for .deb:
# dpkg-deb and fakeroot; for .rpm: rpmbuild; for .msi: WiX 3 (candle, light) on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="$here/target"

offline=""
skip_build=0
types=""
version_override=""
while (($#)); do
  case "$1" in
    --offline) offline="-o" ;;
    --skip-build) skip_build=1 ;;
    --types) shift; types="${1:?--types needs a list, e.g. \"app-image deb\"}" ;;
    --app-version) shift; version_override="${1:?--app-version needs a version, e.g. 1.0.0}" ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

fail() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "build.sh: [${SECONDS}s] $*" >&2; }

# patched_jdk_resource RESOURCE NAME MARKER first|last FRAGMENT: copies jpackage's default RESOURCE out of this JDK
# (lib/modules), inserts FRAGMENT before the first or last line holding MARKER, and saves it as NAME in a fresh
# resource folder, whose path it prints. Taking the template from the JDK that builds keeps everything else
# jpackage puts there; a JDK whose template lacks the marker stops the build instead of losing our additions.
patched_jdk_resource() {
  local resource="$1" public_name="$2" marker="$3" which="$4" fragment="$5"
  local extracted="$target/work/jdk-resources" dir="$target/work/resources-${public_name%%.*}"
  rm -rf "$dir"; mkdir -p "$dir" "$extracted"
  "$jdk_bin/jimage" extract --dir "$extracted" --include "regex:.*/jdk/jpackage/internal/resources/${resource//./\\.}" \
    "$jdk_bin/../lib/modules" || fail "could not read $resource from this JDK's lib/modules (jimage)"
  local template="$extracted/jdk.jpackage/jdk/jpackage/internal/resources/$resource"
  [[ -f "$template" ]] || fail "this JDK ($jdk_bin) has no jpackage resource $resource: build on the OS the package is for"
  local line
  line="$(grep -nF -- "$marker" "$template" | cut -d: -f1 | { if [[ "$which" == first ]]; then head -1; else tail -1; fi; })"
  [[ -n "$line" ]] || fail "jpackage's $resource in this JDK has no '$marker' to insert $(basename "$fragment") before"
  { head -n "$((line - 1))" "$template"; cat "$fragment"; tail -n "+$line" "$template"; } | tr -d '\r' >"$dir/$public_name"
  echo "$dir"
}

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) fail "unsupported OS '$(uname -s)'" ;;
esac
if [[ "$os" != linux ]]; then
  step "NOTICE: the $os branch has never been run by the project (installers/README.md); after installing, check"
  step "NOTICE: that a utilitynet: link opens Wallet > Send$([[ "$os" == windows ]] && echo ' and that utilitynet-cli is on PATH')"
fi
if [[ "$os" == windows ]]; then
  # jpackage.exe and WiX are native Windows programs: give them C:/... paths (bash accepts them too).
  here="$(cygpath -m "$here")"; root="$(cygpath -m "$root")"; target="$here/target"
fi

# --- JDK tools ---------------------------------------------------------------------------------
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  jdk_bin="$JAVA_HOME/bin"
elif command -v jpackage >/dev/null; then
  jdk_bin="$(dirname "$(readlink -f "$(command -v jpackage)")")"
else
  fail "jpackage not found: set JAVA_HOME to a full JDK 17+ (not a JRE)"
fi
for tool in java jdeps jlink jpackage jimage; do
  [[ -x "$jdk_bin/$tool" || -x "$jdk_bin/$tool.exe" ]] || fail "$tool missing in $jdk_bin (a full JDK 17+ is needed)"
done
jdk_feature="$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
((${jdk_feature%%.*} >= 17)) || fail "JDK $jdk_feature found in $jdk_bin; 17 or newer is needed"

# --- package types for this OS -----------------------------------------------------------------
if [[ -z "$types" ]]; then
  case "$os" in
    linux)
      types="app-image deb"
      if command -v rpmbuild >/dev/null; then types="$types rpm"; else step "rpmbuild not found: skipping .rpm (Debian/Ubuntu: apt-get install rpm)"; fi ;;
    windows) types="app-image msi" ;;
    mac) types="app-image dmg" ;;
  esac
fi
if [[ " $types " == *" deb "* ]]; then
  command -v dpkg-deb >/dev/null || fail ".deb needs dpkg-deb (apt-get install dpkg-dev)"
  command -v fakeroot >/dev/null || fail ".deb needs fakeroot (apt-get install fakeroot)"
fi
if [[ " $types " == *" rpm "* ]]; then command -v rpmbuild >/dev/null || fail ".rpm needs rpmbuild (apt-get install rpm)"; fi
if [[ " $types " == *" msi "* ]]; then
  { command -v candle >/dev/null || command -v candle.exe >/dev/null; } || fail ".msi needs WiX 3.x (candle, light) on PATH"
fi

# --- 1. build the app --------------------------------------------------------------------------
if ((skip_build == 0)); then
  command -v mvn >/dev/null || fail "Maven (mvn) is needed to build the app"
  step "building the app (mvn package -pl app -am)…"
  mkdir -p "$target"
  if ! (cd "$root" && mvn -B -q $offline -Dmaven.test.skip=true package -pl app -am) >"$target/mvn.log" 2>&1; then
    cat "$target/mvn.log" >&2
    fail "the Maven build failed (log above, also in $target/mvn.log)"
  fi
fi
version_file="$root/app/target/classes/net/utilitynet/app/version.properties"
[[ -f "$version_file" && -d "$root/app/target/lib" ]] || fail "app/target is not built (run without --skip-build)"
full_version="$(sed -n 's/^version=//p' "$version_file" | tr -d '\r')"
# jpackage wants 1-3 numeric components: 0.1.0-SNAPSHOT -> 0.1.0.
app_version="${version_override:-${full_version%%-*}}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "package version '$app_version' is not 1 to 3 numbers (from '$full_version'; --app-version overrides)"
if [[ "$os" == mac && "$app_version" == 0* ]]; then
  fail "jpackage on macOS refuses versions whose first number is 0 ($app_version); release 1.0 or pass --app-version"
fi
app_jar="$root/app/target/app-$full_version.jar"
[[ -f "$app_jar" ]] || fail "$app_jar missing (run without --skip-build)"
step "version $full_version (package version $app_version), types: $types"

# --- 2. stage the jars -------------------------------------------------------------------------
input="$target/input"
rm -rf "$input" "$target/runtime" "$target/out" "$target/work"
mkdir -p "$input" "$target/out" "$target/work"
cp "$app_jar" "$input/utilitynet-app.jar"
for jar in "$root"/app/target/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    # The classifier-less javafx-*.jar are empty placeholders; the javafx-*-<os>.jar hold the code.
    javafx-*.jar) [[ "$name" =~ -(linux|linux-aarch64|win|mac|mac-aarch64)\.jar$ ]] || continue ;;
    # secp256k1 natives: only this OS's jar (the loader picks the resource for the running OS).
    secp256k1-kmp-jni-jvm-linux-*) [[ "$os" == linux ]] || continue ;;
    secp256k1-kmp-jni-jvm-darwin-*) [[ "$os" == mac ]] || continue ;;
    secp256k1-kmp-jni-jvm-mingw-*) [[ "$os" == windows ]] || continue ;;
  esac
  cp "$jar" "$input/"
done
# JavaFX natives next to the JavaFX jars: JavaFX loads them from the jar's folder first, so a user's
# first start does not extract them into ~/.openjfx/cache.
case "$os" in linux) native_ext=so ;; mac) native_ext=dylib ;; windows) native_ext=dll ;; esac
for jar in "$input"/javafx-graphics-*.jar "$input"/javafx-swing-*.jar; do
  [[ -f "$jar" ]] || continue
  natives=()
  while IFS= read -r entry; do natives+=("$entry"); done < <("$jdk_bin/jar" tf "$jar" | tr -d '\r' | grep -E "^[^/]+\\.($native_ext)\$" || true)
  if ((${#natives[@]})); then (cd "$input" && "$jdk_bin/jar" xf "$jar" "${natives[@]}"); fi
done

# --- 3. jlink a trimmed runtime ----------------------------------------------------------------
step "finding the JDK modules the jars need (jdeps)…"
modules="$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "${jdk_feature%%.*}" -q \
  --class-path "$input/*" "$input"/*.jar)"
[[ -n "$modules" ]] || fail "jdeps found no modules"
# Loaded by name at runtime, so jdeps cannot see them: EC crypto for TLS to remote nodes, the
# loopback JSON-RPC server, locale data (English + Chinese UI), zip file system, charsets, JMX for logback.
modules="$(tr ',' '\n' <<<"$modules,jdk.crypto.ec,jdk.httpserver,java.sql,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,java.management,java.naming" \
  | sort -u | paste -sd, -)"
step "jlink: $modules"
"$jdk_bin/jlink" --add-modules "$modules" --output "$target/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,zh \
  --generate-cds-archive
# The CDS archive of the JDK's classes saves ~5% of the CPU to the first window; the second copy is
# only for heaps over 32 GB (no compressed oops), which this app never runs with: 11 MB saved.
rm -f "$target/runtime/lib/server/classes_nocoops.jsa"

# --- 4. app image and packages -----------------------------------------------------------------
name="UtilityNet"
common=(--name "$name" --app-version "$app_version" --vendor "UtilityNet"
  --description "Wallet, light client and mining console for the UtilityNet blockchain"
  --copyright "Copyright (C) UtilityNet contributors")
case "$os" in
  linux) icon="$here/icons/utilitynet-256.png" ;;
  windows) icon="$here/icons/utilitynet.ico" ;;
  mac)
    # .icns from the committed PNGs with macOS's own iconutil.
    iconset="$target/work/utilitynet.iconset"; mkdir -p "$iconset"
    for s in 16 32 128 256 512; do
      cp "$here/icons/utilitynet-$s.png" "$iconset/icon_${s}x${s}.png"
      (( s * 2 <= 512 )) && cp "$here/icons/utilitynet-$((s * 2)).png" "$iconset/icon_${s}x${s}@2x.png"
    done
    iconutil -c icns -o "$target/work/utilitynet.icns" "$iconset"
    icon="$target/work/utilitynet.icns" ;;
esac

step "jpackage: app image…"
image_opts=(--input "$input" --main-jar utilitynet-app.jar --main-class net.utilitynet.app.Main
  --runtime-image "$target/runtime" --icon "$icon")
case "$os" in
  windows) # The main launcher is a GUI program; a console twin for the command line (a different
           # name: UtilityNet.exe and utilitynet.exe would be the same file on Windows).
    image_opts+=(--add-launcher "utilitynet-cli=$here/windows/utilitynet-cli.properties") ;;
  mac) # utilitynet: links (jpackage has no option for URL schemes): CFBundleURLTypes in jpackage's own
       # Info.plist template, written before the image is built (and signed), not edited afterwards.
    mac_resources="$(patched_jdk_resource Info-lite.plist.template Info.plist '</dict>' last "$here/mac/url-types.plist")"
    image_opts+=(--mac-package-identifier net.utilitynet.desktop --mac-package-name "$name" --resource-dir "$mac_resources") ;;
esac
"$jdk_bin/jpackage" --type app-image --dest "$target/out" "${common[@]}" "${image_opts[@]}"
case "$os" in
  linux|windows) image="$target/out/$name" ;;
  mac)
    image="$target/out/$name.app"
    grep -q '<string>utilitynet</string>' "$image/Contents/Info.plist" \
      || fail "the app's Info.plist does not declare the utilitynet: scheme (was installers/mac/Info.plist used?)" ;;
esac

for type in $types; do
  [[ "$type" == app-image ]] && continue
  step "jpackage: $type…"
  pkg_opts=(--type "$type" --app-image "$image" --dest "$target/out" "${common[@]}")
  case "$type" in
    deb|rpm)
      # Our templates (desktop entry with the utilitynet: scheme, postinst/prerm for the
      # /usr/bin/utilitynet link, rpm spec) in a resource dir; jpackage fills their placeholders.
      pkg_opts+=(--resource-dir "$here/linux" --icon "$icon"
        --linux-package-name utilitynet --linux-shortcut --linux-menu-group "Office;Finance;"
        --linux-app-release 1 --about-url "https://utilitynet.net") ;;&
    deb)
      # jpackage derives Depends from ldd of every native file in the image, the JavaFX .so files
      # next to the jars included (libgtk-3-0, libgl1, libxtst6, libxxf86vm1, …).
      pkg_opts+=(--linux-deb-maintainer packaging@utilitynet.net --linux-app-category net) ;;
    rpm)
      # jpackage asks the build host's rpm database for Requires, which is empty on Debian: name
      # the libraries JavaFX's natives load.
      pkg_opts+=(--linux-app-category Applications/Internet
        --linux-package-deps "gtk3, libXtst, mesa-libGL, libXxf86vm") ;;
    msi)
      # utilitynet: URL protocol and the install folder on PATH: components jpackage has no option for, and JDK
      # 17's jpackage compiles no WiX source of ours besides main.wxs. So this JDK's own main.wxs gets our fragment
      # (windows/utilitynet-integration.wxf) before </Wix> and a reference to it in its DefaultFeature.
      resources="$(patched_jdk_resource main.wxs main.wxs '</Wix>' first "$here/windows/utilitynet-integration.wxf")"
      grep -q '<ComponentGroupRef Id="Files"/>' "$resources/main.wxs" \
        || fail "this JDK's main.wxs has no <ComponentGroupRef Id=\"Files\"/> in its DefaultFeature to add ours next to"
      sed -i 's|<ComponentGroupRef Id="Files"/>|&<ComponentGroupRef Id="UtilityNetIntegration"/>|' "$resources/main.wxs"
      pkg_opts+=(--resource-dir "$resources" --win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 6f0c2d59-6a7e-4c39-9a4e-2b3c6d8e5f10) ;;
    dmg) pkg_opts+=(--mac-package-identifier net.utilitynet.desktop --mac-package-name "$name") ;;
  esac
  "$jdk_bin/jpackage" "${pkg_opts[@]}"
done

step "done:"
ls -l "$target/out" >&2
