# SPDX-License-Identifier: MIT
# Issue 12 item 9: no `.fill('\0')` (or QChar(0), u'\0', 0) "wipe" of a Qt string left in app/.
# QString and QByteArray are implicitly shared: fill() on one detaches first when its buffer is
# shared, zeroes the fresh copy and leaves the original holding the secret. Hold the secret as
# SecretBytes, or call SecretBytes::wipeOwned(), which zeroes only a buffer nobody else shares.
#
#   cmake -DAPP_DIR=<source>/app -P NoSharedStringWipe.cmake
if(NOT APP_DIR)
    message(FATAL_ERROR "APP_DIR is not set")
endif()
file(GLOB_RECURSE sources "${APP_DIR}/*.cpp" "${APP_DIR}/*.h")
if(NOT sources)
    message(FATAL_ERROR "no sources under ${APP_DIR}: a wrong path must not pass")
endif()
# .fill( followed by a zero character: '\0', u'\0', '\x00', QChar(0), QChar(), QChar(u'\0'), 0.
set(zero_fill [=[\.fill\( *(u?'\\(0|x0+)'|QChar\( *(0|u?'\\0')? *\)|0 *[,)])]=])
set(found "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    string(REGEX MATCHALL "${zero_fill}" hits "${text}")
    if(hits)
        file(RELATIVE_PATH name "${APP_DIR}/.." "${source}")
        string(APPEND found "\n  ${name}: ${hits}")
    endif()
endforeach()
if(found)
    message(FATAL_ERROR "fill() used to wipe a Qt string (zeroes a detached copy, the shared "
                        "original keeps the secret): hold it as SecretBytes or call "
                        "SecretBytes::wipeOwned() instead.${found}")
endif()
list(LENGTH sources count)
message(STATUS "no fill() wipe of a Qt string in ${count} files under ${APP_DIR}")
