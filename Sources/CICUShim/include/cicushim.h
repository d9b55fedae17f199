/* Plain-C wrapper over the system ICU.
 *
 * No ICU header is included here: Swift modules import this header together with Foundation,
 * whose private ICU copy defines the same C types differently. Every type is plain C. */
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

/* ---- Word break iterator (dictionary-based for Chinese) ---- */

typedef struct ZXWordBreaker ZXWordBreaker;

/** Opens a word break iterator for `locale` ("zh"). Returns NULL and sets *error on failure. */
ZXWordBreaker *zx_word_open(const char *locale, int32_t *error);
/** Clones an iterator for another thread (ICU iterators are not thread-safe). */
ZXWordBreaker *zx_word_clone(const ZXWordBreaker *breaker, int32_t *error);
void zx_word_close(ZXWordBreaker *breaker);
/** Sets UTF-16 text; the buffer must outlive the iteration. Returns an ICU error code (0 = ok). */
int32_t zx_word_set_text(ZXWordBreaker *breaker, const uint16_t *text, int32_t length);
/** Next boundary in UTF-16 units, or -1 at the end. */
int32_t zx_word_next(ZXWordBreaker *breaker);
/** Rule status of the segment that ends at the last boundary (100s = number, 400s = ideographic). */
int32_t zx_word_rule_status(const ZXWordBreaker *breaker);

/* ---- Charset conversion (GB18030, a superset of GBK and GB2312) ---- */

/**
 * Decodes `length` bytes of `charset` into UTF-16 `out` (capacity `capacity` units).
 * Stops at the first invalid byte: returns the number of units written, or -1 on error with
 * *error set and *error_offset = byte offset of the first bad byte. If `out` is too small,
 * returns the needed capacity negated minus 2 (call again with a bigger buffer).
 */
int32_t zx_decode(const char *charset, const uint8_t *bytes, int32_t length,
                  uint16_t *out, int32_t capacity, int32_t *error, int32_t *error_offset);

/* ---- Transliteration ---- */

/**
 * Transliterates UTF-16 `text` in place with the ICU transform `id` (e.g. "Hant-Hans").
 * `*length` is the text length on input and after the call; `capacity` the buffer size.
 * Returns an ICU error code (0 = ok).
 */
int32_t zx_transliterate(const char *id, uint16_t *text, int32_t *length, int32_t capacity);

#endif
