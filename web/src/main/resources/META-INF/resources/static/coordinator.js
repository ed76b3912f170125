// The coordinator's desk: work list, live suggestions with proposals and answers, review queue.
(function () {
  'use strict';

  const { KINDS, URGENCY, GENDER } = plekwijzer.LABELS;
  const { element, cell, tell } = plekwijzer;

  const STATES = { OPEN: 'open', ACCEPTED: 'geaccepteerd', DECLINED: 'afgewezen', WITHDRAWN: 'ingetrokken',
    EXPIRED: 'verlopen' };
  const MAX_PROPOSALS = 3;

  let selected = null;
  let stream = null;
  let answersTimer = null;


  const SIGNALS = { CRISIS_WAITING: 'Crisisaanvraag wacht langer dan 24 uur', BRIDGING: 'Overbruggingsplaatsing',
    TREATMENT_PAST_EXPECTED_END: 'Behandeling over het verwachte einde', CROSSES_18TH_BIRTHDAY: 'Wordt 18 tijdens het verblijf' };
  const DAY_MILLIS = 24 * 60 * 60 * 1000;
  let waitingCrises = [];

  async function loadRequests() {
    const answer = await plekwijzer.call('GET', '/gateway/matching/api/v1/placement-requests?limit=200');
    if (!answer.ok) { tell('De open aanvragen zijn niet te laden: ' + plekwijzer.problemText(answer.body)); return; }
    waitingCrises = answer.body.requests.filter(request => request.urgency === 'CRISIS'
      && Date.now() - new Date(request.submittedAt).getTime() > DAY_MILLIS);
    document.getElementById('aantal-aanvragen').textContent = '(' + answer.body.total + ')';
    document.getElementById('aanvragen').replaceChildren(...answer.body.requests.map(request => {
      const row = element('tr', { id: 'aanvraag-' + request.requestId, tabIndex: 0 });
      if (request.requestId === selected) row.className = 'gekozen';
      row.addEventListener('click', () => select(request.requestId));
      row.append(cell((URGENCY[request.urgency] || request.urgency) + (request.followUpAfterCrisis ? ' (vervolg)' : '')),
        cell(request.ageYears + ' jaar, ' + (GENDER[request.gender] || request.gender)),
        cell(request.responsibleMunicipalityCode || ''),
        cell(request.acceptableKinds.map(kind => KINDS[kind] || kind).join(', ')),
        cell(String(request.waitingDays)), cell(request.neededFrom || ''), cell(String(request.fitting)),
        cell(request.bestScore === null ? '–' : String(request.bestScore)));
      return row;
    }));
  }

  function select(requestId) {
    selected = requestId;
    document.querySelectorAll('#aanvragen tr').forEach(row =>
      row.classList.toggle('gekozen', row.id === 'aanvraag-' + requestId));
    document.getElementById('aanvraag').hidden = false;
    document.getElementById('aanvraag-id').textContent = requestId.substring(0, 8);
    document.getElementById('voorstel-uitkomst').textContent = '';
    if (stream) stream.close();
    stream = plekwijzer.follow('/coordinator/aanvragen/' + requestId + '/live', renderSuggestions);
    loadAnswers();
    clearInterval(answersTimer);
    answersTimer = setInterval(loadAnswers, 5000);
  }

  function explanation(suggestion) {
    const details = element('details', {});
    details.append(element('summary', { textContent: 'uitleg' }));
    const list = element('ul', {});
    Object.entries(suggestion.explanation.components).forEach(([component, value]) =>
      list.append(element('li', { textContent: (plekwijzer.LABELS.COMPONENTS[component] || component) + ': ' + value })));
    list.append(element('li', { textContent: 'voldoet aan: ' + suggestion.explanation.rules.length + ' harde regels' }));
    details.append(list);
    return details;
  }

  function renderAlternatives(alternatives) {
    document.getElementById('alternatieven-blok').hidden = alternatives.length === 0;
    document.getElementById('alternatieven').replaceChildren(...alternatives.map(programme => element('li', {
      id: 'alternatief-' + programme.programmeId,
      textContent: programme.type + ' – ' + programme.name + ' (' + programme.providerName + ')'
        + (programme.waitingWeeks === null ? '' : ', wachttijd ' + programme.waitingWeeks + ' weken')
    })));
  }

  function renderSuggestions(list) {
    renderAlternatives(list.ambulantAlternatives || []);
    const checked = new Set([...document.querySelectorAll('#suggesties input:checked')].map(box => box.value));
    document.getElementById('suggesties').replaceChildren(...list.suggestions.map(suggestion => {
      const row = element('tr', { id: 'suggestie-' + suggestion.unitId });
      const box = element('input', { type: 'checkbox', value: suggestion.unitId, checked: checked.has(suggestion.unitId),
        'aria-label': 'Voorstellen aan ' + suggestion.unitName });
      const unit = element('span', { textContent: suggestion.unitName });
      if (suggestion.treatmentToArrange) {
        unit.append(element('small', { className: 'noot', textContent: 'behandeling te regelen bij een andere aanbieder' }));
      }
      if (suggestion.backupPool) {
        unit.append(element('small', { className: 'noot', textContent: 'bovenregionale pool: ' + suggestion.backupPool }));
      }
      row.append(cell(box), cell(String(suggestion.rank)), cell(unit),
        cell(KINDS[suggestion.kind] || suggestion.kind),
        cell(element('span', { className: 'licht ' + (suggestion.light || ''),
          textContent: plekwijzer.lightText(suggestion.light, suggestion.reasonCode, suggestion.reason) })),
        cell(String(suggestion.score)),
        cell(suggestion.distanceKm === null ? '–' : String(suggestion.distanceKm)),
        cell(String(suggestion.availablePlaces) + (suggestion.stale ? ' (verouderd)' : '')), cell(explanation(suggestion)));
      return row;
    }));
  }

  async function propose() {
    const unitIds = [...document.querySelectorAll('#suggesties input:checked')].map(box => box.value);
    const outcome = document.getElementById('voorstel-uitkomst');
    if (unitIds.length === 0 || unitIds.length > MAX_PROPOSALS) {
      outcome.textContent = 'Vink één tot drie eenheden aan.';
      outcome.className = 'uitkomst fout';
      return;
    }
    const answer = await plekwijzer.call('POST', '/gateway/matching/api/v1/placement-requests/' + selected + '/proposals',
      { unitIds, message: 'Voorstel vanuit het coördinatiepunt' });
    outcome.textContent = answer.ok ? unitIds.length + ' voorgesteld' : 'niet voorgesteld: ' + plekwijzer.problemText(answer.body);
    outcome.className = 'uitkomst ' + (answer.ok ? 'goed' : 'fout');
    loadAnswers();
  }

  async function loadAnswers() {
    const requestId = selected;
    if (!requestId) return;
    const answer = await plekwijzer.call('GET', '/gateway/matching/api/v1/placement-requests/' + requestId + '/proposals');
    // Another request may have been chosen while this one was read.
    if (!answer.ok || requestId !== selected) return;
    document.getElementById('antwoorden').replaceChildren(...answer.body.proposals.map(proposal => {
      const row = element('tr', { id: 'antwoord-' + proposal.unitId });
      row.append(cell(proposal.unitId), cell(STATES[proposal.state] || proposal.state),
        cell(proposal.reasonCode || ''),
        cell(proposal.state === 'OPEN' && proposal.holdExpiresAt ? new Date(proposal.holdExpiresAt).toLocaleString('nl-NL') : ''));
      return row;
    }));
  }

  // What needs the coordinator now: crisis requests waiting too long, bridging and flagged placements.
  async function loadSignals() {
    const placements = '/gateway/matching/api/v1/placements?limit=100&';
    const answers = await Promise.all(['state=BRIDGING', 'flag=TREATMENT_PAST_EXPECTED_END', 'flag=CROSSES_18TH_BIRTHDAY']
      .map(query => plekwijzer.call('GET', placements + query)));
    const rows = waitingCrises.map(request => ['CRISIS_WAITING', 'aanvraag ' + request.requestId.substring(0, 8),
      request.responsibleMunicipalityCode, new Date(request.submittedAt).toLocaleString('nl-NL')]);
    ['BRIDGING', 'TREATMENT_PAST_EXPECTED_END', 'CROSSES_18TH_BIRTHDAY'].forEach((signal, i) => {
      if (!answers[i].ok) return;
      answers[i].body.forEach(placement => rows.push([signal, 'plaatsing in ' + placement.unitId,
        placement.responsibleMunicipalityCode, placement.startDate]));
    });
    document.getElementById('geen-signaleringen').hidden = rows.length > 0;
    document.getElementById('signaleringen').replaceChildren(...rows.map(([signal, what, municipality, since]) => {
      const row = element('tr', { className: 'signaal-' + signal });
      row.append(cell(SIGNALS[signal]), cell(what), cell(municipality || ''), cell(since || ''));
      return row;
    }));
  }

  async function loadReviewQueue() {
    const answer = await plekwijzer.call('GET', '/gateway/matching/api/v1/waitlist?linkConfidence=TO_REVIEW&size=50');
    if (!answer.ok) return;
    const entries = answer.body.entries;
    document.getElementById('geen-koppelingen').hidden = entries.length > 0;
    document.getElementById('koppelingen').replaceChildren(...entries.map(entry => {
      const row = element('tr', { id: 'koppeling-' + entry.clusterId });
      const confirm = element('button', { type: 'button', textContent: 'Bevestigen', className: 'bevestigen' });
      const split = element('button', { type: 'button', textContent: 'Splitsen', className: 'splitsen' });
      const base = '/gateway/matching/api/v1/waitlist/clusters/' + entry.clusterId;
      confirm.addEventListener('click', () => review(base + '/confirm', { reason: 'Bevestigd door het coördinatiepunt' }));
      // Splitting takes the most recent registration out; a cluster of one has nothing to split.
      const last = entry.members[entry.members.length - 1];
      split.disabled = entry.members.length < 2;
      split.addEventListener('click', () => review(base + '/split', { reason: 'Gesplitst door het coördinatiepunt',
        members: [{ providerId: last.providerId, providerEntryId: last.providerEntryId }] }));
      const actions = element('span', {});
      actions.append(confirm, split);
      row.append(cell(KINDS[entry.careFunction] || entry.careFunction), cell(entry.municipalityCode || ''),
        cell(String(entry.members.length)), cell(entry.linkScore === null ? '–' : String(entry.linkScore)), cell(actions));
      return row;
    }));
  }

  async function review(path, body) {
    const answer = await plekwijzer.call('POST', path, body);
    tell(answer.ok ? 'De koppeling is verwerkt.' : 'Niet verwerkt: ' + plekwijzer.problemText(answer.body));
    loadReviewQueue();
  }

  document.getElementById('voorstellen').addEventListener('click', propose);
  // A notice's link names the request to open: /coordinator?aanvraag=<id>.
  const asked = new URLSearchParams(window.location.search).get('aanvraag');
  loadRequests().then(() => {
    loadSignals();
    if (/^[0-9a-f-]{36}$/.test(asked || '')) select(asked);
  });
  loadReviewQueue();
  setInterval(() => loadRequests().then(loadSignals), 15000);
})();
