#pragma once
/// @file What the file system allows with a database file and its folder, checked before SQLite
/// is asked, so that refusals name the real obstacle (the file, the folder, the file system).
#include <hashigo/error.hpp>

#include <optional>
#include <string>

namespace hashigo::store {

/// Permissions and companions of a database file, as seen by this process.
struct file_facts {
  bool exists = false;
  std::string folder;                  ///< the folder SQLite creates -wal and -shm in, as shown
  bool folder_exists = false;
  unsigned mode = 0;                   ///< the file's permission bits
  bool file_has_write_bits = false;    ///< someone (owner, group or others) may write the file
  bool folder_has_write_bits = false;  ///< someone may create files in the folder
  bool file_readable = false;          ///< this process may read the file (access(2))
  bool file_writable = false;          ///< this process may write the file (access(2))
  bool folder_writable = false;        ///< this process may create files in the folder
  bool read_only_fs = false;           ///< the file system is mounted read-only
  bool wal_pending = false;            ///< a non-empty -wal holds commits not yet in the file
  bool shm_foreign = false;            ///< a -shm exists that this process may not write
};

/// Looks at `path`, its folder and its -wal file. Never throws; what cannot be known stays false.
file_facts inspect(const std::string& path);

/// True when no writer can exist, so a reader may open the file as immutable (no locks, no
/// -shm): the file system is read-only, or neither the file nor its folder has any write bit
/// (hashigo refuses to write such a file even as root, and SQLite cannot create a -wal there);
/// and no -wal content is pending, which an immutable reader would silently skip.
bool frozen(const file_facts& facts);

/// Throws storage_error naming the obstacle when hashigo must not write `path`: a read-only file
/// system, a file without write permission, or a folder SQLite cannot create -wal/-shm in.
void refuse_unwritable(const std::string& path, const file_facts& facts);

/// The reason, in words, why SQLite could not write or set up `path`, judged from the file
/// system: e.g. "its folder var is read-only ...". Empty when nothing there explains it.
std::optional<message> unwritable_reason(const std::string& path, const file_facts& facts);

}  // namespace hashigo::store
