// A reader for the host's own lua_dump output (Lua 5.4.4, ldump.c), enough to find OP_SETUPVAL.
#include "lua/bytecode.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace hashigo::lua {
namespace {

// Lua 5.4: an instruction is 32 bits, the opcode in the low 7, A in the next 8, B at bit 16.
constexpr unsigned op_setupval = 10;  // lopcodes.h: MOVE LOADI LOADF LOADK LOADKX LOADFALSE
                                      // LFALSESKIP LOADTRUE LOADNIL GETUPVAL SETUPVAL
constexpr int abslineinfo = -0x80;    // ldebug.h ABSLINEINFO: the line is in the absolute list

// Constant tags (lobject.h makevariant(type, variant) = type | variant << 4).
constexpr unsigned char tag_nil = 0x00, tag_false = 0x01, tag_true = 0x11, tag_int = 0x03, tag_float = 0x13,
                        tag_short_string = 0x04, tag_long_string = 0x14;

struct upvalue_desc {
  bool instack = false;  // a local (register) of the enclosing function, else its upvalue
  int idx = 0;
};

struct proto {
  int parent = -1;
  std::string source;
  int linedefined = 0;
  std::vector<std::uint32_t> code;
  std::vector<upvalue_desc> upvalues;
  std::vector<signed char> lineinfo;
  std::vector<std::pair<int, int>> abslines;  // (pc, line)
  std::vector<std::string> upvalue_names;
};

class reader {
 public:
  explicit reader(std::string_view d) : d_(d) {}

  unsigned char byte() {
    need(1);
    return static_cast<unsigned char>(d_[pos_++]);
  }
  void skip(std::size_t n) {
    need(n);
    pos_ += n;
  }
  // ldump.c dumpSize: 7 bits a byte, most significant first, the last byte has bit 7 set.
  std::size_t size() {
    std::size_t x = 0;
    for (int i = 0; i < 10; ++i) {
      const unsigned char b = byte();
      x = (x << 7) | (b & 0x7f);
      if (b & 0x80) return x;
    }
    fail();
  }
  int integer() {
    const std::size_t x = size();
    if (x > 0x7fffffff) fail();
    return static_cast<int>(x);
  }
  // dumpString: size + 1 then the bytes, or 0 for NULL.
  std::string string() {
    const std::size_t n = size();
    if (n == 0) return {};
    need(n - 1);
    std::string s(d_.substr(pos_, n - 1));
    pos_ += n - 1;
    return s;
  }
  std::string_view bytes(std::size_t n) {
    need(n);
    const std::string_view v = d_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  [[noreturn]] static void fail() { throw std::runtime_error("unexpected layout of a Lua bytecode dump"); }

 private:
  void need(std::size_t n) const {
    if (n > d_.size() - pos_) fail();
  }
  std::string_view d_;
  std::size_t pos_ = 0;
};

void read_function(reader& r, std::vector<proto>& out, int parent, const std::string& parent_source) {
  const int self = static_cast<int>(out.size());
  out.emplace_back();
  std::string source = r.string();
  out[self].parent = parent;
  out[self].source = source.empty() ? parent_source : std::move(source);
  out[self].linedefined = r.integer();
  r.integer();  // lastlinedefined
  r.skip(3);    // numparams, is_vararg, maxstacksize
  const int ncode = r.integer();
  const std::string_view code = r.bytes(static_cast<std::size_t>(ncode) * 4);
  out[self].code.resize(static_cast<std::size_t>(ncode));
  if (ncode > 0) std::memcpy(out[self].code.data(), code.data(), code.size());  // same machine: same byte order
  const int nconst = r.integer();
  for (int i = 0; i < nconst; ++i) {
    switch (r.byte()) {
      case tag_nil: case tag_false: case tag_true: break;
      case tag_int: case tag_float: r.skip(8); break;
      case tag_short_string: case tag_long_string: r.string(); break;
      default: reader::fail();
    }
  }
  const int nup = r.integer();
  for (int i = 0; i < nup; ++i) {
    upvalue_desc u;
    u.instack = r.byte() != 0;
    u.idx = r.byte();
    r.byte();  // kind
    out[self].upvalues.push_back(u);
  }
  const int nprotos = r.integer();
  const std::string own_source = out[self].source;  // out may grow: no reference across the calls
  for (int i = 0; i < nprotos; ++i) read_function(r, out, self, own_source);
  const int nlines = r.integer();
  const std::string_view lines = r.bytes(static_cast<std::size_t>(nlines));
  out[self].lineinfo.assign(lines.begin(), lines.end());
  const int nabs = r.integer();
  for (int i = 0; i < nabs; ++i) {
    const int pc = r.integer();
    const int line = r.integer();
    out[self].abslines.emplace_back(pc, line);
  }
  const int nlocals = r.integer();
  for (int i = 0; i < nlocals; ++i) {
    r.string();
    r.integer();
    r.integer();
  }
  const int nnames = r.integer();
  for (int i = 0; i < nnames; ++i) out[self].upvalue_names.push_back(r.string());
}

// The line of every instruction (ldebug.c luaG_getfuncline, walked from the start).
std::vector<int> lines_of(const proto& p) {
  std::vector<int> out(p.code.size(), 0);
  if (p.lineinfo.size() != p.code.size()) return out;
  int line = p.linedefined;
  std::size_t next_abs = 0;
  for (std::size_t pc = 0; pc < p.code.size(); ++pc) {
    if (p.lineinfo[pc] == abslineinfo) {
      if (next_abs < p.abslines.size()) line = p.abslines[next_abs++].second;
    } else {
      line += p.lineinfo[pc];
    }
    out[pc] = line;
  }
  return out;
}

enum class target { root_upvalue, root_local, inner_local };

// Where upvalue `u` of function `p` lives: follow the descriptors up the nesting.
target resolve(const std::vector<proto>& protos, int p, int u) {
  for (;;) {
    if (p == 0) return target::root_upvalue;
    if (u < 0 || static_cast<std::size_t>(u) >= protos[p].upvalues.size()) reader::fail();
    const upvalue_desc& d = protos[p].upvalues[static_cast<std::size_t>(u)];
    const int parent = protos[p].parent;
    if (d.instack) return parent == 0 ? target::root_local : target::inner_local;
    p = parent;
    u = d.idx;
  }
}

}  // namespace

std::vector<upvalue_write> upvalue_writes(std::string_view dump, write_scope scope) {
  reader r(dump);
  static constexpr char signature[] = "\x1bLua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08";
  if (r.bytes(sizeof signature - 1) != std::string_view(signature, sizeof signature - 1)) reader::fail();
  r.skip(16);  // LUAC_INT, LUAC_NUM
  r.byte();    // number of upvalues of the main function
  std::vector<proto> protos;
  read_function(r, protos, -1, "");
  std::vector<upvalue_write> out;
  for (std::size_t p = 0; p < protos.size(); ++p) {
    const proto& f = protos[p];
    if (scope == write_scope::module_locals && p == 0) continue;  // the chunk's own top level runs once
    std::vector<int> lines;
    for (std::size_t pc = 0; pc < f.code.size(); ++pc) {
      const std::uint32_t i = f.code[pc];
      if ((i & 0x7f) != op_setupval) continue;
      const int b = static_cast<int>((i >> 16) & 0xff);
      const target t = resolve(protos, static_cast<int>(p), b);
      const bool report = scope == write_scope::module_locals ? t != target::inner_local : t == target::root_upvalue;
      if (!report) continue;
      if (lines.empty()) lines = lines_of(f);
      upvalue_write w;
      w.name = static_cast<std::size_t>(b) < f.upvalue_names.size() && !f.upvalue_names[static_cast<std::size_t>(b)].empty()
                   ? f.upvalue_names[static_cast<std::size_t>(b)]
                   : "?";
      w.source = !f.source.empty() && (f.source[0] == '@' || f.source[0] == '=') ? f.source.substr(1) : f.source;
      w.line = lines[pc];
      out.push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace hashigo::lua
