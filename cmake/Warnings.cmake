# One place for the warning set, so the library, the tool, the tests and the benchmarks agree.
function(alentour_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
  if(ALENTOUR_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
