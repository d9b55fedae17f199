#include "cicushim.h"
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <string.h>

ZXWordBreaker *zx_word_open(const char *locale, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *b = ubrk_open(UBRK_WORD, locale, NULL, 0, &e);
    *error = e;
    if (U_FAILURE(e)) { if (b) ubrk_close(b); return NULL; }
    return (ZXWordBreaker *)b;
}

ZXWordBreaker *zx_word_clone(const ZXWordBreaker *breaker, int32_t *error) {
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *b = ubrk_clone((const UBreakIterator *)breaker, &e);
    *error = e;
    return U_FAILURE(e) ? NULL : (ZXWordBreaker *)b;
}

void zx_word_close(ZXWordBreaker *breaker) { if (breaker) ubrk_close((UBreakIterator *)breaker); }

int32_t zx_word_set_text(ZXWordBreaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode e = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &e);
    return e;
}

int32_t zx_word_next(ZXWordBreaker *breaker) {
    int32_t n = ubrk_next((UBreakIterator *)breaker);
    return n == UBRK_DONE ? -1 : n;
}

int32_t zx_word_rule_status(const ZXWordBreaker *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker);
}

int32_t zx_decode(const char *charset, const uint8_t *bytes, int32_t length,
                  uint16_t *out, int32_t capacity, int32_t *error, int32_t *error_offset) {
    UErrorCode e = U_ZERO_ERROR;
    *error = 0;
    *error_offset = -1;
    UConverter *cnv = ucnv_open(charset, &e);
    if (U_FAILURE(e)) { *error = e; return -1; }
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &e);
    UChar *target = (UChar *)out;
    const char *source = (const char *)bytes;
    ucnv_toUnicode(cnv, &target, (UChar *)out + capacity, &source, source + length, NULL, 1, &e);
    int32_t written = (int32_t)(target - (UChar *)out);
    if (e == U_BUFFER_OVERFLOW_ERROR) {
        ucnv_close(cnv);
        /* GB18030 never yields more UTF-16 units than bytes. */
        return -(length + 1) - 2;
    }
    if (U_FAILURE(e)) {
        /* `source` points past the offending sequence; ask how long it was. */
        char bad[32];
        int8_t badLength = sizeof bad;
        UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(cnv, bad, &badLength, &e2);
        *error = e;
        *error_offset = (int32_t)(source - (const char *)bytes) - (U_SUCCESS(e2) ? badLength : 0);
        ucnv_close(cnv);
        return -1;
    }
    ucnv_close(cnv);
    return written;
}

int32_t zx_transliterate(const char *id, uint16_t *text, int32_t *length, int32_t capacity) {
    UErrorCode e = U_ZERO_ERROR;
    UChar uid[64];
    u_uastrncpy(uid, id, 63);
    uid[63] = 0;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_FAILURE(e)) return e;
    int32_t limit = *length;
    utrans_transUChars(t, (UChar *)text, length, capacity, 0, &limit, &e);
    utrans_close(t);
    return e;
}
