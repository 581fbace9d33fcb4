# Finds Xapian 1.4 (Debian: libxapian-dev) and defines the imported target Xapian::Xapian.
# Debian ships only a variables-style xapian-config.cmake, so we use pkg-config.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PC_XAPIAN QUIET xapian-core>=1.4)
find_path(Xapian_INCLUDE_DIR xapian.h HINTS ${PC_XAPIAN_INCLUDE_DIRS})
find_library(Xapian_LIBRARY NAMES xapian HINTS ${PC_XAPIAN_LIBRARY_DIRS})
set(Xapian_VERSION ${PC_XAPIAN_VERSION})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Xapian
  REQUIRED_VARS Xapian_LIBRARY Xapian_INCLUDE_DIR VERSION_VAR Xapian_VERSION)
if(Xapian_FOUND AND NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian UNKNOWN IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES
    IMPORTED_LOCATION "${Xapian_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Xapian_INCLUDE_DIR}")
endif()
mark_as_advanced(Xapian_INCLUDE_DIR Xapian_LIBRARY)
