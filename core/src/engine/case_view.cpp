#include "engine/case_view.hpp"

#include <hashigo/case/place.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/sha256.hpp>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace hashigo::engine {

using nlohmann::json;

namespace {

// The case as rules see it: flat, named for policy authors, every derived number computed here
// so every pack sees the same figures. Absent facts are nil in Lua (null in JSON).
//
// One writer, three outputs: engine::case_view (JSON), the Lua table of an evaluation
// (through pack::value_writer) and the inputs digest. A sink has key(k), null(), boolean(b),
// integer(i), number(d), string(s), begin_object(n)/end_object(), begin_array(n)/end_array().
// Keys are written in sorted order, the order of the JSON object (a std::map), so the digest has
// one canonical form. The sizes given to begin_object/begin_array only pre-size the Lua tables
// (a hint: the number of keys written, nulls included, avoids a rehash). C++ ints
// are JSON integers (Lua integers), doubles JSON floats (Lua floats), as before.
// A key of the view: a literal of the schema (its FNV-1a hash computed at compile time), or a
// key taken from the data (a programme name, a contact kind), which has no hash.
struct field_key {
  template <std::size_t N>
  consteval field_key(const char (&literal)[N]) : text(literal, N - 1), schema(fnv1a(literal, N - 1)) {}
  field_key(const std::string& data) : text(data) {}

  static consteval std::uint32_t fnv1a(const char* p, std::size_t n) {
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 16777619u;
    return h == 0 ? 1 : h;
  }

  std::string_view text;
  std::uint32_t schema = 0;
};

template <class Sink>
class view_writer {
 public:
  // `lazy`: leave out the deferred fields (detail::deferred_case_fields), which a Lua view builds
  // on first access with write_field.
  explicit view_writer(Sink& out, bool lazy = false) : out_(out), lazy_(lazy) {}

  // Writes deferred field `field` as a root value, or nothing when the case has none.
  void write_field(const cases::case_state& s, int field) {
    switch (field) {
      case 0: concerns(s); break;
      case 1: contacts(s); break;
      case 2: household(s); break;
      case 3: if (s.job_loss) job_loss(s); break;
      case 4: job_search(s); break;
      case 5: person(s); break;
      case 6: placements(s); break;
      case 7: programs(s); break;
      case 8: referrals(s); break;
      case 9: if (s.last_appraisal) appraisal(s); break;
      case 10: contact_kinds(s); break;
      case 11: follow_ups(s); break;
      case 12: if (s.legal) legal(s); break;
      case 13: if (!s.schools.empty()) school(s); break;
      default: break;
    }
  }

  void write(const cases::case_state& s) {
    const auto& d = s.derived;
    out_.begin_object(52);
    opt("age", d.age);
    if (!lazy_) {
      if (s.last_appraisal) {
        appraisal(s);
      } else {
        key("appraisal");
        out_.null();
      }
    }
    opt("appraisal_average", d.appraisal_average);
    text("as_of", s.as_of);
    opt("attendance_14d", d.attendance_14d);
    opt("attendance_30d", d.attendance_30d);
    opt("attendance_90d", d.attendance_90d);
    nonempty("closure_reason", s.closure_reason);
    if (!lazy_) concerns(s);
    boolean("consent", s.consent_info_sharing);
    if (!lazy_) {
      contact_kinds(s);
      contacts(s);
    }
    opt("days_since_appraisal", d.days_since_appraisal);
    opt("days_since_contact", d.days_since_contact);
    opt("days_since_hire", d.days_since_hire);
    opt("days_since_review", d.days_since_review);
    opt("days_to_plan_end", d.days_to_plan_end);
    integer("episode", s.episode);
    integer("failed_contacts", s.failed_contacts_since_last);
    if (s.fdp) {
      key("fdp");
      out_.begin_object(5);
      integer("environment", s.fdp->environment);
      integer("interpersonal", s.fdp->interpersonal);
      integer("mental", s.fdp->mental);
      integer("stress", s.fdp->stress);
      integer("thinking", s.fdp->thinking);
      out_.end_object();
    }
    if (!lazy_) follow_ups(s);
    opt("goal_attainment", d.goal_attainment);
    opt("hired_on", d.hired_on);
    number("hours_per_week", d.hours_per_week);
    if (!lazy_) household(s);
    text("id", s.header.id);
    boolean("in_school", in_school(s));
    text("intake_source", s.intake_source);
    if (!lazy_) {
      if (s.job_loss) {
        job_loss(s);
      } else {
        key("job_loss");
        out_.null();
      }
      job_search(s);
      if (s.legal) {
        legal(s);
      } else {
        key("legal");
        out_.null();
      }
    }
    opt("min_fdp_axis", d.min_fdp_axis);
    integer("months_in_rung", d.months_in_rung);
    integer("months_in_stage", d.months_in_stage);
    integer("months_open", d.months_open);
    text("opened_on", s.opened_on);
    if (!lazy_) person(s);
    // the most recently started active placement
    const cases::placement_state* active = nullptr;
    for (const auto& p : s.placements)
      if (p.active) active = &p;
    key("placement");
    if (active) {
      placement(*active);
    } else {
      out_.null();
    }
    if (!lazy_) placements(s);
    plan(s);
    opt("previous_min_fdp_axis", d.previous_min_fdp_axis);
    if (!lazy_) {
      programs(s);
      referrals(s);
    }
    key("review_kind");
    if (s.last_review) {
      out_.string(s.last_review->kind);
    } else {
      out_.null();
    }
    nonempty("rung", s.position.rung);
    if (!lazy_) {
      if (!s.schools.empty()) {
        school(s);
      } else {
        key("school");
        out_.null();
      }
    }
    text("screening", s.screening);
    text("stage", to_string(s.position.at));
    text("status", to_string(s.status));
    integer("unannounced_absences_30d", d.unannounced_absences_30d);
    opt("wage_per_hour_yen", d.wage_per_hour_yen);
    out_.end_object();
  }

 private:
  static bool in_school(const cases::case_state& s) {
    return !s.schools.empty() && s.schools.back().enrolled_on && !s.schools.back().left_on;
  }

  // the latest 人事考課, its items by name; only called when there is one
  void appraisal(const cases::case_state& s) {
    const auto& a = *s.last_appraisal;
    key("appraisal");
    out_.begin_object(3);
    key("items");
    out_.begin_object(static_cast<int>(a.items.size()));
    for (const auto& [name, score] : a.items) integer(name, score);
    out_.end_object();
    text("on", a.on);
    nonempty("placement_id", a.placement_id);
    out_.end_object();
  }

  // every kind of contact made or tried, follow-ups included: when it last reached the person,
  // when it was last tried, and how often each
  void contact_kinds(const cases::case_state& s) {
    key("contacts");
    out_.begin_object(static_cast<int>(s.derived.contacts_by_kind.size()));
    for (const auto& [kind, k] : s.derived.contacts_by_kind) {
      key(kind);
      out_.begin_object(6);
      integer("attempted", k.attempted);
      key("days_since");
      if (k.last_on) {
        out_.integer(days_between(*k.last_on, s.as_of));
      } else {
        out_.null();
      }
      integer("days_since_attempt", days_between(k.last_attempt_on, s.as_of));
      text("last_attempt_on", k.last_attempt_on);
      opt("last_on", k.last_on);
      integer("successful", k.successful);
      out_.end_object();
    }
    out_.end_object();
  }

  // follow-ups (フォローアップ・定着支援), which a closed case still takes
  void follow_ups(const cases::case_state& s) {
    const auto& f = s.derived.follow_ups;
    key("follow_ups");
    out_.begin_object(5);
    integer("after_closure", f.after_closure);
    integer("attempts", f.attempts);
    integer("count", f.count);
    key("days_since");
    if (f.last_on) {
      out_.integer(days_between(*f.last_on, s.as_of));
    } else {
      out_.null();
    }
    opt("last_on", f.last_on);
    out_.end_object();
  }

  // the latest 触法・更生 status; only called when one is recorded
  void legal(const cases::case_state& s) {
    const auto& l = *s.legal;
    key("legal");
    out_.begin_object(5);
    opt("ends_on", l.ends_on);
    opt("released_on", l.released_on);
    opt("since", l.since);
    text("status", l.status);
    // 保護観察: parole and probation are supervised until their period ends
    boolean("supervised", (l.status == "parole" || l.status == "probation") && !(l.ends_on && *l.ends_on < s.as_of));
    out_.end_object();
  }

  // the current school, or the last one left, with every school recorded in `history`
  void school(const cases::case_state& s) {
    const auto& now = s.schools.back();
    key("school");
    out_.begin_object(9);
    boolean("enrolled", in_school(s));
    opt("enrolled_on", now.enrolled_on);
    opt("expected_graduation_on", now.expected_graduation_on);
    boolean("graduated", now.left_reason == "graduated");
    key("history");
    out_.begin_array(static_cast<int>(s.schools.size()));
    for (const auto& x : s.schools) {
      out_.begin_object(5);
      opt("enrolled_on", x.enrolled_on);
      opt("expected_graduation_on", x.expected_graduation_on);
      text("kind", x.kind);
      opt("left_on", x.left_on);
      nonempty("left_reason", x.left_reason);
      out_.end_object();
    }
    out_.end_array();
    text("kind", now.kind);
    opt("left_on", now.left_on);
    nonempty("left_reason", now.left_reason);
    out_.end_object();
  }

  void concerns(const cases::case_state& s) {
    key("concerns");
    out_.begin_array(static_cast<int>(s.concerns.size()));
    for (const auto& c : s.concerns) out_.string(c);
    out_.end_array();
  }

  // successful contacts of the last 30 days, by kind (住居確保給付金 HK-04: 面談 4 per month)
  void contacts(const cases::case_state& s) {
    key("contacts_30d");
    out_.begin_object(static_cast<int>(s.derived.contacts_30d.size()));
    for (const auto& [kind, count] : s.derived.contacts_30d) integer(kind, count);
    out_.end_object();
  }

  // the latest job loss recorded (HK-01); only called when there is one
  void job_loss(const cases::case_state& s) {
    key("job_loss");
    out_.begin_object(3);
    text("cause", s.job_loss->cause);
    text("lost_on", s.job_loss->lost_on);
    boolean("main_earner", s.job_loss->main_earner);
    out_.end_object();
  }

  // job-search records ending in the last 30 days (HK-04)
  void job_search(const cases::case_state& s) {
    const auto& j = s.derived.job_search_30d;
    key("job_search_30d");
    out_.begin_object(4);
    integer("applications", j.applications);
    integer("hw_consultations", j.hw_consultations);
    integer("job_interviews", j.job_interviews);
    integer("records", j.records);
    out_.end_object();
  }

  void person(const cases::case_state& s) {
    const auto& p = s.header.person;
    key("person");
    out_.begin_object(4);
    opt("basic_pension_grade", p.basic_pension_grade);
    text("disability_cert", p.disability_cert);
    nonempty("disability_grade", p.disability_grade);
    text("gender", p.gender);
    out_.end_object();
  }

  void placements(const cases::case_state& s) {
    key("placements");
    out_.begin_array(static_cast<int>(s.placements.size()));
    for (const auto& p : s.placements) placement(p);
    out_.end_array();
  }

  void plan(const cases::case_state& s) {
    if (!s.plan) return;
    key("plan");
    out_.begin_object(5);
    boolean("approved", s.plan->approved_on.has_value());
    opt("approved_on", s.plan->approved_on);
    text("end_on", s.plan->end_on);
    integer("goals", static_cast<int>(s.plan->goals.size()));
    text("start_on", s.plan->start_on);
    out_.end_object();
  }

  void referrals(const cases::case_state& s) {
    key("referrals");
    out_.begin_array(static_cast<int>(s.referrals.size()));
    for (const auto& r : s.referrals) {
      out_.begin_object(5);
      text("id", r.id);
      text("made_on", r.made_on);
      text("status", r.status);
      text("target", r.target);
      boolean("warm_handoff", r.warm_handoff);
      out_.end_object();
    }
    out_.end_array();
  }

  void household(const cases::case_state& s) {
    const auto& h = s.header.household;
    key("household");
    out_.begin_object(17);
    if (s.finance) {
      const auto& f = s.finance->values;
      integer("arrears_months", f.arrears_months);
      integer("debt_total_yen", f.debt_total_yen);
      if (f.expenses_yen) integer("expenses_yen", *f.expenses_yen);
      text("finance_as_of", s.finance->on);
      integer("financial_assets_yen", f.financial_assets_yen);
    }
    boolean("has_member_65_plus", s.derived.household_has_member_65_plus);
    text("housing", h.housing);
    if (s.finance) integer("income_yen", s.finance->values.income_yen);
    text("kind", h.kind);
    opt("moved_on", s.moved_on);
    nonempty("municipality", h.municipality);
    boolean("on_public_assistance", h.on_public_assistance);
    nonempty("prefecture", h.prefecture);
    key("prefecture_name");
    if (const auto names = cases::prefecture_name(h.prefecture)) {
      out_.begin_object(2);
      text("en", names->en);
      text("ja", names->ja);
      out_.end_object();
    } else {
      out_.null();
    }
    integer("rent_yen", h.rent_yen);
    integer("size", h.size);
    out_.end_object();
  }

  // Programmes by name; several enrolments of one programme merge into one entry: active when any
  // is, months used and granted summed by the fold, dates, route and extensions of the active
  // enrolment, end date and reason of the last ended one, and every enrolment in `history`.
  void programs(const cases::case_state& s) {
    struct entry {
      const std::string* name = nullptr;
      bool active = false;
      const cases::program_state* dated = nullptr;  // the last active enrolment
      const cases::program_state* ended = nullptr;  // the last ended enrolment
      int enrolments = 0;
    };
    entry small[8];
    std::vector<entry> more;
    entry* entries = small;
    std::size_t n = 0;
    if (s.programs.size() > 8) {
      more.resize(s.programs.size());
      entries = more.data();
    }
    for (const auto& p : s.programs) {
      entry* e = std::find_if(entries, entries + n, [&](const entry& x) { return *x.name == p.program; });
      if (e == entries + n) entries[n++] = entry{&p.program};
      e->active = e->active || p.active;
      if (p.active) e->dated = &p;
      if (!p.active) e->ended = &p;
      ++e->enrolments;
    }
    std::sort(entries, entries + n, [](const entry& a, const entry& b) { return *a.name < *b.name; });
    key("programs");
    out_.begin_object(static_cast<int>(n));
    for (std::size_t i = 0; i < n; ++i) {
      const entry& e = entries[i];
      key(*e.name);
      out_.begin_object(10);
      boolean("active", e.active);
      integer("extensions", e.dated ? e.dated->extensions : 0);
      key("history");
      out_.begin_array(e.enrolments);
      for (const auto& p : s.programs) {
        if (p.program != *e.name) continue;
        out_.begin_object(6);
        opt("end_on", p.end_on);
        text("end_reason", p.end_reason);
        integer("extensions", p.extensions);
        opt("planned_end_on", p.planned_end_on);
        text("route", p.route);
        text("start_on", p.start_on);
        out_.end_object();
      }
      out_.end_array();
      if (e.ended) {
        opt("last_end_on", e.ended->end_on);
        text("last_end_reason", e.ended->end_reason);
      }
      const auto months = s.derived.months_in_program.find(*e.name);
      integer("months", months == s.derived.months_in_program.end() ? 0 : months->second);
      const auto granted = s.derived.months_granted.find(*e.name);
      integer("months_granted", granted == s.derived.months_granted.end() ? 0 : granted->second);
      if (e.dated) {
        opt("planned_end_on", e.dated->planned_end_on);
        text("route", e.dated->route);
        text("start_on", e.dated->start_on);
      }
      out_.end_object();
    }
    out_.end_object();
  }

  void placement(const cases::placement_state& p) {
    out_.begin_object(10);
    boolean("active", p.active);
    text("contract", p.contract);
    text("employer", p.employer);
    opt("end_on", p.end_on);
    number("hours_per_week", p.hours_per_week);
    text("id", p.id);
    text("kind", p.kind);
    text("start_on", p.start_on);
    opt("stipend_per_shift_yen", p.stipend_per_shift_yen);
    opt("wage_per_hour_yen", p.wage_per_hour_yen);
    out_.end_object();
  }

  void integer(field_key k, std::int64_t v) {
    key(k);
    out_.integer(v);
  }
  void number(field_key k, double v) {
    key(k);
    out_.number(v);
  }
  void boolean(field_key k, bool v) {
    key(k);
    out_.boolean(v);
  }
  void text(field_key k, std::string_view v) {
    key(k);
    out_.string(v);
  }
  void text(field_key k, date v) {
    key(k);
    value(v);
  }
  void nonempty(field_key k, const std::string& v) {
    key(k);
    if (v.empty()) {
      out_.null();
    } else {
      out_.string(v);
    }
  }
  void value(int v) { out_.integer(v); }
  void value(std::int64_t v) { out_.integer(v); }
  void value(double v) { out_.number(v); }
  void value(date v) {
    if constexpr (requires(Sink& x) { x.date(std::int64_t{}); }) {
      out_.date(v.days());  // the digest: the day number, not its text
    } else {
      date::text_buffer text;
      out_.string(std::string_view(text.data(), v.to_chars(text)));
    }
  }
  template <class T>
  void opt(field_key k, const std::optional<T>& v) {
    key(k);
    if (v) {
      value(*v);
    } else {
      out_.null();
    }
  }

  // Schema keys go to the digest as their hash, data keys (programme names, contact kinds) in full.
  void key(field_key k) {
    if (k.schema != 0) {
      if constexpr (requires(Sink& x) { x.schema_key(std::uint32_t{}); }) {
        out_.schema_key(k.schema);
        return;
      } else if constexpr (requires(Sink& x) { x.literal_key(""); }) {
        out_.literal_key(k.text.data());  // a literal: NUL-terminated, lives for the program
        return;
      }
    }
    out_.key(k.text);
  }

  Sink& out_;
  bool lazy_ = false;
};

// The view as nlohmann JSON (engine::case_view).
class json_sink {
 public:
  void key(std::string_view k) { key_ = k; }
  void null() { put(json(nullptr)); }
  void boolean(bool b) { put(json(b)); }
  void integer(std::int64_t i) { put(json(i)); }
  void number(double d) { put(json(d)); }
  void string(std::string_view s) { put(json(std::string(s))); }
  void begin_object(int) { open(json::object()); }
  void begin_array(int) { open(json::array()); }
  void end_object() { stack_.pop_back(); }
  void end_array() { stack_.pop_back(); }
  json take() { return std::move(root_); }

 private:
  json& put(json v) {
    if (stack_.empty()) return root_ = std::move(v);
    json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return top.back();
    }
    return top[std::string(key_)] = std::move(v);
  }
  void open(json v) { stack_.push_back(&put(std::move(v))); }

  json root_;
  std::vector<json*> stack_;
  std::string_view key_;
};

// The canonical byte string the inputs digest is taken over: a version tag, then every key and
// every value in the writer's order. A key of the schema is the 4 bytes of its FNV-1a hash, high
// bit set, most significant first (the key names of the view have distinct hashes: checked over
// the benchmark's synthetic cases); a key from the data is `k` and its length-prefixed bytes. A value is a type byte (n t f i d s, `{`…`}`,
// `[`…`]`, D for a date) then: integers and dates (days since 1970-01-01) as zigzag varints,
// floats as their 8 IEEE-754 bytes, strings length-prefixed. Self-delimiting, so two different views never give the same bytes; about half
// the size of the JSON text, which is what SHA-256 costs.
class digest_sink {
 public:
  // Writes into `buf` through a raw cursor (a std::string push_back per byte costs as much as the
  // hashing); `buf` keeps its capacity from one evaluation to the next.
  explicit digest_sink(std::string& buf) : buf_(buf) {
    if (buf_.size() < 4096) buf_.resize(4096);
    at_ = buf_.data();
    end_ = at_ + buf_.size();
    put("hashigo.case-view/1\n", 20);
  }
  void key(std::string_view k) {
    room(1 + 10 + k.size());
    *at_++ = 'k';
    bytes(k);
  }
  void schema_key(std::uint32_t hash) {
    room(4);
    hash |= 0x80000000u;  // a first byte >= 0x80: no tag byte (tags are ASCII) is needed
    for (int i = 3; i >= 0; --i) *at_++ = static_cast<char>(hash >> (8 * i));
  }
  void null() { tag('n'); }
  void boolean(bool b) { tag(b ? 't' : 'f'); }
  void integer(std::int64_t i) {
    room(11);
    *at_++ = 'i';
    varint((static_cast<std::uint64_t>(i) << 1) ^ static_cast<std::uint64_t>(i >> 63));
  }
  void number(double d) {
    room(9);
    *at_++ = 'd';
    std::memcpy(at_, &d, 8);
    at_ += 8;
  }
  void string(std::string_view s) {
    room(1 + 10 + s.size());
    *at_++ = 's';
    bytes(s);
  }
  void date(std::int64_t days) {
    room(11);
    *at_++ = 'D';
    varint((static_cast<std::uint64_t>(days) << 1) ^ static_cast<std::uint64_t>(days >> 63));
  }
  void begin_object(int) { tag('{'); }
  void end_object() { tag('}'); }
  void begin_array(int) { tag('['); }
  void end_array() { tag(']'); }

  std::string_view bytes_written() const { return std::string_view(buf_.data(), static_cast<std::size_t>(at_ - buf_.data())); }

 private:
  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - at_) >= n) return;
    const auto used = static_cast<std::size_t>(at_ - buf_.data());
    buf_.resize(std::max(buf_.size() * 2, used + n));
    at_ = buf_.data() + used;
    end_ = buf_.data() + buf_.size();
  }
  void tag(char c) {
    room(1);
    *at_++ = c;
  }
  void put(const char* p, std::size_t n) {
    room(n);
    std::memcpy(at_, p, n);
    at_ += n;
  }
  // room for 10 bytes must have been made
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      *at_++ = static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    *at_++ = static_cast<char>(v);
  }
  // room for 10 + s.size() bytes must have been made
  void bytes(std::string_view s) {
    varint(s.size());
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }
  std::string& buf_;
  char* at_;
  char* end_;
};

}  // namespace

json engine::case_view(const cases::case_state& s) {
  json_sink sink;
  view_writer<json_sink>(sink).write(s);
  return sink.take();
}

namespace detail {

std::string case_view_digest(const cases::case_state& s) {
  thread_local std::string buf;  // reused: no allocation per evaluation once it has grown
  digest_sink sink(buf);
  view_writer<digest_sink>(sink).write(s);
  return sha256::of(sink.bytes_written());
}

void write_case_view(const cases::case_state& s, pack::value_writer& out) {
  view_writer<pack::value_writer>(out).write(s);
}

const std::vector<std::string>& deferred_case_fields() {
  // The order of view_writer::write_field.
  static const std::vector<std::string> names = {"concerns", "contacts_30d", "household", "job_loss", "job_search_30d",
                                                 "person", "placements", "programs", "referrals", "appraisal",
                                                 "contacts", "follow_ups", "legal", "school"};
  return names;
}

void write_case_view_eager_part(const cases::case_state& s, pack::value_writer& out) {
  view_writer<pack::value_writer>(out, true).write(s);
}

void write_case_field(const cases::case_state& s, int field, pack::value_writer& out) {
  view_writer<pack::value_writer>(out).write_field(s, field);
}

}  // namespace detail

}  // namespace hashigo::engine
