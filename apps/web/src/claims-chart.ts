// The competing casualty claims of one incident, one small chart per victim
// side, affiliation and category: each claimant's min–max as a bar, a single
// figure as a dot, a vague claim («العشرات») as a dashed range left open to the
// right, and the conservative figure (ACLED's rule, from the API) as a red rule.
import { plotModule } from './plot.js';
import type { Claim, ClaimSummary } from './api.js';
import { el } from './dom.js';

export const claimantLabel = (c: Claim): string => c.claimantName ?? c.claimantParty ?? (c.outlet ? `${c.outlet} (outlet)` : c.claimant);

const groupKey = (x: { side: string | null; affiliation: string; category: string }) => `${x.side ?? '?'}|${x.affiliation}|${x.category}`;

export function groupTitle(s: { side: string | null; affiliation: string; category: string }): string {
  const who = s.side ? `${s.side} ` : '';
  const aff = s.affiliation === 'unknown' ? '' : `${s.affiliation} `;
  return `${who}${aff}${s.category}`.trim();
}

interface Bar {
  claimant: string;
  lo: number;
  hi: number;
  open: boolean;
  label: string;
}

function bars(claims: Claim[]): Bar[] {
  return claims
    .filter((c) => c.min !== null || c.max !== null)
    .map((c) => {
      const lo = c.min ?? c.max!;
      const hi = c.max ?? lo;
      // A vague figure is a floor the claimant did not bound: drawn open, a third past its stated top.
      const open = c.vague;
      const shown = c.vague ? `${lo}+ (vague)` : lo === hi ? `${c.approximate ? '≈' : ''}${lo}` : `${lo}–${hi}`;
      const name = claimantLabel(c);
      return {
        claimant: name.length > 20 ? `${name.slice(0, 19)}…` : name,
        lo,
        hi: open ? Math.max(hi, lo) * 1.35 + 1 : hi,
        open,
        label: shown,
      };
    });
}

/**
 * Running tolls count everything over their period (since the war began, so
 * far): drawn beside the incident's own figures they would dwarf them and look
 * like competing claims. They are listed apart.
 */
export function splitRunningTolls(claims: readonly Claim[]): { own: Claim[]; running: Claim[] } {
  return { own: claims.filter((c) => !c.cumulative), running: claims.filter((c) => c.cumulative) };
}

const figureText = (c: Claim): string =>
  c.min === null && c.max === null
    ? 'unquantified'
    : c.vague
      ? `${c.min ?? c.max}+ (vague)`
      : c.min === c.max || c.max === null
        ? `${c.approximate ? '≈' : ''}${c.min}`
        : `${c.min}–${c.max}`;

function renderRunningTolls(running: readonly Claim[]): HTMLElement {
  const body = el('tbody');
  for (const c of running) {
    const period = c.period ? `${c.period.from ?? 'start not dated'} → ${c.period.to ?? '?'}` : '—';
    body.append(
      el(
        'tr',
        {
          'data-claim-event-id': c.eventId,
          'data-claimant': c.claimant,
          'data-side': c.side ?? '',
          'data-category': c.category,
          'data-min': c.min ?? '',
          'data-max': c.max ?? '',
        },
        el('td', {}, groupTitle(c)),
        el('td', {}, claimantLabel(c)),
        el('td', {}, figureText(c)),
        el('td', {}, period),
      ),
    );
  }
  return el(
    'section',
    { class: 'running-tolls' },
    el('h4', {}, 'Running tolls (over a period, not this incident’s figure)'),
    el(
      'table',
      { class: 'claim-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'group'), el('th', {}, 'claimant'), el('th', {}, 'figure'), el('th', {}, 'period'))),
      body,
    ),
  );
}

/** Needs Plot loaded (plot.ts). */
export function renderClaimsChart(allClaims: Claim[], summary: ClaimSummary[]): HTMLElement {
  const P = plotModule();
  const root = el('div', { class: 'claims' });
  const { own: claims, running } = splitRunningTolls(allClaims);
  if (running.length) root.append(renderRunningTolls(running));
  if (!claims.length) {
    root.append(
      el('p', { class: 'muted' }, running.length ? 'No figures of this incident’s own.' : 'No casualty claims for this incident.'),
    );
    return root;
  }
  const groups = new Map<string, Claim[]>();
  for (const c of claims) groups.set(groupKey(c), [...(groups.get(groupKey(c)) ?? []), c]);
  for (const [key, members] of groups) {
    const s = summary.find((x) => groupKey(x) === key);
    const data = bars(members);
    const section = el('section', { class: 'claim-group', 'data-group': key }, el('h4', {}, groupTitle(members[0])));
    if (data.length) {
      const max = Math.max(...data.map((d) => d.hi), s?.conservative?.value ?? 0);
      const chart = P.plot({
        width: 420,
        height: 30 + 26 * new Set(data.map((d) => d.claimant)).size,
        marginLeft: 140,
        marginRight: 56,
        style: { background: 'transparent', fontSize: '11px' },
        x: { domain: [0, max * 1.08 + 1], label: null, grid: true, tickFormat: 'd' },
        y: { label: null, domain: [...new Set(data.map((d) => d.claimant))] },
        marks: [
          P.ruleY(
            data.filter((d) => !d.open),
            { y: 'claimant', x1: 'lo', x2: 'hi', stroke: '#334155', strokeWidth: 8, strokeLinecap: 'round' },
          ),
          P.ruleY(
            data.filter((d) => d.open),
            { y: 'claimant', x1: 'lo', x2: 'hi', stroke: '#334155', strokeWidth: 3, strokeDasharray: '4,3' },
          ),
          P.dot(data, { y: 'claimant', x: 'lo', fill: '#334155', r: 4 }),
          P.text(data, { y: 'claimant', x: 'hi', text: 'label', dx: 8, textAnchor: 'start', fill: '#111' }),
          s?.conservative ? P.ruleX([s.conservative.value], { stroke: '#dc2626', strokeWidth: 2 }) : null,
        ],
      });
      section.append(chart);
    }
    if (s?.conservative)
      section.append(
        el(
          'p',
          { class: 'conservative' },
          el('span', { class: 'key' }),
          `conservative: ${s.conservative.value} (${s.conservative.claimants.join(', ')})`,
        ),
      );
    const table = el(
      'table',
      { class: 'claim-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'claimant'), el('th', {}, 'outlet'), el('th', {}, 'figure'))),
    );
    const body = el('tbody');
    for (const c of members)
      body.append(
        el(
          'tr',
          {
            'data-claim-event-id': c.eventId,
            'data-claimant': c.claimant,
            'data-side': c.side ?? '',
            'data-category': c.category,
            'data-min': c.min ?? '',
            'data-max': c.max ?? '',
          },
          el('td', {}, claimantLabel(c)),
          el('td', {}, c.outlet ?? '—'),
          el('td', {}, figureText(c)),
        ),
      );
    table.append(body);
    section.append(table);
    root.append(section);
  }
  return root;
}
