'use strict';

(async () => {
  const query = new URLSearchParams(location.search);
  if (query.get('code')) { document.getElementById('code').value = query.get('code'); }
  const scenario = await call('GET', '/api/scenario');
  text('scenario', scenario.name);
  const seats = document.getElementById('seat');
  for (const seat of scenario.seats) {
    seats.append(el('option', { value: seat.seat }, seat.seat + (seat.kind === 'faction' ? ' (faction)' : '')));
  }
  document.getElementById('join-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    text('error', '');
    const code = document.getElementById('code').value.trim();
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
