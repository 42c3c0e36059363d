#include "measures/engine.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "measures/scope.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

std::vector<Dim> dims_for(const Indicator& i, const std::vector<Dim>& by) {
  std::vector<Dim> dims = i.always;
  for (Dim d : by)
    if (std::find(i.breakdowns.begin(), i.breakdowns.end(), d) != i.breakdowns.end() &&
        std::find(dims.begin(), dims.end(), d) == dims.end())
      dims.push_back(d);
  return dims;
}

std::string authority_name(const std::string& code, const EngineContext& ctx) {
  if (ctx.directory)
    if (const auto* a = ctx.directory->by_la_code(code)) return fmt::format("{} ({})", a->name, code);
  return "LA " + code;
}

Result rate_result(const Indicator& rate, const Result& base, const Request& req, const Scope& scope,
                   const Snapshot& s, const EngineContext& ctx) {
  Result r;
  r.indicator = &rate;
  r.figure.numerator = base.figure.numerator;
  // spec: the ONS mid-year estimate for the year the period starts in.
  const int year = req.period.start.year();
  if (!ctx.population) {
    r.notes.push_back("no population figures are loaded, so the rate is not known");
    return r;
  }
  std::int64_t children = 0;
  for (auto a : scope.authorities()) {
    const std::string& code = s.authorities()[a].code;
    auto n = ctx.population->children(code, year);
    if (!n) {
      r.notes.push_back(fmt::format("no mid-{} estimate of children aged 0 to 17 for {}, so the rate is not known",
                                    year, authority_name(code, ctx)));
      continue;
    }
    children += *n;
  }
  if (!r.notes.empty()) return r;
  r.figure.denominator = children;
  r.figure.value = ratio(base.figure.numerator, children, 10000.0);
  return r;
}

// Whether any of the authorities has records of the return an indicator is computed from.
bool holds(const Snapshot& s, const std::vector<std::uint16_t>& authorities, Source source) {
  for (auto a : authorities) {
    const Authority& au = s.authorities()[a];
    if (source == Source::Ssda903 ? au.looked_after.size() > 0 : au.episodes.size() > 0) return true;
  }
  return false;
}

void not_held(Result& r) {
  r.figure.value.reset();
  r.median.reset();
  for (auto& b : r.breakdowns)
    for (auto& row : b.rows) {
      row.figure.value.reset();
      row.share.reset();
    }
  r.notes.push_back(r.indicator->source == Source::Ssda903
                        ? "no SSDA903 return (children looked after) is loaded for this area, so the figure is not known"
                        : "no CIN census is loaded for this area, so the figure is not known");
}

}  // namespace

std::vector<const Indicator*> select_indicators(const std::vector<std::string>& ids) {
  if (ids.empty()) return all_indicators();
  std::vector<const Indicator*> out;
  for (const auto& id : ids) {
    const Indicator* i = find_indicator(id);
    if (!i) throw MeasuresError("unknown indicator '" + id + "'; `lens measures --list` shows them all");
    if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  }
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->order < b->order; });
  return out;
}

std::vector<Result> compute(const Snapshot& s, const Request& req, const EngineContext& ctx) {
  std::vector<std::uint16_t> authorities;
  if (req.authorities.empty()) {
    for (std::size_t i = 0; i < s.authorities().size(); ++i) authorities.push_back(static_cast<std::uint16_t>(i));
  } else {
    for (const auto& code : req.authorities) {
      int i = s.find_authority(code);
      if (i < 0) throw MeasuresError("there are no records for " + authority_name(code, ctx) + " in the data");
      authorities.push_back(static_cast<std::uint16_t>(i));
    }
    std::sort(authorities.begin(), authorities.end());
    authorities.erase(std::unique(authorities.begin(), authorities.end()), authorities.end());
  }
  const Scope scope(s, req.period, authorities);
  const auto indicators = req.indicators.empty() ? all_indicators() : req.indicators;

  // What must be tallied: every requested indicator with a computation, and the counts the
  // requested rates divide.
  std::vector<const Indicator*> work;
  auto need = [&](const Indicator* i) {
    if (std::find(work.begin(), work.end(), i) == work.end()) work.push_back(i);
  };
  for (const Indicator* i : indicators) {
    if (!i->rate_of.empty()) {
      const Indicator* base = find_indicator(i->rate_of);
      if (!base) throw MeasuresError(fmt::format("indicator {} is a rate of {}, which is not registered", i->id, i->rate_of));
      need(base);
    } else {
      need(i);
    }
  }

  std::vector<Result> tallied(work.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto worker = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < work.size();) {
      try {
        const Indicator& ind = *work[k];
        Tally tally(s, dims_for(ind, req.by));
        ind.compute(scope, tally);
        tallied[k] = finish(ind, tally);
      } catch (...) {
        std::lock_guard<std::mutex> g(failure_lock);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  unsigned threads = ctx.threads ? ctx.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(work.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  std::map<const Indicator*, const Result*> by_indicator;
  for (const auto& r : tallied) by_indicator[r.indicator] = &r;
  std::vector<Result> out;
  out.reserve(indicators.size());
  for (const Indicator* i : indicators) {
    if (i->rate_of.empty()) {
      out.push_back(*by_indicator.at(i));
    } else {
      out.push_back(rate_result(*i, *by_indicator.at(find_indicator(i->rate_of)), req, scope, s, ctx));
    }
    if (!holds(s, authorities, i->source)) not_held(out.back());
  }
  return out;
}

std::vector<std::vector<Result>> compute_each_authority(const Snapshot& s, const Request& req,
                                                        const EngineContext& ctx) {
  const std::size_t n = s.authorities().size();
  std::vector<std::vector<Result>> out(n);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  EngineContext one = ctx;
  one.threads = 1;  // parallel across authorities instead
  auto worker = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < n;) {
      try {
        Request r = req;
        r.authorities = {s.authorities()[k].code};
        out[k] = compute(s, r, one);
      } catch (...) {
        std::lock_guard<std::mutex> g(failure_lock);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  unsigned threads = ctx.threads ? ctx.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(n, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return out;
}

}  // namespace lens::measures
