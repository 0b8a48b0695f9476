#!/usr/bin/env bash
# Makes sure the linux-aarch64 native library can be built and tested here: Debian's
# aarch64 cross-compiler and C library (gcc-aarch64-linux-gnu, libc6-dev-arm64-cross)
# and qemu-user (runs the aarch64 C tests). Installs what is missing with apt-get
# (running `apt-get update` first only when a package is unknown to apt); needs root.
# Exits non-zero with a message naming what is missing when it cannot install it.
# The build (pom.xml, execution ensure-cross-toolchain) runs this before CMake.
set -euo pipefail

PACKAGES=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)
SYSROOT=/usr/aarch64-linux-gnu

have_toolchain() {
    command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 &&
        command -v qemu-aarch64 >/dev/null 2>&1 &&
        [[ -e "$SYSROOT/lib/ld-linux-aarch64.so.1" ]] &&
        [[ -e "$SYSROOT/include/stdio.h" ]]
}

fail() {
    cat >&2 <<MSG
kernels4j: cannot build the linux-aarch64 native library: $1
  The jar carries natives for linux-x86_64 and linux-aarch64; the aarch64 one is
  cross-compiled with Debian's gcc-aarch64-linux-gnu and its C tests run under qemu-user.
  Install them, as root:  apt-get install -y ${PACKAGES[*]}
  (or build without the aarch64 native, knowing the jar lacks it: -Dk4j.skipAarch64=true)
MSG
    exit 1
}

if have_toolchain; then
    exit 0
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -gt 0 ]] || fail "the packages ${PACKAGES[*]} are installed but aarch64-linux-gnu-gcc, qemu-aarch64 or $SYSROOT is missing"

command -v apt-get >/dev/null 2>&1 || fail "missing ${missing[*]}, and there is no apt-get to install them"
[[ "$(id -u)" -eq 0 ]] || fail "missing ${missing[*]}, and installing them needs root (this build runs as $(id -un))"

echo "kernels4j: installing ${missing[*]} (cross-compiler and emulator for the linux-aarch64 native)" >&2
export DEBIAN_FRONTEND=noninteractive
apt_install() {
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends -q "${missing[@]}" >&2
}
# Only refresh the package lists when apt does not know a package (a fresh image has none).
needs_update=0
for p in "${missing[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then
        needs_update=1
    fi
done
if [[ $needs_update -eq 1 ]]; then
    apt-get -o DPkg::Lock::Timeout=600 update -q >&2 || fail "apt-get update failed"
fi
if ! apt_install; then
    # Lists that are present but stale can name versions the mirror no longer has.
    if [[ $needs_update -eq 1 ]] || ! apt-get -o DPkg::Lock::Timeout=600 update -q >&2 || ! apt_install; then
        fail "apt-get install ${missing[*]} failed"
    fi
fi
have_toolchain || fail "installed ${missing[*]}, but the toolchain is still incomplete"
