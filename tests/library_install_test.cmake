# ctest LibraryExample.FindPackageAfterInstall: installs precis from BUILD_DIR into a folder of
# it, configures and builds examples/library against the installed package (find_package), and
# runs the example on the sample (its output is what the test matches).
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DGENERATOR=... -P tests/library_install_test.cmake
set(prefix ${BUILD_DIR}/install-test)
set(example ${BUILD_DIR}/library-example-installed)
file(REMOVE_RECURSE ${prefix} ${example})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(f include/precis/summarize.h lib/cmake/precis/precisConfig.cmake)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/library -B ${example} -G ${GENERATOR}
    -DPRECIS_USE_INSTALLED=ON -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${example})
execute_process(COMMAND ${example}/summarize_file ${SOURCE_DIR}/data/sample/stories.jsonl
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "summarize_file failed (${rc}): ${err}")
endif()
message("${out}")
