import {
  EMOTION_LABELS,
  fieldLabel,
  type AnswerValue,
  type EmotionAnswer,
  type ExerciseDefinition,
  type Field,
  type FeelingsTableAnswer,
  type IStatementAnswer,
  type Perspective,
  scaleRangeOf,
} from '@trp/exercises';
import type { PortalAgreement } from '@trp/contracts';
import type { PartnerAssignmentRow } from './partner-records';

/** Who the export is about (never the couple's label: that is the counselor's own). */
export interface ExportSubject {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly perspective: Perspective;
  readonly createdAt: Date;
  readonly erasedAt: Date | null;
}

export interface ExportLink {
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly firstOpenedAt: Date | null;
  readonly lastOpenedAt: Date | null;
  readonly useCount: number;
}

/** `counselor`: everything held about the partner. `partner`: their own answers (the portal export). */
export type ExportAudience = 'counselor' | 'partner';

export interface ExportInput {
  readonly audience: ExportAudience;
  readonly exportedAt: Date;
  readonly subject: ExportSubject;
  readonly links: readonly ExportLink[];
  /** The couple's shared agreements, as both partners read them (text only of what was shared; never a draft). */
  readonly agreements: readonly PortalAgreement[];
  readonly assignments: AsyncIterable<PartnerAssignmentRow>;
  /** The definition an assignment was made with, from the exercise resolver (`ExercisesService`). */
  readonly definitionOf: (key: string, version: number) => Promise<ExerciseDefinition | undefined>;
}

/** One assignment as it appears in an export: the exercise version it was made with and the partner's own answers. */
export function assignmentEntry(row: PartnerAssignmentRow, audience: ExportAudience, definition: ExerciseDefinition | undefined): Record<string, unknown> {
  const response = row.response;
  return {
    id: row.id,
    exercise: { key: row.exerciseKey, version: row.exerciseVersion, title: definition?.title ?? row.exerciseKey },
    instructions: row.instructions,
    dueAt: row.dueAt?.toISOString() ?? null,
    ...(audience === 'counselor' && {
      visibility: row.visibility,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
    }),
    submitted: response?.status === 'submitted' ? { answers: response.answers, submittedAt: response.submittedAt?.toISOString() ?? null } : null,
    draft: response?.status === 'draft' ? { answers: response.answers, version: response.version, savedAt: response.updatedAt.toISOString() } : null,
  };
}

function subjectEntry(subject: ExportSubject, audience: ExportAudience): Record<string, unknown> {
  return {
    id: subject.id,
    displayName: subject.displayName,
    ...(audience === 'counselor' && { email: subject.email, createdAt: subject.createdAt.toISOString(), erasedAt: subject.erasedAt?.toISOString() ?? null }),
    perspective: subject.perspective,
  };
}

function linkEntry(link: ExportLink): Record<string, unknown> {
  return {
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    firstOpenedAt: link.firstOpenedAt?.toISOString() ?? null,
    lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    useCount: link.useCount,
  };
}

/**
 * The export as JSON, one chunk at a time (the head, then one assignment per chunk): the whole document never sits
 * in memory. `{ exportedAt, partner, links?, agreements: [...], assignments: [...] }`.
 */
export async function* jsonExport(input: ExportInput): AsyncGenerator<string> {
  const head: Record<string, unknown> = { exportedAt: input.exportedAt.toISOString(), partner: subjectEntry(input.subject, input.audience) };
  if (input.audience === 'counselor') head['links'] = input.links.map(linkEntry);
  head['agreements'] = input.agreements.map(agreementEntry);
  yield `${JSON.stringify(head).slice(0, -1)},"assignments":[`;
  let first = true;
  for await (const row of input.assignments) {
    const definition = await input.definitionOf(row.exerciseKey, row.exerciseVersion);
    yield `${first ? '' : ','}${JSON.stringify(assignmentEntry(row, input.audience, definition))}`;
    first = false;
  }
  yield ']}';
}

function agreementEntry(agreement: PortalAgreement): Record<string, unknown> {
  return {
    assignmentId: agreement.assignmentId,
    title: agreement.title,
    sharedAt: agreement.sharedAt,
    version: agreement.version,
    items: agreement.items.map((item) => ({ heading: item.heading, text: item.text })),
  };
}

function agreementsHtml(agreements: readonly PortalAgreement[]): string {
  if (agreements.length === 0) return '';
  const blocks = agreements.map((agreement) => {
    const headings = [...new Set(agreement.items.map((item) => item.heading))];
    const lists = headings.map((heading) => {
      const items = agreement.items.filter((item) => item.heading === heading).map((item) => `<li>${escapeHtml(item.text)}</li>`);
      return `${heading ? `<h4>${escapeHtml(heading)}</h4>` : ''}<ul>${items.join('')}</ul>`;
    });
    return `<section><h3>${escapeHtml(agreement.title)}</h3><p class="facts">${escapeHtml(`Shared ${formatDate(new Date(agreement.sharedAt))} · version ${agreement.version}`)}</p>${lists.join('')}</section>`;
  });
  return `<article><h2>Shared agreements</h2>${blocks.join('')}</article>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

function emotionList(items: readonly EmotionAnswer[]): string {
  if (items.length === 0) return '<p class="none">None chosen.</p>';
  const lines = items.map((item) => {
    const label = EMOTION_LABELS[item.emotion] ?? item.emotion;
    const strength = item.intensity === undefined ? 'strength not set' : `${item.intensity} of 10`;
    return `<li>${escapeHtml(label)} (${strength})</li>`;
  });
  return `<ul>${lines.join('')}</ul>`;
}

/** One answer as HTML, in the words of the field it answers. */
export function answerHtml(field: Field, value: AnswerValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '<p class="none">Not answered.</p>';
  switch (field.type) {
    case 'scale': {
      const { min, max } = scaleRangeOf(field);
      const ends = [field.minLabel && `${min} = ${field.minLabel}`, field.maxLabel && `${max} = ${field.maxLabel}`].filter(Boolean).join('; ');
      return `<p><strong>${escapeHtml(String(value))}</strong> of ${max}${ends ? ` <span class="hint">(${escapeHtml(ends)})</span>` : ''}</p>`;
    }
    case 'choice': {
      const option = field.options?.find((o) => o.value === value);
      return `<p>${escapeHtml(option?.label ?? String(value))}</p>`;
    }
    case 'emotions':
      return emotionList(value as readonly EmotionAnswer[]);
    case 'list':
      return `<ul>${(value as readonly string[]).map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'iStatement':
      return (value as readonly IStatementAnswer[])
        .map((s) => `<p class="statement">I feel ${escapeHtml(s.feel)} when ${escapeHtml(s.when)} because ${escapeHtml(s.because)}. I need ${escapeHtml(s.need)}.</p>`)
        .join('');
    case 'feelingsTable': {
      const table = value as FeelingsTableAnswer;
      return `<h5>My feelings</h5>${emotionList(table.mine ?? [])}<h5>What I imagine my partner feels</h5>${emotionList(table.partner ?? [])}`;
    }
    default:
      return `<p class="text">${escapeHtml(String(value))}</p>`;
  }
}

/** The exercise's prompts (in the partner's perspective wording) with their own answers. */
function answersHtml(definition: ExerciseDefinition, answers: Record<string, AnswerValue>, perspective: Perspective): string {
  return definition.sections
    .map((section) => {
      const fields = section.fields.map((field) => `<div class="field"><h4>${escapeHtml(fieldLabel(field, perspective))}</h4>${answerHtml(field, answers[field.id])}</div>`);
      return `<section><h3>${escapeHtml(section.title)}</h3>${fields.join('')}</section>`;
    })
    .join('');
}

function assignmentHtml(row: PartnerAssignmentRow, perspective: Perspective, audience: ExportAudience, definition: ExerciseDefinition | undefined): string {
  const title = definition?.title ?? row.exerciseKey;
  const facts = [
    `Exercise version ${row.exerciseVersion}`,
    audience === 'counselor' ? `assigned ${formatDate(row.createdAt)}` : '',
    row.dueAt ? `due ${formatDate(row.dueAt)}` : '',
    audience === 'counselor' && row.cancelledAt ? `cancelled ${formatDate(row.cancelledAt)}` : '',
  ].filter(Boolean);
  const response = row.response;
  const state = !response
    ? 'Not started.'
    : response.status === 'submitted'
      ? `Sent ${formatDate(response.submittedAt)}.`
      : `Draft, last saved ${formatDate(response.updatedAt)} (not sent).`;
  const body = response && definition ? answersHtml(definition, response.answers as Record<string, AnswerValue>, perspective) : '';
  return `<article><h2>${escapeHtml(title)}</h2><p class="facts">${escapeHtml(facts.join(' · '))}</p>${
    row.instructions ? `<p class="instructions">${escapeHtml(row.instructions)}</p>` : ''
  }<p class="state">${escapeHtml(state)}</p>${body}</article>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1f;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}
h3{font-size:1.1rem}h4{font-size:1rem;margin:1rem 0 .25rem}h5{font-size:.95rem;margin:.5rem 0 .25rem}
.facts,.hint,.none{color:#555}.text{white-space:pre-wrap}table{border-collapse:collapse}td,th{text-align:left;padding:.25rem .75rem .25rem 0}
article{break-inside:auto}h2,h3,h4{break-after:avoid}@media print{body{margin:0;max-width:none}}`;

/** The export as a printable HTML document, streamed one assignment at a time. */
export async function* htmlExport(input: ExportInput): AsyncGenerator<string> {
  const { subject } = input;
  yield `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Records of ${escapeHtml(
    subject.displayName,
  )}</title><style>${STYLE}</style></head><body><main><h1>Records of ${escapeHtml(subject.displayName)}</h1>`;
  const rows = [['Exported', input.exportedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC']];
  if (input.audience === 'counselor') {
    rows.push(['Email', subject.email ?? 'none'], ['Added', formatDate(subject.createdAt)]);
  }
  yield `<table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k ?? '')}</th><td>${escapeHtml(v ?? '')}</td></tr>`).join('')}</tbody></table>`;
  if (input.audience === 'counselor') {
    const links = input.links.map(
      (l) =>
        `<tr><td>${formatDate(l.createdAt)}</td><td>${formatDate(l.expiresAt)}</td><td>${formatDate(l.firstOpenedAt)}</td><td>${formatDate(l.lastOpenedAt)}</td><td>${formatDate(l.revokedAt)}</td></tr>`,
    );
    yield `<h2>Personal links</h2>${
      links.length
        ? `<table><thead><tr><th scope="col">Issued</th><th scope="col">Expires</th><th scope="col">First opened</th><th scope="col">Last opened</th><th scope="col">Ended</th></tr></thead><tbody>${links.join('')}</tbody></table>`
        : '<p class="none">No link was ever issued.</p>'
    }`;
  }
  yield agreementsHtml(input.agreements);
  let any = false;
  for await (const row of input.assignments) {
    any = true;
    yield assignmentHtml(row, subject.perspective, input.audience, await input.definitionOf(row.exerciseKey, row.exerciseVersion));
  }
  if (!any) yield '<p class="none">No exercises yet.</p>';
  yield '</main></body></html>';
}
