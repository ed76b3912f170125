// The public page: free places by kind (a chart) and by municipality (a table), read anonymously.
(function () {
  'use strict';

  const { KINDS } = plekwijzer.LABELS;
  const { cell } = plekwijzer;

  async function start() {
    const answer = await fetch('/public/gegevens', { headers: { Accept: 'application/json' } });
    if (!answer.ok) {
      const box = document.getElementById('melding');
      box.textContent = 'De vrije plekken zijn nu niet te laden. Probeer het later opnieuw.';
      box.hidden = false;
      return;
    }
    const counts = await answer.json();
    const byKind = {};
    for (const count of counts) byKind[count.kind] = (byKind[count.kind] || 0) + count.availablePlaces;
    const kinds = Object.keys(KINDS).filter(kind => kind in byKind);
    new Chart(document.getElementById('grafiek-zorgvorm'), {
      type: 'bar',
      data: { labels: kinds.map(kind => KINDS[kind]),
        datasets: [{ label: 'Vrije plekken', data: kinds.map(kind => byKind[kind]), backgroundColor: '#0b6e6e' }] },
      options: { animation: false, indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });

    const rows = counts.slice().sort((a, b) => (a.municipalityCode || '').localeCompare(b.municipalityCode || '')
      || Object.keys(KINDS).indexOf(a.kind) - Object.keys(KINDS).indexOf(b.kind));
    document.getElementById('per-gemeente').replaceChildren(...rows.map(count => {
      const row = document.createElement('tr');
      row.dataset.gemeente = count.municipalityCode || '';
      row.dataset.zorgvorm = count.kind;
      row.append(cell(count.municipalityCode || 'onbekend'), cell(KINDS[count.kind] || count.kind),
        cell(String(count.availablePlaces), true), cell(String(count.places), true));
      return row;
    }));
    const now = new Date();
    const stand = document.getElementById('stand');
    stand.dateTime = now.toISOString();
    stand.textContent = now.toLocaleString('nl-NL');
  }

  start();
})();
