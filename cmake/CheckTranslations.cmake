# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the committed .ts files are not what lupdate makes of the current sources: a string
# missing (not yet extracted) or obsolete (no longer in the code).
# Run: cmake -DPROJECT_FILE=<build>/translations/.lupdate/crosskey_project.cmake -DLUPDATE=<lupdate>
#            -DGENERATOR=<Qt6LinguistTools>/GenerateLUpdateProject.cmake -DWORK_DIR=<dir> -P CheckTranslations.cmake
include("${PROJECT_FILE}") # sets lupdate_sources, lupdate_translations, lupdate_include_paths

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Run lupdate exactly as the update_translations target does (same project, include paths and
# options), only on copies of the .ts files.
set(copies "")
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
file(READ "${PROJECT_FILE}" project)
file(WRITE "${WORK_DIR}/project.cmake" "${project}\nset(lupdate_translations \"${copies}\")\n")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${WORK_DIR}/project.cmake" "-DOUT_FILE=${WORK_DIR}/project.json"
            -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project file")
endif()
execute_process(
    COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none -silent
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()

set(stale "")
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    if(NOT before STREQUAL after)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Out of date: ${stale}. Run: cmake --build build --target update_translations, "
                        "then commit translations/.")
endif()
message(STATUS "Translations are current: ${lupdate_translations}")
