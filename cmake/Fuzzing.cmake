# NEWSQ_BUILD_FUZZERS: the whole build gets AddressSanitizer, UndefinedBehaviorSanitizer (every
# report fatal) and libFuzzer's coverage instrumentation, so that a fuzz target sees into the
# libraries it calls; tests/fuzz/ then adds the targets. tests/fuzz/run-fuzzers sets up such a
# build directory beside the normal one.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR
    "NEWSQ_BUILD_FUZZERS needs clang with libFuzzer (-DCMAKE_CXX_COMPILER=clang++-14; Debian "
    "packages clang-14 and libclang-rt-14-dev), not ${CMAKE_CXX_COMPILER_ID}")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
