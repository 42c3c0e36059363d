#include "store/looked_after_tables.hpp"

#include <map>

#include "store/store.hpp"

namespace lens::looked_after_tables {
namespace {

Value text(const std::string& s) { return s; }
Value date(const OptDate& d) { return d ? Value(d->iso()) : std::nullopt; }
Value date(Date d) { return d.iso(); }
Value number(std::int64_t n) { return std::to_string(n); }
Value opt_number(const std::optional<int>& n) { return n ? number(*n) : std::nullopt; }
Value flag(const std::optional<bool>& b) { return b ? number(*b ? 1 : 0) : std::nullopt; }

std::string need(const Value& v, const char* what) {
  if (!v) throw StoreError(std::string("the store holds a looked-after record with no ") + what);
  return *v;
}
Date need_date(const Value& v, const char* what) {
  auto d = Date::parse(need(v, what));
  if (!d)
    throw StoreError(std::string("the store holds a looked-after record whose ") + what + " '" +
                     *v + "' is not a date");
  return *d;
}
OptDate opt_date(const Value& v, const char* what) {
  return v ? OptDate(need_date(v, what)) : std::nullopt;
}
int integer(const Value& v, const char* what) { return std::stoi(need(v, what)); }
std::optional<int> opt_integer(const Value& v) {
  return v ? std::optional<int>(std::stoi(*v)) : std::nullopt;
}
std::optional<bool> opt_flag(const Value& v) {
  return v ? std::optional<bool>(std::stoi(*v) != 0) : std::nullopt;
}
std::string code(const Value& v) { return v.value_or(""); }

}  // namespace

const TableSpec& spec(Table t) {
  static const std::array<TableSpec, kTableCount> specs = {{
      {"lac_child",
       {"la", "child_id", "collection_year", "upn", "sex", "birth_date", "ethnicity", "mother",
        "mother_child_birth_date"},
       "la, child_id, collection_year"},
      {"lac_episode",
       {"la", "child_id", "collection_year", "seq", "start_date", "reason_new", "legal_status",
        "category_of_need", "placement", "provider", "end_date", "reason_ceased",
        "reason_place_change", "home_postcode", "placement_postcode", "urn"},
       "la, child_id, collection_year, seq"},
      {"lac_review", {"la", "child_id", "collection_year", "seq", "review_date", "participation"},
       "la, child_id, collection_year, seq"},
      {"lac_missing",
       {"la", "child_id", "collection_year", "seq", "kind", "start_date", "end_date"},
       "la, child_id, collection_year, seq"},
      {"lac_uasc", {"la", "child_id", "collection_year", "ceased_date"},
       "la, child_id, collection_year"},
      {"lac_health",
       {"la", "child_id", "collection_year", "sdq_score", "sdq_reason", "convicted", "health_check",
        "immunisations", "teeth_check", "health_assessment", "substance_misuse",
        "intervention_received", "intervention_offered"},
       "la, child_id, collection_year"},
      {"lac_care_leaver",
       {"la", "child_id", "collection_year", "in_touch", "activity", "accommodation"},
       "la, child_id, collection_year"},
      {"lac_adoption",
       {"la", "child_id", "collection_year", "should_be_placed_date", "matched_date",
        "foster_carer", "adopters", "adopter_sex", "adopter_legal_status"},
       "la, child_id, collection_year"},
      {"lac_placed_adoption",
       {"la", "child_id", "collection_year", "seq", "decided_date", "reversed_date", "reason"},
       "la, child_id, collection_year, seq"},
      {"lac_previous_permanence",
       {"la", "child_id", "collection_year", "prev_perm", "perm_la", "perm_date"},
       "la, child_id, collection_year"},
      {"lac_social_worker",
       {"la", "child_id", "collection_year", "seq", "worker", "start_date", "end_date", "reason"},
       "la, child_id, collection_year, seq"},
  }};
  return specs[t];
}

void flatten(const std::string& la, int collection_year, const LookedAfterChild& c,
             const std::function<void(Table, const Row&)>& sink) {
  const Value id = c.la_child_id, y = number(collection_year);
  sink(kChild, {la, id, y, text(c.upn), text(c.sex), date(c.birth), text(c.ethnicity),
                text(c.mother), date(c.mother_child_birth)});
  for (std::size_t i = 0; i < c.episodes.size(); ++i) {
    const LacEpisode& e = c.episodes[i];
    sink(kEpisode, {la, id, y, number(static_cast<std::int64_t>(i)), date(e.start), e.reason_new,
                    e.legal_status, e.category_of_need, e.placement, e.provider, date(e.end),
                    e.reason_ceased, e.reason_place_change, e.home_postcode, e.placement_postcode,
                    e.urn});
  }
  for (std::size_t i = 0; i < c.reviews.size(); ++i)
    sink(kReview, {la, id, y, number(static_cast<std::int64_t>(i)), date(c.reviews[i].date),
                   c.reviews[i].participation});
  for (std::size_t i = 0; i < c.missing.size(); ++i)
    sink(kMissing, {la, id, y, number(static_cast<std::int64_t>(i)), c.missing[i].kind,
                    date(c.missing[i].start), date(c.missing[i].end)});
  for (const auto& u : c.uasc) sink(kUasc, {la, id, y, date(u.ceased)});
  for (const auto& h : c.health)
    sink(kHealth, {la, id, y, opt_number(h.sdq_score), h.sdq_reason, flag(h.convicted),
                   flag(h.health_check), flag(h.immunisations), flag(h.teeth_check),
                   flag(h.health_assessment), flag(h.substance_misuse),
                   flag(h.intervention_received), flag(h.intervention_offered)});
  for (const auto& o : c.care_leaver)
    sink(kCareLeaver, {la, id, y, o.in_touch, o.activity, o.accommodation});
  for (const auto& a : c.adoptions)
    sink(kAdoption, {la, id, y, date(a.should_be_placed), date(a.matched), flag(a.foster_carer),
                     opt_number(a.adopters), a.adopter_sex, a.adopter_legal_status});
  for (std::size_t i = 0; i < c.placed_for_adoption.size(); ++i) {
    const PlacedForAdoption& p = c.placed_for_adoption[i];
    sink(kPlacedAdoption, {la, id, y, number(static_cast<std::int64_t>(i)), date(p.decided),
                           date(p.reversed), p.reason});
  }
  for (const auto& p : c.previous_permanence)
    sink(kPreviousPermanence, {la, id, y, p.option, p.la, p.date});
  for (std::size_t i = 0; i < c.social_workers.size(); ++i) {
    const SocialWorkerEpisode& s = c.social_workers[i];
    sink(kSocialWorker, {la, id, y, number(static_cast<std::int64_t>(i)), s.worker, date(s.start),
                         date(s.end), s.reason});
  }
}

void assemble(const std::array<Cursor*, kTableCount>& cursors,
              const std::function<void(LookedAfterChild&&)>& visit) {
  Cursor& child = *cursors[kChild];
  while (child.valid()) {
    const Value la = child.get(0), id = child.get(1);
    std::vector<LookedAfterChild> years;
    std::map<int, std::size_t> year_index;
    for (; child.valid() && child.get(1) == id && child.get(0) == la; child.next()) {
      LookedAfterChild c;
      c.la = need(la, "la");
      c.la_child_id = need(id, "child id");
      int year = integer(child.get(2), "collection year");
      c.years = {year};
      c.upn = code(child.get(3));
      c.sex = code(child.get(4));
      c.birth = opt_date(child.get(5), "birth date");
      c.ethnicity = code(child.get(6));
      c.mother = code(child.get(7));
      c.mother_child_birth = opt_date(child.get(8), "mother's child's birth date");
      year_index[year] = years.size();
      years.push_back(std::move(c));
    }
    // The rows of this child are the next rows of every other scan, each for one of its years.
    auto rows_of = [&](Table t, const std::function<void(const Cursor&, LookedAfterChild&, int)>& take) {
      Cursor& cur = *cursors[t];
      for (; cur.valid() && cur.get(1) == id && cur.get(0) == la; cur.next()) {
        int year = integer(cur.get(2), "collection year");
        auto it = year_index.find(year);
        if (it == year_index.end())
          throw StoreError("the store is inconsistent: a looked-after record refers to a missing child-year");
        take(cur, years[it->second], year);
      }
    };
    rows_of(kEpisode, [](const Cursor& r, LookedAfterChild& c, int) {
      c.episodes.push_back({need_date(r.get(4), "episode start"), code(r.get(5)), code(r.get(6)),
                            code(r.get(7)), code(r.get(8)), code(r.get(9)),
                            opt_date(r.get(10), "episode end"), code(r.get(11)), code(r.get(12)),
                            code(r.get(13)), code(r.get(14)), code(r.get(15))});
    });
    rows_of(kReview, [](const Cursor& r, LookedAfterChild& c, int) {
      c.reviews.push_back({need_date(r.get(4), "review date"), code(r.get(5))});
    });
    rows_of(kMissing, [](const Cursor& r, LookedAfterChild& c, int) {
      c.missing.push_back({code(r.get(4)), need_date(r.get(5), "missing start"),
                           opt_date(r.get(6), "missing end")});
    });
    rows_of(kUasc, [](const Cursor& r, LookedAfterChild& c, int year) {
      c.uasc.push_back({year, opt_date(r.get(3), "UASC ceased date")});
    });
    rows_of(kHealth, [](const Cursor& r, LookedAfterChild& c, int year) {
      c.health.push_back({year, opt_integer(r.get(3)), code(r.get(4)), opt_flag(r.get(5)),
                          opt_flag(r.get(6)), opt_flag(r.get(7)), opt_flag(r.get(8)),
                          opt_flag(r.get(9)), opt_flag(r.get(10)), opt_flag(r.get(11)),
                          opt_flag(r.get(12))});
    });
    rows_of(kCareLeaver, [](const Cursor& r, LookedAfterChild& c, int year) {
      c.care_leaver.push_back({year, code(r.get(3)), code(r.get(4)), code(r.get(5))});
    });
    rows_of(kAdoption, [](const Cursor& r, LookedAfterChild& c, int year) {
      c.adoptions.push_back({year, opt_date(r.get(3), "should be placed date"),
                             opt_date(r.get(4), "matched date"), opt_flag(r.get(5)),
                             opt_integer(r.get(6)), code(r.get(7)), code(r.get(8))});
    });
    rows_of(kPlacedAdoption, [](const Cursor& r, LookedAfterChild& c, int) {
      c.placed_for_adoption.push_back({need_date(r.get(4), "adoption decision date"),
                                       opt_date(r.get(5), "adoption decision reversed date"),
                                       code(r.get(6))});
    });
    rows_of(kPreviousPermanence, [](const Cursor& r, LookedAfterChild& c, int year) {
      c.previous_permanence.push_back({year, code(r.get(3)), code(r.get(4)), code(r.get(5))});
    });
    rows_of(kSocialWorker, [](const Cursor& r, LookedAfterChild& c, int) {
      c.social_workers.push_back({code(r.get(4)), need_date(r.get(5), "social worker start"),
                                  opt_date(r.get(6), "social worker end"), code(r.get(7))});
    });
    visit(merge_years(std::move(years)));
  }
}

}  // namespace lens::looked_after_tables
