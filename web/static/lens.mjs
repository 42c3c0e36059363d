// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend's components, and charts drawn from the tables that carry the numbers.
import { initAll } from '/vendor/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A table with data-chart="line|bar" becomes a chart above it: the first column gives the
// labels, every column whose header has data-series gives a series (numbers read from the
// cell's data-value). The table stays, for screen readers and for anyone who wants the numbers.
function drawCharts() {
  if (typeof window.Chart === 'undefined') return;
  for (const table of document.querySelectorAll('table[data-chart]')) {
    const headers = [...table.querySelectorAll('thead th')];
    const seriesColumns = headers
      .map((th, i) => ({ th, i }))
      .filter(({ th }) => th.hasAttribute('data-series'));
    const rows = [...table.querySelectorAll('tbody tr')];
    const labels = rows.map((tr) => tr.cells[0].textContent.trim());
    const colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];
    const datasets = seriesColumns.map(({ th, i }, n) => ({
      label: th.textContent.trim(),
      data: rows.map((tr) => {
        const v = tr.cells[i] && tr.cells[i].dataset.value;
        return v === undefined || v === '' ? null : Number(v);
      }),
      borderColor: colours[n % colours.length],
      backgroundColor: colours[n % colours.length],
      spanGaps: true,
    }));
    if (!labels.length || !datasets.length) continue;
    // Counts get whole-number ticks (no "0.5 children").
    const whole = datasets.every((d) => d.data.every((v) => v === null || Number.isInteger(v)));
    const box = document.createElement('div');
    box.className = 'lens-chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (table.caption ? table.caption.textContent.trim() : 'Chart') + ' (the table below has the numbers)');
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: table.dataset.chart === 'bar' ? 'bar' : 'line',
      data: { labels, datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
                 scales: whole ? { y: { ticks: { precision: 0 } } } : {},
                 plugins: { legend: { position: 'bottom' } } },
    });
  }
}

if (document.readyState === 'complete') drawCharts();
else window.addEventListener('load', drawCharts);
