#pragma once
// The route table: what each /v1 route does and how the OpenAPI document describes it. The
// server routes by it and openapi_document() is built from it, so the two cannot drift apart.
#include "metrics.hpp"
#include "workers.hpp"

#include <hashigo/serve/server.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace hashigo::serve {

/// What every request handler shares: the options, the workers' benches, the counters.
struct shared_state {
  server_options options;
  workbenches benches;
  metrics stats;
  std::mutex reload_mu;  ///< one reload at a time
};

/// One request being answered.
struct call {
  const httplib::Request& req;
  httplib::Response& res;
  shared_state& st;
  std::string lang;     ///< of problem details and text: ?lang=, else Accept-Language, else en
  std::string case_id;  ///< the case the request is about (pseudonymised in the access log)
};

/// A query parameter as documented.
struct parameter_doc {
  std::string name;
  std::string type;  ///< string | boolean | date | integer
  std::string description;
  bool required = false;
  std::vector<std::string> values = {};  ///< allowed values, when a fixed set
};

/// A request the document shows, which the test suite sends in `order` and checks `status` of.
struct example {
  std::string name;
  std::string path;     ///< the concrete path, e.g. /v1/cases/example-a
  std::string query;    ///< without '?'
  nlohmann::json body;  ///< null: no body
  int status = 200;
  int order = 0;
};

/// One route.
struct route {
  std::string method;  ///< GET | POST
  std::string path;    ///< the template, e.g. /v1/cases/{id}
  std::string operation_id;
  std::string summary;
  std::string description;
  std::vector<parameter_doc> query;
  nlohmann::json request_schema;   ///< null: no body
  nlohmann::json response_schema;  ///< of the success status
  std::string response_type = "application/json";
  int success = 200;
  std::vector<int> errors;  ///< problem statuses it can answer besides 401/413/500
  std::vector<example> examples;
  bool public_route = false;  ///< answered without the token (/healthz)
  std::function<void(call&)> handle;
};

/// Every route, in the order the document lists them.
const std::vector<route>& routes();

/// Named schemas (components/schemas) the routes refer to.
nlohmann::json component_schemas();

/// Sends `body` as JSON with `status`.
void reply(call& c, int status, const nlohmann::json& body);

}  // namespace hashigo::serve
