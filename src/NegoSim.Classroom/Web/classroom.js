// Shared by the classroom's pages: building elements without ever writing a student's text as HTML, and JSON calls.
'use strict';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) { node.setAttribute(name, value); }
  }
  for (const child of children.flat()) {
    node.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? '' : String(child)));
  }
  return node;
}

function show(id, visible) { document.getElementById(id).classList.toggle('hidden', !visible); }

function text(id, value) { document.getElementById(id).textContent = value; }

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({ error: 'the server answered ' + response.status }));
  if (!response.ok) { throw new Error(data.error || ('the server answered ' + response.status)); }
  return data;
}

function dealText(deal) {
  return deal ? Object.entries(deal).map(([term, value]) => term + '=' + value).join(', ') : '(no offer)';
}

function worth(value) { return value === null || value === undefined ? '' : Number(value).toFixed(2); }

// A live view from server-sent events; each message is the whole view. The browser reconnects by itself while the
// server is away; should it give up (a restart can take longer than it waits), a new stream is opened every 2 s.
function watch(url, render, onError) {
  const handle = { closed: false, close() { handle.closed = true; handle.source.close(); } };
  const open = () => {
    const source = new EventSource(url);
    handle.source = source;
    source.onmessage = (event) => render(JSON.parse(event.data));
    source.onerror = () => {
      if (onError) { onError(handle); }
      if (source.readyState === EventSource.CLOSED && !handle.closed) { setTimeout(() => { if (!handle.closed) { open(); } }, 2000); }
    };
  };
  open();
  return handle;
}
