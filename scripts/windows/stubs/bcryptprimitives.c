/* A stand-in for bcryptprimitives.dll, which Wine 8.0 does not have (Windows 8 and later do).
 *
 * Rust's standard library (1.78 and later) draws its random numbers from ProcessPrng in this
 * DLL, so cryptography's _rust.pyd does not load without it. This ProcessPrng fills the buffer
 * from RtlGenRandom (advapi32's SystemFunction036), which Wine backs with the system's random
 * source. Only the Wine check installs it (scripts/windows/environment.py); it is never part
 * of the package: real Windows has the real one.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length; ask in chunks well below that. */
    const SIZE_T chunk_limit = 1u << 28;
    while (length > 0) {
        ULONG chunk = (ULONG)(length < chunk_limit ? length : chunk_limit);
        if (!SystemFunction036(data, chunk))
            return FALSE; /* the real one never fails; Rust aborts if it does */
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
