# Installs the library, its public headers, a CMake package (newsqConfig.cmake + version file)
# and a pkg-config file, so that outside projects can find_package(newsq) or use pkg-config.
include(CMakePackageConfigHelpers)

install(TARGETS newsq EXPORT newsqTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/newsq DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/include/newsq/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newsq)
install(TARGETS newsq_cli newsq_serve_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Its man page and shell completions, generated in the build (cli/CMakeLists.txt), where man,
# bash-completion and zsh look for them under the prefix.
install(FILES ${PROJECT_BINARY_DIR}/cli/newsq.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/cli/newsq.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME newsq)
install(FILES ${PROJECT_BINARY_DIR}/cli/_newsq
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)

set(NEWSQ_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/newsq)
install(EXPORT newsqTargets NAMESPACE newsq:: DESTINATION ${NEWSQ_CMAKE_DIR})
configure_package_config_file(cmake/newsqConfig.cmake.in
  ${PROJECT_BINARY_DIR}/newsqConfig.cmake INSTALL_DESTINATION ${NEWSQ_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/newsqConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/newsqConfig.cmake
  ${PROJECT_BINARY_DIR}/newsqConfigVersion.cmake DESTINATION ${NEWSQ_CMAKE_DIR})

# newsq.pc finds the prefix relative to itself, so that the installed tree can move.
file(RELATIVE_PATH NEWSQ_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file(cmake/newsq.pc.in ${PROJECT_BINARY_DIR}/newsq.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/newsq.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
