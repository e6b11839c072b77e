#include "html.hpp"

#include "page_style.hpp"

#include <hashigo/text/messages.hpp>

#include <fmt/format.h>

namespace hashigo::report::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string both(const cases::localized& text) {
  // A text written in one language only is shown in both views rather than vanishing from one.
  const std::string& ja = text.ja.empty() ? text.en : text.ja;
  const std::string& en = text.en.empty() ? text.ja : text.en;
  if (ja == en) return escape(ja);
  return fmt::format(R"(<span class="ja" lang="ja">{}</span><span class="en" lang="en">{}</span>)", escape(ja), escape(en));
}

std::string both(const std::function<std::string(const std::string& lang)>& in) { return both(cases::localized{in("ja"), in("en")}); }

std::string message(std::string_view id) {
  return both(cases::localized{std::string(text::raw(id, "ja")), std::string(text::raw(id, "en"))});
}

std::string page_start(const std::string& lang, const std::string& title) {
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{0}\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{1}</title>\n<style>{2}</style>\n</head>\n<body class=\"show-{0}\">\n"
                     R"(<div class="toolbar"><button type="button" data-show="ja">日本語</button><button type="button" data-show="en">English</button></div>)",
                     lang, escape(title), page_css);
}

std::string page_end() { return "<script>" + std::string(page_script) + "</script>\n</body>\n</html>\n"; }

}  // namespace hashigo::report::html
