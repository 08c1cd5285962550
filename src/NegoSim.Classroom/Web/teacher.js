'use strict';

(async () => {
  const code = new URLSearchParams(location.search).get('code');

  // Signed in? The password is asked once; the server then keeps the browser signed in with a cookie.
  if (!(await call('GET', '/api/teacher/status')).signed_in) {
    show('login-box', true);
    document.getElementById('login-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await call('POST', '/api/teacher/login', { password: document.getElementById('password').value });
        location.reload();
      } catch (failed) {
        text('login-error', failed.message);
      }
    });
    return;
  }

  const teacher = await call('GET', '/api/teacher');
  text('scenario', teacher.scenario.name);
  if (!code) {
    await sessions(teacher);
    return;
  }

  const base = '/api/classrooms/' + encodeURIComponent(code);
  show('session-box', true);
  text('join-code', code);
  text('join-url', teacher.join_address + '/');
  document.getElementById('qr').src = base + '/qr.svg';
  document.getElementById('csv').href = base + '/offers.csv';
  document.getElementById('export').href = base + '/export.json';
  document.getElementById('export').download = 'negosim-' + code + '.json';
  document.getElementById('start-all').addEventListener('click', async () => {
    try { await call('POST', base + '/start'); } catch (e) { text('error', e.message); }
  });

  async function control(table, path, body) {
    text('error', '');
    try {
      const done = await call('POST', base + '/tables/' + table + '/' + path, body);
      if (done.play) {
        show('new-link', true);
        text('new-link', 'New link for ' + done.student + ' (' + done.seat + ', table ' + table + '): ' + done.play + ' — the old one no longer works.');
      }
    } catch (e) {
      text('error', e.message);
    }
  }

  // The teacher ends a table now: the computer plays every student's seat to the end.
  function finishButton(t) {
    const end = el('button', { type: 'button', class: 'small', 'data-finish': t.table }, 'end now');
    end.addEventListener('click', () => {
      if (window.confirm('End table ' + t.table + ' now? The computer plays every student\'s seat to the end.')) { control(t.table, 'finish'); }
    });
    return end;
  }

  function seatControls(t, s) {
    if (!s.student) { return []; }
    const hand = el('button', { type: 'button', class: 'small', 'data-hand': t.table + ':' + s.seat }, s.computer ? 'give back' : 'computer');
    hand.addEventListener('click', () => control(t.table, 'hand', { seat: s.seat, computer: !s.computer }));
    const link = el('button', { type: 'button', class: 'small' }, 'new link');
    link.addEventListener('click', () => control(t.table, 'reissue', { seat: s.seat }));
    if (t.phase !== 'seating') { return [hand, link]; }
    // Before a table starts the teacher may move a student to another table (the same seat if free, else any).
    const move = el('button', { type: 'button', class: 'small', 'data-move': t.table + ':' + s.seat }, 'move');
    move.addEventListener('click', () => {
      const to = window.prompt('Move ' + s.student + ' to which table? (a table that has not started, or a new one)');
      if (to && Number(to) >= 1) { control(t.table, 'move', { seat: s.seat, to_table: Number(to), to_seat: null }); }
    });
    return [hand, link, move];
  }

  let ended = -1;
  function render(view) {
    if (document.getElementById('error').textContent === 'Reconnecting…') { text('error', ''); }
    show('tables-box', true);
    show('class-box', true);
    const done = view.tables.filter((t) => t.status).length;
    const watching = view.tables.reduce((n, t) => n + t.observers.length, 0);
    const count = (n, one, many) => n + ' ' + (n === 1 ? one : many);
    text('summary', count(view.students, 'student', 'students') + ' at ' + count(view.tables.length, 'table', 'tables') + ' of ' + view.table_size
      + (watching ? ' and ' + count(watching, 'observer', 'observers') : '') + '; ' + done + ' ended.');
    document.querySelector('#tables tbody').replaceChildren(...view.tables.map((t) => el('tr', { 'data-table': t.table },
      el('td', { class: 'n' }, t.table, t.phase === 'ended' ? '' : finishButton(t)),
      el('td', {}, t.seats.filter((s) => s.student).map((s) => el('div', {}, s.student + ' (' + s.seat + (s.computer ? ', computer' : '') + ') ', ...seatControls(t, s)))
        .concat(t.observers.map((o) => el('div', { class: 'observer' }, o + ' (observer)')))),
      el('td', {}, t.problem || (t.phase === 'ended' ? 'ended' + (t.signed_round ? ', signed in round ' + t.signed_round : '') : t.phase + (t.round ? ', round ' + t.round : '') + (t.waiting_for.length ? ' · waiting for ' + t.waiting_for.join(', ') : ''))),
      el('td', {}, t.deal || t.last_offer || ''),
      el('td', {}, t.status || ''),
      el('td', {}, t.utilities ? Object.entries(t.utilities).map(([p, u]) => p + ' ' + worth(u)).join(', ') : ''),
      el('td', { class: 'n' }, worth(t.nash_distance)),
      el('td', {}, t.votes.map((v) => v.ratifier + ': ' + v.yes + ' yes, ' + v.no + ' no (' + v.threshold + ' needed) — '
        + Object.entries(v.factions).map(([f, yes]) => f + ' ' + yes).join(', ')).join('; ')),
      el('td', {}, t.status ? el('a', { href: '/classrooms/' + encodeURIComponent(code) + '/tables/' + t.table + '/report', target: '_blank' }, 'report') : ''))));
    show('requests-box', view.requests.length > 0);
    document.getElementById('requests').replaceChildren(...view.requests.map((r) => {
      const answer = (approve) => async () => {
        try { await call('POST', base + '/rejoin/' + encodeURIComponent(r.id) + '/answer', { approve }); } catch (e) { text('error', e.message); }
      };
      const yes = el('button', { type: 'button', class: 'small yes' }, 'give it back');
      yes.addEventListener('click', answer(true));
      const no = el('button', { type: 'button', class: 'small no' }, 'refuse');
      no.addEventListener('click', answer(false));
      return el('li', {}, r.student + ' (' + r.seat + ', table ' + r.table + ') ', yes, no);
    }));
    text('statuses', Object.entries(view.statuses).map(([s, n]) => n + ' ' + s).join(', ') || 'No table has ended yet.');
    document.querySelector('#deals tbody').replaceChildren(...view.deals.map((d) => el('tr', {},
      el('td', {}, d.deal), el('td', {}, d.status), el('td', { class: 'n' }, d.tables))));
    if (done !== ended) {
      ended = done;
      document.getElementById('class-report').src = '/classrooms/' + encodeURIComponent(code) + '/report?ended=' + done;
    }
  }

  try {
    render(await call('GET', base));
  } catch (e) {
    text('error', e.message);
    return;
  }

  watch(base + '/events', render, () => text('error', 'Reconnecting…'));
})();

// The list of sessions, and the form that opens a new one.
async function sessions(teacher) {
  show('create-box', true);
  show('list-box', true);
  const size = document.getElementById('table-size');
  size.value = teacher.scenario.default_table_size;
  size.max = teacher.scenario.seats.length;
  text('seat-list', 'Seats fill in this order: ' + teacher.scenario.seats.map((s) => s.seat).join(', ') + '.');
  document.getElementById('create').addEventListener('click', async () => {
    try {
      const opened = await call('POST', '/api/classrooms', {
        table_size: Number(size.value),
        set: document.getElementById('sets').value.split('\n').map((line) => line.trim()).filter((line) => line),
        turn_seconds: Number(document.getElementById('turn-seconds').value),
        vote_seconds: Number(document.getElementById('vote-seconds').value),
      });
      location.href = '/teacher?code=' + encodeURIComponent(opened.code);
    } catch (e) {
      text('create-error', e.message);
    }
  });

  const list = await call('GET', '/api/classrooms');
  document.querySelector('#sessions tbody').replaceChildren(...list.map((s) => {
    const remove = el('button', { type: 'button', class: 'small no' }, 'delete');
    remove.addEventListener('click', async () => {
      if (!confirm('Delete session ' + s.code + ' with every table, offer and vote? This cannot be undone.')) { return; }
      await call('DELETE', '/api/classrooms/' + encodeURIComponent(s.code));
      location.reload();
    });
    return el('tr', {},
      el('td', {}, el('a', { href: '/teacher?code=' + encodeURIComponent(s.code) }, s.code)),
      el('td', {}, s.scenario), el('td', {}, s.sets.join(', ')), el('td', { class: 'n' }, s.table_size),
      el('td', {}, new Date(s.opened).toLocaleString()), el('td', {}, remove));
  }));
}
