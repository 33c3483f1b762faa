// Polku dashboard: fetches the reports with the analyst's token and draws them with Chart.js.
// The token is typed in by the analyst and kept in sessionStorage only; the page never contains one.
'use strict';

const TEXT = {
  fi: {
    title: 'Työkyvyn tuen palvelukokonaisuus', token: 'Analyytikon tunniste (token)', year: 'Vuosi',
    allYears: 'kaikki', refresh: 'Päivitä',
    tokenHint: 'Tunniste säilyy vain tämän välilehden istunnossa. Paikallisessa ympäristössä: ./polku token analyst',
    funnel: 'Asiakkaiden eteneminen', referrals: 'Lähetteet kuukausittain',
    employment: 'Työllistymisaste neljännesvuosittain (IPS)', outcomes: 'Tulokset palveluntuottajittain',
    timeToOwner: 'Aika asiakasvastaavaan (päivää)', gaps: 'Katvealueilla nyt',
    suppression: 'Alle viiden asiakkaan luvut näytetään muodossa <5, eikä niitä voi päätellä summista.',
    clients: 'Asiakkaita', referralsCount: 'Lähetteitä', rate: 'Työllistymisaste %', days: 'päivää',
    minimal: 'IPS vähimmäistaso 31 %', average: 'IPS keskitaso 41 %', excellent: 'IPS erinomainen 50 %',
    needToken: 'Anna analyytikon tunniste.', failed: 'Raporttien haku epäonnistui',
    steps: { registered: 'Rekisteröity', caseOwner: 'Asiakasvastaava', screening: 'Seulottu',
      teamAssessment: 'Työkykytiimin arvio', coachingStart: 'Työhönvalmennus', employedOpenLabourMarket: 'Työllistynyt avoimille' },
    gapNames: { NO_CASE_OWNER: 'Ei asiakasvastaavaa', COACHING_REFERRAL_NOT_STARTED: 'Valmennus ei alkanut',
      ASSESSMENT_NOT_ATTENDED: 'Arvio jäi väliin', FOLLOW_UP_OVERDUE: 'Jälkikontakti erääntynyt' }
  },
  en: {
    title: 'Work-ability support service package', token: 'Analyst token', year: 'Year', allYears: 'all',
    refresh: 'Refresh',
    tokenHint: 'The token is kept for this tab\'s session only. In the local stack: ./polku token analyst',
    funnel: 'Clients through the package', referrals: 'Referrals per month',
    employment: 'Quarterly employment rate (IPS)', outcomes: 'Outcomes per provider',
    timeToOwner: 'Time to case owner (days)', gaps: 'Clients in a gap now',
    suppression: 'Counts below five clients are shown as <5 and cannot be worked out from the totals.',
    clients: 'Clients', referralsCount: 'Referrals', rate: 'Employment rate %', days: 'days',
    minimal: 'IPS minimal 31 %', average: 'IPS average 41 %', excellent: 'IPS excellent 50 %',
    needToken: 'Enter the analyst token.', failed: 'Could not load the reports',
    steps: { registered: 'Registered', caseOwner: 'Case owner', screening: 'Screened',
      teamAssessment: 'Team assessment', coachingStart: 'Coaching', employedOpenLabourMarket: 'Employed (open market)' },
    gapNames: { NO_CASE_OWNER: 'No case owner', COACHING_REFERRAL_NOT_STARTED: 'Coaching not started',
      ASSESSMENT_NOT_ATTENDED: 'Missed assessment', FOLLOW_UP_OVERDUE: 'Follow-up overdue' }
  }
};

const state = { lang: sessionStorage.getItem('polku.lang') || 'fi', charts: {}, reports: null };

function t(key) { return TEXT[state.lang][key]; }

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

// A suppressed count has no value: the chart leaves a gap and the tooltip shows its display ("<5" or "..").
function values(counts) { return counts.map(c => c.value); }
function tooltipWith(displays) {
  return { callbacks: { label: ctx => `${ctx.dataset.label}: ${displays[ctx.datasetIndex]?.[ctx.dataIndex] ?? ctx.formattedValue}` } };
}

function draw(id, config) {
  if (state.charts[id]) { state.charts[id].destroy(); }
  state.charts[id] = new Chart(document.getElementById(id), config);
}

function render() {
  const { flow, referrals, coaching } = state.reports;
  const funnelCounts = flow.funnel.map(s => s.clients);
  draw('funnel', { type: 'bar', data: { labels: flow.funnel.map(s => t('steps')[s.step] || s.step),
    datasets: [{ label: t('clients'), data: values(funnelCounts), backgroundColor: '#2a6f97' }] },
    options: { indexAxis: 'y', plugins: { tooltip: tooltipWith([funnelCounts.map(c => c.display)]) } } });

  const months = referrals.byMonth.rows;
  draw('referrals', { type: 'bar', data: { labels: months.map(r => r.key),
    datasets: [{ label: t('referralsCount'), data: values(months.map(r => r.count)), backgroundColor: '#468faf' }] },
    options: { plugins: { tooltip: tooltipWith([months.map(r => r.count.display)]) } } });

  const overall = coaching.quarterlyEmployment.rates.filter(r => r.providerId === 'ALL');
  const quarters = overall.map(r => r.quarter);
  const benchmark = (key, percent, color) => ({ label: t(key), data: quarters.map(() => percent), borderColor: color,
    borderDash: [6, 4], pointRadius: 0, fill: false });
  draw('employment', { type: 'line', data: { labels: quarters, datasets: [
    { label: t('rate'), data: overall.map(r => r.ratePercent), borderColor: '#01497c', backgroundColor: '#01497c' },
    benchmark('minimal', coaching.quarterlyEmployment.benchmarks.MINIMAL, '#c1121f'),
    benchmark('average', coaching.quarterlyEmployment.benchmarks.AVERAGE, '#f4a261'),
    benchmark('excellent', coaching.quarterlyEmployment.benchmarks.EXCELLENT, '#2a9d8f')] },
    options: { scales: { y: { min: 0, max: 100 } } } });

  const outcomes = coaching.outcomes;
  const palette = ['#2a6f97', '#61a5c2', '#89c2d9', '#a9d6e5', '#014f86', '#f4a261', '#e76f51', '#2a9d8f'];
  draw('outcomes', { type: 'bar', data: { labels: outcomes.rows.map(r => r.key),
    datasets: outcomes.columns.map((outcome, i) => ({ label: outcome, backgroundColor: palette[i % palette.length],
      data: outcomes.rows.map(r => r.cells[i].value) })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true } },
      plugins: { tooltip: tooltipWith(outcomes.columns.map((_, i) => outcomes.rows.map(r => r.cells[i].display))) } } });

  const buckets = flow.daysToCaseOwner.rows;
  draw('timeToOwner', { type: 'bar', data: { labels: buckets.map(b => `${b.key} ${t('days')}`),
    datasets: [{ label: t('clients'), data: values(buckets.map(b => b.count)), backgroundColor: '#61a5c2' }] },
    options: { plugins: { tooltip: tooltipWith([buckets.map(b => b.count.display)]) } } });

  const gaps = flow.gaps.rows;
  draw('gaps', { type: 'bar', data: { labels: gaps.map(g => t('gapNames')[g.key] || g.key),
    datasets: [{ label: t('clients'), data: values(gaps.map(g => g.count)), backgroundColor: '#e76f51' }] },
    options: { indexAxis: 'y', plugins: { tooltip: tooltipWith([gaps.map(g => g.count.display)]) } } });
}

async function fetchReport(path, token, year) {
  const url = year ? `${path}?year=${encodeURIComponent(year)}` : path;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (!response.ok) { throw new Error(`${response.status} ${path}`); }
  return response.json();
}

async function load() {
  const status = document.getElementById('status');
  const token = document.getElementById('token').value.trim();
  const year = document.getElementById('year').value.trim();
  window.dashboardReady = false;
  if (!token) { status.textContent = t('needToken'); return; }
  sessionStorage.setItem('polku.token', token);
  try {
    const [flow, referrals, coaching] = await Promise.all(['flow', 'referrals', 'coaching']
      .map(name => fetchReport(`/api/v1/reports/${name}`, token, year)));
    state.reports = { flow, referrals, coaching };
    status.textContent = '';
    render();
    window.dashboardReady = true;
  } catch (e) {
    status.textContent = `${t('failed')}: ${e.message}`;
  }
}

function switchLanguage(lang) {
  state.lang = lang;
  sessionStorage.setItem('polku.lang', lang);
  applyLanguage();
  if (state.reports) { render(); }
}

document.getElementById('controls').addEventListener('submit', event => { event.preventDefault(); load(); });
document.getElementById('lang-fi').addEventListener('click', () => switchLanguage('fi'));
document.getElementById('lang-en').addEventListener('click', () => switchLanguage('en'));
document.getElementById('token').value = sessionStorage.getItem('polku.token') || '';
applyLanguage();
if (document.getElementById('token').value) { load(); }
