#pragma once
/// @file The event store on top of the engine (link hashigo::store): one SQLite file of cases,
/// append-only events and decision receipts, and typed access that validates and folds.
///
/// Threads: a store::database is one SQLite connection and is not thread-safe; open one per
/// thread (or per process). Several connections, in threads or processes, may share a file:
/// SQLite's locks order the writers. See docs/embedding.md and docs/architecture.md.
#include <hashigo/hashigo.hpp>
#include <hashigo/store/case_repository.hpp>
#include <hashigo/store/database.hpp>
