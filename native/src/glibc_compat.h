/* Keeps libk4j.so loadable on glibc 2.28 (RHEL 8, Debian 10, Ubuntu 20.04) when it is
 * built against a newer glibc. Include after <math.h> in every file that calls exp/log.
 *
 * glibc 2.29 gave exp, log, pow and exp2 new symbol versions (the same new code without
 * the SVID error wrapper); a library linked against glibc >= 2.29 then needs
 * exp@GLIBC_2.29 and refuses to load on older systems. The older versions are still
 * exported by every newer glibc and compute the same values (they add errno handling on
 * overflow, which no caller here reads), so the references are bound to them. expf and
 * logf (GLIBC_2.27) and libmvec's vector variants (GLIBC_2.22) are old enough as they
 * are. GlibcVersionTest (src/test) checks the highest GLIBC_ version each packaged
 * library needs. */
#ifndef K4J_GLIBC_COMPAT_H
#define K4J_GLIBC_COMPAT_H

#if defined(__GLIBC__) && !defined(K4J_NO_GLIBC_COMPAT)
#if defined(__x86_64__)
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
#elif defined(__aarch64__)
__asm__(".symver exp,exp@GLIBC_2.17");
__asm__(".symver log,log@GLIBC_2.17");
#endif
#endif

#endif
