# `cmake --install`: the public headers, the area libraries, a CMake package (find_package(hashigo))
# and pkg-config files, for integrators who embed the library (docs/embedding.md).
#
# Two export sets, so that evaluating cases needs neither SQLite nor SQLiteCpp, at configure time
# or at link time: hashigo-engine (every area but the store) and hashigo-store (the store and its
# embedded migrations).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(HASHIGO_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/hashigo)
set(HASHIGO_ENGINE_LIBS hashigo_base hashigo_case hashigo_format hashigo_lua hashigo_pack hashigo_text
                        hashigo_engine hashigo_sim hashigo_stats hashigo_report hashigo_app hashigo_authoring)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/hashigo TYPE INCLUDE FILES_MATCHING PATTERN "*.hpp")

install(TARGETS ${HASHIGO_ENGINE_LIBS} hashigo_fmt EXPORT hashigo-engine
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# A program that stores cases evaluates them too: the installed store brings the engine (in this
# build the store stays below it, store -> format, as docs/architecture.md layers it).
target_link_libraries(hashigo_store INTERFACE $<INSTALL_INTERFACE:hashigo::engine>)
install(TARGETS hashigo_store hashigo_migrations EXPORT hashigo-store
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT hashigo-engine NAMESPACE hashigo:: FILE hashigo-engine-targets.cmake DESTINATION ${HASHIGO_PACKAGE_DIR})
install(EXPORT hashigo-store NAMESPACE hashigo:: FILE hashigo-store-targets.cmake DESTINATION ${HASHIGO_PACKAGE_DIR})

# The package config finds Lua as this build did: the archive when the CLI links it statically.
set(HASHIGO_LUA_FROM_ARCHIVE ${HASHIGO_STATIC_LINK})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/hashigo-config.cmake.in
                              ${PROJECT_BINARY_DIR}/hashigo-config.cmake
                              INSTALL_DESTINATION ${HASHIGO_PACKAGE_DIR})
# 0.x: a minor version may change the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/hashigo-config-version.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/hashigo-config.cmake ${PROJECT_BINARY_DIR}/hashigo-config-version.cmake
        DESTINATION ${HASHIGO_PACKAGE_DIR})

# pkg-config: relocatable (paths from the .pc file's own folder), so `--prefix` at install time holds.
file(RELATIVE_PATH HASHIGO_PC_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" HASHIGO_PC_PREFIX "${HASHIGO_PC_PREFIX}")
set(HASHIGO_PC_CFLAGS "")
if(HASHIGO_STATIC_LINK)  # the libraries were compiled against fmt's header-only build
  set(HASHIGO_PC_CFLAGS " -DFMT_HEADER_ONLY=1")
endif()
foreach(pc hashigo-engine hashigo-store)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/${pc}.pc.in ${PROJECT_BINARY_DIR}/${pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()
