# Finds gumbo-parser (Debian: libgumbo-dev) and defines the imported target Gumbo::Gumbo.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_GUMBO QUIET gumbo)
endif()
find_path(Gumbo_INCLUDE_DIR gumbo.h HINTS ${PC_GUMBO_INCLUDE_DIRS})
find_library(Gumbo_LIBRARY NAMES gumbo HINTS ${PC_GUMBO_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Gumbo REQUIRED_VARS Gumbo_LIBRARY Gumbo_INCLUDE_DIR)
if(Gumbo_FOUND AND NOT TARGET Gumbo::Gumbo)
  add_library(Gumbo::Gumbo UNKNOWN IMPORTED)
  set_target_properties(Gumbo::Gumbo PROPERTIES
    IMPORTED_LOCATION "${Gumbo_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Gumbo_INCLUDE_DIR}")
endif()
mark_as_advanced(Gumbo_INCLUDE_DIR Gumbo_LIBRARY)
