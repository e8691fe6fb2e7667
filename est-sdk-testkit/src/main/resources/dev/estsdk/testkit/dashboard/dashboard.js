// The EST simulator dashboard: polls the simulator's JSON under /_simulator and renders it with
// DOM calls only (textContent, never innerHTML), so names from the API cannot inject markup.
'use strict';

const POLL_MS = 1000;
const base = location.pathname.replace(/[^/]*$/, '');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') {
      node.className = v;
    } else if (k === 'open') {
      node.open = v;
    } else {
      node.setAttribute(k, v);
    }
  }
  for (const c of children) {
    if (c !== null && c !== undefined) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return node;
}

async function getJson(path) {
  const r = await fetch(base + path, { cache: 'no-store' });
  if (!r.ok) {
    throw new Error(`${path}: HTTP ${r.status}`);
  }
  return r.json();
}

async function postJson(path, body) {
  const r = await fetch(base + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok) {
    throw new Error(json.message || `HTTP ${r.status}`);
  }
  return json;
}

// Keeps open <details> open across re-renders, keyed by data-key.
function openKeys(root) {
  return new Set([...root.querySelectorAll('details[open]')].map((d) => d.dataset.key));
}

function details(key, open, summary, ...children) {
  const d = el('details', { class: key.split(':')[0], 'data-key': key }, el('summary', {}, ...summary), ...children);
  d.open = open.has(key);
  return d;
}

function list(items, render) {
  return items.length === 0 ? el('div', { class: 'muted' }, 'none') : el('ul', {}, ...items.map((i) => el('li', {}, ...render(i))));
}

function renderTrunk(t, open) {
  const key = `trunk:${t.id}`;
  const acls = details(`acls:${t.id}`, open, [`ACLs (${t.accessControlLists.length})`],
    list(t.accessControlLists, (a) => [el('span', { class: a.enabled ? '' : 'off' }, a.name), ' ',
      el('span', { class: 'muted' }, a.enabled ? '' : '(disabled)'),
      list(a.ipRanges, (r) => [`${r.ipAddress}/${r.range}`, r.description ? el('span', { class: 'muted' }, ` ${r.description}`) : null])]));
  const lists = details(`lists:${t.id}`, open, [`Credential lists (${t.credentialLists.length})`],
    list(t.credentialLists, (l) => [l.name, list(l.credentials, (c) => [c.username, ' ', el('span', { class: 'muted' }, `password ${c.password}`)])]));
  const endpoints = details(`endpoints:${t.id}`, open, [`Endpoints by priority (${t.endpoints.length})`],
    list(t.endpoints, (e) => [el('span', { class: e.enabled ? '' : 'off' }, `${e.priority}. ${e.name}`), ' ',
      el('span', { class: 'muted' }, e.isRegistered ? `registered user ${e.credentialUsername}`
        : `${e.address}:${e.port} ${e.transport}`)]));
  const numbers = details(`numbers:${t.id}`, open, [`Phone numbers (${t.phoneNumbers.length})`],
    list(t.phoneNumbers, (n) => [n]));
  return details(key, open, [t.name, ' ', el('span', { class: 'domain' }, t.domain)], acls, lists, endpoints, numbers);
}

function renderState(state) {
  document.getElementById('clock').textContent = state.now;
  document.getElementById('delay').textContent = state.propagationDelaySeconds;
  const root = document.getElementById('projects');
  const open = openKeys(root);
  if (open.size === 0 && !root.dataset.rendered) {
    open.add(`project:${state.mainProject}`);
  }
  root.dataset.rendered = 'yes';
  const projects = state.projects.map((p) => {
    const c = p.counts;
    const more = c.trunks > p.trunksShown ? el('div', { class: 'muted' }, `… and ${c.trunks - p.trunksShown} more trunks`) : null;
    return details(`project:${p.projectId}`, open, [p.projectId, ' ', el('span', { class: 'muted' },
      `${c.trunks} trunks · ${c.endpoints} endpoints · ${c.accessControlLists} ACLs · ${c.credentialLists} credential lists · `
      + `${c.assignedNumbers}/${c.ownedNumbers} numbers assigned · ${c.callBlockingRules} blocking rules`)],
    ...(p.trunks.length === 0 ? [el('div', { class: 'muted' }, 'no trunks')] : p.trunks.map((t) => renderTrunk(t, open))), more);
  });
  root.replaceChildren(...projects);
}

function renderPropagation(prop) {
  const root = document.getElementById('propagation');
  const now = Date.parse(prop.now);
  const rows = [];
  for (const p of prop.projects) {
    for (const c of p.changes) {
      const left = Math.max(0, Math.ceil((Date.parse(c.inForceAt) - now) / 1000));
      const what = c.keys.map((k) => `${k.removed ? 'removed ' : ''}${k.kind} ${k.key}`).join(', ')
        + (c.keyCount > c.keys.length ? ` and ${c.keyCount - c.keys.length} more` : '');
      rows.push(el('tr', {}, el('td', {}, p.projectId), el('td', {}, c.madeAt), el('td', {}, c.inForceAt),
        el('td', {}, `${left} s`), el('td', { class: 'url' }, what)));
    }
  }
  if (rows.length === 0) {
    root.replaceChildren(el('div', { class: 'muted' }, 'Nothing pending: the SIP edge sees the current configuration.'));
    return;
  }
  root.replaceChildren(el('table', {}, el('thead', {}, el('tr', {}, ...['Project', 'Made at', 'In force at', 'In', 'What']
    .map((h) => el('th', {}, h)))), el('tbody', {}, ...rows.reverse())));
}

function renderJournal(journal) {
  const body = document.querySelector('#journal tbody');
  body.replaceChildren(...journal.requests.map((r) => el('tr', { class: r.fault ? 'fault' : '', 'data-id': r.id },
    el('td', {}, r.time ? r.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''),
    el('td', {}, r.method), el('td', { class: 'url' }, r.url),
    el('td', { class: `status-${String(r.status || '')[0]}` }, r.status ?? ''),
    el('td', {}, r.auth || ''), el('td', { class: 'fault-cell' }, r.fault ? `injected ${r.fault}` : ''))));
}

async function refresh() {
  try {
    const [state, journal, prop] = await Promise.all([getJson('state'), getJson('journal'), getJson('propagation')]);
    renderState(state);
    renderJournal(journal);
    renderPropagation(prop);
    document.body.classList.remove('offline');
  } catch (e) {
    document.body.classList.add('offline');
    document.getElementById('clock').textContent = `offline (${e.message})`;
  }
}

document.getElementById('advance-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const seconds = Number(document.getElementById('advance-seconds').value);
  const answer = await postJson('clock/advance', { seconds });
  document.getElementById('clock').textContent = answer.now;
  refresh();
});

const sipForm = document.getElementById('sip-form');
const sipKind = document.getElementById('sip-kind');
function showSipFields() {
  for (const label of sipForm.querySelectorAll('label[data-for]')) {
    label.hidden = !label.dataset.for.split(' ').includes(sipKind.value);
  }
}
sipKind.addEventListener('change', showSipFields);
showSipFields();

sipForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('sip-result');
  const f = Object.fromEntries(new FormData(sipForm).entries());
  const blank = (v) => (v === undefined || v === '' ? undefined : v);
  let path;
  let body;
  if (f.kind === 'register') {
    path = 'sip/register';
    body = { domain: f.domain, username: f.username, password: f.password, expiresSeconds: Number(f.expiresSeconds) };
  } else {
    path = 'sip/invite';
    body = f.kind === 'inbound'
      ? { direction: 'INBOUND', from: f.from, to: f.to }
      : { direction: 'OUTBOUND', sourceIp: f.sourceIp, from: f.from, to: f.to, domain: blank(f.domain),
        username: blank(f.username), password: blank(f.password) };
  }
  try {
    const r = await postJson(path, body);
    out.className = r.status >= 200 && r.status < 300 ? 'ok' : 'refused';
    out.textContent = `SIP ${r.status} ${r.reason}\n${r.explanation}`;
  } catch (e) {
    out.className = 'refused';
    out.textContent = `Not sent: ${e.message}`;
  }
  refresh();
});

refresh();
setInterval(refresh, POLL_MS);
