// The provider's page: units with a one-step status report, open proposals, the waiting-list upload.
(function () {
  'use strict';

  const { KINDS, URGENCY, DOMAINS, LIGHTS, LIGHT_REASONS, GENDER } = plekwijzer.LABELS;
  const { element, cell, tell } = plekwijzer;

  const providerId = document.getElementById('aanbieder').dataset.aanbieder;
  const unitNames = {};
  const DECLINE_REASONS = { NO_PLACE: 'Geen plek', DOES_NOT_FIT_GROUP: 'Past niet in de groep',
    NO_STAFF: 'Geen personeel', NEEDS_MORE_INFORMATION: 'Meer informatie nodig' };


  async function loadUnits() {
    const answer = await plekwijzer.call('GET', '/gateway/availability/api/v1/availability');
    if (!answer.ok) { tell('De eenheden zijn niet te laden: ' + plekwijzer.problemText(answer.body)); return; }
    answer.body.forEach(unit => { unitNames[unit.unitId] = unit.name; });
    document.getElementById('eenheden').replaceChildren(...answer.body.map(unit => {
      const row = element('tr', { id: 'eenheid-' + unit.unitId });
      row.dataset.eenheid = unit.unitId;
      const available = element('input', { type: 'number', min: 0, max: unit.places, value: unit.availablePlaces ?? 0,
        className: 'vrij', 'aria-label': 'Vrij' });
      const occupied = element('input', { type: 'number', min: 0, max: unit.places, value: unit.occupiedPlaces ?? 0,
        className: 'bezet', 'aria-label': 'Bezet' });
      const light = element('select', { className: 'licht-keuze', 'aria-label': 'Licht' });
      light.append(element('option', { value: '', textContent: 'licht uit de cijfers' }));
      Object.entries(LIGHTS).forEach(([code, label]) => light.append(element('option', { value: code, textContent: label })));
      const reasonCode = element('select', { className: 'reden-keuze', 'aria-label': 'Reden van oranje of rood' });
      reasonCode.append(element('option', { value: '', textContent: 'geen reden' }));
      Object.entries(LIGHT_REASONS).forEach(([code, label]) => reasonCode.append(element('option', { value: code, textContent: label })));
      const reason = element('input', { type: 'text', maxLength: 500, className: 'toelichting', placeholder: 'toelichting',
        'aria-label': 'Toelichting' });
      const report = element('button', { type: 'button', textContent: 'Melden', className: 'melden' });
      const result = element('span', { className: 'uitkomst' });
      report.addEventListener('click', () => reportStatus(unit, { available, occupied, light, reasonCode, reason }, result));
      const reported = unit.lastReportedAt ? new Date(unit.lastReportedAt).toLocaleString('nl-NL') : 'nooit';
      row.append(cell(unit.name), cell(KINDS[unit.kind] || unit.kind), cell(String(unit.places)),
        cell(element('span', { className: 'licht ' + (unit.light || ''),
          textContent: plekwijzer.lightText(unit.light, unit.reasonCode, unit.reason) })),
        cell(String(unit.heldForProposals ?? 0)),
        cell(unit.stale ? reported + ' (verouderd)' : reported), cell(available), cell(occupied),
        cell(element('span', {})));
      row.lastChild.firstChild.append(light, reasonCode, reason, report, result);
      return row;
    }));
  }

  // Only the figures are needed; a light, its reason code and a text go along when chosen.
  async function reportStatus(unit, form, result) {
    const report = { occurredAt: new Date().toISOString(), availablePlaces: Number(form.available.value),
      occupiedPlaces: Number(form.occupied.value) };
    if (form.light.value) report.light = form.light.value;
    if (form.reasonCode.value) report.reasonCode = form.reasonCode.value;
    if (form.reason.value.trim()) report.reason = form.reason.value.trim();
    const answer = await plekwijzer.call('POST', '/gateway/availability/api/v1/units/'
      + encodeURIComponent(unit.unitId) + '/status', report);
    result.textContent = answer.ok ? 'gemeld' : 'niet gemeld: ' + plekwijzer.problemText(answer.body);
    result.className = 'uitkomst ' + (answer.ok ? 'goed' : 'fout');
    // The report is applied moments after the broker has it.
    if (answer.ok) setTimeout(loadUnits, 1500);
  }

  async function loadProposals() {
    const answer = await plekwijzer.call('GET', '/gateway/matching/api/v1/proposals?state=OPEN');
    if (!answer.ok) { tell('De voorstellen zijn niet te laden: ' + plekwijzer.problemText(answer.body)); return; }
    const open = answer.body.proposals;
    document.getElementById('geen-voorstellen').hidden = open.length > 0;
    document.getElementById('voorstellen').replaceChildren(...open.map(({ proposal, needs: known }) => {
      const needs = known || { domains: [] };
      const row = element('tr', { id: 'voorstel-' + proposal.proposalId });
      const accept = element('button', { type: 'button', textContent: 'Accepteren', className: 'accepteren' });
      const reason = element('select', { className: 'reden', 'aria-label': 'Reden van afwijzen' });
      Object.entries(DECLINE_REASONS).forEach(([code, label]) => reason.append(element('option', { value: code, textContent: label })));
      const decline = element('button', { type: 'button', textContent: 'Afwijzen', className: 'afwijzen' });
      const result = element('span', { className: 'uitkomst' });
      accept.addEventListener('click', () => answerProposal(proposal, 'accept', null, result));
      decline.addEventListener('click', () => answerProposal(proposal, 'decline', { reasonCode: reason.value }, result));
      const youth = known ? needs.ageYears + ' jaar, ' + (GENDER[needs.gender]
        || needs.gender) + ', gemeente ' + needs.responsibleMunicipalityCode : 'onbekend';
      const actions = element('span', {});
      actions.append(accept, reason, decline, result);
      row.title = proposal.message || '';
      row.append(cell(unitNames[proposal.unitId] || proposal.unitId), cell(youth),
        cell(URGENCY[needs.urgency] || needs.urgency || ''),
        cell((needs.domains || []).map(domain => DOMAINS[domain] || domain).join(', ')), cell(needs.neededFrom || ''),
        cell(proposal.holdExpiresAt ? new Date(proposal.holdExpiresAt).toLocaleString('nl-NL') : ''), cell(actions));
      return row;
    }));
  }

  async function answerProposal(proposal, how, body, result) {
    const answer = await plekwijzer.call('POST', '/gateway/matching/api/v1/proposals/' + proposal.proposalId + '/' + how,
      body);
    if (!answer.ok) {
      result.textContent = 'niet gelukt: ' + plekwijzer.problemText(answer.body);
      result.className = 'uitkomst fout';
      return;
    }
    await Promise.all([loadProposals(), loadUnits()]);
    tell(how === 'accept' ? 'Voorstel geaccepteerd: de plaatsing is gemaakt.' : 'Voorstel afgewezen.');
  }

  async function uploadWaitlist(event) {
    event.preventDefault();
    const file = document.getElementById('wachtlijst-bestand').files[0];
    if (!file) return;
    const answer = await plekwijzer.call('PUT', '/gateway/intake/api/v1/providers/' + encodeURIComponent(providerId)
      + '/waitlist', await file.text(), 'text/csv');
    const outcome = document.getElementById('wachtlijst-uitkomst');
    const errors = document.getElementById('wachtlijst-fouten');
    outcome.hidden = false;
    const result = answer.body || {};
    if (!answer.ok && !Array.isArray(result.errors)) {
      outcome.textContent = 'De wachtlijst is niet verwerkt: ' + plekwijzer.problemText(result);
      errors.hidden = true;
      return;
    }
    outcome.textContent = answer.ok
      ? 'Verwerkt: ' + result.accepted + ' van ' + result.received + ' rijen (' + result.added + ' nieuw, '
        + result.changed + ' gewijzigd, ' + result.removed + ' van de lijst, ' + result.unchanged + ' ongewijzigd).'
      : 'De wachtlijst is niet verwerkt.';
    const rows = result.errors || [];
    errors.hidden = rows.length === 0;
    errors.querySelector('tbody').replaceChildren(...rows.map(error => {
      const row = element('tr', {});
      row.append(cell(String(error.row)), cell(error.field), cell(error.reason));
      return row;
    }));
  }

  document.getElementById('wachtlijst-form').addEventListener('submit', uploadWaitlist);
  if (providerId) {
    loadUnits().then(loadProposals);
  }
})();
