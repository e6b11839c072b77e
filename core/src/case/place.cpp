#include <hashigo/case/place.hpp>
#include <hashigo/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace hashigo::cases {
namespace {

// JIS X 0401, in code order: the index plus one is the code.
constexpr std::array<prefecture_names, 47> k_prefectures = {{
    {"北海道", "Hokkaido"},   {"青森県", "Aomori"},    {"岩手県", "Iwate"},      {"宮城県", "Miyagi"},
    {"秋田県", "Akita"},      {"山形県", "Yamagata"},  {"福島県", "Fukushima"},  {"茨城県", "Ibaraki"},
    {"栃木県", "Tochigi"},    {"群馬県", "Gunma"},     {"埼玉県", "Saitama"},    {"千葉県", "Chiba"},
    {"東京都", "Tokyo"},      {"神奈川県", "Kanagawa"}, {"新潟県", "Niigata"},    {"富山県", "Toyama"},
    {"石川県", "Ishikawa"},   {"福井県", "Fukui"},     {"山梨県", "Yamanashi"},  {"長野県", "Nagano"},
    {"岐阜県", "Gifu"},       {"静岡県", "Shizuoka"},  {"愛知県", "Aichi"},      {"三重県", "Mie"},
    {"滋賀県", "Shiga"},      {"京都府", "Kyoto"},     {"大阪府", "Osaka"},      {"兵庫県", "Hyogo"},
    {"奈良県", "Nara"},       {"和歌山県", "Wakayama"}, {"鳥取県", "Tottori"},    {"島根県", "Shimane"},
    {"岡山県", "Okayama"},    {"広島県", "Hiroshima"}, {"山口県", "Yamaguchi"},  {"徳島県", "Tokushima"},
    {"香川県", "Kagawa"},     {"愛媛県", "Ehime"},     {"高知県", "Kochi"},      {"福岡県", "Fukuoka"},
    {"佐賀県", "Saga"},       {"長崎県", "Nagasaki"},  {"熊本県", "Kumamoto"},   {"大分県", "Oita"},
    {"宮崎県", "Miyazaki"},   {"鹿児島県", "Kagoshima"}, {"沖縄県", "Okinawa"},
}};

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "Kanagawa is 14": a hint when someone wrote the prefecture's name instead of its code.
// The code of a prefecture given by name instead ("Kanagawa" or 神奈川県).
std::optional<std::pair<prefecture_names, std::string>> named_prefecture(std::string_view text) {
  for (std::size_t i = 0; i < k_prefectures.size(); ++i) {
    const auto& p = k_prefectures[i];
    if (lower(text) == lower(p.en) || text == p.ja) return std::pair{p, fmt::format("{:02}", i + 1)};
  }
  return std::nullopt;
}

message_arg name_of(const prefecture_names& p) { return message::both(std::string(p.ja), std::string(p.en)); }

}  // namespace

std::optional<prefecture_names> prefecture_name(std::string_view code) {
  if (code.size() != 2 || !all_digits(code)) return std::nullopt;
  const int n = (code[0] - '0') * 10 + (code[1] - '0');
  if (n < 1 || n > static_cast<int>(k_prefectures.size())) return std::nullopt;
  return k_prefectures[static_cast<std::size_t>(n - 1)];
}

char municipality_check_digit(std::string_view five) {
  int sum = 0;
  for (std::size_t i = 0; i < 5; ++i) sum += (five[i] - '0') * static_cast<int>(6 - i);
  return static_cast<char>('0' + (11 - sum % 11) % 10);
}

std::string prefecture_of(std::string_view municipality) { return std::string(municipality.substr(0, 2)); }

void validate_place(std::string_view prefecture, std::string_view municipality, const std::string& where) {
  const auto field = [&](const char* name) { return where.empty() ? std::string(name) : where + "." + name; };
  if (!prefecture.empty() && !prefecture_name(prefecture))
  {
    if (const auto named = named_prefecture(prefecture))
      throw input_error(field("prefecture"), message("error.prefecture_named", prefecture, name_of(named->first), named->second));
    throw input_error(field("prefecture"), message("error.not_prefecture_code", prefecture));
  }
  if (municipality.empty()) return;
  const std::string where_m = field("municipality");
  if (municipality.size() == 5 && all_digits(municipality))
    throw input_error(where_m, message("error.municipality_no_check_digit", municipality,
                                       std::string(municipality) + municipality_check_digit(municipality)));
  if (municipality.size() != 6 || !all_digits(municipality))
    throw input_error(where_m, message("error.not_municipality_code", municipality));
  if (municipality_check_digit(municipality) != municipality[5])
    throw input_error(where_m, message("error.municipality_check_digit", municipality,
                                       std::string(municipality.substr(0, 5)) + municipality_check_digit(municipality)));
  const auto pref = prefecture_name(municipality.substr(0, 2));
  if (!pref)
    throw input_error(where_m, message("error.municipality_prefecture", municipality));
  if (municipality.substr(2, 3) == "000")
    throw input_error(where_m, message("error.municipality_is_prefecture", municipality, name_of(*pref),
                                       municipality.substr(0, 2)));
  if (!prefecture.empty() && prefecture != municipality.substr(0, 2))
    throw input_error(where_m, message("error.municipality_other_prefecture", municipality, name_of(*pref),
                                       municipality.substr(0, 2), prefecture, name_of(*prefecture_name(prefecture))));
}

}  // namespace hashigo::cases
