'use strict';

(async () => {
  const query = new URLSearchParams(location.search);
  const scenario = await call('GET', '/api/scenario');
  text('scenario', scenario.name);
  const code = query.get('code');
  const key = query.get('key');

  if (!code || !key) {
    show('create-box', true);
    const size = document.getElementById('table-size');
    size.value = scenario.default_table_size;
    size.max = scenario.seats.length;
    text('seat-list', 'Seats fill in this order: ' + scenario.seats.map((s) => s.seat).join(', ') + '.');
    document.getElementById('create').addEventListener('click', async () => {
      try {
        const opened = await call('POST', '/api/classrooms', { table_size: Number(size.value) });
        location.href = '/teacher?code=' + encodeURIComponent(opened.code) + '&key=' + encodeURIComponent(opened.teacher_key);
      } catch (e) {
        text('create-error', e.message);
      }
    });
    return;
  }

  const base = '/api/classrooms/' + encodeURIComponent(code);
  const keyQuery = '?key=' + encodeURIComponent(key);
  show('session-box', true);
  text('join-code', code);
  text('join-url', location.origin + '/');
  document.getElementById('csv').href = base + '/offers.csv' + keyQuery;
  document.getElementById('start-all').addEventListener('click', async () => {
    try { await call('POST', base + '/start' + keyQuery); } catch (e) { text('error', e.message); }
  });

  let ended = -1;
  function render(view) {
    show('tables-box', true);
    show('class-box', true);
    const done = view.tables.filter((t) => t.status).length;
    text('summary', view.students + ' students at ' + view.tables.length + ' tables of ' + view.table_size + '; ' + done + ' ended.');
    document.querySelector('#tables tbody').replaceChildren(...view.tables.map((t) => el('tr', { 'data-table': t.table },
      el('td', { class: 'n' }, t.table),
      el('td', {}, t.seats.filter((s) => s.student).map((s) => s.student + ' (' + s.seat + ')').join(', ')),
      el('td', {}, t.problem || (t.phase === 'ended' ? 'ended' : t.phase + (t.round ? ', round ' + t.round : '') + (t.waiting_for.length ? ' · waiting for ' + t.waiting_for.join(', ') : ''))),
      el('td', {}, t.deal || t.last_offer || ''),
      el('td', {}, t.status || ''))));
    text('statuses', Object.entries(view.statuses).map(([s, n]) => n + ' ' + s).join(', ') || 'No table has ended yet.');
    document.querySelector('#deals tbody').replaceChildren(...view.deals.map((d) => el('tr', {},
      el('td', {}, d.deal), el('td', {}, d.status), el('td', { class: 'n' }, d.tables))));
    if (done !== ended) {
      ended = done;
      document.getElementById('class-report').src = '/classrooms/' + encodeURIComponent(code) + '/report' + keyQuery + '&ended=' + done;
    }
  }

  try {
    render(await call('GET', base + keyQuery));
  } catch (e) {
    text('error', e.message);
    return;
  }

  watch(base + '/events' + keyQuery, render, () => text('error', 'Reconnecting…'));
})();
