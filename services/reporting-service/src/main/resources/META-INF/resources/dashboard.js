// Polku dashboard: fetches the reports with the signed-in analyst's session cookie and draws them with Chart.js.
// The page holds no token: the sign-in (the county's identity provider, or the local stack's sign-in page) sets an
// HttpOnly session cookie that only the server reads.
'use strict';

const { t } = Polku;
const state = { charts: {}, reports: null };
const WITHHELD_COLOUR = '#9aa5ad';

// A withheld figure has no value: the chart draws its display ("<5" or "..") where the bar or point would be, so
// that it reads as withheld, not as zero, and the legend says what the mark means.
const suppressionMarks = {
  id: 'suppressionMarks',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const index = horizontal ? chart.scales.y : chart.scales.x;
    const value = horizontal ? chart.scales.x : chart.scales.y;
    ctx.save();
    ctx.font = 'bold 12px system-ui, sans-serif';
    ctx.fillStyle = WITHHELD_COLOUR;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.data.datasets.forEach((dataset, d) => {
      if (!dataset.displays || chart.getDatasetMeta(d).hidden) { return; }
      dataset.data.forEach((v, i) => {
        const display = dataset.displays[i];
        if (v !== null || !display) { return; }
        const along = index.getPixelForValue(i);
        const base = value.getPixelForValue(0) + (horizontal ? 4 + 18 * d : -2 - 14 * d);
        ctx.fillText(display, horizontal ? base : along, horizontal ? along : base);
      });
    });
    ctx.restore();
  }
};
Chart.register(suppressionMarks);

function legend() {
  return { labels: { generateLabels: chart => {
    const items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
    if (chart.data.datasets.some(d => (d.displays || []).some((s, i) => s && d.data[i] === null))) {
      items.push({ text: `<5, .. = ${t('withheld')}`, fillStyle: WITHHELD_COLOUR, strokeStyle: WITHHELD_COLOUR,
        lineWidth: 0, hidden: false, datasetIndex: -1 });
    }
    return items;
  } }, onClick: (event, item, legendControl) => {
    if (item.datasetIndex >= 0) { Chart.defaults.plugins.legend.onClick.call(legendControl, event, item, legendControl); }
  } };
}

function axes(indexTitle, valueTitle, horizontal, extra = {}) {
  const index = { title: { display: true, text: indexTitle }, ...(extra.index || {}) };
  const value = { title: { display: true, text: valueTitle }, beginAtZero: true, ...(extra.value || {}) };
  return horizontal ? { x: value, y: index } : { x: index, y: value };
}

// the dataset of counts: values for the bars, displays for the withheld ones and the tooltips
function counts(label, list, colour) {
  return { label, data: list.map(c => c.value), displays: list.map(c => (c.value === null ? c.display : null)),
    backgroundColor: colour };
}

function tooltips() {
  return { callbacks: { label: ctx => `${ctx.dataset.label}: ${ctx.dataset.displays?.[ctx.dataIndex] ?? ctx.formattedValue}` } };
}

function draw(id, type, labels, datasets, scales, horizontal = false) {
  if (state.charts[id]) { state.charts[id].destroy(); }
  state.charts[id] = new Chart(document.getElementById(id), { type, data: { labels, datasets },
    options: { indexAxis: horizontal ? 'y' : 'x', scales, plugins: { legend: legend(), tooltip: tooltips() } } });
}

function render() {
  const { flow, referrals, coaching } = state.reports;
  draw('funnel', 'bar', flow.funnel.map(s => t('steps')[s.step] || s.step),
    [counts(t('clients'), flow.funnel.map(s => s.clients), '#2a6f97')], axes(t('step'), t('clients'), true), true);

  const months = referrals.byMonth.rows;
  draw('referrals', 'bar', months.map(r => r.key), [counts(t('referralsCount'), months.map(r => r.count), '#468faf')],
    axes(t('month'), t('referralsCount')));

  const overall = coaching.quarterlyEmployment.rates.filter(r => r.providerId === 'ALL');
  const quarters = overall.map(r => r.quarter);
  const benchmark = (key, percent, colour) => ({ label: t(key), data: quarters.map(() => percent), borderColor: colour,
    backgroundColor: colour, borderDash: [6, 4], pointRadius: 0, fill: false });
  const rates = { label: t('rate'), data: overall.map(r => r.ratePercent), borderColor: '#01497c',
    backgroundColor: '#01497c', displays: overall.map(r => (r.ratePercent === null ? '..' : null)) };
  draw('employment', 'line', quarters, [rates,
    benchmark('minimal', coaching.quarterlyEmployment.benchmarks.MINIMAL, '#c1121f'),
    benchmark('average', coaching.quarterlyEmployment.benchmarks.AVERAGE, '#f4a261'),
    benchmark('excellent', coaching.quarterlyEmployment.benchmarks.EXCELLENT, '#2a9d8f')],
    axes(t('quarter'), t('percent'), false, { value: { min: 0, max: 100 } }));

  const outcomes = coaching.outcomes;
  const palette = ['#2a6f97', '#61a5c2', '#89c2d9', '#a9d6e5', '#014f86', '#f4a261', '#e76f51', '#2a9d8f', '#264653'];
  draw('outcomes', 'bar', outcomes.rows.map(r => r.key), outcomes.columns.map((outcome, i) =>
    counts(t('outcomeNames')[outcome] || outcome, outcomes.rows.map(r => r.cells[i]), palette[i % palette.length])),
    axes(t('provider'), t('clients'), false, { index: { stacked: true }, value: { stacked: true } }));

  const buckets = flow.daysToCaseOwner.rows;
  draw('timeToOwner', 'bar', buckets.map(b => b.key), [counts(t('clients'), buckets.map(b => b.count), '#61a5c2')],
    axes(t('daysToOwner'), t('clients')));

  const gaps = flow.gaps.rows;
  draw('gaps', 'bar', gaps.map(g => t('gapNames')[g.key] || g.key),
    [counts(t('clients'), gaps.map(g => g.count), '#e76f51')], axes(t('gap'), t('clients'), true), true);

  draw('whereNow', 'bar', flow.whereNow.map(p => t('placeNames')[p.place] || p.place),
    [counts(t('clients'), flow.whereNow.map(p => p.clients), '#2a9d8f')], axes(t('place'), t('clients'), true), true);
}

async function fetchReport(path, year) {
  const url = year ? `${path}?year=${encodeURIComponent(year)}` : path;
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) { throw Object.assign(new Error('401'), { signedOut: true }); }
  if (!response.ok) { throw new Error(`${response.status} ${path}`); }
  return response.json();
}

async function load() {
  const status = document.getElementById('status');
  const year = document.getElementById('year').value.trim();
  window.dashboardReady = false;
  try {
    const [flow, referrals, coaching] = await Promise.all(['flow', 'referrals', 'coaching']
      .map(name => fetchReport(`/api/v1/reports/${name}`, year)));
    state.reports = { flow, referrals, coaching };
    status.textContent = '';
    document.getElementById('signed-out').hidden = true;
    render();
    window.dashboardReady = true;
  } catch (e) {
    status.textContent = e.signedOut ? t('signedOut') : `${t('failed')}: ${e.message}`;
    document.getElementById('signed-out').hidden = !e.signedOut;
  }
}

document.getElementById('controls').addEventListener('submit', event => { event.preventDefault(); load(); });
// the page's policy allows no form submissions (form-action 'none'): sign-out is a same-origin request
document.getElementById('sign-out').addEventListener('click', async () => {
  await fetch('/sign-out', { method: 'POST', credentials: 'same-origin', redirect: 'manual' });
  window.location.assign('/sign-in.html');
});
Polku.initLanguage(() => { if (state.reports) { render(); } });
load();
