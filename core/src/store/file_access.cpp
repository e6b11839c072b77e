#include "store/file_access.hpp"

#include <filesystem>
#include <system_error>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <fmt/format.h>

#include <hashigo/error.hpp>

namespace hashigo::store {

namespace {

constexpr unsigned any_write = S_IWUSR | S_IWGRP | S_IWOTH;

std::string folder_of(const std::string& path) {
  const std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string name_of(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

file_facts inspect(const std::string& path) {
  file_facts f;
  f.folder = folder_of(path);
  struct stat file_stat {};
  f.exists = ::stat(path.c_str(), &file_stat) == 0;
  if (f.exists) {
    f.mode = file_stat.st_mode & 07777;
    f.file_has_write_bits = (file_stat.st_mode & any_write) != 0;
    f.file_readable = ::access(path.c_str(), R_OK) == 0;
    f.file_writable = ::access(path.c_str(), W_OK) == 0;
  }
  struct stat folder_stat {};
  if (::stat(f.folder.c_str(), &folder_stat) == 0) {
    f.folder_exists = true;
    f.folder_has_write_bits = (folder_stat.st_mode & any_write) != 0;
    f.folder_writable = ::access(f.folder.c_str(), W_OK) == 0;
  }
  struct statvfs fs {};
  if (::statvfs((f.exists ? path : f.folder).c_str(), &fs) == 0) f.read_only_fs = (fs.f_flag & ST_RDONLY) != 0;
  struct stat wal_stat {};
  f.wal_pending = ::stat((path + "-wal").c_str(), &wal_stat) == 0 && wal_stat.st_size > 0;
  const std::string shm = path + "-shm";
  f.shm_foreign = ::access(shm.c_str(), F_OK) == 0 && ::access(shm.c_str(), W_OK) != 0;
  return f;
}

bool frozen(const file_facts& facts) {
  if (!facts.exists || facts.wal_pending) return false;
  return facts.read_only_fs || (!facts.file_has_write_bits && !facts.folder_has_write_bits);
}

std::string unwritable_reason(const std::string& path, const file_facts& facts) {
  if (facts.read_only_fs) return "it is on a read-only file system";
  if (facts.exists && !facts.file_has_write_bits)
    return fmt::format("the file is read-only (mode {:04o})", facts.mode);
  if (facts.exists && !facts.file_writable)
    return fmt::format("this user may not write the file (mode {:04o})", facts.mode);
  if (facts.folder_exists && (!facts.folder_has_write_bits || !facts.folder_writable)) {
    const std::string name = name_of(path);
    return fmt::format("its folder {} is read-only{}, and SQLite must create {}-wal and {}-shm there to write",
                       facts.folder, facts.folder_has_write_bits ? " for this user" : "", name, name);
  }
  if (facts.shm_foreign) {
    // A reader running as another user leaves its -shm behind, and a writer needs to write it.
    const std::string name = name_of(path);
    return fmt::format("{}-shm was left by another user and this user may not write it; remove it while no "
                       "hashigo uses the database",
                       name);
  }
  return {};
}

void refuse_unwritable(const std::string& path, const file_facts& facts) {
  const std::string reason = unwritable_reason(path, facts);
  if (reason.empty()) return;
  throw storage_error(fmt::format("{}: cannot write the database: {}; nothing was written (reading commands "
                                  "such as case show, history and eval without --commit still work)",
                                  path, reason),
                      "E_READ_ONLY");
}

}  // namespace hashigo::store
