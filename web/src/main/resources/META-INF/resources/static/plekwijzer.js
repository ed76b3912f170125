// What every page's script shares: calling the services through the web module's gateway.
window.plekwijzer = (function () {
  'use strict';

  // The Dutch words for the codes the services answer with.
  const LABELS = {
    KINDS: {
      FOSTER_CARE: 'Pleegzorg', FAMILY_HOME: 'Gezinshuis', RESIDENTIAL_GROUP: 'Verblijfsgroep',
      TREATMENT_GROUP: 'Behandelgroep', CRISIS_BED: 'Crisisbed', CRISIS_GROUP: 'Crisisgroep',
      SECURE_CARE: 'Gesloten jeugdzorg', SUPPORTED_INDEPENDENCE: 'Begeleid zelfstandig wonen',
      RESPITE: 'Logeren en kortdurend verblijf'
    },
    URGENCY: { CRISIS: 'crisis', URGENT: 'spoed', REGULAR: 'regulier' },
    GENDER: { F: 'meisje', M: 'jongen', X: 'anders' },
    DOMAINS: { PARENTING_SUPPORT: 'opvoeden en opgroeien', MENTAL_HEALTH: 'GGZ', INTELLECTUAL_DISABILITY: 'LVB' },
    LIGHTS: { GREEN: 'groen', ORANGE: 'oranje', RED: 'rood' },
    LIGHT_REASONS: { AFTER_CONSULTATION: 'alleen in overleg', STAFFING: 'personeel', GROUP_COMPOSITION: 'groepssamenstelling',
      RENOVATION: 'verbouwing', OTHER: 'anders' },
    COMPONENTS: { EXPERTISE: 'expertise', LIGHTNESS: 'zo licht mogelijk', DISTANCE_HOME: 'dicht bij huis',
      DISTANCE_SCHOOL: 'dicht bij school', LIGHT: 'stoplicht', FRESHNESS: 'actueel', CONTINUITY: 'terug naar bekende aanbieder',
      TREATMENT_ON_SITE: 'behandeling ter plaatse' }
  };

  // The light with its reason, as the page shows it: "oranje (personeel: twee vacatures)".
  function lightText(light, reasonCode, reason) {
    if (!light) return '–';
    const why = [LABELS.LIGHT_REASONS[reasonCode], reason].filter(Boolean).join(': ');
    return LABELS.LIGHTS[light] + (why ? ' (' + why + ')' : '');
  }

  function element(tag, properties) {
    return Object.assign(document.createElement(tag), properties);
  }

  // A table cell with text, or with an element in it.
  function cell(content, numeric) {
    const td = document.createElement('td');
    if (content instanceof Node) td.appendChild(content); else td.textContent = content;
    if (numeric) td.className = 'getal';
    return td;
  }

  // Answers { ok, status, body } (body parsed as JSON when it is JSON). A session that has ended
  // (499) loads the page again, which sends the user to the login.
  async function call(method, path, body, contentType) {
    const headers = { 'X-Requested-With': 'JavaScript', Accept: 'application/json' };
    let payload;
    if (body !== undefined && body !== null) {
      headers['Content-Type'] = contentType || 'application/json';
      payload = contentType ? body : JSON.stringify(body);
    }
    const answer = await fetch(path, { method, headers, body: payload });
    if (answer.status === 499) {
      window.location.reload();
      return { ok: false, status: 499, body: null };
    }
    const text = await answer.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = text; }
    return { ok: answer.ok, status: answer.status, body: parsed };
  }

  // The fields a problem document names, with their messages, as one line of Dutch-framed text.
  function problemText(problem) {
    if (!problem || typeof problem !== 'object') return 'onbekende fout';
    if (Array.isArray(problem.violations) && problem.violations.length) {
      return problem.violations.map(v => v.field + ': ' + v.message).join('; ');
    }
    return (problem.field ? problem.field + ': ' : '') + (problem.detail || problem.title || 'onbekende fout');
  }

  // Shows a message in the page's #melding box; an empty message hides it.
  function tell(message) {
    const box = document.getElementById('melding');
    box.textContent = message;
    box.hidden = !message;
  }

  // Follows a Server-Sent Events stream of JSON, showing its state in the page's #live badge.
  // Closed for good (the session ended and the stream was sent to the login): the page loads again.
  function follow(url, onData) {
    const live = document.getElementById('live');
    live.textContent = 'verbinden…';
    live.className = 'live off';
    const source = new EventSource(url);
    source.onopen = () => { live.textContent = 'live'; live.className = 'live on'; };
    source.onmessage = event => onData(JSON.parse(event.data));
    source.onerror = () => {
      live.textContent = 'opnieuw verbinden…';
      live.className = 'live off';
      if (source.readyState === EventSource.CLOSED) window.location.reload();
    };
    return source;
  }

  return { LABELS, call, problemText, element, cell, tell, follow, lightText };
})();
