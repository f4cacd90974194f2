import { EMOTION_TEXT } from '@trp/web-ui/i18n';
import {
  type AnswerValue,
  type EmotionAnswer,
  type ExerciseDefinition,
  type Field,
  fieldLabel,
  isEmotionKey,
  MAX_INTENSITY,
  type Perspective,
  scaleRangeOf,
} from '@trp/exercises';
import type { ReviewPartner } from './review-model';

const NONE_CHOSEN = $localize`:@@caseload.answer.none-chosen:None chosen`;

/** One partner's answer to one question, as plain text for the review page. */
export type AnswerDisplay =
  | { readonly kind: 'not_submitted' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'groups'; readonly groups: readonly { readonly title: string; readonly items: readonly string[] }[] };

export interface AlignedCell {
  readonly partnerId: string;
  readonly name: string;
  /** The wording this partner was shown, when it differs from the row's prompt. */
  readonly askedAs?: string;
  readonly answer: AnswerDisplay;
}

/** One question of the exercise with both partners' answers, in the partners' order. */
export interface AlignedRow {
  readonly fieldId: string;
  readonly prompt: string;
  readonly cells: readonly AlignedCell[];
}

export interface AlignedSection {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly AlignedRow[];
}

/**
 * The partners' answers aligned question by question (the counselor-only questions left out: the
 * page shows them apart). A partner who has not submitted has a "not submitted" cell in every row.
 */
export function alignAnswers(definition: ExerciseDefinition, partners: readonly ReviewPartner[]): AlignedSection[] {
  return definition.sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      rows: section.fields
        .filter((field) => !field.counselorOnly)
        .map((field) => ({
          fieldId: field.id,
          prompt: field.label,
          cells: partners.map((partner) => cell(field, partner)),
        })),
    }))
    .filter((section) => section.rows.length > 0);
}

function cell(field: Field, partner: ReviewPartner): AlignedCell {
  const askedAs = fieldLabel(field, partner.perspective as Perspective);
  return {
    partnerId: partner.id,
    name: partner.name,
    ...(askedAs !== field.label ? { askedAs } : {}),
    answer: partner.answers === null ? { kind: 'not_submitted' } : answerDisplay(field, partner.answers[field.id]),
  };
}

/** A stored answer in words; anything missing or of the wrong shape reads as skipped. */
export function answerDisplay(field: Field, value: AnswerValue | undefined): AnswerDisplay {
  if (value === undefined || value === null) return { kind: 'skipped' };
  switch (field.type) {
    case 'longText':
    case 'shortText':
      return typeof value === 'string' && value.trim() ? { kind: 'text', text: value } : { kind: 'skipped' };
    case 'scale':
      return typeof value === 'number' ? { kind: 'text', text: scaleText(field, value) } : { kind: 'skipped' };
    case 'choice': {
      if (typeof value !== 'string') return { kind: 'skipped' };
      return { kind: 'text', text: field.options?.find((option) => option.value === value)?.label ?? value };
    }
    case 'list':
      return nonEmptyList(Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : []);
    case 'iStatement':
      return nonEmptyList(Array.isArray(value) ? value.filter(isIStatement).map(iStatementText) : []);
    case 'emotions':
      return nonEmptyList(emotionItems(value));
    case 'feelingsTable': {
      if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'skipped' };
      const table = value as { mine?: unknown; partner?: unknown };
      const mine = emotionItems(table.mine);
      const partner = emotionItems(table.partner);
      if (!mine.length && !partner.length) return { kind: 'skipped' };
      return {
        kind: 'groups',
        groups: [
          { title: $localize`:@@caseload.answer.what-i-feel:What I feel`, items: mine.length ? mine : [NONE_CHOSEN] },
          { title: $localize`:@@caseload.answer.what-partner-feels:What I believe my partner feels`, items: partner.length ? partner : [NONE_CHOSEN] },
        ],
      };
    }
    default:
      return { kind: 'skipped' };
  }
}

function nonEmptyList(items: readonly string[]): AnswerDisplay {
  return items.length ? { kind: 'list', items } : { kind: 'skipped' };
}

function scaleText(field: Field, value: number): string {
  const { min, max } = scaleRangeOf(field);
  const end = value === min && field.minLabel ? ` (${field.minLabel})` : value === max && field.maxLabel ? ` (${field.maxLabel})` : '';
  return $localize`:@@caseload.answer.scale:${value}:value: of ${max}:max:` + end;
}

/** "Anger — 7 of 10", or "Anger — strength not given" when the slider was left unset. */
function emotionItems(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is EmotionAnswer => !!entry && typeof entry === 'object' && typeof (entry as EmotionAnswer).emotion === 'string')
    .map((entry) => {
      const name = isEmotionKey(entry.emotion) ? EMOTION_TEXT[entry.emotion] : entry.emotion;
      return typeof entry.intensity === 'number'
        ? $localize`:@@caseload.answer.emotion-strength:${name}:emotion: — ${entry.intensity}:strength: of ${MAX_INTENSITY}:max:`
        : $localize`:@@caseload.answer.emotion-no-strength:${name}:emotion: — strength not given`;
    });
}

interface IStatementLike {
  readonly feel?: string;
  readonly when?: string;
  readonly because?: string;
  readonly need?: string;
}

function isIStatement(value: unknown): value is IStatementLike {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** "I feel hurt when … because …, and I need …" with the parts left empty skipped. */
function iStatementText(statement: IStatementLike): string {
  const parts: [string, string | undefined][] = [
    [$localize`:@@caseload.answer.i-feel:I feel`, statement.feel],
    [$localize`:@@caseload.answer.when:when`, statement.when],
    [$localize`:@@caseload.answer.because:because`, statement.because],
    [$localize`:@@caseload.answer.and-i-need:and I need`, statement.need],
  ];
  return parts
    .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
    .map(([lead, text]) => `${lead} ${text}`)
    .join(' ');
}
