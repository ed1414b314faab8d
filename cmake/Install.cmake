# cmake --install: the scanner, its man page (made from --help by help2man)
# and the documentation. cpack: the same as a Debian package (docs/installing.md).
include(GNUInstallDirs)
install(TARGETS dbt-api-lint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The modules the command loads, where LoadableModules.h looks: ../lib/dbt-api-lint.
install(TARGETS dbt-git LIBRARY DESTINATION lib/dbt-api-lint)

find_program(HELP2MAN help2man REQUIRED)
set(man_page ${PROJECT_BINARY_DIR}/dbt-api-lint.1)
add_custom_command(
  OUTPUT ${man_page}
  COMMAND ${HELP2MAN} --no-info --name "${PROJECT_DESCRIPTION}" --output ${man_page} $<TARGET_FILE:dbt-api-lint>
  DEPENDS dbt-api-lint
  COMMENT "Writing the man page"
  VERBATIM)
add_custom_target(man_page ALL DEPENDS ${man_page})
install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
# architecture.md is for those who work on the code, not for users.
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} PATTERN architecture.md EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dbt-api-lint)
set(CPACK_PACKAGE_VENDOR "dbt-api-lint developers")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "dbt-api-lint developers")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Depends: from the shared libraries the binary and its modules link (RE2,
# yaml-cpp; libgit2 through the git module).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
