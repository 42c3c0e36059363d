// Data: upload a CIN census through the browser (the same intake as `lens import`: checked
// first, one transaction, nothing of a refused file written), check returns without importing
// them (the same report as `lens validate`: the structural checks and the DfE validation rules,
// grouped by rule), and the history of imports.
//
// Import refuses a census with structural errors, as before, and shows the report; a census
// that goes in is also run through the DfE rules, and what they find is shown beside the
// success message (the DfE would not accept the census as it is, but Lens can still use it).
// "Check without importing" (POST /data/check) takes one census or the files of one SSDA903
// return and writes nothing but the audit entry.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "core/sha256.hpp"
#include "returns/cin/census_reader.hpp"
#include "server/format.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"
#include "validation/check_returns.hpp"
#include "validation/report.hpp"

namespace lens::server {
namespace {

// Findings listed under each rule on the page; `lens validate` lists them all.
constexpr std::size_t kFindingsShown = 50;

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

std::string count_of(std::size_t n) { return with_thousands(static_cast<std::int64_t>(n)); }

// "DECOM,RNE" as people write a list: "DECOM, RNE".
std::string spaced(const std::string& list) {
  std::string out;
  for (char c : list) out += c == ',' ? std::string(", ") : std::string(1, c);
  return out;
}

// One checked return as the page shows it: a summary, the rules with counts, then each rule's
// findings (the first kFindingsShown) in a details element. Every value is escaped by the
// template engine.
nlohmann::json report_view(const validation::CheckedReturn& r) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : validation::group_by_rule(r)) {
    nlohmann::json lines = nlohmann::json::array();
    for (std::size_t i = 0; i < g.found.size() && i < kFindingsShown; ++i)
      lines.push_back(validation::finding_line(*g.found[i]));
    const bool error = g.severity == Severity::Error;
    groups.push_back({{"rule", g.rule.empty() ? "Structure" : g.rule},
                      {"error", error},
                      {"severity", error ? "Error" : "Warning"},
                      {"count", count_of(g.found.size())},
                      {"message", g.message},
                      {"fields", g.fields.empty() ? "" : g.table + ": " + spaced(g.fields)},
                      {"lines", lines},
                      {"more", g.found.size() > kFindingsShown ? count_of(g.found.size() - kFindingsShown) : ""}});
  }
  return {{"name", r.name},
          {"unreadable", r.unreadable},
          {"summary", r.unreadable ? std::string("could not be read") : validation::summary(r)},
          {"detected", r.unreadable ? std::string() : validation::detected(r)},
          {"clean", !r.unreadable && r.found.empty()},
          {"has_errors", r.errors() > 0},
          {"groups", groups},
          {"has_groups", !groups.empty()}};
}

std::string outcome_of(const std::vector<validation::CheckedReturn>& results) {
  std::size_t errors = 0, warnings = 0;
  bool unreadable = false;
  for (const auto& r : results) {
    errors += r.errors();
    warnings += r.warnings();
    unreadable = unreadable || r.unreadable;
  }
  return fmt::format("{}{} errors, {} warnings", unreadable ? "unreadable; " : "", errors, warnings);
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
    validation::CensusForRules read = validation::read_census_text_for_rules(upload.content, name);
    const bool refused = read.file.unreadable || has_errors(read.file.problems);
    cin::CensusFile& file = read.file;
    std::size_t structural_errors = 0;
    for (const auto& p : file.problems) structural_errors += p.severity == Severity::Error;
    std::string record = "upload/" + name;
    if (refused) {
      validation::CheckedReturn report = validation::check_census(read, {});
      add_error(data, "census",
                fmt::format("{} was not imported: it has {} {}. Fix the file and upload it again.",
                            name, count_of(structural_errors), structural_errors == 1 ? "error" : "errors"));
      data["reports"] = nlohmann::json::array({report_view(report)});
      ctx.audit("census.upload", record, "", fmt::format("refused: {} errors", structural_errors));
      return ctx.page("data", std::move(data), 400);
    }
    try {
      auto outcome = ctx.store().import_census(
          file.census, {name, sha256_hex(upload.content), ctx.who->user.username});
      const auto h = file.census.header;
      const std::size_t children = file.census.children.size();
      std::string what = outcome == ImportOutcome::Unchanged ? "was already imported; nothing changed"
                         : outcome == ImportOutcome::Replaced
                             ? "was imported, replacing the earlier census of LA " + h.la
                             : "was imported";
      ctx.audit("census.upload", record, "",
                fmt::format("ok: {} children of LA {} ({})", children, h.la,
                            outcome == ImportOutcome::Unchanged ? "unchanged" : "imported"));
      // The DfE rules flag what the DfE would query or refuse; the census is in Lens either way.
      validation::CheckedReturn report = validation::check_census(read, {});
      data = data_page(ctx);
      data["success"] = fmt::format("{} {}: {} children, LA {}, {} census.", name, what, count_of(children), h.la,
                                    h.collection_year);
      if (report.errors() + report.warnings() > 0) {
        data["flagged"] = fmt::format(
            "The DfE validation rules found {} {} and {} {} in it: the DfE would refuse or query these when the "
            "census is submitted.",
            count_of(report.errors()), report.errors() == 1 ? "error" : "errors", count_of(report.warnings()),
            report.warnings() == 1 ? "warning" : "warnings");
        data["reports"] = nlohmann::json::array({report_view(report)});
      }
      ctx.page("data", std::move(data));
    } catch (const StoreError& e) {
      add_error(data, "census", std::string(e.what()));
      ctx.audit("census.upload", record, "", "refused: " + std::string(e.what()));
      ctx.page("data", std::move(data), 400);
    }
  });

  // Check without importing: a census, or the files of one SSDA903 return.
  site.post("/data/check", importers, [](Context& ctx) {
    nlohmann::json data = data_page(ctx);
    std::vector<ssda903::InputFile> files;
    if (ctx.req.is_multipart_form_data())
      for (auto [it, end] = ctx.req.files.equal_range("census"); it != end; ++it)
        if (!it->second.filename.empty()) files.push_back({it->second.filename, it->second.content});
    if (files.empty()) {
      add_error(data, "census", "Choose a file to check");
      return ctx.page("data", std::move(data), 400);
    }
    std::vector<validation::CheckedReturn> results = validation::check_uploads(files, {});
    nlohmann::json reports = nlohmann::json::array();
    for (const auto& r : results) reports.push_back(report_view(r));
    data["reports"] = reports;
    std::string record = "upload/" + files.front().name + (files.size() > 1 ? fmt::format(" and {} more", files.size() - 1) : "");
    ctx.audit("returns.check", record, "", "checked: " + outcome_of(results));
    ctx.page("data", std::move(data));
  });
}

}  // namespace lens::server
