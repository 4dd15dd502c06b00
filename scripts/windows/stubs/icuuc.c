/* A stand-in for Windows' own icuuc.dll, which Wine 8.0 does not have.
 *
 * Qt6Core.dll imports twenty ICU converter functions from the system's icuuc.dll (Windows 10
 * 1703 and later ship it) and will not load without them. Qt asks ICU only for legacy
 * encodings beyond its built-in codecs (UTF-8/16/32, Latin-1, the ANSI code page), and the app
 * needs none of those, so this DLL knows no converter at all: opening one fails with
 * U_FILE_ACCESS_ERROR, none are listed, and every other call reports an error or does nothing.
 * The list of exports (icuuc.def) is what `x86_64-w64-mingw32-objdump -p Qt6Core.dll` shows
 * under "DLL Name: icuuc.dll". Only the Wine check installs it (scripts/windows/environment.py);
 * it is never part of the package.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;     /* ICU: <= 0 success, > 0 failure */
typedef uint16_t UChar;
typedef int8_t UBool;
typedef struct UConverter UConverter;
typedef void (*UConverterCallback)(void);

enum { U_ILLEGAL_ARGUMENT_ERROR = 1, U_FILE_ACCESS_ERROR = 4 };

/* ICU's convention: a call does nothing when *status already holds an error. */
static void set_error(UErrorCode *status, UErrorCode code)
{
    if (status && *status <= 0)
        *status = code;
}

static void no_callback(UConverterCallback *action, const void **context)
{
    if (action)
        *action = NULL;
    if (context)
        *context = NULL;
}

UConverter *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    set_error(status, U_FILE_ACCESS_ERROR);
    return NULL;
}

void ucnv_close(UConverter *converter) { (void)converter; }

void ucnv_reset(UConverter *converter) { (void)converter; }

int8_t ucnv_getMaxCharSize(const UConverter *converter)
{
    (void)converter;
    return 4;
}

const char *ucnv_getName(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name;
    (void)standard;
    set_error(status, U_FILE_ACCESS_ERROR);
    return NULL;
}

int32_t ucnv_countAvailable(void) { return 0; }

const char *ucnv_getAvailableName(int32_t index)
{
    (void)index;
    return NULL;
}

void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action,
                         const void **context)
{
    (void)converter;
    no_callback(action, context);
}

void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action,
                           const void **context)
{
    (void)converter;
    no_callback(action, context);
}

void ucnv_setToUCallBack(UConverter *converter, UConverterCallback action, const void *context,
                         UConverterCallback *old_action, const void **old_context,
                         UErrorCode *status)
{
    (void)converter;
    (void)action;
    (void)context;
    no_callback(old_action, old_context);
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback action,
                           const void *context, UConverterCallback *old_action,
                           const void **old_context, UErrorCode *status)
{
    (void)converter;
    (void)action;
    (void)context;
    no_callback(old_action, old_context);
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets,
                    UBool flush, UErrorCode *status)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      UBool flush, UErrorCode *status)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return 0;
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                           UErrorCode *status)
{
    (void)args; (void)source; (void)length; (void)offset;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                             int32_t offset, UErrorCode *status)
{
    (void)args; (void)source; (void)source_limit; (void)offset;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

/* Qt passes these two by address when it installs substitution callbacks; with no converter
 * ever opened they are never called. */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                     int32_t length, int32_t code_point, int reason,
                                     UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)status;
}

void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                   int32_t length, int reason, UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)status;
}
