# One place for the warning set, so the library, the tool, the tests and the benchmarks agree.
function(alentour_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
  if(ALENTOUR_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Under -fsanitize GCC 12 reports -Wmaybe-uninitialized inside libstdc++ (std::regex)
  # that the plain build does not: a known false positive of the instrumented code.
  if(ALENTOUR_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
