#include "authoring/corpus.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>

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
    pl.contract = pl.kind == "commuter_unpaid" || pl.kind == "commuter_paid" ? "commuter_confirmation"
                  : pl.kind == "kunren_hikoyo"                                 ? "none"
                                                                               : "employment";
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

program_state program(std::string name, date start, std::optional<date> planned_end, std::string route = "") {
  program_state p;
  p.program = std::move(name);
  p.start_on = start;
  p.planned_end_on = planned_end;
  p.route = std::move(route);
  return p;
}

// A new placement, started `days_ago`, that becomes the active one (the most recently started).
void start_placement(case_state& s, const char* kind, const char* contract, double hours, int days_ago) {
  placement_state pl;
  pl.id = std::string("new-") + kind;
  pl.employer = "synthetic";
  pl.kind = kind;
  pl.contract = contract;
  pl.hours_per_week = hours;
  pl.start_on = s.as_of.add_days(-days_ago);
  if (std::string(contract) == "employment") pl.wage_per_hour_yen = 1150;
  if (std::string(kind) == "commuter_paid") pl.stipend_per_shift_yen = 500;
  s.placements.push_back(pl);
  s.derived.hours_per_week += hours;
  if (pl.wage_per_hour_yen) s.derived.wage_per_hour_yen = std::max(s.derived.wage_per_hour_yen.value_or(0.0), *pl.wage_per_hour_yen);
}

// Lost a job some months ago, renting, no income: the housing benefit's situation (HK-01).
void lost_job(case_state& s, const char* cause = "dismissal") {
  s.job_loss = job_lost_event{s.as_of.add_months(-5), cause, true};
  s.header.household.size = 1;
  s.header.household.rent_yen = 42000;
  s.finance = finance_state{s.as_of.add_days(-20), household_finance_event{0, 150000, 0, 2, 110000}};
}

// Receiving the housing benefit, its period ending in 10 days.
void benefit_paid(case_state& s, const char* route, bool duties_met) {
  lost_job(s, std::string(route) == "income_drop" ? "income_drop" : "dismissal");
  auto p = program("jukyo_kakuho", s.as_of.add_days(-81), s.as_of.add_days(10), route);
  s.programs.push_back(p);
  s.derived.months_in_program["jukyo_kakuho"] = 2;
  s.derived.months_granted["jukyo_kakuho"] = 3;
  if (duties_met) {
    s.derived.contacts_30d["interview"] = 4;
    s.derived.job_search_30d = job_search_totals{2, 3, 1, 4};
  } else {
    s.derived.contacts_30d["interview"] = 1;
    s.derived.job_search_30d = job_search_totals{0, 1, 0, 1};
  }
}

// The housing benefit ended `days_ago` for `reason`.
void benefit_ended(case_state& s, const char* reason, int days_ago) {
  lost_job(s);
  auto p = program("jukyo_kakuho", s.as_of.add_days(-days_ago).add_months(-3), s.as_of.add_days(-days_ago), "job_loss");
  p.active = false;
  p.end_on = s.as_of.add_days(-days_ago);
  p.end_reason = reason;
  s.programs.push_back(p);
  s.derived.months_in_program["jukyo_kakuho"] = 3;
  s.derived.months_granted["jukyo_kakuho"] = 3;
}

}  // namespace

std::vector<date> probe_days() { return {day("2016-06-30"), day("2021-06-30"), day("2025-12-31")}; }

case_state base_case(const position& p, date today) {
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
  s.plan = plan_state{};
  s.plan->start_on = today.add_months(-6);
  s.plan->end_on = today.add_months(3);
  s.plan->approved_on = today.add_months(-6);
  s.plan->approved_by = "shien_chosei";
  s.last_contact_on = today.add_days(-7);
  s.finance = finance_state{today.add_days(-30), household_finance_event{150000, 300000, 0, 0, std::nullopt}};
  s.programs.push_back(program("jyunbi", today.add_months(-3), today.add_months(9)));
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
  return s;
}

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
        s.programs.push_back(program("jyunbi", s.as_of.add_months(-11), s.as_of.add_months(1), "income_asset"));
        s.derived.months_in_program["jyunbi"] = 11;
        s.consent_info_sharing = false;
      },
      [](case_state& s) {  // older person on public assistance, no consent yet, plan not approved
        s.header.person.birth_date = day("1955-01-01");
        s.derived.age = s.as_of.year() - 1955;
        s.header.household.on_public_assistance = true;
        s.consent_info_sharing = false;
        s.status = process_status::intake;
        s.plan->approved_on.reset();
      },
      [](case_state& s) {  // household income just above the readiness-support line
        s.finance = finance_state{s.as_of.add_days(-30), household_finance_event{180000, 300000, 0, 0, std::nullopt}};
      },
      [](case_state& s) {  // started as a paid commuter
        start_placement(s, "commuter_paid", "commuter_confirmation", 6, 10);
      },
      [](case_state& s) {  // started non-employment work training, decided by the municipality
        start_placement(s, "kunren_hikoyo", "none", 12, 10);
        s.programs.push_back(program("kunren", s.as_of.add_days(-12), std::nullopt, "hikoyo"));
      },
      [](case_state& s) {  // moved to employment-type work training, decided by the municipality
        start_placement(s, "kunren_koyo", "employment", 20, 10);
        s.programs.push_back(program("kunren", s.as_of.add_months(-2), std::nullopt, "koyo"));
      },
      [](case_state& s) {  // started work training without the municipality's decision
        start_placement(s, "kunren_hikoyo", "none", 12, 10);
      },
      [](case_state& s) {  // hired five weeks ago, budget support still running, no visit since
        for (auto& p : s.placements) p.start_on = s.as_of.add_days(-35);
        s.last_contact_on = s.as_of.add_days(-40);
        s.derived.days_since_contact = 40;
        s.programs.push_back(program("kakei", s.as_of.add_months(-5), std::nullopt, "budget_trouble"));
      },
      [](case_state& s) {  // disability certificate, wants work
        s.header.person.disability_cert = "seishin";
        s.header.person.disability_grade = "3級";
        s.concerns = {"job_search"};
      },
      [](case_state& s) {  // certificate applied for, long-term risk; asked for type B continuous employment
        s.header.person.disability_cert = "applying";
        s.fdp = fdp_axes{2, 3, 3, 2, 3};
        s.derived.min_fdp_axis = 2;
        s.referrals.push_back(referral_state{"r", "keizoku_b", "", "", false, s.as_of.add_days(-5), "made", std::nullopt});
      },
      [](case_state& s) {  // aged 55 with a certificate, asked for type B continuous employment
        s.header.person.birth_date = day("1970-01-01");
        s.derived.age = years_between(*s.header.person.birth_date, s.as_of);
        s.header.person.disability_cert = "ryoiku";
        s.referrals.push_back(referral_state{"r", "keizoku_b", "", "", false, s.as_of.add_days(-5), "made", std::nullopt});
      },
      [](case_state& s) {  // withdrawn at home: no placement, no programme, not reviewed since the plan
        s.placements.clear();
        s.programs.clear();
        s.derived.months_in_program.clear();
        s.derived.hours_per_week = 0;
        s.derived.wage_per_hour_yen.reset();
        s.concerns = {"hikikomori_futoko"};
      },
      [](case_state& s) {  // homeless
        s.header.household.housing = "homeless";
        s.header.household.rent_yen = 0;
      },
      [](case_state& s) {  // a high-school student, 17, graduating in the spring
        s.header.person.birth_date = s.as_of.add_months(-17 * 12 - 3);
        s.derived.age = 17;
        s.schools.push_back(school_record{"high", s.as_of.add_months(-26), s.as_of.add_months(9), std::nullopt, ""});
      },
      [](case_state& s) {  // out of prison on parole, under supervision
        const date out = s.as_of.add_months(-7);
        s.legal = legal_state{s.as_of.add_months(-6), "parole", out, s.as_of.add_months(3), out};
        s.concerns = {"job_search", "criminal_record"};
      },
      [](case_state& s) {  // on trial: in conflict with the law now
        s.legal = legal_state{s.as_of.add_days(-20), "defendant", s.as_of.add_months(-2), std::nullopt, std::nullopt};
      },
      [](case_state& s) { lost_job(s); },
      [](case_state& s) { benefit_paid(s, "job_loss", true); },
      [](case_state& s) { benefit_paid(s, "job_loss", false); },
      [](case_state& s) { benefit_paid(s, "income_drop", false); },
      [](case_state& s) { benefit_ended(s, "employed", 40); },
      [](case_state& s) { benefit_ended(s, "illness", 100); },
      [](case_state& s) {  // rent above the cap while budget support runs (moving costs from 2025-04)
        lost_job(s);
        s.header.household.rent_yen = 80000;
        s.programs.push_back(program("kakei", s.as_of.add_months(-2), std::nullopt, "budget_trouble"));
      },
      [](case_state& s) {  // referred elsewhere at screening and closed
        s.screening = "refer_out";
        s.status = process_status::closed;
        s.closure_reason = "referred_other";
      },
      [](case_state& s) { s.status = process_status::closed; s.closure_reason = "employed"; },
      [](case_state& s) { s.status = process_status::suspended; },
      // Every open status, so that a rule declaring the statuses it applies to (applies_to) is
      // run on each status it leaves out.
      [](case_state& s) { s.status = process_status::assessment; },
      [](case_state& s) {
        s.status = process_status::planning;
        s.plan->approved_on.reset();
      },
      [](case_state& s) { s.status = process_status::evaluation; },
  };
  std::vector<case_state> out;
  for (const date today : probe_days()) {
    for (const auto& p : positions_of(ladder)) {
      for (const auto& v : variants) {
        case_state s = base_case(p, today);
        v(s);
        out.push_back(std::move(s));
      }
    }
  }
  return out;
}

}  // namespace hashigo::authoring
