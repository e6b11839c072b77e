#include "store/file_access.hpp"

#include <cerrno>

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
  // Only a -shm this user may not write is another user's: the last connection to close deletes
  // the -shm, so one that vanishes between two looks (ENOENT) is nobody's.
  f.shm_foreign = ::access(shm.c_str(), W_OK) != 0 && errno == EACCES;
  return f;
}

bool frozen(const file_facts& facts) {
  if (!facts.exists || facts.wal_pending) return false;
  return facts.read_only_fs || (!facts.file_has_write_bits && !facts.folder_has_write_bits);
}

std::optional<message> unwritable_reason(const std::string& path, const file_facts& facts) {
  if (facts.read_only_fs) return message("error.read_only_fs");
  const std::string mode = fmt::format("{:04o}", facts.mode);
  if (facts.exists && !facts.file_has_write_bits) return message("error.file_read_only", mode);
  if (facts.exists && !facts.file_writable) return message("error.file_not_writable", mode);
  if (facts.folder_exists && (!facts.folder_has_write_bits || !facts.folder_writable))
    return message(facts.folder_has_write_bits ? "error.folder_read_only_user" : "error.folder_read_only", facts.folder,
                   name_of(path));
  // A reader running as another user leaves its -shm behind, and a writer needs to write it.
  if (facts.shm_foreign) return message("error.foreign_shm", name_of(path));
  return std::nullopt;
}

void refuse_unwritable(const std::string& path, const file_facts& facts) {
  auto reason = unwritable_reason(path, facts);
  if (!reason) return;
  throw storage_error(message("error.cannot_write_db", path, message::nested(std::move(*reason))), "E_READ_ONLY");
}

}  // namespace hashigo::store
