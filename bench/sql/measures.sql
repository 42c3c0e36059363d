-- measures.sql — the CIN indicators of spec/indicators.md in SQL, for comparing Lens with SQL
-- engines (DuckDB, SQLite) on the same data. The same text runs on both.
--
-- Input tables (see bench/measures_tables.hpp): episodes, assessments, factors, s47, plans,
-- reviews; dates are day numbers (days since 1970-01-01) and a missing date is NULL. `calendar`
-- gives, for every day, the cumulative count of working days (so working days from A to B =
-- wd(B) - wd(A)), the financial year it falls in and the month arithmetic the spec uses
-- (plus3m, plus6m, minus12m, plus2y, clamped to month ends) — the same tables Lens works from.
-- `scope` lists the (la, fy) pairs to compute; `periods` the financial years' first and last
-- days; `population` the children aged 0-17; `source_groups` the referral source groups.
-- Output: `results(indicator, la, fy, category, numerator, denominator)`, category '' for the
-- headline figure and 'dimension:code' for the standing breakdowns.

DROP TABLE IF EXISTS r;
DROP TABLE IF EXISTS a;
DROP TABLE IF EXISTS s;
DROP TABLE IF EXISTS conf;
DROP TABLE IF EXISTS k;
DROP TABLE IF EXISTS pl;
DROP TABLE IF EXISTS op;
DROP TABLE IF EXISTS cur;
DROP TABLE IF EXISTS rv;
DROP TABLE IF EXISTS rl;
DROP TABLE IF EXISTS oe;
DELETE FROM results;

-- Referrals in scope, with whether the child had another referral in the 12 months before.
CREATE TABLE r AS
SELECT e.la, c.fy, e.episode, e.source, e.nfa,
       CASE WHEN e.prev >= c.minus12m THEN 1 ELSE 0 END AS rereferral,
       CASE WHEN e.episode IN (SELECT episode FROM assessments WHERE la IN (SELECT la FROM scope)) THEN 1 ELSE 0 END AS assessed
FROM (SELECT x.*, MAX(x.referral) OVER (PARTITION BY x.child ORDER BY x.referral
                                         RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev
      FROM episodes x WHERE x.la IN (SELECT la FROM scope)) e
JOIN calendar c ON c.day = e.referral
JOIN scope sc ON sc.la = e.la AND sc.fy = c.fy;

INSERT INTO results SELECT 'referrals', la, fy, '', COUNT(*), NULL FROM r GROUP BY la, fy;
INSERT INTO results SELECT 're_referrals_12m_pct', la, fy, '', SUM(rereferral), COUNT(*) FROM r GROUP BY la, fy;
INSERT INTO results SELECT 'referrals_nfa_pct', la, fy, '', SUM(nfa), COUNT(*) FROM r GROUP BY la, fy;
INSERT INTO results SELECT 'referral_to_assessment_pct', la, fy, '', SUM(assessed), COUNT(*) FROM r GROUP BY la, fy;
INSERT INTO results SELECT 'referrals_by_source', la, fy, '', COUNT(*), NULL FROM r GROUP BY la, fy;
INSERT INTO results SELECT 'referrals_by_source', la, fy, 'source:' || source, COUNT(*), NULL FROM r GROUP BY la, fy, source;
INSERT INTO results SELECT 'referrals_by_source', r.la, r.fy, 'source_group:' || g.grp, COUNT(*), NULL
  FROM r JOIN source_groups g ON g.source = r.source GROUP BY r.la, r.fy, g.grp;
INSERT INTO results SELECT 'referrals_rate', r.la, r.fy, '', COUNT(*), MIN(p.children)
  FROM r JOIN population p ON p.la = r.la AND p.fy = r.fy GROUP BY r.la, r.fy;

-- Assessments completed in scope, with their working days.
CREATE TABLE a AS
SELECT x.la, c2.fy, x.assessment, c2.wd - c1.wd AS wd
FROM assessments x
JOIN calendar c1 ON c1.day = x.start
JOIN calendar c2 ON c2.day = x.authorised
JOIN scope sc ON sc.la = x.la AND sc.fy = c2.fy;

INSERT INTO results SELECT 'assessments', la, fy, '', COUNT(*), NULL FROM a GROUP BY la, fy;
INSERT INTO results SELECT 'assessments_within_45wd_pct', la, fy, '', SUM(CASE WHEN wd <= 45 THEN 1 ELSE 0 END), COUNT(*)
  FROM a GROUP BY la, fy;
INSERT INTO results SELECT 'assessment_mean_wd', la, fy, '', SUM(wd), COUNT(*) FROM a GROUP BY la, fy;
INSERT INTO results SELECT 'assessment_factors', la, fy, '', COUNT(*), NULL FROM a GROUP BY la, fy;
INSERT INTO results SELECT 'assessment_factors', a.la, a.fy, 'factor:' || f.code, COUNT(DISTINCT a.assessment), NULL
  FROM a JOIN factors f ON f.assessment = a.assessment GROUP BY a.la, a.fy, f.code;
INSERT INTO results SELECT 'assessments_rate', a.la, a.fy, '', COUNT(*), MIN(p.children)
  FROM a JOIN population p ON p.la = a.la AND p.fy = a.fy GROUP BY a.la, a.fy;

-- Section 47 enquiries started in scope.
CREATE TABLE s AS
SELECT x.la, c.fy, CASE WHEN x.icpc IS NOT NULL AND x.not_required = 0 THEN 1 ELSE 0 END AS led
FROM s47 x JOIN calendar c ON c.day = x.start JOIN scope sc ON sc.la = x.la AND sc.fy = c.fy;

INSERT INTO results SELECT 's47', la, fy, '', COUNT(*), NULL FROM s GROUP BY la, fy;
INSERT INTO results SELECT 's47_to_icpc_pct', la, fy, '', SUM(led), COUNT(*) FROM s GROUP BY la, fy;
INSERT INTO results SELECT 's47_rate', s.la, s.fy, '', COUNT(*), MIN(p.children)
  FROM s JOIN population p ON p.la = s.la AND p.fy = s.fy GROUP BY s.la, s.fy;

-- Initial conferences: one per child and date, after the latest enquiry started on or before it.
CREATE TABLE conf AS
SELECT x.la, x.child, x.icpc,
       COALESCE(MAX(CASE WHEN x.start <= x.icpc THEN x.start END), MIN(x.start)) AS s47_start
FROM s47 x
WHERE x.icpc IS NOT NULL AND x.not_required = 0 AND x.la IN (SELECT la FROM scope)
GROUP BY x.la, x.child, x.icpc;

CREATE TABLE k AS
SELECT conf.la, c2.fy, c2.wd - c1.wd AS wd, CASE WHEN ps.child IS NULL THEN 0 ELSE 1 END AS planned
FROM conf
JOIN calendar c1 ON c1.day = conf.s47_start
JOIN calendar c2 ON c2.day = conf.icpc
JOIN scope sc ON sc.la = conf.la AND sc.fy = c2.fy
LEFT JOIN (SELECT DISTINCT child, start FROM plans WHERE la IN (SELECT la FROM scope)) ps
  ON ps.child = conf.child AND ps.start = conf.icpc;

INSERT INTO results SELECT 'icpc', la, fy, '', COUNT(*), NULL FROM k GROUP BY la, fy;
INSERT INTO results SELECT 'icpc_within_15wd_pct', la, fy, '', SUM(CASE WHEN wd <= 15 THEN 1 ELSE 0 END), COUNT(*)
  FROM k GROUP BY la, fy;
INSERT INTO results SELECT 'icpc_to_plan_pct', la, fy, '', SUM(planned), COUNT(*) FROM k GROUP BY la, fy;
INSERT INTO results SELECT 'icpc_rate', k.la, k.fy, '', COUNT(*), MIN(p.children)
  FROM k JOIN population p ON p.la = k.la AND p.fy = k.fy GROUP BY k.la, k.fy;

-- Child protection plans of the authorities in scope, with whether the child had an earlier one.
CREATE TABLE pl AS
SELECT x.*, CASE WHEN x.previous > 0 OR MIN(x.start) OVER (PARTITION BY x.child) < x.start THEN 1 ELSE 0 END AS earlier
FROM plans x WHERE x.la IN (SELECT la FROM scope);

INSERT INTO results SELECT 'cpp_started', pl.la, c.fy, '', COUNT(*), NULL
  FROM pl JOIN calendar c ON c.day = pl.start JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy GROUP BY pl.la, c.fy;
INSERT INTO results SELECT 'cpp_started', pl.la, c.fy, 'category:' || pl.initial, COUNT(*), NULL
  FROM pl JOIN calendar c ON c.day = pl.start JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy
  GROUP BY pl.la, c.fy, pl.initial;
INSERT INTO results SELECT 'cpp_second_or_subsequent_pct', pl.la, c.fy, '', SUM(pl.earlier), COUNT(*)
  FROM pl JOIN calendar c ON c.day = pl.start JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy GROUP BY pl.la, c.fy;
INSERT INTO results SELECT 'cpp_started_rate', pl.la, c.fy, '', COUNT(*), MIN(p.children)
  FROM pl JOIN calendar c ON c.day = pl.start JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy
  JOIN population p ON p.la = pl.la AND p.fy = c.fy GROUP BY pl.la, c.fy;
INSERT INTO results SELECT 'cpp_ended', pl.la, c.fy, '', COUNT(*), NULL
  FROM pl JOIN calendar c ON c.day = pl.ended JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy GROUP BY pl.la, c.fy;
INSERT INTO results SELECT 'cpp_ended_2y_plus_pct', pl.la, c.fy, '', SUM(CASE WHEN pl.ended >= cs.plus2y THEN 1 ELSE 0 END), COUNT(*)
  FROM pl JOIN calendar c ON c.day = pl.ended JOIN calendar cs ON cs.day = pl.start
  JOIN scope sc ON sc.la = pl.la AND sc.fy = c.fy GROUP BY pl.la, c.fy;

-- Plans open at the end of each year in scope; per child the newest and the first start.
CREATE TABLE op AS
SELECT sc.la, sc.fy, pe.end_day, pl.child, pl.plan, pl.start, pl.latest,
       ROW_NUMBER() OVER (PARTITION BY sc.fy, pl.child ORDER BY pl.start DESC, pl.plan DESC) AS newest,
       MIN(pl.start) OVER (PARTITION BY sc.fy, pl.child) AS first_start
FROM pl JOIN scope sc ON sc.la = pl.la JOIN periods pe ON pe.fy = sc.fy
WHERE pl.start <= pe.end_day AND (pl.ended IS NULL OR pl.ended > pe.end_day);

INSERT INTO results SELECT 'cpp_at_end', la, fy, '', COUNT(*), NULL FROM op WHERE newest = 1 GROUP BY la, fy;
INSERT INTO results SELECT 'cpp_at_end', la, fy, 'category:' || latest, COUNT(*), NULL FROM op WHERE newest = 1
  GROUP BY la, fy, latest;
INSERT INTO results SELECT 'cpp_at_end_rate', op.la, op.fy, '', COUNT(*), MIN(p.children)
  FROM op JOIN population p ON p.la = op.la AND p.fy = op.fy WHERE op.newest = 1 GROUP BY op.la, op.fy;
INSERT INTO results SELECT 'cpp_open_2y_plus_pct', op.la, op.fy, '', SUM(CASE WHEN c.plus2y <= op.end_day THEN 1 ELSE 0 END), COUNT(*)
  FROM op JOIN calendar c ON c.day = op.first_start WHERE op.newest = 1 GROUP BY op.la, op.fy;

-- Reviews of the current plans that had lasted 3 months: each on time, none overdue at the end.
CREATE TABLE cur AS
SELECT op.la, op.fy, op.end_day, op.plan, op.start
FROM op JOIN calendar c ON c.day = op.start WHERE op.newest = 1 AND c.plus3m <= op.end_day;

CREATE TABLE rv AS
SELECT cur.fy, cur.plan, rw.review,
       LAG(rw.review) OVER (PARTITION BY cur.fy, cur.plan ORDER BY rw.review) AS prev
FROM cur JOIN reviews rw ON rw.plan = cur.plan
WHERE rw.review >= cur.start AND rw.review <= cur.end_day;

CREATE TABLE rl AS
SELECT rv.fy, rv.plan,
       MAX(CASE WHEN rv.review > (CASE WHEN rv.prev IS NULL THEN cs.plus3m ELSE cp.plus6m END) THEN 1 ELSE 0 END) AS late,
       MAX(rv.review) AS last_review
FROM rv JOIN cur ON cur.fy = rv.fy AND cur.plan = rv.plan
JOIN calendar cs ON cs.day = cur.start
LEFT JOIN calendar cp ON cp.day = rv.prev
GROUP BY rv.fy, rv.plan;

INSERT INTO results
SELECT 'cpp_reviews_on_time_pct', cur.la, cur.fy, '',
       SUM(CASE WHEN COALESCE(rl.late, 0) = 0
                 AND cur.end_day <= (CASE WHEN rl.last_review IS NULL THEN cs.plus3m ELSE cl.plus6m END)
                THEN 1 ELSE 0 END),
       COUNT(*)
FROM cur LEFT JOIN rl ON rl.fy = cur.fy AND rl.plan = cur.plan
JOIN calendar cs ON cs.day = cur.start
LEFT JOIN calendar cl ON cl.day = rl.last_review
GROUP BY cur.la, cur.fy;

-- Children in need at the end of each year in scope: open, not NFA, the newest episode's need.
CREATE TABLE oe AS
SELECT sc.la, sc.fy, e.child, e.need,
       ROW_NUMBER() OVER (PARTITION BY sc.fy, e.child ORDER BY e.referral DESC, e.episode DESC) AS newest
FROM episodes e JOIN scope sc ON sc.la = e.la JOIN periods pe ON pe.fy = sc.fy
WHERE e.la IN (SELECT la FROM scope) AND e.referral <= pe.end_day AND (e.closure IS NULL OR e.closure > pe.end_day) AND e.nfa = 0;

INSERT INTO results SELECT 'cin_at_end', la, fy, '', COUNT(*), NULL FROM oe WHERE newest = 1 GROUP BY la, fy;
INSERT INTO results SELECT 'cin_at_end', la, fy, 'primary_need:' || need, COUNT(*), NULL FROM oe WHERE newest = 1
  GROUP BY la, fy, need;
INSERT INTO results SELECT 'cin_at_end_rate', oe.la, oe.fy, '', COUNT(*), MIN(p.children)
  FROM oe JOIN population p ON p.la = oe.la AND p.fy = oe.fy WHERE oe.newest = 1 GROUP BY oe.la, oe.fy;

-- Episodes closed in scope, by reason.
INSERT INTO results SELECT 'cin_closed_by_reason', e.la, c.fy, '', COUNT(*), NULL
  FROM episodes e JOIN calendar c ON c.day = e.closure JOIN scope sc ON sc.la = e.la AND sc.fy = c.fy
  WHERE e.la IN (SELECT la FROM scope) GROUP BY e.la, c.fy;
INSERT INTO results SELECT 'cin_closed_by_reason', e.la, c.fy, 'closure_reason:' || e.reason, COUNT(*), NULL
  FROM episodes e JOIN calendar c ON c.day = e.closure JOIN scope sc ON sc.la = e.la AND sc.fy = c.fy
  WHERE e.la IN (SELECT la FROM scope) GROUP BY e.la, c.fy, e.reason;
