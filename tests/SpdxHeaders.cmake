# SPDX-License-Identifier: MIT
# Every C++ source, CMake file and shell script of the project names its licence in an SPDX line
# near its top (issue 13: one convention everywhere), so a file copied out of the tree still says
# under which terms it may be used.
#
#   cmake -DSOURCE_DIR=<source> -P SpdxHeaders.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
set(sources)
foreach(folder app tests resources .ci translations)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h"
         "${SOURCE_DIR}/${folder}/CMakeLists.txt" "${SOURCE_DIR}/${folder}/*.cmake"
         "${SOURCE_DIR}/${folder}/*.sh")
    list(APPEND sources ${found})
endforeach()
list(APPEND sources "${SOURCE_DIR}/CMakeLists.txt")
if(NOT sources)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}: a wrong path must not pass")
endif()
set(missing "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" head LIMIT_COUNT 3)
    if(NOT head MATCHES "SPDX-License-Identifier: MIT")
        file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
        string(APPEND missing "\n  ${name}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "no SPDX-License-Identifier line in the first 3 lines of:${missing}")
endif()
list(LENGTH sources count)
message(STATUS "an SPDX line in all ${count} sources")
