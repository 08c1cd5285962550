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
        ...scenario.seats.map((seat) => el('option', { value: seat.seat }, seat.seat + (seat.kind === 'faction' ? ' (faction)' : ''))));
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
      });
      location.href = joined.play;
    } catch (e) {
      text('error', e.message);
    }
  });
})();
