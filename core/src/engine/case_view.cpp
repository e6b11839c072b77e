#include "engine/case_view.hpp"
#include "engine/case_view_fields.hpp"

#include <hashigo/case/place.hpp>
#include <hashigo/engine/case_view.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/sha256.hpp>

#include <algorithm>
#include <array>
#include <utility>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace hashigo::engine {

using nlohmann::json;

namespace {

// The case as rules see it is declared in case_view_fields.hpp; this writer walks its rows. One
// writer, three outputs: engine::case_view (JSON), the Lua table of an evaluation (through
// pack::value_writer) and the inputs digest. A sink has key(k), null(), boolean(b), integer(i),
// number(d), string(s), begin_object(n)/end_object(), begin_array(n)/end_array(); the sizes only
// pre-size Lua tables (a hint: the number of rows, nulls included, avoids a rehash). C++ ints are
// JSON integers (Lua integers), doubles JSON floats (Lua floats).
template <class Sink>
class view_writer {
 public:
  explicit view_writer(Sink& out) : out_(out) {}

  // The root; `lazy` leaves it empty: a Lua view builds each field when a rule first reads it.
  void write(const cases::case_state& s, bool lazy = false) {
    out_.begin_object(lazy ? 0 : view::case_type.size);
    if (!lazy) std::apply([&](const auto&... r) { (write_row(r, s, false, false), ...); }, view::case_type.rows);
    out_.end_object();
  }

  // Root row number `index` as a root value; nothing when the case has none (Lua nil).
  void write_field(const cases::case_state& s, int index) {
    using writer_fn = void (*)(view_writer&, const cases::case_state&);
    static constexpr auto table = []<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<writer_fn, sizeof...(I)>{[](view_writer& w, const cases::case_state& st) {
        w.write_row(std::get<I>(view::case_type.rows), st, false, true);
      }...};
    }(std::make_index_sequence<view::case_type.size>{});
    if (index >= 0 && index < view::case_type.size) table[static_cast<std::size_t>(index)](*this, s);
  }

  template <class Type, class Ctx>
  void object(const Type& t, const Ctx& c) {
    out_.begin_object(Type::size);
    std::apply([&](const auto&... r) { (write_row(r, c, false, false), ...); }, t.rows);
    out_.end_object();
  }

  // For map fields: an entry under a key taken from the data (a programme name, a contact kind).
  template <class V>
  void entry(const std::string& k, const V& v) {
    out_.key(k);
    value(v);
  }
  template <class Type, class Ctx>
  void entry_object(const std::string& k, const Type& t, const Ctx& c) {
    out_.key(k);
    object(t, c);
  }
  // For array fields of scalars.
  void element(std::string_view v) { out_.string(v); }

  void value(int v) { out_.integer(v); }
  void value(std::int64_t v) { out_.integer(v); }
  void value(double v) { out_.number(v); }
  void value(bool v) { out_.boolean(v); }
  void value(std::string_view v) { out_.string(v); }
  void value(const std::string& v) { out_.string(v); }
  void value(date v) {
    if constexpr (requires(Sink& x) { x.date(std::int64_t{}); }) {
      out_.date(v.days());  // the digest: the day number, not its text
    } else {
      date::text_buffer text;
      out_.string(std::string_view(text.data(), v.to_chars(text)));
    }
  }
  void null() { out_.null(); }
  Sink& sink() { return out_; }

  // A key of the schema: the digest takes its hash, the Lua view interns the literal (a row's
  // name is a string literal: NUL-terminated, living as long as the program).
  void schema_key(std::string_view name, std::uint32_t hash) {
    if constexpr (requires(Sink& x) { x.schema_key(std::uint32_t{}); }) {
      out_.schema_key(hash);
    } else if constexpr (requires(Sink& x) { x.literal_key(""); }) {
      out_.literal_key(name.data());
    } else {
      out_.key(name);
    }
  }

 private:
  // The `o` a row writes through: it writes the row's key just before the value, so a row that
  // puts nothing leaves the field out. As a deferred root value there is no key, and null is
  // nothing (nil).
  class slot {
   public:
    slot(view_writer& w, std::string_view name, std::uint32_t hash, bool root_value)
        : w_(w), name_(name), hash_(hash), root_value_(root_value) {}
    template <class T>
    void put(const T& v) {
      key();
      w_.value(v);
    }
    template <class T>
    void put(const std::optional<T>& v) {
      if (v) {
        put(*v);
      } else {
        null();
      }
    }
    void null() {
      if (root_value_) return;
      key();
      w_.null();
    }
    void nonempty(const std::string& v) {
      if (v.empty()) {
        null();
      } else {
        put(v);
      }
    }
    template <class Type, class Ctx>
    void object(const Type& t, const Ctx& c) {
      key();
      w_.object(t, c);
    }
    template <class Type, class Range>
    void objects(const Type& t, const Range& items) {
      array(static_cast<int>(items.size()), [&](view_writer& w) {
        for (const auto& x : items) w.object(t, x);
      });
    }
    template <class Fn>
    void array(int n, Fn&& each) {
      key();
      w_.sink().begin_array(n);
      each(w_);
      w_.sink().end_array();
    }
    template <class Fn>
    void map(int n, Fn&& each) {
      key();
      w_.sink().begin_object(n);
      each(w_);
      w_.sink().end_object();
    }

   private:
    void key() {
      if (!root_value_) w_.schema_key(name_, hash_);
    }
    view_writer& w_;
    std::string_view name_;
    std::uint32_t hash_;
    bool root_value_;
  };

  template <class Row, class Ctx>
  void write_row(const Row& r, const Ctx& c, bool skip, bool root_value) {
    if (skip) return;
    slot o(*this, r.doc.name, r.hash, root_value);
    r.write(o, c);
  }

  Sink& out_;
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

namespace {

template <class Type>
format::schema::object_type describe(const Type& t) {
  format::schema::object_type out{t.name, t.ja, t.en, {}, {}, {}};
  std::apply([&](const auto&... r) { (out.fields.push_back(r.doc), ...); }, t.rows);
  return out;
}

}  // namespace

const format::schema::document& case_view_schema() {
  static const format::schema::document doc{
      "https://hashigo.dev/schema/case-view.schema.json",
      "hashigo case view",
      "ルールが読むケース（`decide` の `case`）。評価日までの記録から計算される。`hashigo schema view` で生成",
      "The case as rules read it (`case` in `decide`), computed from the events up to as_of. Generated by `hashigo schema view`.",
      "Case",
      false,
      {describe(view::case_type), describe(view::person_type), describe(view::household_type), describe(view::linked_household_type),
       describe(view::household_member_type), describe(view::plan_type),
       describe(view::program_type), describe(view::program_enrolment_type), describe(view::placement_type),
       describe(view::profile_type), describe(view::case_agency_type), describe(view::referral_type), describe(view::meeting_type), describe(view::meeting_decision_type), describe(view::contact_kind_type), describe(view::follow_ups_type),
       describe(view::appraisal_type), describe(view::fdp_type), describe(view::school_type), describe(view::school_record_type),
       describe(view::legal_type), describe(view::job_loss_type), describe(view::job_search_type), describe(view::text_type)}};
  return doc;
}

namespace detail {

void case_view_digest(const cases::case_state& s, char* out) {
  thread_local std::string buf;  // reused: no allocation per evaluation once it has grown
  digest_sink sink(buf);
  view_writer<digest_sink>(sink).write(s);
  sha256 h;
  h.update(sink.bytes_written());
  h.hex(out);
}

std::string case_view_digest(const cases::case_state& s) {
  char hex[64];
  case_view_digest(s, hex);
  return std::string(hex, sizeof hex);
}

void write_case_view(const cases::case_state& s, pack::value_writer& out) {
  view_writer<pack::value_writer>(out).write(s);
}

const std::vector<std::string>& case_field_names() {
  // In row order, the order of view_writer::write_field's index.
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    std::apply([&](const auto&... r) { (out.emplace_back(r.doc.name), ...); }, view::case_type.rows);
    return out;
  }();
  return names;
}

void write_case_root(const cases::case_state& s, pack::value_writer& out) {
  view_writer<pack::value_writer>(out).write(s, true);
}

void write_case_field(const cases::case_state& s, int field, pack::value_writer& out) {
  view_writer<pack::value_writer>(out).write_field(s, field);
}

}  // namespace detail

}  // namespace hashigo::engine
