# SPDX-License-Identifier: MIT
# The shape of app/ (issue 13), checked on every test run so it stays the shape once reached:
#   layers     a file includes only its own folder and the layers below it (table below); the
#              table is the architecture: widen it only when the CMake link deps change on purpose
#   gui        no file under gui/ includes QNetwork*, QJson* or QSsl*: the network, JSON and
#              certificates are api/'s and core/'s business, widgets only show their results
#   cycles     no include cycle between units of app/, of any length (a unit is X.h with X.cpp:
#              two classes whose sources include each other's header know each other both ways)
#   forms      no public ui() accessor, and ui_X.h included by X.cpp only (a page owns its form)
#   size       no file in app/ over 500 lines
#   repeats    no run of 10 or more identical lines standing twice in app/'s C++ sources
# Every offence is listed with the file(s) that commit it; the test fails when any is found.
#
#   cmake -DAPP_DIR=<source>/app -P SourceRules.cmake
#
# Written for speed (app/'s 33k lines in about 0.5 s of CPU): one file(READ) a file, regexes and
# replacements on whole files, and one pass over the lines of each file for the repeats only.
cmake_minimum_required(VERSION 3.21) # IN_LIST, list(POP_BACK), empty list elements kept
if(NOT APP_DIR)
    message(FATAL_ERROR "APP_DIR is not set")
endif()
get_filename_component(APP_DIR "${APP_DIR}" ABSOLUTE)
set(max_lines 500)
set(repeat_lines 10)

# Who may include whom. A folder always includes itself; gui/ and app/main.cpp include anything.
# core/ is QtCore only; api/, secrets/ and models/ link runai_core and nothing else of ours;
# runai_sandbox links none of our libraries on purpose (a second, independent implementation of
# the published contract), so it may only include a header-only core/LogCategories.h.
set(layers core api secrets models sandbox gui)
set(allowed_core "")
set(allowed_api core)
set(allowed_secrets core)
set(allowed_models core)
set(allowed_sandbox "")
set(allowed_files_sandbox core/LogCategories.h)
# Where include cycles are looked for: everywhere (app = app/main.cpp). Cycles inside one layer
# are as hard to read as cycles inside gui/; name fewer layers here only as a conscious exception.
set(acyclic_layers core api secrets models sandbox gui app)

file(GLOB_RECURSE all_files LIST_DIRECTORIES false "${APP_DIR}/*")
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${APP_DIR}/*.cpp" "${APP_DIR}/*.h")
if(NOT sources)
    message(FATAL_ERROR "no sources under ${APP_DIR}: a wrong path must not pass")
endif()

# Characters that CMake's lists treat specially are swapped for control characters before a file
# is cut into a list of lines; the checks below only compare and pattern-match lines.
string(ASCII 1 semicolon_mark)
string(ASCII 2 open_mark)
string(ASCII 3 close_mark)
string(ASCII 4 backslash_mark)

set(bad_layers "")
set(bad_gui "")
set(bad_forms "")
set(bad_size "")
set(bad_repeats "")
set(unit_count 1) # the next unit number; from 1, since a list "0" reads as false

# A unit's number, made on first sight: app/gui/MainWindow.h and .cpp are unit "gui/MainWindow".
macro(unit_of name out)
    string(REGEX REPLACE "\\.(cpp|h)$" "" _unit "${name}")
    if(NOT DEFINED unit_id_${_unit})
        set(unit_id_${_unit} ${unit_count})
        set(unit_name_${unit_count} "${_unit}")
        set(succ_${unit_count} "")
        math(EXPR unit_count "${unit_count} + 1")
    endif()
    set(${out} ${unit_id_${_unit}})
endmacro()


foreach(path IN LISTS all_files)
    file(RELATIVE_PATH name "${APP_DIR}" "${path}")
    file(READ "${path}" text)
    string(LENGTH "${text}" text_length)
    if(text_length EQUAL 0)
        continue()
    endif()
    string(REPLACE "\\" "${backslash_mark}" text "${text}")
    string(REPLACE ";" "${semicolon_mark}" text "${text}")
    string(REPLACE "[" "${open_mark}" text "${text}")
    string(REPLACE "]" "${close_mark}" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    list(LENGTH lines line_count)
    # A final newline leaves one empty element behind; wc -l does not count it as a line.
    list(GET lines -1 last)
    if(last STREQUAL "")
        math(EXPR line_count "${line_count} - 1")
    endif()
    if(line_count GREATER max_lines)
        string(APPEND bad_size "\n  ${name}: ${line_count} lines")
    endif()
    if(NOT name MATCHES "\\.(cpp|h)$")
        continue()
    endif()

    # --- includes: layers, gui's network/JSON/TLS headers, ui_X.h, the unit graph
    string(REGEX MATCH "^[^/]+" layer "${name}")
    if(NOT name MATCHES "/")
        set(layer app) # app/main.cpp: the program, built on every layer
    elseif(NOT layer IN_LIST layers)
        # A new folder is a new layer: it needs a row in the table above saying what it may use.
        string(APPEND bad_layers "\n  ${name}: ${layer}/ is not in the layer table of "
                                 "tests/SourceRules.cmake (say there what it may include)")
    endif()
    get_filename_component(stem "${name}" NAME_WE)
    unit_of("${name}" unit)
    string(REGEX MATCHALL "#[ \t]*include[ \t]*[<\"][^>\"\n;]+[>\"]" includes "${text}")
    foreach(include IN LISTS includes)
        string(REGEX REPLACE "^#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]$" "\\1"
               header "${include}")
        if(layer STREQUAL "gui"
           AND header MATCHES "^(Qt[A-Za-z]+/)?(QNetwork|QJson|QSsl|QtNetwork)")
            string(APPEND bad_gui "\n  ${name} includes ${header}")
        endif()
        if(header MATCHES "^ui_(.+)\\.h$")
            set(form "${CMAKE_MATCH_1}")
            if(NOT name MATCHES "\\.cpp$" OR NOT stem STREQUAL form)
                string(APPEND bad_forms
                    "\n  ${name} includes ${header} (only ${form}.cpp may: it owns that form)")
            endif()
            continue()
        endif()
        if(NOT EXISTS "${APP_DIR}/${header}")
            continue() # Qt, QtKeychain, the standard library, the system
        endif()
        string(REGEX MATCH "^[^/]+" target_layer "${header}")
        if(DEFINED allowed_${layer} AND NOT target_layer STREQUAL layer
           AND NOT target_layer IN_LIST allowed_${layer}
           AND NOT header IN_LIST allowed_files_${layer})
            string(APPEND bad_layers "\n  ${name} includes ${header} (${layer}/ may include")
            foreach(below IN LISTS allowed_${layer} allowed_files_${layer})
                string(APPEND bad_layers " ${below}")
            endforeach()
            if(NOT allowed_${layer} AND NOT allowed_files_${layer})
                string(APPEND bad_layers " nothing of ours")
            endif()
            string(APPEND bad_layers ")")
        endif()
        # The one core header the sandbox may use must stay header-only and self-contained, since
        # runai_sandbox does not link runai_core.
        if(layer STREQUAL "sandbox" AND header IN_LIST allowed_files_sandbox)
            string(REGEX REPLACE "\\.h$" ".cpp" header_source "${header}")
            if(EXISTS "${APP_DIR}/${header_source}")
                string(APPEND bad_layers "\n  ${name} includes ${header}, which is not header-only "
                                         "(${header_source} exists; runai_sandbox links no core)")
            endif()
        endif()
        if(name IN_LIST allowed_files_sandbox)
            string(APPEND bad_layers "\n  ${name} includes ${header}, but sandbox/ includes "
                                     "${name} and runai_sandbox links none of our libraries")
        endif()
        unit_of("${header}" included_unit)
        if(NOT included_unit EQUAL unit AND layer IN_LIST acyclic_layers)
            if(NOT DEFINED edge_${unit}_${included_unit})
                list(APPEND succ_${unit} ${included_unit})
                set(edge_${unit}_${included_unit} "${name} includes ${header}")
            endif()
        endif()
    endforeach()

    # --- public ui() accessors: a header that mentions ui() is read line by line, knowing
    # whether each line stands in a public part of its class.
    set(class_head "^(class|struct)[ \t]+[A-Za-z_]")
    set(access_label "^(public|protected|private|signals|Q_SIGNALS)[ \ta-zA-Z_]*:($|[^:])")
    set(ui_declared "(^|[ \t*&])ui\\(\\)[ \t]*(const)?[ \t]*(override)?[ \t]*[{${semicolon_mark}]")
    if(name MATCHES "\\.h$" AND text MATCHES "ui\\(\\)")
        set(access public)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            string(STRIP "${line}" line)
            if(line MATCHES "${class_head}" AND NOT line MATCHES "${semicolon_mark}$")
                if(line MATCHES "^class")
                    set(access private)
                else()
                    set(access public)
                endif()
            elseif(line MATCHES "${access_label}")
                string(REGEX MATCH "^[a-zA-Z_]+" access "${line}")
            elseif(line MATCHES "${ui_declared}" AND NOT access MATCHES "^(private|protected)$")
                string(APPEND bad_forms "\n  ${name}:${number} declares a public ui() accessor")
            endif()
        endforeach()
    endif()

    # --- repeats. Which lines count: lines are compared with their white space folded
    # (clang-format owns the spacing, so a copy re-indented is still a copy), and blank lines,
    # #include lines, the SPDX line and lines of lone punctuation (`}`, `});`, `{`) are passed
    # over: blank lines and braces are layout, not code, and two files using the same headers or
    # the same licence have written nothing twice. Comments count: a comment copied with its code
    # is part of the copy. So ten lines of substance found twice are a piece of logic that should
    # live in one place (the same lines the `duplicates` tool reads, comments aside).
    # The folding is done on the whole text at once (CMake is quick at that and slow at running
    # commands line by line); passed-over lines become empty, so line numbers stay true.
    string(REGEX REPLACE "[ \t]+" " " text "${text}")
    string(REPLACE "\n " "\n" text "${text}")
    string(REPLACE " \n" "\n" text "${text}")
    string(REGEX REPLACE "\n# ?include [^\n]*" "\n" text "${text}")
    string(REGEX REPLACE "(^|\n)// SPDX-License-Identifier:[^\n]*" "\\1" text "${text}")
    # Each match takes the newline after the line too, so a second pass catches the neighbours.
    set(punctuation "[{}(),${semicolon_mark}${open_mark}${close_mark}]+")
    string(REGEX REPLACE "\n${punctuation}\n" "\n\n" text "${text}")
    string(REGEX REPLACE "\n${punctuation}\n" "\n\n" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    # Every window of `repeat_lines` kept lines is keyed by its hash. A window seen before (and
    # not overlapping itself) is a repeat; neighbouring repeated windows merge into one run.
    set(window "")
    set(window_at "")
    set(window_size 0)
    set(number 0)
    set(in_run FALSE)
    set(run_start "")
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line STREQUAL "")
            continue()
        endif()
        list(APPEND window "${line}")
        list(APPEND window_at ${number})
        if(window_size LESS repeat_lines)
            math(EXPR window_size "${window_size} + 1")
            if(window_size LESS repeat_lines)
                continue()
            endif()
        else()
            list(POP_FRONT window)
            list(POP_FRONT window_at)
        endif()
        string(MD5 key "${window}")
        list(GET window_at 0 first_line)
        if(NOT DEFINED seen_${key})
            set(seen_${key} "${name};${first_line};${number}")
            set(in_run FALSE)
            continue()
        endif()
        list(GET seen_${key} 0 other_name)
        list(GET seen_${key} 2 other_last)
        if(other_name STREQUAL name AND NOT other_last LESS first_line)
            set(in_run FALSE)
            continue() # a run overlapping itself (e.g. a table of alike rows) is not a copy
        endif()
        if(in_run AND other_name STREQUAL run_other)
            set(run_last ${number})
            set(run_other_last ${other_last})
            continue()
        endif()
        if(run_start)
            string(APPEND bad_repeats
                "\n  ${name}:${run_start}-${run_last} ~ "
                "${run_other}:${run_other_first}-${run_other_last}")
        endif()
        list(GET seen_${key} 1 run_other_first)
        set(in_run TRUE)
        set(run_start ${first_line})
        set(run_last ${number})
        set(run_other "${other_name}")
        set(run_other_last ${other_last})
    endforeach()
    if(run_start)
        string(APPEND bad_repeats
            "\n  ${name}:${run_start}-${run_last} ~ "
                "${run_other}:${run_other_first}-${run_other_last}")
    endif()
endforeach()

# --- cycles: Tarjan's strongly connected components over the unit graph, without recursion (a
# stack of units being visited, each with the position of the next edge to follow).
set(bad_cycles "")
set(next_index 0)
set(tarjan_stack "")
math(EXPR last_unit "${unit_count} - 1")
foreach(root RANGE 1 ${last_unit})
    if(DEFINED index_${root})
        continue()
    endif()
    set(index_${root} ${next_index})
    set(low_${root} ${next_index})
    math(EXPR next_index "${next_index} + 1")
    set(position_${root} 0)
    set(on_stack_${root} TRUE)
    list(APPEND tarjan_stack ${root})
    set(visiting ${root})
    while(visiting)
        list(GET visiting -1 unit)
        list(LENGTH succ_${unit} edge_count)
        if(position_${unit} LESS edge_count)
            list(GET succ_${unit} ${position_${unit}} next)
            math(EXPR position_${unit} "${position_${unit}} + 1")
            if(NOT DEFINED index_${next})
                set(index_${next} ${next_index})
                set(low_${next} ${next_index})
                math(EXPR next_index "${next_index} + 1")
                set(position_${next} 0)
                set(on_stack_${next} TRUE)
                list(APPEND tarjan_stack ${next})
                list(APPEND visiting ${next})
            elseif(on_stack_${next} AND index_${next} LESS low_${unit})
                set(low_${unit} ${index_${next}})
            endif()
            continue()
        endif()
        list(POP_BACK visiting)
        if(visiting)
            list(GET visiting -1 parent)
            if(low_${unit} LESS low_${parent})
                set(low_${parent} ${low_${unit}})
            endif()
        endif()
        if(NOT low_${unit} EQUAL index_${unit})
            continue()
        endif()
        set(component "")
        while(TRUE)
            list(POP_BACK tarjan_stack member)
            set(on_stack_${member} FALSE)
            list(APPEND component ${member})
            if(member EQUAL unit)
                break()
            endif()
        endwhile()
        list(LENGTH component component_size)
        if(component_size LESS 2)
            continue()
        endif()
        # Every include inside the tangle, so the list names each file that takes part.
        set(steps "")
        foreach(from IN LISTS component)
            foreach(to IN LISTS succ_${from})
                if(to IN_LIST component)
                    list(APPEND steps "${edge_${from}_${to}}")
                endif()
            endforeach()
        endforeach()
        list(SORT steps)
        set(unit_names "")
        foreach(member IN LISTS component)
            list(APPEND unit_names "${unit_name_${member}}")
        endforeach()
        list(SORT unit_names)
        list(JOIN unit_names ", " unit_names)
        string(APPEND bad_cycles "\n  ${component_size} units (${unit_names}):")
        foreach(step IN LISTS steps)
            string(APPEND bad_cycles "\n    ${step}")
        endforeach()
    endwhile()
endforeach()

set(report "")
if(bad_layers)
    string(APPEND report "\nlayers: an include that reaches past its layer:${bad_layers}")
endif()
if(bad_gui)
    string(APPEND report "\ngui: network, JSON or TLS headers in a widget file (move that work to "
                         "api/ or core/):${bad_gui}")
endif()
if(bad_cycles)
    string(APPEND report "\ncycles: units that include each other (X.h and X.cpp are one "
                         "unit):${bad_cycles}")
endif()
if(bad_forms)
    string(APPEND report "\nforms: a form is its page's own (private m_ui):${bad_forms}")
endif()
if(bad_size)
    string(APPEND report "\nsize: files over ${max_lines} lines:${bad_size}")
endif()
if(bad_repeats)
    string(APPEND report "\nrepeats: ${repeat_lines} or more identical lines standing twice (white "
                         "space folded; blank, #include, SPDX and lone-brace lines passed "
                         "over):${bad_repeats}")
endif()
if(report)
    string(REPLACE "${semicolon_mark}" ";" report "${report}")
    message(FATAL_ERROR "app/ breaks its source rules:${report}")
endif()
list(LENGTH sources source_count)
message(STATUS "source rules hold in ${source_count} C++ files under ${APP_DIR}")
