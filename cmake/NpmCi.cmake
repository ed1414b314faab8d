# npm_ci_pinned(SOURCE_DIR DESTINATION WHAT): installs the npm packages that
# SOURCE_DIR/package.json and package-lock.json pin into DESTINATION/node_modules
# with `npm ci --ignore-scripts` (no package's install script runs; npm checks
# every tarball against the lock file's sha512 `integrity`). WHAT names them in
# messages.
#
# Why the stamp: `npm ci` deletes and re-creates node_modules, which would give
# every file a new timestamp and rebuild whatever uses them. It therefore runs
# only when the lock file's hash differs from the one recorded after the last
# successful install, so re-configuring fetches nothing.
function(npm_ci_pinned source_dir destination what)
  # configure_file also makes an edit of either file re-run configuration.
  configure_file("${source_dir}/package.json" "${destination}/package.json" COPYONLY)
  configure_file("${source_dir}/package-lock.json" "${destination}/package-lock.json" COPYONLY)

  set(stamp "${destination}/installed-lock.sha256")
  file(SHA256 "${destination}/package-lock.json" lock_hash)
  set(installed_hash "")
  if(EXISTS "${stamp}")
    file(READ "${stamp}" installed_hash)
  endif()
  if(installed_hash STREQUAL lock_hash AND EXISTS "${destination}/node_modules")
    return()
  endif()

  find_program(NPM_EXECUTABLE npm)
  if(NOT NPM_EXECUTABLE)
    message(FATAL_ERROR "npm not found: it is needed to fetch ${what} listed in "
                        "${source_dir}/package-lock.json (on Debian: apt-get install npm).")
  endif()
  message(STATUS "Fetching ${what} with npm ci")
  file(REMOVE "${stamp}")
  execute_process(
    COMMAND "${NPM_EXECUTABLE}" ci --ignore-scripts --no-audit --no-fund
    WORKING_DIRECTORY "${destination}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "`npm ci` in ${destination} failed (${result}): could not fetch ${what}.")
  endif()
  file(WRITE "${stamp}" "${lock_hash}")
endfunction()
