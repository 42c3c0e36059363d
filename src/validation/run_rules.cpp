#include "validation/run_rules.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace lens::validation {

std::vector<const Rule*> select_rules(const ReturnTables& r, const RuleFilter& filter) {
  int year = filter.collection_year ? filter.collection_year : r.collection_year;
  std::vector<const Rule*> out;
  for (const Rule& rule : all_rules()) {
    if (rule.kind != r.kind || !rule.applies_to(year)) continue;
    if (rule.severity == Severity::Error ? !filter.errors : !filter.warnings) continue;
    if (!filter.only.empty() &&
        std::find(filter.only.begin(), filter.only.end(), std::string(rule.code)) == filter.only.end())
      continue;
    out.push_back(&rule);
  }
  return out;
}

std::vector<Problem> findings_as_problems(const Rule& rule, const ReturnTables& r, const Findings& found) {
  std::vector<Problem> out;
  out.reserve(found.all().size());
  for (const Finding& f : found.all()) {
    Problem p;
    p.severity = rule.severity;
    p.rule = std::string(rule.code);
    p.message = std::string(rule.message);
    p.field = f.fields.empty() ? std::string(rule.fields) : f.fields;
    if (f.table) {
      p.file = f.table->file();
      p.line = f.table->line(f.row);
      p.child = std::string(f.table->child(f.row));
      p.table = f.table->name();
    } else {
      p.file = r.tables().empty() ? "" : r.tables().front().file();
      p.table = std::string(rule.tables);
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Problem> run_rules(const ReturnTables& r, const RuleFilter& filter) {
  std::vector<const Rule*> rules = select_rules(r, filter);
  std::vector<std::vector<Problem>> found(rules.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < rules.size();) {
      Findings f;
      rules[i]->check(r, f);
      found[i] = findings_as_problems(*rules[i], r, f);
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(),
                                                      static_cast<unsigned>(rules.size())));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  pool.clear();  // joins
  std::vector<Problem> out;
  for (auto& v : found) out.insert(out.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
  return out;
}

}  // namespace lens::validation
