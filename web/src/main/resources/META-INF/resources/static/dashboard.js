// The municipal dashboard: key figures and three charts, kept live by the figures' event stream.
(function () {
  'use strict';

  const CARE_FUNCTIONS = plekwijzer.LABELS.KINDS;
  const { tell } = plekwijzer;

  const section = document.getElementById('dashboard');
  const municipality = section.dataset.gemeente;
  const scope = municipality ? 'municipalityCode=' + encodeURIComponent(municipality) : '';

  // [figure, label] in the order of the table; a heading row is [null, label].
  const KEY_FIGURES = [
    [null, 'Capaciteit'],
    ['places', 'Plaatsen'], ['availablePlaces', 'Beschikbare plaatsen'],
    ['admissiblePlaces', 'Toelaatbare plaatsen'], ['occupiedPlaces', 'Bezette plaatsen'],
    ['heldBackPlaces', 'Achtergehouden plaatsen'], ['heldForProposals', 'Vastgehouden voor een voorstel'],
    ['occupancyPercent', 'Bezettingsgraad (%)'], ['staleUnitsPercent', 'Eenheden zonder recente melding (%)'],
    [null, 'Wachten'],
    ['waitingYouths', 'Wachtende jeugdigen (ontdubbeld)'], ['medianWaitingDays', 'Wachttijd, mediaan (dagen)'],
    ['p90WaitingDays', 'Wachttijd, 90e percentiel (dagen)'], ['unmetNeeds', 'Niet te vervullen vragen deze maand'],
    [null, 'Plaatsingen'],
    ['activePlacements', 'Lopende plaatsingen'], ['bridgingPlacements', 'Overbruggingsplaatsingen'],
    ['crisisStaysPast28Days', 'Crisisverblijf langer dan 28 dagen'],
    [null, 'Stromen deze maand'],
    ['inflow', 'Instroom'], ['throughflow', 'Doorstroom'], ['outflow', 'Uitstroom'],
    ['replacements', 'Herplaatsingen'], ['declinedProposals', 'Afgewezen voorstellen']
  ];
  // Breakdowns below the key figures, with the rows the figures have: [prefix, heading, labels].
  const BREAKDOWNS = [
    ['referrers.', 'Aanmeldingen deze maand, naar verwijzer', { WIJKTEAM: 'Wijkteam', GI: 'Gecertificeerde instelling',
      HUISARTS: 'Huisarts', RECHTER: 'Rechter', OTHER: 'Anders', UNKNOWN: 'Onbekend' }],
    ['unmetNeedsByAge.', 'Niet te vervullen vragen, naar leeftijd', { UNKNOWN: 'Onbekend' }],
    ['unmetNeedsByGender.', 'Niet te vervullen vragen, naar geslacht', { F: 'Meisje', M: 'Jongen', X: 'Anders',
      UNKNOWN: 'Onbekend' }]
  ];
  const COLOURS = { own: '#0b6e6e', region: '#b7c4cf', previous: '#7fb7b7' };

  let history = [];
  let charts = null;

  // Figures that measure rather than count: without enough to measure (or with a hidden count) null.
  const MEASURES = ['medianWaitingDays', 'p90WaitingDays', 'occupancyPercent', 'staleUnitsPercent'];

  // A count of 1-4 comes as null and is shown as "<5"; a measure without a value as "–".
  function shown(figures, name) {
    if (!(name in figures)) return '–';
    const value = figures[name];
    if (value !== null) return String(value);
    return MEASURES.includes(name.split('.')[0]) ? '–' : '<5';
  }

  function rowsOf(snapshot) {
    const rows = KEY_FIGURES.slice();
    for (const [prefix, heading, labels] of BREAKDOWNS) {
      const names = [...new Set([...Object.keys(snapshot.figures), ...Object.keys(snapshot.region)])]
        .filter(name => name.startsWith(prefix))
        .sort((a, b) => (parseInt(a.substring(prefix.length), 10) || 0) - (parseInt(b.substring(prefix.length), 10) || 0)
          || a.localeCompare(b));
      if (names.length === 0) continue;
      rows.push([null, heading]);
      names.forEach(name => {
        const value = name.substring(prefix.length);
        rows.push([name, labels[value] || (prefix === 'unmetNeedsByAge.' ? value + ' jaar' : value)]);
      });
    }
    return rows;
  }

  function renderTable(snapshot) {
    const body = document.getElementById('kerncijfers');
    body.replaceChildren(...rowsOf(snapshot).map(([name, label]) => {
      const row = document.createElement('tr');
      if (name === null) {
        row.className = 'kop';
        row.innerHTML = '<td colspan="3"></td>';
        row.firstChild.textContent = label;
        return row;
      }
      row.id = 'cijfer-' + name.replace('.', '-');
      for (const [text, numeric] of [[label, false], [shown(snapshot.figures, name), true],
                                     [shown(snapshot.region, name), true]]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (numeric) cell.className = 'getal';
        row.appendChild(cell);
      }
      return row;
    }));
  }

  function careFunctionsIn(snapshot) {
    const found = new Set();
    for (const figures of [snapshot.figures, snapshot.region]) {
      for (const name of Object.keys(figures)) {
        const [base, careFunction] = name.split('.');
        if (base === 'waitingYouths' && careFunction in CARE_FUNCTIONS) found.add(careFunction);
      }
    }
    return Object.keys(CARE_FUNCTIONS).filter(careFunction => found.has(careFunction));
  }

  function dayLabel(isoDay) {
    const [, month, day] = isoDay.split('-');
    return day + '-' + month;
  }

  function createCharts() {
    const common = { responsive: true, animation: false, plugins: { legend: { position: 'bottom' } } };
    const ownLabel = municipality ? 'Gemeente' : 'Regio';
    return {
      available: new Chart(document.getElementById('grafiek-beschikbaar'), {
        type: 'line',
        data: { labels: [], datasets: [{ label: 'Beschikbare plaatsen', data: [], borderColor: COLOURS.own,
          backgroundColor: COLOURS.own, tension: 0.2 }] },
        options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      }),
      waiting: new Chart(document.getElementById('grafiek-wachttijd'), {
        type: 'bar',
        data: { labels: [], datasets: [
          { label: ownLabel, data: [], backgroundColor: COLOURS.own },
          { label: 'Regio', data: [], backgroundColor: COLOURS.region }] },
        options: { ...common, scales: { y: { beginAtZero: true, title: { display: true, text: 'dagen' } } } }
      }),
      flows: new Chart(document.getElementById('grafiek-stromen'), {
        type: 'bar',
        data: { labels: ['Instroom', 'Doorstroom', 'Uitstroom'], datasets: [
          { label: ownLabel + ', deze maand', data: [], backgroundColor: COLOURS.own },
          { label: ownLabel + ', vorige maand', data: [], backgroundColor: COLOURS.previous },
          { label: 'Regio, deze maand', data: [], backgroundColor: COLOURS.region }] },
        options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      })
    };
  }

  function renderCharts(snapshot) {
    const today = snapshot.computedAt.substring(0, 10);
    const days = history.filter(day => day.day !== today)
      .map(day => [day.day, day.figures.availablePlaces ?? null]);
    days.push([today, snapshot.figures.availablePlaces ?? null]);
    charts.available.data.labels = days.map(([day]) => dayLabel(day));
    charts.available.data.datasets[0].data = days.map(([, value]) => value);

    const careFunctions = careFunctionsIn(snapshot);
    charts.waiting.data.labels = careFunctions.map(careFunction => CARE_FUNCTIONS[careFunction]);
    charts.waiting.data.datasets[0].data = careFunctions.map(cf => snapshot.figures['medianWaitingDays.' + cf] ?? null);
    charts.waiting.data.datasets[1].data = careFunctions.map(cf => snapshot.region['medianWaitingDays.' + cf] ?? null);

    const flows = ['inflow', 'throughflow', 'outflow'];
    charts.flows.data.datasets[0].data = flows.map(name => snapshot.figures[name] ?? null);
    charts.flows.data.datasets[1].data = flows.map(name => snapshot.figures[name + 'PreviousMonth'] ?? null);
    charts.flows.data.datasets[2].data = flows.map(name => snapshot.region[name] ?? null);
    Object.values(charts).forEach(chart => chart.update());
  }

  function render(snapshot) {
    tell('');
    renderTable(snapshot);
    renderCharts(snapshot);
    const computed = new Date(snapshot.computedAt);
    const time = document.getElementById('bijgewerkt');
    time.dateTime = snapshot.computedAt;
    time.textContent = computed.toLocaleString('nl-NL');
  }


  function problemText(status, problem) {
    if (status === 403) return 'U hebt geen toegang tot de cijfers van deze gemeente.';
    if (status === 404) return 'Voor deze gemeente zijn nog geen cijfers: er is geen eenheid, aanvraag of wachtende bekend.';
    return 'De cijfers zijn nu niet te laden' + (problem && problem.title ? ' (' + problem.title + ')' : '') + '.';
  }

  async function read(path) {
    const answer = await plekwijzer.call('GET', path);
    if (!answer.ok) { tell(problemText(answer.status, answer.body)); return null; }
    return answer.body;
  }

  async function start() {
    charts = createCharts();
    history = (await read('/gateway/notification/api/v1/dashboard/history?days=' + section.dataset.dagen
      + (scope ? '&' + scope : ''))) || [];
    const snapshot = await read('/gateway/notification/api/v1/dashboard/snapshot' + (scope ? '?' + scope : ''));
    if (snapshot === null) return;
    render(snapshot);
    plekwijzer.follow('/dashboard/live' + (scope ? '?gemeente=' + encodeURIComponent(municipality) : ''), render);
  }

  start();
})();
