# Finds Brotli's decoder and encoder (Debian: libbrotli-dev) and defines the imported targets
# Brotli::Decoder and Brotli::Encoder (the encoder only writes test data).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_BROTLIDEC QUIET libbrotlidec)
endif()
find_path(Brotli_INCLUDE_DIR brotli/decode.h HINTS ${PC_BROTLIDEC_INCLUDE_DIRS})
find_library(Brotli_DECODER_LIBRARY NAMES brotlidec HINTS ${PC_BROTLIDEC_LIBRARY_DIRS})
find_library(Brotli_ENCODER_LIBRARY NAMES brotlienc HINTS ${PC_BROTLIDEC_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Brotli
  REQUIRED_VARS Brotli_DECODER_LIBRARY Brotli_ENCODER_LIBRARY Brotli_INCLUDE_DIR)
if(Brotli_FOUND AND NOT TARGET Brotli::Decoder)
  foreach(part Decoder Encoder)
    string(TOUPPER ${part} upper)
    add_library(Brotli::${part} UNKNOWN IMPORTED)
    set_target_properties(Brotli::${part} PROPERTIES
      IMPORTED_LOCATION "${Brotli_${upper}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${Brotli_INCLUDE_DIR}")
  endforeach()
endif()
mark_as_advanced(Brotli_INCLUDE_DIR Brotli_DECODER_LIBRARY Brotli_ENCODER_LIBRARY)
