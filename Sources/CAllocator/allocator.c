#include "callocator.h"

#if defined(__linux__)
#include <malloc.h>  // defines __GLIBC__ with glibc
#endif

void zx_tune_allocator(void) {
#if defined(__GLIBC__)
    // Blocks up to 32 MB (glibc's largest threshold) come from the heap, not from mmap.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // Freed memory at the top of the heap is kept (up to 1 GB) for the next chunk.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    // The heap grows by 64 MB at a time, so a chunk's arrays do not grow it piece by piece.
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}
