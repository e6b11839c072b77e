// libFuzzer harness: the meeting record (hashigo.meeting/1), household record
// (hashigo.household/1), employer record (hashigo.employer/1) and agency record
// (hashigo.agency/1) readers. Any bytes go in, read as each; the only acceptable failure is a
// hashigo::input_error (exit 3 in the CLI). A record that reads must survive a round trip through
// to_json unchanged, a household must link to a case without failing, an employer's tasks must be
// offered from their day on, and an agency must be found in a directory on its day and link
// to a case it holds.
#include <hashigo/case/household.hpp>
#include <hashigo/error.hpp>
#include <hashigo/case/agency.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/format/meeting_json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hashigo;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  nlohmann::json doc;
  try {
    doc = format::parse_json(text, "fuzz.json");
  } catch (const input_error&) {
    return 0;
  }
  try {
    const auto m = format::meeting_file_from_json(doc);
    const auto written = format::to_json(m);
    if (format::to_json(format::meeting_file_from_json(written)) != written) std::abort();
    for (std::size_t i = 0; i < m.cases.size(); ++i) (void)format::meeting_event_of(m, i);
  } catch (const input_error&) {
  }
  try {
    const auto h = format::household_record_from_json(doc);
    const auto written = format::to_json(h);
    if (format::to_json(format::household_record_from_json(written)) != written) std::abort();
    cases::case_state s;
    s.header.id = h.members.front().case_id;
    s.as_of = h.since;
    cases::link_household(s, h, {});
    if (!s.household_link || s.household_link->members.size() != h.members.size()) std::abort();
  } catch (const input_error&) {
  }
  try {
    const auto e = format::employer_record_from_json(doc);
    const auto written = format::to_json(e);
    if (format::to_json(format::employer_record_from_json(written)) != written) std::abort();
    for (const auto& t : e.tasks) {
      const auto first = t.offered_on.value_or(e.since);
      if (!t.offered(first, e.since) || t.hours_per_week() <= 0) std::abort();
    }
  } catch (const input_error&) {
  }
  try {
    const auto a = format::agency_record_from_json(doc);
    const auto written = format::to_json(a);
    if (format::to_json(format::agency_record_from_json(written)) != written) std::abort();
    const cases::agency_book book({a});
    if (book.in_force(a.id, a.since) == nullptr) std::abort();
    cases::case_state s;
    s.as_of = a.since;
    cases::case_agency held;
    held.agency_id = a.id;
    held.joined_on = a.since;
    s.agencies.push_back(held);
    cases::link_agencies(s, book);
    if (!s.agencies.front().link || s.agencies.front().link->kikan != a.kikan) std::abort();
  } catch (const input_error&) {
  }
  return 0;
}
