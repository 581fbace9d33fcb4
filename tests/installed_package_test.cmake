# Installs newsq into a temporary prefix, then builds examples/ as an outside project against
# it twice (find_package, then pkg-config) and runs the program each time.
cmake_minimum_required(VERSION 3.22)
set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

run(${CMAKE_COMMAND} --install "${NEWSQ_BUILD_DIR}" --prefix "${prefix}")
# The installed program finds the installed library by itself (issue 21: it
# did not start, for want of an RPATH), with no LD_LIBRARY_PATH.
execute_process(COMMAND "${prefix}/bin/newsq" --version
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^newsq ")
  message(FATAL_ERROR "the installed newsq does not run (${rc}):\n${out}\n${err}")
endif()
# Its man page and completions, where man, bash-completion and zsh look under the prefix.
foreach(installed share/man/man1/newsq.1 share/bash-completion/completions/newsq
                  share/zsh/site-functions/_newsq)
  if(NOT EXISTS "${prefix}/${installed}")
    message(FATAL_ERROR "the install lacks ${installed}")
  endif()
endforeach()
file(READ "${prefix}/share/man/man1/newsq.1" man_page)
if(NOT man_page MATCHES "\n\\.TH NEWSQ 1" OR NOT man_page MATCHES "newsq reindex")
  message(FATAL_ERROR "the installed man page is not newsq(1)")
endif()
set(pages
  "${NEWSQ_SOURCE_DIR}/corpora/tech-sphere/musk-offre-97-milliards-openai.html"
  "${NEWSQ_SOURCE_DIR}/corpora/le-matin-express/musk-offre-openai.html")

foreach(mode find_package pkg_config)
  set(build "${WORK_DIR}/build-${mode}")
  run(${CMAKE_COMMAND} -S "${NEWSQ_SOURCE_DIR}/examples" -B "${build}"
      -DCMAKE_PREFIX_PATH=${prefix} -DNEWSQ_EXAMPLE_USE=${mode})
  run(${CMAKE_COMMAND} --build "${build}")
  execute_process(COMMAND "${build}/stories_example" "${WORK_DIR}/db-${mode}" ${pages}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "1 story .*OpenAI")
    message(FATAL_ERROR "example (${mode}) failed (${rc}):\n${out}\n${err}")
  endif()
  message(STATUS "${mode}: ${out}")
endforeach()
