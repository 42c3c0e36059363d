// The DuckDB side of the Lens measures benchmark: loads the CSV tables written by
// `lens_bench` (BM_ExportForDuckdb), runs bench/sql/measures.sql for (a) one authority-year and
// (b) every authority-year, checks the figures against Lens's (expected_*.csv), and prints the
// timings as one JSON line. Usage: node measures_duckdb.mjs DATA_DIR SQL_FILE [REPEATS]
import { DuckDBInstance } from '@duckdb/node-api';
import fs from 'node:fs';
import path from 'node:path';

const [dir, sqlFile, repeatArg] = process.argv.slice(2);
const repeats = Number(repeatArg ?? 5);
const statements = (text) =>
  text.split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);

const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await instance.connect();

let t = performance.now();
for (const s of statements(fs.readFileSync(path.join(dir, 'schema.sql'), 'utf8'))) await con.run(s);
for (const table of ['episodes', 'assessments', 'factors', 's47', 'plans', 'reviews', 'calendar', 'periods',
                     'population', 'source_groups'])
  await con.run(`COPY ${table} FROM '${path.join(dir, table + '.csv')}' (HEADER)`);
const loadMs = performance.now() - t;

const framework = statements(fs.readFileSync(sqlFile, 'utf8'));

async function checksums() {
  const reader = await con.runAndReadAll(`
    SELECT indicator, category, SUM(numerator)::BIGINT,
           SUM(CASE WHEN category = '' THEN COALESCE(denominator, 0) ELSE 0 END)::BIGINT, COUNT(*)::BIGINT
    FROM results WHERE numerator <> 0 GROUP BY indicator, category`);
  const out = new Map();
  for (const [indicator, category, n, d, rows] of reader.getRows())
    out.set(`${indicator},${category}`, `${n},${d},${rows}`);
  return out;
}

function expected(file) {
  const out = new Map();
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').trim().split('\n').slice(1)) {
    const [indicator, category, n, d, rows] = line.split(',');
    out.set(`${indicator},${category}`, `${n},${d},${rows}`);
  }
  return out;
}

function differences(want, got) {
  const out = [];
  for (const [k, v] of want) if (got.get(k) !== v) out.push(`${k}: Lens ${v} DuckDB ${got.get(k) ?? 'none'}`);
  for (const k of got.keys()) if (!want.has(k)) out.push(`${k}: only in DuckDB`);
  return out;
}

async function time(scopeSql, expectedFile) {
  await con.run('DELETE FROM scope');
  await con.run(scopeSql);
  const times = [];
  for (let i = 0; i < repeats; ++i) {
    const start = performance.now();
    for (const s of framework) await con.run(s);
    times.push(performance.now() - start);
  }
  const diff = differences(expected(expectedFile), await checksums());
  if (diff.length) {
    console.error(`DuckDB and Lens differ (${expectedFile}):\n${diff.slice(0, 20).join('\n')}`);
    process.exit(1);
  }
  times.sort((a, b) => a - b);
  return { min_ms: times[0], median_ms: times[Math.floor(times.length / 2)] };
}

const [la, fy] = fs.readFileSync(path.join(dir, 'scope_one.csv'), 'utf8').trim().split('\n')[1].split(',');
const one = await time(`INSERT INTO scope VALUES ('${la}', ${fy})`, 'expected_one.csv');
const panel = await time('INSERT INTO scope SELECT DISTINCT la, fy FROM population', 'expected_panel.csv');
console.log(JSON.stringify({ engine: 'duckdb', data: path.basename(dir), load_ms: loadMs, one, panel, agree: true }));
