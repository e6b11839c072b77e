#include <doctest/doctest.h>
#include <hashigo/error.hpp>

#include <string>

using hashigo::input_error;
using hashigo::message;
using hashigo::storage_error;

TEST_CASE("a catalogued message renders in either language") {
  const message m("error.wrong_type", message::term("json_type.a_whole_number"), message::term("json_type.a_string"));
  CHECK(m.render("en") == "must be a whole number, not a string");
  CHECK(m.render("ja") == "整数でなければなりません（文字列です）");
}

TEST_CASE("a value with its own Japanese, a code and a nested message follow the reader's language") {
  const message inner("error.wrong_type", message::term("json_type.an_array"), message::term("json_type.an_object"));
  const message outer("error.placed", message::both("千葉県", "Chiba"), message::nested(inner));
  CHECK(outer.render("en") == "Chiba: must be an array, not an object");
  CHECK(outer.render("ja") == "千葉県: 配列でなければなりません（オブジェクトです）");
  const message status("error.placed", "status", message::code("status", "closed"));
  CHECK(status.render("en") == "status: closed");
  CHECK(status.render("ja") == "status: 終結");
}

TEST_CASE("verbatim text from outside is the same in every language") {
  const auto m = message::verbatim("database is locked");
  CHECK(m.id().empty());
  CHECK(m.render("ja") == "database is locked");
  CHECK(m.render("en") == "database is locked");
}

TEST_CASE("an input error keeps its place in front in both languages") {
  const input_error e("household.size", message("error.wrong_type", message::term("json_type.a_whole_number"),
                                                message::term("json_type.a_string")));
  CHECK(std::string(e.what()) == "household.size: must be a whole number, not a string");
  CHECK(e.detail() == "must be a whole number, not a string");
  CHECK(e.text("ja") == "household.size: 整数でなければなりません（文字列です）");
  CHECK(e.code() == "E_INPUT");
  CHECK(e.exit_status() == 3);

  // Reported again at a wider place (the file), the message is the same one, not its English.
  const input_error wider("b-san.json: " + e.where(), e);
  CHECK(wider.text("ja") == "b-san.json: household.size: 整数でなければなりません（文字列です）");
}

TEST_CASE("a storage error that wraps an input error keeps the inner place") {
  const input_error inner("event #3:1:7", message::verbatim("JSON nested deeper than 64 levels"));
  const storage_error e(message("error.stored_invalid", "event", message::nested(inner.placed_message())), "E_CORRUPT");
  CHECK(std::string(e.what()) == "the stored event is not valid: event #3:1:7: JSON nested deeper than 64 levels");
  CHECK(e.text("ja") == "保存されているeventが正しくありません: event #3:1:7: JSON nested deeper than 64 levels");
  CHECK(e.exit_status() == 5);
}

TEST_CASE("a message with values gathered at run time renders like one built in place") {
  const message built("error.placed", "--as-of", "x");
  const message gathered = message::with("error.placed", {{"--as-of"}, {"x"}});
  CHECK(gathered.render("en") == built.render("en"));
  CHECK(gathered.render("ja") == "--as-of: x");
}
