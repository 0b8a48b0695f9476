# Cross-compiles libk4j.so for linux-aarch64 with Debian's gcc-aarch64-linux-gnu
# (packages gcc-aarch64-linux-gnu, libc6-dev-arm64-cross) and runs the C tests under
# qemu-user (package qemu-user): ctest prefixes every test command with
# CMAKE_CROSSCOMPILING_EMULATOR. native/tools/ensure-cross-toolchain.sh installs them.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(K4J_CROSS_PREFIX aarch64-linux-gnu)
set(K4J_CROSS_SYSROOT /usr/${K4J_CROSS_PREFIX})

set(CMAKE_C_COMPILER ${K4J_CROSS_PREFIX}-gcc)
set(CMAKE_FIND_ROOT_PATH ${K4J_CROSS_SYSROOT})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)

# -L: where qemu finds the aarch64 dynamic loader and libc the tests link against.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64;-L;${K4J_CROSS_SYSROOT})
