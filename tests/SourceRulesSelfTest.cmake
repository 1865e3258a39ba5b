# SPDX-License-Identifier: MIT
# SourceRules.cmake checked on a small app/ tree written here, with one offence of every kind
# planted next to its look-alike that is allowed: the rules must name each offence and nothing
# else, and a tree without offences must pass. (The real app/ cannot show every rule failing
# once the house is in order, so this is where each rule is seen failing.)
#
#   cmake -DRULES=<source>/tests/SourceRules.cmake -DWORK_DIR=<build dir> \
#         -P SourceRulesSelfTest.cmake
if(NOT RULES OR NOT WORK_DIR)
    message(FATAL_ERROR "RULES and WORK_DIR must be set")
endif()
set(app "${WORK_DIR}/source_rules_selftest/app")
file(REMOVE_RECURSE "${app}")

function(put name)
    string(JOIN "\n" body ${ARGN})
    file(WRITE "${app}/${name}" "// SPDX-License-Identifier: MIT\n${body}\n")
endfunction()
function(run_rules out_result out_output)
    execute_process(COMMAND "${CMAKE_COMMAND}" -DAPP_DIR=${app} -P "${RULES}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    set(${out_result} "${result}" PARENT_SCOPE)
    set(${out_output} "${output}" PARENT_SCOPE)
endfunction()

# A tree that keeps every rule (the allowed look-alikes of the offences below) must pass.
put(core/Value.h "#include <QString>" "struct Value { QString text\; }\;")
put(core/LogCategories.h "#include <QLoggingCategory>")
put(api/Client.h "#include \"core/Value.h\"" "#include <QNetworkReply>")
put(sandbox/Server.cpp "#include \"core/LogCategories.h\"" "#include \"sandbox/Server.h\"")
put(sandbox/Server.h "#pragma once")
put(gui/Page.h "class Page" "{" "public:" "    Page()\;" "private:"
    "    Ui::Page *ui() const { return m_ui\; }" "}\;")
put(gui/Page.cpp "#include \"gui/Page.h\"" "#include \"ui_Page.h\"" "#include \"api/Client.h\"")
put(gui/Actions.cpp "#include \"gui/Actions.h\"" "#include \"gui/Page.h\"")
put(gui/Actions.h "#pragma once")
set(five_hundred "") # 498 lines, with the SPDX line and the last line 500
foreach(n RANGE 1 498)
    string(APPEND five_hundred "int x${n}\;\n")
endforeach()
put(gui/Long.cpp "${five_hundred}")
set(nine "int a = 1\;" "int b = 2\;" "int c = 3\;" "int d = 4\;" "int e = 5\;" "int f = 6\;"
    "int g = 7\;" "int h = 8\;" "int i = 9\;")
put(models/NineA.cpp ${nine} "int m = 12\;")
put(models/NineB.cpp ${nine} "int k = 11\;")
run_rules(result output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "a tree that keeps the rules failed them:\n${output}")
endif()

# Now one offence of each kind.
put(core/Bad.h "#include \"api/Client.h\"")
put(models/Model.cpp "#include \"core/Value.h\"" "#include \"gui/Page.h\"")
put(sandbox/Leak.cpp "#include \"core/Value.h\"")
put(core/LogCategories.cpp "#include \"core/LogCategories.h\"")
put(core/LogCategories.h "#include <QLoggingCategory>" "#include \"core/Value.h\"")
put(tools/Thing.cpp "#include \"core/Value.h\"")
put(gui/Net.cpp "#include <QNetworkReply>" "#include <QtNetwork/QSslSocket>"
    "#include <QJsonObject>")
put(gui/A.h "#pragma once")
put(gui/A.cpp "#include \"gui/A.h\"" "#include \"gui/B.h\"")
put(gui/B.h "#pragma once")
put(gui/B.cpp "#include \"gui/B.h\"" "#include \"gui/C.h\"")
put(gui/C.h "#pragma once" "#include \"gui/A.h\"")
put(gui/Dialog.h "class Dialog : public QDialog" "{" "    Q_OBJECT" "public:"
    "    Ui::Dialog *ui() const { return m_ui.get()\; }" "}\;")
put(gui/Actions.cpp "#include \"gui/Actions.h\"" "#include \"gui/Page.h\"" "#include \"ui_Page.h\"")
put(gui/PageHelper.h "#include \"ui_Page.h\"")
put(gui/Long.cpp "${five_hundred}int y\;" "int z\;")
# The same ten lines, indented differently, with a blank line, an include and a brace between.
put(models/CopyA.cpp ${nine} "int j = 10\;")
put(models/CopyB.cpp "void f()" "{" ${nine} "  " "#include <QString>" "}" "    int   j = 10\;")
run_rules(result output)
if(result EQUAL 0)
    message(FATAL_ERROR "planted offences passed the rules:\n${output}")
endif()
set(expected
    "core/Bad.h includes api/Client.h (core/ may include nothing of ours)"
    "models/Model.cpp includes gui/Page.h (models/ may include core)"
    "sandbox/Leak.cpp includes core/Value.h (sandbox/ may include core/LogCategories.h)"
    "sandbox/Server.cpp includes core/LogCategories.h, which is not header-only"
    "core/LogCategories.h includes core/Value.h, but sandbox/ includes core/LogCategories.h"
    "tools/Thing.cpp: tools/ is not in the layer table"
    "gui/Net.cpp includes QNetworkReply"
    "gui/Net.cpp includes QtNetwork/QSslSocket"
    "gui/Net.cpp includes QJsonObject"
    "3 units (gui/A, gui/B, gui/C):"
    "    gui/A.cpp includes gui/B.h"
    "    gui/B.cpp includes gui/C.h"
    "    gui/C.h includes gui/A.h"
    "gui/Dialog.h:6 declares a public ui() accessor"
    "gui/Actions.cpp includes ui_Page.h (only Page.cpp may: it owns that form)"
    "gui/PageHelper.h includes ui_Page.h (only Page.cpp may: it owns that form)"
    "gui/Long.cpp: 501 lines"
    "models/CopyB.cpp:4-16 ~ models/CopyA.cpp:2-11")
set(unexpected "gui/Page.h:" "Actions.cpp includes gui/Page.h" "api/Client.h includes"
    "Server.h" "NineA" "NineB")
set(missing "")
foreach(line IN LISTS expected)
    string(FIND "${output}" "${line}" at)
    if(at EQUAL -1)
        string(APPEND missing "\n  not named: ${line}")
    endif()
endforeach()
foreach(line IN LISTS unexpected)
    string(FIND "${output}" "${line}" at)
    if(NOT at EQUAL -1)
        string(APPEND missing "\n  named although allowed: ${line}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "the source rules missed or misnamed planted offences:${missing}\n"
                        "their report:\n${output}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}/source_rules_selftest")
message(STATUS "every planted offence named, nothing else")
