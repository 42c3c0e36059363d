#include "server/measures_page.hpp"

#include "server/measures_view.hpp"
#include "server/routes.hpp"

namespace lens::server {

MeasuresPage open_measures_page(Context& ctx, MeasuresService& measures, const std::string& form_action) {
  MeasuresPage p;
  p.snapshot = measures.snapshot(ctx.store());
  const auto& reference = measures.reference();
  if (p.snapshot->authorities().empty()) {
    p.data["empty"] = true;
    p.data["can_import"] = ctx.can(Permission::ImportData);
    return p;
  }
  p.query = read_measures_query(ctx, ctx.store(), *p.snapshot, reference.directory);
  p.data["form"] = measures_form(p.query, *p.snapshot, reference.directory, ctx.store(), ctx.now, form_action);
  if (!p.query.error.empty()) {
    add_error(p.data, p.query.error_field, p.query.error);
    p.status = 400;
    return p;
  }
  p.ready = true;
  return p;
}

void describe_scorecard(nlohmann::json& data, const measures::Scorecard& card, const nlohmann::ordered_json& json) {
  data["area_name"] = card.area.name;
  data["period_label"] = card.period.label;
  data["period_text"] = period_text(card.period);
  data["previous_text"] = period_text(card.previous);
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& n : json["notes"]) {
    notes.push_back(capitalised(n.get<std::string>()) + ".");
  }
  data["has_notes"] = !notes.empty();
  data["notes"] = notes;
}

}  // namespace lens::server
