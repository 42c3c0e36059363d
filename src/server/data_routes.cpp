// Data: upload a CIN census through the browser (the same intake as `lens import`: checked
// first, one transaction, nothing of a refused file written) and the history of imports.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "core/sha256.hpp"
#include "returns/cin/census_reader.hpp"
#include "server/format.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

constexpr std::size_t kProblemsShown = 50;

nlohmann::json data_page(Context& ctx) {
  nlohmann::json imports = nlohmann::json::array();
  for (const auto& i : ctx.store().imports())
    imports.push_back({{"at", i.imported_at},
                       {"file_name", i.file_name},
                       {"la", i.la},
                       {"year", std::to_string(i.collection_year)},
                       {"children", with_thousands(i.children)},
                       {"episodes", with_thousands(i.episodes)},
                       {"by", i.imported_by},
                       {"outcome", i.outcome}});
  return {{"title", "Data"},
          {"csrf", ctx.session->csrf_token},
          {"imports", imports},
          {"no_imports", imports.empty()},
          {"max_mb", std::to_string(ctx.site().options().max_upload_bytes >> 20)}};
}

}  // namespace

void add_data_routes(Site& site) {
  RouteRule importers = RouteRule::needs(Permission::ImportData);

  site.get("/data", importers, [](Context& ctx) { ctx.page("data", data_page(ctx)); });

  site.post("/data", importers, [](Context& ctx) {
    nlohmann::json data = data_page(ctx);
    if (!ctx.req.is_multipart_form_data() || !ctx.req.has_file("census") ||
        ctx.req.get_file_value("census").filename.empty()) {
      add_error(data, "census", "Choose a CIN census file to upload");
      return ctx.page("data", std::move(data), 400);
    }
    const auto& upload = ctx.req.get_file_value("census");
    std::string name = upload.filename;
    cin::CensusFile file = cin::read_census_text(upload.content, name);
    std::string record = "upload/" + name;
    if (file.unreadable || has_errors(file.problems)) {
      std::size_t errors = 0;
      nlohmann::json problems = nlohmann::json::array();
      for (const auto& p : file.problems) {
        if (p.severity != Severity::Error) continue;
        if (errors++ < kProblemsShown) problems.push_back(to_string(p));
      }
      add_error(data, "census",
                fmt::format("{} was not imported: it has {} {}. Fix the file and upload it again.",
                            name, with_thousands(static_cast<std::int64_t>(errors)),
                            errors == 1 ? "error" : "errors"));
      data["problems"] = problems;
      data["more_problems"] = errors > kProblemsShown;
      ctx.audit("census.upload", record, "", fmt::format("refused: {} errors", errors));
      return ctx.page("data", std::move(data), 400);
    }
    const auto& h = file.census.header;
    try {
      auto outcome = ctx.store().import_census(
          file.census, {name, sha256_hex(upload.content), ctx.who->user.username});
      std::string what = outcome == ImportOutcome::Unchanged ? "was already imported; nothing changed"
                         : outcome == ImportOutcome::Replaced
                             ? "was imported, replacing the earlier census of LA " + h.la
                             : "was imported";
      ctx.audit("census.upload", record, "",
                fmt::format("ok: {} children of LA {} ({})", file.census.children.size(), h.la,
                            outcome == ImportOutcome::Unchanged ? "unchanged" : "imported"));
      data = data_page(ctx);
      data["success"] = fmt::format("{} {}: {} children, LA {}, {} census.", name, what,
                                    with_thousands(static_cast<std::int64_t>(file.census.children.size())),
                                    h.la, h.collection_year);
      ctx.page("data", std::move(data));
    } catch (const StoreError& e) {
      add_error(data, "census", std::string(e.what()));
      ctx.audit("census.upload", record, "", "refused: " + std::string(e.what()));
      ctx.page("data", std::move(data), 400);
    }
  });
}

}  // namespace lens::server
