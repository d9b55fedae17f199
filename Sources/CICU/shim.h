#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
