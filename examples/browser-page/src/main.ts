// The casemanager's page: a case entered in a form, its timeline drawn with statuses as of a
// chosen date, the explanation of any milestone or date on click, the findings, a what-if of
// recovery and relapse, and a plan van aanpak and dossieroverzicht made as .docx in the page.
// Everything runs in the browser with the published API of the @poortwachter packages.
import {
  casePhase,
  checkCase,
  computeTimeline,
  type Finding,
  formatDate,
  type IsoDate,
  type Issue,
  isIsoDate,
  type Milestone,
  PoortwachterError,
  SEVERITY_LABELS,
  STATUS_LABELS,
  spoor2Status,
  type Timeline,
  todayInAmsterdam,
} from '@poortwachter/core';
import { LABELS } from '@poortwachter/report/blocks';
import { type Case, parseCase } from '@poortwachter/schema';
import exampleCase from '../../case.json';
import { caseForm } from './case-form.js';
import { download, makeDocument, overviewContent } from './documents.js';
import { byId, h } from './dom.js';
import { DATE_HINT, dutchDate, isoDate } from './dutch-date.js';
import { explainDate } from './explain-date.js';
import { planForm } from './plan-form.js';
import { timelineChart } from './timeline-chart.js';
import { runWhatIf } from './what-if.js';

const asOfInput = byId<HTMLInputElement>('as-of');
const errors = byId<HTMLParagraphElement>('errors');
const explanation = byId<HTMLDivElement>('explanation');

let current: { data: Case; timeline: Timeline } | null = null;
let selected: { milestone: string } | { date: IsoDate } | null = null;

const form = caseForm(update);
const plan = planForm(() => undefined);
byId('case-form').append(form.element);
byId('plan-form').append(plan.element);

/**
 * Marks the inputs that issues point at and returns one line per issue, naming the field as the
 * form does ("Ziekteperiode 1, laatste ziektedag") where it can. Paths of document content that
 * start with `case` point into the case form, the others into the plan form.
 */
function markIssues(issues: readonly Issue[], of: 'case' | 'content'): string[] {
  return issues.map((issue) => {
    const full = issue.path ?? [];
    const inCase = of === 'case' || full[0] === 'case';
    const path = (of === 'content' && inCase ? full.slice(1) : full).join('.');
    const root = byId(inCase ? 'case-form' : 'plan-form');
    const input = path
      ? root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)
      : null;
    input?.setAttribute('aria-invalid', 'true');
    // A date field says how to write a date, in the order the page shows dates.
    const message =
      issue.code === 'date/invalid' && input?.classList.contains('date')
        ? DATE_HINT
        : issue.message.nl;
    return `${input?.dataset.label ?? (full.join('.') || 'Dossier')}: ${message}`;
  });
}

function clearMarks(): void {
  document.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
  });
}

/** A finding as a list item: its severity in Dutch, then its message. */
const findingItem = (f: Finding | Issue, text = f.message.nl) =>
  h(
    'li',
    {},
    h(
      'span',
      { class: `badge severity-${f.severity ?? 'error'}` },
      SEVERITY_LABELS[f.severity ?? 'error'].nl,
    ),
    text,
  );

function explainMilestone(m: Milestone): void {
  explanation.replaceChildren(
    h('h3', {}, m.label.nl),
    h(
      'p',
      {},
      h('span', { class: `badge status-${m.status}` }, STATUS_LABELS[m.status].nl),
      [
        m.windowStart ? `vanaf ${formatDate(m.windowStart)}` : null,
        m.due ? `uiterlijk ${formatDate(m.due, 'nl', { weekday: true })}` : 'geen datum',
        m.eventDate ? `vastgelegd op ${formatDate(m.eventDate)}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('p', { id: 'explanation-text' }, m.explanation.nl),
    h('p', { class: 'hint' }, `Bron: ${m.source}`),
  );
}

function explainDay(data: Case, timeline: Timeline, date: IsoDate): void {
  const due = timeline.milestones.filter((m) => m.due === date);
  explanation.replaceChildren(
    h('h3', {}, formatDate(date, 'nl', { weekday: true })),
    h('p', { id: 'explanation-text' }, explainDate(data, date)),
    ...(due.length > 0
      ? [h('p', { class: 'hint' }, `Uiterste datum van: ${due.map((m) => m.label.nl).join(', ')}.`)]
      : []),
  );
}

function showSelection(): void {
  if (!current || !selected) return;
  document.querySelectorAll('.chart .row.selected').forEach((row) => {
    row.classList.remove('selected');
  });
  if ('date' in selected) {
    explainDay(current.data, current.timeline, selected.date);
    return;
  }
  const id = selected.milestone;
  const m = current.timeline.milestones.find((x) => x.id === id);
  if (!m) return;
  document.querySelector(`.chart [data-milestone="${id}"]`)?.classList.add('selected');
  explainMilestone(m);
}

function showSummary(data: Case, timeline: Timeline, asOf: IsoDate): void {
  const phase = casePhase(data, { asOf });
  const lastDay = timeline.waitingPeriod.lastDay;
  byId('summary').textContent = [
    `Eerste ziektedag ${formatDate(timeline.firstSickDay)}`,
    `${LABELS.casePhase[phase.phase]}${phase.phase === 'hersteld' ? '' : ` (week ${phase.sickWeek})`}`,
    `spoor 2: ${LABELS.spoor2[spoor2Status(data, { asOf }).spoor2].toLowerCase()}`,
    `laatste dag wachttijd ${lastDay ? formatDate(lastDay) : 'niet bereikt'}`,
  ].join(' · ');
}

function showFindings(data: Case, asOf: IsoDate): void {
  const findings = checkCase(data, { asOf });
  byId('findings').replaceChildren(
    ...(findings.length > 0
      ? findings.map((f) => findingItem(f))
      : [h('li', {}, `Geen bevindingen per ${formatDate(asOf)}.`)]),
  );
}

/** Reads the form, and draws everything that follows from the case. */
function update(): void {
  clearMarks();
  errors.textContent = '';
  const asOf = isoDate(asOfInput.value) || todayInAmsterdam();
  if (!isIsoDate(asOf)) {
    asOfInput.setAttribute('aria-invalid', 'true');
    errors.textContent = `Peildatum: ${DATE_HINT}`;
    return;
  }
  const parsed = parseCase(form.read());
  let issues: readonly Issue[] = parsed.success ? [] : parsed.issues;
  let timeline: Timeline | null = null;
  if (parsed.success) {
    try {
      timeline = computeTimeline(parsed.data, { asOf });
    } catch (error) {
      if (!(error instanceof PoortwachterError)) throw error;
      issues = error.issues;
    }
  }
  if (!parsed.success || !timeline) {
    errors.replaceChildren(
      h('strong', {}, 'Controleer het dossier:'),
      h('ul', {}, ...markIssues(issues, 'case').map((line) => h('li', {}, line))),
    );
    return;
  }
  current = { data: parsed.data, timeline };
  showSummary(parsed.data, timeline, asOf);
  byId('chart').replaceChildren(
    timelineChart(timeline, parsed.data, {
      onMilestone: (m) => {
        selected = { milestone: m.id };
        showSelection();
      },
      onDate: (date) => {
        selected = { date };
        showSelection();
      },
    }),
  );
  showFindings(parsed.data, asOf);
  plan.showEvaluations(timeline);
  showSelection();
}

/** The what-if's result: how every deadline moves, or why the scenario does not fit. */
function whatIfView(): HTMLElement {
  const problem = (text: string) => h('p', { class: 'errors' }, text);
  if (!current) return problem('Vul eerst een geldig dossier in.');
  const [recoveredOn, sickAgainOn] = ['what-if-recovered', 'what-if-sick'].map(
    (id) => isoDate(byId<HTMLInputElement>(id).value) || null,
  );
  if ([recoveredOn, sickAgainOn].some((d) => d !== null && !isIsoDate(d)))
    return problem(DATE_HINT);
  const result = runWhatIf(
    current.data,
    { recoveredOn: recoveredOn ?? null, sickAgainOn: sickAgainOn ?? null },
    current.timeline.asOf,
  );
  if (!result.ok) return problem(result.problem);
  return h(
    'div',
    {},
    result.note ? h('p', { class: 'note' }, result.note) : '',
    h(
      'table',
      { class: 'shifts' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'Mijlpaal'),
          h('th', {}, 'Nu'),
          h('th', {}, 'Wat als'),
          h('th', {}, 'Verschil'),
        ),
      ),
      h(
        'tbody',
        {},
        ...result.shifts
          .filter((s) => s.before !== null || s.after !== null)
          .map((s) =>
            h(
              'tr',
              {
                'data-milestone': s.id,
                class: s.after === null ? 'lost' : s.days === 0 ? '' : 'moved',
              },
              h('td', {}, s.label),
              h('td', {}, s.before ? formatDate(s.before) : '—'),
              h('td', {}, s.after ? formatDate(s.after) : '—'),
              h('td', {}, s.text),
            ),
          ),
      ),
    ),
  );
}

async function makeAndDownload(content: () => unknown): Promise<void> {
  const status = byId('document-status');
  const list = byId('document-findings');
  list.replaceChildren();
  clearMarks();
  if (!current) {
    status.textContent = 'Vul eerst een geldig dossier in.';
    return;
  }
  status.textContent = 'Het document wordt gemaakt…';
  const result = await makeDocument(content(), current.timeline.asOf);
  if (!result.ok) {
    status.textContent = 'Het document kan zo niet worden gemaakt:';
    const lines = markIssues(result.issues, 'content');
    list.replaceChildren(...result.issues.map((issue, i) => findingItem(issue, lines[i])));
    return;
  }
  download(result.name, result.bytes);
  const concept = result.findings.some((f) => f.severity === 'error');
  status.textContent = `${result.name} is gemaakt (${Math.round(result.bytes.length / 1024)} kB)${
    concept ? ', als concept: er ontbreekt nog iets.' : '.'
  }`;
  const lines = markIssues(result.findings, 'content');
  list.replaceChildren(...result.findings.map((f, i) => findingItem(f, lines[i])));
}

byId('legend').replaceChildren(
  ...(['done', 'done-late', 'overdue', 'due-soon', 'upcoming', 'not-reached'] as const).map(
    (status) => h('span', { class: `status-${status}` }, STATUS_LABELS[status].nl),
  ),
  h('span', { class: 'event-key' }, 'vastgelegd'),
);
asOfInput.value = dutchDate(todayInAmsterdam());
asOfInput.addEventListener('input', update);
byId('new-case').addEventListener('click', () => {
  form.write({ sickPeriods: [{ start: '' }] } as Case);
  byId('what-if').replaceChildren();
  selected = null;
  update();
});
byId('example-case').addEventListener('click', () => {
  form.write(exampleCase as Case);
  update();
});
byId('what-if-run').addEventListener('click', () => byId('what-if').replaceChildren(whatIfView()));
byId('download-plan').addEventListener('click', () =>
  makeAndDownload(() => plan.read(current!.data, current!.timeline)),
);
byId('download-overview').addEventListener('click', () =>
  makeAndDownload(() => overviewContent(current!.data, current!.timeline.asOf)),
);
form.write(exampleCase as Case);
update();
