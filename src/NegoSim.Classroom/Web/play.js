'use strict';

(async () => {
  const token = new URLSearchParams(location.search).get('seat');
  if (!token) { text('turn', 'No seat here: join from the start page.'); return; }
  const seatUrl = '/api/seats/' + encodeURIComponent(token);
  const scenario = await call('GET', seatUrl + '/scenario').catch((e) => { text('turn', e.message); return null; });
  if (!scenario) { return; }
  text('scenario', scenario.name);
  let view = null;

  // The briefing: who this seat is, and what each term and value is worth to it.
  call('GET', seatUrl + '/briefing').then((b) => {
    text('briefing-description', b.description);
    text('briefing-text', b.briefing);
    if (b.kind === 'observer') {
      // An observer has no preferences: the terms' meanings only.
      text('briefing-reservation', '');
      document.querySelector('#briefing-terms tbody').replaceChildren(...b.terms.map((t) => el('tr', {},
        el('td', {}, t.name + (t.unit ? ' (' + t.unit + ')' : '')), el('td', {}, t.description), el('td', {}, ''), el('td', {}, ''))));
      return;
    }
    text('briefing-faction', b.faction
      ? 'Your faction has ' + b.faction.seats + ' of the ' + b.faction.of + ' seats of ' + b.faction.ratifier
        + (b.faction.ratifier_description ? ' (' + b.faction.ratifier_description.split('\n')[0] + ')' : '')
        + '; a deal of ' + b.faction.ratifies + ' that must be ratified passes with ' + b.faction.threshold + ' yes seats. '
        + Math.round(b.faction.discipline * 100) + '% of your seats follow the line you vote.'
      : '');
    text('briefing-reservation', 'Your reservation is ' + worth(b.reservation) + ': ' + (b.faction ? 'a deal worth less to your faction is worse for it than none.' : 'no deal is worth that much to you.'));
    const bar = (value) => el('span', { class: 'bar', style: 'width:' + Math.round(value * 60) + 'px' });
    document.querySelector('#briefing-terms tbody').replaceChildren(...b.terms.map((t) => el('tr', {},
      el('td', {}, t.name + (t.unit ? ' (' + t.unit + ')' : '')),
      el('td', {}, t.description),
      el('td', { class: 'n' }, worth(t.weight), bar(t.weight)),
      el('td', {}, t.values.map((v) => el('span', { class: 'value' }, v.label, bar(v.worth), worth(v.worth)))))));
  }).catch((e) => text('briefing-description', e.message));
  let reportShown = false;

  // The draft builder: one choice per term; each change asks the server what the draft is worth to this seat.
  const terms = document.getElementById('terms');
  for (const term of scenario.terms) {
    const select = el('select', { 'data-term': term.name, id: 'term-' + term.name }, term.options.map((o) => el('option', { value: o }, o)));
    select.addEventListener('change', checkDraft);
    terms.append(el('div', {}, el('label', { for: 'term-' + term.name }, term.name), select));
  }

  function draft() {
    const deal = {};
    for (const select of terms.querySelectorAll('select')) { deal[select.dataset.term] = select.value; }
    return deal;
  }

  function ratificationText(check) {
    return check.ratifiers.map((r) => r.required
      ? r.ratifier + ' must ratify this deal; as modelled, ' + r.yes + ' seats would vote for it (' + r.threshold + ' needed): it would ' + (r.would_pass ? 'pass' : 'fail') + '.'
      : r.ratifier + ' would not need to vote on this deal.').join(' ');
  }

  async function checkDraft() {
    try {
      const check = await call('POST', seatUrl + '/draft', { deal: draft() });
      text('draft-worth', worth(check.worth));
      text('draft-reservation', '(your reservation ' + worth(check.reservation) + (check.above_reservation ? ')' : ': this draft is worth less to you than no deal)'));
      text('draft-ratification', ratificationText(check));
    } catch (e) {
      text('error', e.message);
    }
  }

  async function act(path, body) {
    text('error', '');
    try {
      await call('POST', seatUrl + '/' + path, body);
    } catch (e) {
      text('error', e.message);
    }
  }

  document.getElementById('propose').addEventListener('click', () => act('propose', { round: view.your_turn.round, deal: draft() }));
  document.getElementById('accept').addEventListener('click', () => act('accept', { round: view.your_turn.round }));
  document.getElementById('reject').addEventListener('click', () => act('reject', { round: view.your_turn.round }));
  document.getElementById('vote-yes').addEventListener('click', () => act('vote', { yes: true }));
  document.getElementById('vote-no').addEventListener('click', () => act('vote', { yes: false }));

  // A countdown from the seconds the server gave with the view, redrawn each second.
  let due = null;
  setInterval(() => {
    if (due === null) { text('timer', ''); return; }
    const left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
    text('timer', left > 0 ? left + ' s left, then the computer moves for you.' : 'Time is up: the computer is moving for you.');
  }, 250);

  function render(next) {
    // The teacher moved this student to another seat: the briefing and the form are that seat's, so start afresh.
    if (view && view.seat !== next.seat) { location.reload(); return; }
    view = next;
    const turn = view.your_turn;
    const negotiator = view.kind === 'negotiator';
    const observer = view.kind === 'observer';
    text('who', view.student + ': ' + (observer ? 'observer' : negotiator ? view.seat : view.seat.replace('/', ' — ')) + ', table ' + view.table);
    text('where', 'Round ' + view.round + ' of ' + view.deadline + ' · ' + view.phase
      + (view.waiting_for.length ? ' · waiting for ' + view.waiting_for.join(', ') : ''));
    text('turn', view.problem ? view.problem
      : view.phase === 'seating' ? 'Waiting for the table to fill, or for the teacher to start.'
      : view.phase === 'ended' ? 'The table has ended.'
      : observer ? 'You are watching table ' + view.table + ': its offers and answers appear below as they come.'
      : !turn ? 'Waiting for the others.'
      : turn.kind === 'propose' ? 'Your turn: build a deal and propose it (round ' + turn.round + ').'
      : turn.kind === 'respond' ? 'Your turn: accept or reject the offer of round ' + turn.round + '.'
      : 'Your turn: vote your faction\'s seats on the signed deal.');
    due = turn && turn.seconds_left !== null && turn.seconds_left !== undefined ? Date.now() + turn.seconds_left * 1000 : null;
    const moves = view.computer_moves || [];
    show('computer', view.computer || moves.length > 0);
    text('computer', (view.computer ? 'The teacher has handed your seat to the computer: it moves for you until the teacher gives the seat back. ' : '')
      + (moves.length ? 'The computer moved for you: ' + moves.join('; ') + '.' : ''));
    show('draft-box', negotiator && view.phase !== 'ended');
    document.getElementById('propose').disabled = !(turn && turn.kind === 'propose');
    show('offer-box', !!(turn && turn.kind === 'respond'));
    if (turn && turn.kind === 'respond') {
      text('offer-deal', dealText(turn.deal));
      text('offer-worth', worth(turn.worth));
      text('offer-reservation', '(your reservation ' + worth(view.reservation) + ')');
      text('offer-ratification', turn.check ? ratificationText(turn.check) : '');
    }
    show('vote-box', !negotiator && !observer);
    if (!negotiator && !observer) {
      text('signed-deal', view.signed ? dealText(view.signed) : view.phase === 'ended' ? 'No deal was signed.' : 'No deal has been signed yet.');
      show('signed-worth-line', !!view.signed);
      text('signed-worth', worth(view.signed_worth));
      text('faction-reservation', worth(view.reservation));
      document.getElementById('vote-yes').disabled = !(turn && turn.kind === 'vote');
      document.getElementById('vote-no').disabled = !(turn && turn.kind === 'vote');
    }

    const offers = document.querySelector('#offers tbody');
    offers.replaceChildren(...view.offers.map((o) => el('tr', {},
      el('td', { class: 'n' }, o.round), el('td', {}, o.proposer), el('td', {}, dealText(o.deal)),
      el('td', { class: 'n' }, worth(o.worth)), el('td', {}, o.answers.map((a) => a.seat + ' ' + a.verdict).join('; ')))));
    const seats = document.querySelector('#seats tbody');
    seats.replaceChildren(...view.seats.map((s) => el('tr', {}, el('td', {}, s.seat),
      el('td', {}, s.student ? s.student + (s.computer ? ' (the computer plays for them)' : '') : 'the computer (strategy)'))));

    show('outcome-box', view.phase === 'ended' && !!view.outcome);
    if (view.phase === 'ended' && view.outcome) {
      text('headline', view.headline);
      const o = view.outcome;
      text('outcome-detail', (o.deal ? 'Deal: ' + dealText(o.deal) + '. ' : '')
        + (o.status === 'ratified' || o.status === 'signed' ? 'Utilities: ' : 'Each negotiator ends with its reservation: ')
        + Object.entries(o.utilities).map(([p, u]) => p + ' ' + worth(u)).join(', ') + '.'
        + (o.ratification.required ? ' The vote: ' + o.ratification.yes + ' yes, ' + o.ratification.no + ' no (' + o.ratification.threshold + ' needed).' : ''));
      if (!reportShown) {
        reportShown = true;
        const report = '/seats/' + encodeURIComponent(token) + '/report';
        document.getElementById('report-link').href = report;
        document.getElementById('report').src = report;
      }
    }
  }

  try {
    render(await call('GET', seatUrl));
  } catch (e) {
    text('turn', e.message);
    return;
  }

  // The browser reconnects by itself (after a restart of the server too); a link the teacher replaced is gone for good.
  const source = watch(seatUrl + '/events', render, async () => {
    text('where', 'Reconnecting…');
    try {
      await call('GET', seatUrl);
    } catch (e) {
      if (/no seat has this token/.test(e.message)) { source.close(); text('turn', e.message); }
    }
  });
  if (view.kind === 'negotiator') { checkDraft(); }
})();
