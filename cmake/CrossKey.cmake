# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide helpers: the warnings interface target, the Qt defines every target uses,
# and crosskey_add_test().

add_library(crosskey_warnings INTERFACE)
target_compile_options(crosskey_warnings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(crosskey_warnings INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER)

# Every source file of the product, collected so that lupdate (which in Qt 6.4 only scans the
# sources it is given) sees the strings of all layers.
set_property(GLOBAL PROPERTY CROSSKEY_TR_SOURCES "")

# crosskey_add_library(NAME SOURCES...): one static library per layer, sources recorded for lupdate.
function(crosskey_add_library name)
    qt_add_library(${name} STATIC ${ARGN})
    target_link_libraries(${name} PRIVATE crosskey_warnings)
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
    foreach(src IN LISTS ARGN)
        get_filename_component(abs "${src}" ABSOLUTE)
        set_property(GLOBAL APPEND PROPERTY CROSSKEY_TR_SOURCES "${abs}")
    endforeach()
endfunction()

# crosskey_add_test(NAME SOURCES... LIBRARIES... [GUI]): one Qt Test executable per class.
function(crosskey_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE Qt6::Test crosskey_warnings ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=crosskey.*.debug=false")
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
