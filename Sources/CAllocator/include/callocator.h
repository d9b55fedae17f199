#ifndef ZHX_CALLOCATOR_H
#define ZHX_CALLOCATOR_H

/// Tunes the C allocator for `zhx`'s batch work (glibc only; elsewhere it does nothing).
///
/// Each chunk of a document (256 KB of text by default) is decoded, normalized and scanned into
/// arrays of up to a few megabytes that are freed when the chunk is done. By default glibc serves
/// blocks that big with fresh `mmap`s and gives them back at once, so every chunk faults its pages in anew
/// (about 110,000 page faults for one 188 MB file read in 4 MB chunks).
/// Here blocks up to 32 MB come from the heap, and freed memory is kept for the next chunk
/// instead of being trimmed: 80% fewer page faults, 4-6% less time on big files, and a lower
/// peak resident size.
void zx_tune_allocator(void);

#endif
