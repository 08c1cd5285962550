'use strict';

(async () => {
  const query = new URLSearchParams(location.search);
  const codeInput = document.getElementById('code');
  const seats = document.getElementById('seat');
  if (query.get('code')) { codeInput.value = query.get('code'); }

  // The seats of the classroom whose code is typed (each session may play its own variant of the scenario).
  let shown = null;
  async function showScenario() {
    const code = codeInput.value.trim();
    const url = code.length === 6 ? '/api/classrooms/' + encodeURIComponent(code) + '/scenario' : '/api/scenario';
    if (url === shown) { return; }
    shown = url;
    try {
      const scenario = await call('GET', url);
      text('scenario', scenario.name);
      seats.replaceChildren(el('option', { value: '' }, 'any free seat'),
        ...scenario.seats.map((seat) => el('option', { value: seat.seat }, seat.seat + (seat.kind === 'faction' ? ' (faction)' : ''))),
        el('option', { value: 'observer' }, 'observer (watch a table, do not play)'));
      text('error', '');
    } catch (e) {
      text('error', e.message);
    }
  }

  codeInput.addEventListener('input', showScenario);
  await showScenario();
  document.getElementById('join-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    text('error', '');
    const code = codeInput.value.trim();
    try {
      const joined = await call('POST', '/api/classrooms/' + encodeURIComponent(code) + '/join', {
        name: document.getElementById('name').value,
        seat: seats.value || null,
        table: document.getElementById('table').value ? Number(document.getElementById('table').value) : null,
      });
      location.href = joined.play;
    } catch (e) {
      text('error', e.message);
      show('rejoin', /is called .* already/.test(e.message));
    }
  });

  // A student who lost their link: the teacher approves, and this page then opens the seat.
  document.getElementById('rejoin').addEventListener('click', async () => {
    const base = '/api/classrooms/' + encodeURIComponent(codeInput.value.trim()) + '/rejoin';
    try {
      const asked = await call('POST', base, { name: document.getElementById('name').value });
      show('rejoin', false);
      show('rejoin-status', true);
      text('rejoin-status', 'Asked. Tell your teacher; this page opens your seat when they give it back.');
      const timer = setInterval(async () => {
        const now = await call('GET', base + '/' + encodeURIComponent(asked.request)).catch(() => null);
        if (!now) { return; }
        if (now.status === 'approved') { clearInterval(timer); location.href = now.play; }
        if (now.status === 'refused') { clearInterval(timer); text('rejoin-status', 'The teacher did not give this seat back.'); }
      }, 2000);
    } catch (e) {
      text('error', e.message);
    }
  });
})();
