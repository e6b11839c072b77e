#include "authoring/corpus.hpp"

#include <functional>

namespace hashigo::authoring {

using namespace hashigo::cases;

std::vector<position> positions_of(const ladder_spec& ladder) {
  std::vector<position> out;
  for (const stage s : all_stages) {
    auto it = ladder.rungs.find(s);
    if (it == ladder.rungs.end() || it->second.empty()) {
      out.push_back(position{s, ""});
    } else {
      for (const auto& r : it->second) out.push_back(position{s, r});
    }
  }
  return out;
}

namespace {

date day(const char* text) { return *date::parse(text); }

// A placement fitting the position: a commuter rung works in that kind of placement, general work
// is on an employment contract.
placement_state placement_for(const position& p, date started) {
  placement_state pl;
  pl.id = "p";
  pl.employer = "synthetic";
  pl.start_on = started;
  pl.active = true;
  pl.hours_per_week = 12;
  if (p.at == stage::general) {
    pl.kind = p.rung.empty() ? "part_time" : p.rung;
    pl.contract = "employment";
    pl.hours_per_week = 20;
    pl.wage_per_hour_yen = 1100;
  } else if (p.at == stage::intermediate) {
    pl.kind = p.rung.empty() ? "kunren_hikoyo" : p.rung;
    pl.contract = pl.kind == "commuter_unpaid" || pl.kind == "commuter_paid" ? "commuter_confirmation" : "employment";
    if (pl.contract == "employment") pl.wage_per_hour_yen = 1000;
  } else {
    pl.kind = "taiken";
    pl.contract = "none";
  }
  return pl;
}

using variant = std::function<void(case_state&)>;

void attendance(case_state& s, double rate) {
  auto& d = s.derived;
  d.attendance_14d = d.attendance_30d = d.attendance_90d = rate;
}

}  // namespace

std::vector<case_state> synthetic_cases(const ladder_spec& ladder) {
  const std::vector<variant> variants = {
      [](case_state&) {},
      [](case_state& s) {  // goals met at a fresh review, long enough in place
        s.last_review = review_state{s.as_of.add_days(-3), "monthly", 4, 4};
        s.derived.goal_attainment = 1.0;
        s.derived.days_since_review = 3;
      },
      [](case_state& s) {  // steady attendance, no silent absence
        attendance(s, 0.96);
        s.derived.unannounced_absences_30d = 0;
      },
      [](case_state& s) {  // attendance falling away
        attendance(s, 0.3);
        s.derived.unannounced_absences_30d = 3;
      },
      [](case_state& s) {  // paid well above the minimum wage, full time, good appraisal
        for (auto& p : s.placements) {
          p.wage_per_hour_yen = 2000;
          p.hours_per_week = 40;
          p.contract = "employment";
        }
        s.derived.wage_per_hour_yen = 2000;
        s.derived.hours_per_week = 40;
        s.derived.appraisal_average = 4.6;
        s.derived.days_since_appraisal = 10;
        s.last_appraisal = appraisal_state{s.as_of.add_days(-10), "p", {{"rules", 5}, {"horenso", 4}}};
      },
      [](case_state& s) {  // hired into general work
        placement_state pl;
        pl.id = "job";
        pl.employer = "synthetic";
        pl.kind = "full_time";
        pl.contract = "employment";
        pl.hours_per_week = 40;
        pl.wage_per_hour_yen = 1300;
        pl.start_on = s.as_of.add_days(-10);
        s.placements.push_back(pl);
        s.derived.hours_per_week += 40;
        s.derived.wage_per_hour_yen = 1300;
      },
      [](case_state& s) {  // Five Different Positions fell to level 1
        s.previous_fdp = fdp_axes{3, 3, 3, 3, 3};
        s.fdp = fdp_axes{1, 3, 2, 3, 3};
        s.derived.previous_min_fdp_axis = 3;
        s.derived.min_fdp_axis = 1;
      },
      [](case_state& s) {  // the plan has ended
        s.plan->end_on = s.as_of.add_days(-5);
        s.derived.days_to_plan_end = -5;
      },
      [](case_state& s) {  // contact lost for months
        s.last_contact_on = s.as_of.add_days(-200);
        s.derived.days_since_contact = 200;
        s.failed_contacts_since_last = 6;
      },
      [](case_state& s) {  // money trouble in a household with an elderly member
        s.finance = finance_state{s.as_of.add_days(-20), household_finance_event{0, 20000, 900000, 3, 150000}};
        s.header.household.members.push_back(household_member{"mother", day("1940-01-01")});
        s.header.household.on_public_assistance = false;
        s.derived.household_has_member_65_plus = true;
        s.concerns = {"debt", "rent_loan", "income", "housing", "care", "health_disability"};
      },
      [](case_state& s) {  // young, long in readiness support, disability certificate
        s.header.person.birth_date = day("2004-04-01");
        s.derived.age = s.as_of.year() - 2004;
        s.header.person.disability_cert = "seishin";
        program_state p{"jyunbi", s.as_of.add_months(-11), std::nullopt, s.as_of.add_months(1), "income_asset", true};
        s.programs.push_back(p);
        s.derived.months_in_program["jyunbi"] = 11;
        s.consent_info_sharing = false;
      },
      [](case_state& s) {  // older person on public assistance, no consent yet
        s.header.person.birth_date = day("1955-01-01");
        s.derived.age = s.as_of.year() - 1955;
        s.header.household.on_public_assistance = true;
        s.consent_info_sharing = false;
        s.status = process_status::intake;
      },
      [](case_state& s) { s.status = process_status::closed; s.closure_reason = "employed"; },
      [](case_state& s) { s.status = process_status::suspended; },
  };
  std::vector<case_state> out;
  for (const char* as_of : {"2016-06-30", "2021-06-30", "2025-12-31"}) {
    const date today = day(as_of);
    for (const auto& p : positions_of(ladder)) {
      for (const auto& v : variants) {
        case_state s;
        s.header.id = "synthetic";
        s.header.person.birth_date = day("1985-06-01");
        s.header.household.size = 2;
        s.header.household.housing = "rented";
        s.header.household.rent_yen = 50000;
        s.as_of = today;
        s.opened_on = today.add_months(-8);
        s.episode = 1;
        s.status = process_status::in_support;
        s.position = p;
        s.position_since = s.stage_since = today.add_months(-4);
        s.consent_info_sharing = true;
        s.screening = "continue";
        s.intake_source = "self";
        s.fdp = fdp_axes{3, 3, 3, 3, 3};
        s.plan = plan_state{today.add_months(-6), today.add_months(3), {}, today.add_months(-6)};
        s.last_contact_on = today.add_days(-7);
        s.finance = finance_state{today.add_days(-30), household_finance_event{150000, 300000, 0, 0, std::nullopt}};
        s.programs.push_back(program_state{"jyunbi", today.add_months(-3), std::nullopt, today.add_months(9), "", true});
        s.placements.push_back(placement_for(p, today.add_months(-4)));
        s.events_folded = 1;
        auto& d = s.derived;
        d.age = years_between(*s.header.person.birth_date, today);
        d.months_open = 8;
        d.months_in_stage = d.months_in_rung = 4;
        d.min_fdp_axis = 3;
        d.hours_per_week = s.placements.front().hours_per_week;
        d.wage_per_hour_yen = s.placements.front().wage_per_hour_yen;
        d.days_since_contact = 7;
        d.days_to_plan_end = static_cast<int>(days_between(today, s.plan->end_on));
        d.months_in_program["jyunbi"] = 3;
        v(s);
        out.push_back(std::move(s));
      }
    }
  }
  return out;
}

}  // namespace hashigo::authoring
