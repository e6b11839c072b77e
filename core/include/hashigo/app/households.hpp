#pragma once
/// @file Households over the store: recording a household record, and the household source an
/// engine links each stored case to before it is evaluated.
#include <hashigo/case/household.hpp>
#include <hashigo/store/database.hpp>

#include <memory>
#include <vector>

namespace hashigo::app {

/// Every version of every stored household record, by id then since.
std::vector<cases::household_record> stored_households(store::database& db);

/// A household source over `db` (which must outlive it): the records are read now, each member
/// case when first needed. nullptr when the store has no household, so evaluations pay nothing.
std::shared_ptr<cases::household_book> store_households(store::database& db);

/// Stores a household record: a new household, or (`change`) a new version of a stored one.
/// Refusals are input_error naming the field (`members[1].case`); nothing is stored then.
void record_household(store::database& db, const cases::household_record& h, bool change);

}  // namespace hashigo::app
