import type { ExerciseDefinition } from './model';
import {
  type AnswersValidation,
  validateAnswers,
  type ValidationMode,
} from './validate-answers';

const definition: ExerciseDefinition = {
  key: 'test-exercise',
  version: 1,
  title: 'Test',
  summary: 'Every field type, with small limits.',
  sections: [
    {
      id: 'texts',
      title: 'Texts',
      fields: [
        { id: 'story', type: 'longText', label: 'Story', maxLength: 20 },
        {
          id: 'title',
          type: 'shortText',
          label: 'Title',
          maxLength: 10,
          required: true,
        },
        { id: 'ready', type: 'scale', label: 'Ready', min: 1, max: 10 },
      ],
    },
    {
      id: 'structured',
      title: 'Structured',
      fields: [
        { id: 'feelings', type: 'emotions', label: 'Feelings', maxItems: 3 },
        {
          id: 'items',
          type: 'list',
          label: 'Items',
          maxItems: 2,
          maxLength: 10,
        },
        {
          id: 'statements',
          type: 'iStatement',
          label: 'Statements',
          maxItems: 2,
          maxLength: 10,
        },
        { id: 'table', type: 'feelingsTable', label: 'Table' },
        {
          id: 'safe',
          type: 'choice',
          label: 'Safe?',
          required: true,
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          flagWhen: ['no'],
        },
      ],
    },
  ],
};

const MODES: readonly ValidationMode[] = ['draft', 'submit'];
/** The required answers, so submit-mode tests only see the errors they are about. */
const REQUIRED = { title: 'Hello', safe: 'yes' } as const;

function validate(
  answers: unknown,
  mode: ValidationMode = 'draft',
): AnswersValidation {
  return validateAnswers(definition, answers, mode);
}

function accepted(answers: unknown, mode: ValidationMode = 'draft'): unknown {
  const result = validate(answers, mode);
  if (!result.ok) {
    throw new Error(
      `expected the answers to be accepted, got ${JSON.stringify(result.errors)}`,
    );
  }
  return result.answers;
}

function rejected(
  answers: unknown,
  mode: ValidationMode = 'draft',
): readonly { path: string; message: string }[] {
  const result = validate(answers, mode);
  if (result.ok) {
    throw new Error(
      `expected the answers to be rejected, got ${JSON.stringify(result.answers)}`,
    );
  }
  return result.errors;
}

describe('validateAnswers', () => {
  describe('the answers object', () => {
    it.each([
      null,
      undefined,
      'text',
      42,
      true,
      [],
      [{ story: 'x' }],
      new Date(0),
      new Map(),
    ])('rejects %p as a whole', (answers) => {
      for (const mode of MODES) {
        expect(rejected(answers, mode)).toEqual([
          {
            path: '',
            message:
              'Answers must be sent as an object with one entry per question.',
          },
        ]);
      }
    });

    it('accepts an empty draft, and a null-prototype object', () => {
      expect(accepted({})).toEqual({});
      const bare = Object.assign(Object.create(null) as object, { story: 'x' });
      expect(accepted(bare)).toEqual({ story: 'x' });
    });

    it('rejects unknown question ids, including prototype keys, without touching prototypes', () => {
      const answers = JSON.parse(
        '{"nope": "x", "__proto__": {"polluted": true}, "constructor": 1}',
      );
      for (const mode of MODES) {
        const errors = rejected({ ...REQUIRED, ...answers }, mode);
        expect(errors.map((error) => error.path).sort()).toEqual([
          '__proto__',
          'constructor',
          'nope',
        ]);
        expect(errors[0].message).toBe(
          'This question is not part of this exercise. Remove this answer.',
        );
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('shortens a very long unknown key in the error path', () => {
      const key = 'k'.repeat(10_000);
      const [error] = rejected({ [key]: 'x' });
      expect(error.path).toBe(`${'k'.repeat(40)}…`);
    });

    it('treats null as a skipped question', () => {
      expect(accepted({ story: null, feelings: null })).toEqual({});
      expect(rejected({ ...REQUIRED, title: null }, 'submit')).toEqual([
        {
          path: 'title',
          message: 'This question needs an answer before you submit.',
        },
      ]);
    });

    it('returns keys in the order of the form', () => {
      expect(
        Object.keys(accepted({ safe: 'yes', story: 'a', ready: 3 }) as object),
      ).toEqual(['story', 'ready', 'safe']);
    });

    it('does not change the input', () => {
      const input = { story: '  padded  ', items: [' a ', ''] };
      const copy = structuredClone(input);
      accepted(input);
      expect(input).toEqual(copy);
    });
  });

  describe('required questions', () => {
    it('may be missing from a draft', () => {
      expect(accepted({ story: 'Only this' }, 'draft')).toEqual({
        story: 'Only this',
      });
    });

    it('must be answered on submit, with a message per missing question', () => {
      expect(rejected({ story: 'Only this' }, 'submit')).toEqual([
        {
          path: 'title',
          message: 'This question needs an answer before you submit.',
        },
        {
          path: 'safe',
          message: 'This question needs an answer before you submit.',
        },
      ]);
    });

    it('count as missing on submit when the answer is empty after trimming', () => {
      expect(
        rejected({ title: '   ', safe: '' }, 'submit').map(
          (error) => error.path,
        ),
      ).toEqual(['title', 'safe']);
    });

    it('are satisfied by real answers', () => {
      expect(accepted(REQUIRED, 'submit')).toEqual(REQUIRED);
    });

    it('do not hide a type error behind "needs an answer"', () => {
      expect(rejected({ title: 5, safe: 'yes' }, 'submit')).toEqual([
        { path: 'title', message: 'Write your answer as text.' },
      ]);
    });
  });

  describe('longText and shortText', () => {
    it.each(MODES)('trims text and drops empty text (%s)', (mode) => {
      expect(
        accepted({ ...REQUIRED, story: '  two words \n', title: ' Hi ' }, mode),
      ).toEqual({
        ...REQUIRED,
        story: 'two words',
        title: 'Hi',
      });
      expect(accepted({ ...REQUIRED, story: ' \t\n ' }, mode)).toEqual(
        REQUIRED,
      );
    });

    it.each(MODES)('rejects anything but a string (%s)', (mode) => {
      for (const value of [3, true, ['a'], { text: 'a' }]) {
        expect(rejected({ ...REQUIRED, story: value }, mode)).toEqual([
          { path: 'story', message: 'Write your answer as text.' },
        ]);
      }
    });

    it.each(MODES)(
      'rejects text over maxLength, counting after trimming (%s)',
      (mode) => {
        expect(
          accepted({ ...REQUIRED, story: `  ${'a'.repeat(20)}  ` }, mode),
        ).toEqual({
          ...REQUIRED,
          story: 'a'.repeat(20),
        });
        expect(rejected({ ...REQUIRED, story: 'a'.repeat(412) }, mode)).toEqual(
          [
            {
              path: 'story',
              message: 'Keep this to 20 characters or fewer (it has 412).',
            },
          ],
        );
      },
    );

    it('removes NUL characters and replaces lone surrogates, so the database can store the text', () => {
      expect(accepted({ story: 'a\u0000b \uD800' })).toEqual({
        story: 'ab \uFFFD',
      });
      expect(accepted({ story: '\u{1F600} ok' })).toEqual({
        story: '\u{1F600} ok',
      });
    });
  });

  describe('scale', () => {
    it.each(MODES)('accepts integers from min to max (%s)', (mode) => {
      for (const ready of [1, 5, 10]) {
        expect(accepted({ ...REQUIRED, ready }, mode)).toEqual({
          ...REQUIRED,
          ready,
        });
      }
    });

    it.each(MODES)(
      'rejects out-of-range, fractional and non-number values (%s)',
      (mode) => {
        for (const ready of [
          0,
          11,
          -1,
          5.5,
          1e308,
          Number.NaN,
          Infinity,
          '5',
          '',
          [5],
          { value: 5 },
          false,
        ]) {
          expect(rejected({ ...REQUIRED, ready }, mode)).toEqual([
            { path: 'ready', message: 'Choose a number from 1 to 10.' },
          ]);
        }
      },
    );
  });

  describe('emotions', () => {
    it.each(MODES)(
      'accepts each emotion once with an integer intensity from 0 to 10 (%s)',
      (mode) => {
        const feelings = [
          { emotion: 'anger', intensity: 0 },
          { emotion: 'hurt', intensity: 10 },
        ];
        expect(accepted({ ...REQUIRED, feelings }, mode)).toEqual({
          ...REQUIRED,
          feelings,
        });
      },
    );

    it('drops an empty list and turns -0 into 0', () => {
      expect(accepted({ feelings: [] })).toEqual({});
      expect(
        accepted({ feelings: [{ emotion: 'fear', intensity: -0 }] }),
      ).toEqual({
        feelings: [{ emotion: 'fear', intensity: 0 }],
      });
      expect(
        Object.is(
          (
            accepted({ feelings: [{ emotion: 'fear', intensity: -0 }] }) as {
              feelings: { intensity: number }[];
            }
          ).feelings[0].intensity,
          0,
        ),
      ).toBe(true);
    });

    it.each(MODES)('rejects a value that is not a list (%s)', (mode) => {
      expect(
        rejected(
          { ...REQUIRED, feelings: { emotion: 'anger', intensity: 3 } },
          mode,
        ),
      ).toEqual([
        {
          path: 'feelings',
          message:
            'Choose feelings from the list, each with a strength from 0 to 10 if you want to give one.',
        },
      ]);
    });

    it.each(MODES)(
      'rejects unknown, missing and repeated emotions (%s)',
      (mode) => {
        const errors = rejected(
          {
            ...REQUIRED,
            feelings: [
              { emotion: 'anger', intensity: 1 },
              { emotion: 'Joy', intensity: 1 },
              { intensity: 1 },
              { emotion: 'anger', intensity: 2 },
            ],
          },
          mode,
        );
        expect(errors).toEqual([
          {
            path: 'feelings',
            message: 'Choose up to 3 feelings (there are 4).',
          },
          {
            path: 'feelings[1].emotion',
            message:
              'Choose a feeling from the list; "Joy" is not one of them.',
          },
          {
            path: 'feelings[2].emotion',
            message: 'Choose a feeling from the list.',
          },
          {
            path: 'feelings[3].emotion',
            message: 'Each feeling can be chosen once; "anger" appears twice.',
          },
        ]);
      },
    );

    it('reports an emotion chosen three times once, with the count', () => {
      const entry = { emotion: 'fear', intensity: 1 };
      expect(rejected({ feelings: [entry, entry, entry] })).toEqual([
        {
          path: 'feelings[1].emotion',
          message: 'Each feeling can be chosen once; "fear" appears 3 times.',
        },
      ]);
    });

    it('rejects intensities outside 0–10, not whole numbers, or null', () => {
      for (const intensity of [-1, 11, 2.5, '3', null, '', false]) {
        expect(
          rejected({ feelings: [{ emotion: 'anger', intensity }] }),
        ).toEqual([
          {
            path: 'feelings[0].intensity',
            message: 'Choose a strength from 0 to 10, or leave it unset.',
          },
        ]);
      }
    });

    it.each(MODES)(
      'accepts an emotion named without an intensity, and keeps none (%s)',
      (mode) => {
        const feelings = [
          { emotion: 'anger' },
          { emotion: 'hurt', intensity: 4 },
        ];
        const stored = accepted({ ...REQUIRED, feelings }, mode) as {
          feelings: Record<string, unknown>[];
        };
        expect(stored).toEqual({ ...REQUIRED, feelings });
        expect(Object.hasOwn(stored.feelings[0], 'intensity')).toBe(false);
        // Nothing after a JSON round trip either (an in-memory `undefined` counts as unset).
        expect(
          accepted({ feelings: [{ emotion: 'fear', intensity: undefined }] }),
        ).toEqual({ feelings: [{ emotion: 'fear' }] });
      },
    );

    it('a required emotions question answered with unset strengths is answered', () => {
      expect(
        accepted({ ...REQUIRED, feelings: [{ emotion: 'shame' }] }, 'submit'),
      ).toEqual({ ...REQUIRED, feelings: [{ emotion: 'shame' }] });
    });

    it('rejects entries that are not objects, holes in the list, and extra keys', () => {
      // eslint-disable-next-line no-sparse-arrays
      const sparse = [, { emotion: 'anger', intensity: 1 }];
      expect(rejected({ feelings: sparse })).toEqual([
        {
          path: 'feelings[0]',
          message:
            'Each feeling needs a name from the list, and may have a strength from 0 to 10.',
        },
      ]);
      expect(rejected({ feelings: ['anger'] })[0].path).toBe('feelings[0]');
      expect(
        rejected({ feelings: [{ emotion: 'anger', intensity: 1, note: 'x' }] }),
      ).toEqual([
        {
          path: 'feelings[0].note',
          message: 'This answer has an unexpected part, "note". Remove it.',
        },
      ]);
    });
  });

  describe('list', () => {
    it.each(MODES)('trims items and drops empty ones (%s)', (mode) => {
      expect(
        accepted({ ...REQUIRED, items: [' one ', '', '   ', 'two'] }, mode),
      ).toEqual({
        ...REQUIRED,
        items: ['one', 'two'],
      });
      expect(accepted({ ...REQUIRED, items: ['', ' '] }, mode)).toEqual(
        REQUIRED,
      );
      expect(accepted({ ...REQUIRED, items: [] }, mode)).toEqual(REQUIRED);
    });

    it.each(MODES)(
      'rejects a non-list, non-text items, long items and too many items (%s)',
      (mode) => {
        expect(rejected({ ...REQUIRED, items: 'one' }, mode)).toEqual([
          {
            path: 'items',
            message: 'Write your answer as a list of short items.',
          },
        ]);
        expect(rejected({ ...REQUIRED, items: ['ok', 7, null] }, mode)).toEqual(
          [
            { path: 'items[1]', message: 'Write each item as text.' },
            { path: 'items[2]', message: 'Write each item as text.' },
          ],
        );
        expect(
          rejected({ ...REQUIRED, items: ['ok', 'x'.repeat(11)] }, mode),
        ).toEqual([
          {
            path: 'items[1]',
            message: 'Keep this to 10 characters or fewer (it has 11).',
          },
        ]);
        expect(rejected({ ...REQUIRED, items: ['a', 'b', 'c'] }, mode)).toEqual(
          [
            {
              path: 'items',
              message: 'Keep this to 2 items or fewer (there are 3).',
            },
          ],
        );
      },
    );

    it('does not count empty items against maxItems', () => {
      expect(accepted({ items: ['a', '', ' ', 'b'] })).toEqual({
        items: ['a', 'b'],
      });
    });
  });

  describe('iStatement', () => {
    const statement = {
      feel: 'sad',
      when: 'late',
      because: 'worry',
      need: 'a text',
    };

    it.each(MODES)(
      'accepts up to maxItems statements and trims their parts (%s)',
      (mode) => {
        expect(
          accepted(
            {
              ...REQUIRED,
              statements: [{ ...statement, feel: ' sad ' }, statement],
            },
            mode,
          ),
        ).toEqual({ ...REQUIRED, statements: [statement, statement] });
      },
    );

    it('keeps partly filled statements and drops empty ones', () => {
      const partial = { feel: 'sad', when: '', because: '', need: '' };
      const empty = { feel: ' ', when: '', because: '', need: '' };
      expect(accepted({ statements: [empty, partial] })).toEqual({
        statements: [partial],
      });
      expect(accepted({ statements: [empty] })).toEqual({});
    });

    it.each(MODES)(
      'rejects wrong shapes with the part that is wrong (%s)',
      (mode) => {
        expect(rejected({ ...REQUIRED, statements: statement }, mode)).toEqual([
          {
            path: 'statements',
            message: 'Write your answer as a list of "I" statements.',
          },
        ]);
        expect(
          rejected({ ...REQUIRED, statements: ['I feel sad'] }, mode),
        ).toEqual([
          {
            path: 'statements[0]',
            message:
              'Each "I" statement has four parts: feel, when, because and need.',
          },
        ]);
        expect(
          rejected(
            {
              ...REQUIRED,
              statements: [{ feel: 'sad', when: 1, because: '' }],
            },
            mode,
          ),
        ).toEqual([
          {
            path: 'statements[0].when',
            message: 'Write this part as text (it may be left empty).',
          },
          {
            path: 'statements[0].need',
            message: 'Write this part as text (it may be left empty).',
          },
        ]);
        expect(
          rejected(
            { ...REQUIRED, statements: [{ ...statement, blame: 'you' }] },
            mode,
          ),
        ).toEqual([
          {
            path: 'statements[0].blame',
            message: 'This answer has an unexpected part, "blame". Remove it.',
          },
        ]);
      },
    );

    it('rejects long parts and too many statements', () => {
      expect(
        rejected({ statements: [{ ...statement, need: 'n'.repeat(11) }] }),
      ).toEqual([
        {
          path: 'statements[0].need',
          message: 'Keep this to 10 characters or fewer (it has 11).',
        },
      ]);
      expect(
        rejected({ statements: [statement, statement, statement] }),
      ).toEqual([
        {
          path: 'statements',
          message: 'Write up to 2 "I" statements (there are 3).',
        },
      ]);
    });
  });

  describe('feelingsTable', () => {
    it.each(MODES)('accepts two columns of emotions (%s)', (mode) => {
      const table = { mine: [{ emotion: 'anger', intensity: 7 }], partner: [] };
      expect(accepted({ ...REQUIRED, table }, mode)).toEqual({
        ...REQUIRED,
        table,
      });
    });

    it('drops a table with both columns empty', () => {
      expect(accepted({ table: { mine: [], partner: [] } })).toEqual({});
    });

    it('allows the same emotion once in each column', () => {
      const entry = { emotion: 'hurt', intensity: 4 };
      expect(accepted({ table: { mine: [entry], partner: [entry] } })).toEqual({
        table: { mine: [entry], partner: [entry] },
      });
    });

    it.each(MODES)(
      'rejects wrong shapes, extra columns and bad entries with precise paths (%s)',
      (mode) => {
        expect(rejected({ ...REQUIRED, table: [] }, mode)[0].path).toBe(
          'table',
        );
        expect(rejected({ ...REQUIRED, table: { mine: [] } }, mode)).toEqual([
          {
            path: 'table.partner',
            message:
              'Choose feelings from the list, each with a strength from 0 to 10 if you want to give one.',
          },
        ]);
        expect(
          rejected(
            { ...REQUIRED, table: { mine: [], partner: [], theirs: [] } },
            mode,
          ),
        ).toEqual([
          {
            path: 'table.theirs',
            message: 'This answer has an unexpected part, "theirs". Remove it.',
          },
        ]);
        expect(
          rejected(
            {
              ...REQUIRED,
              table: {
                mine: [
                  { emotion: 'anger', intensity: 1 },
                  { emotion: 'fear', intensity: 12 },
                ],
                partner: [
                  { emotion: 'guilt', intensity: 1 },
                  { emotion: 'guilt', intensity: 2 },
                ],
              },
            },
            mode,
          ),
        ).toEqual([
          {
            path: 'table.mine[1].intensity',
            message: 'Choose a strength from 0 to 10, or leave it unset.',
          },
          {
            path: 'table.partner[1].emotion',
            message: 'Each feeling can be chosen once; "guilt" appears twice.',
          },
        ]);
      },
    );
  });

  describe('choice', () => {
    it.each(MODES)('accepts an option value (%s)', (mode) => {
      expect(accepted({ title: 'x', safe: 'no' }, mode)).toEqual({
        title: 'x',
        safe: 'no',
      });
      expect(accepted({ title: 'x', safe: ' yes ' }, mode)).toEqual({
        title: 'x',
        safe: 'yes',
      });
    });

    it.each(MODES)(
      'rejects values that are not among the options (%s)',
      (mode) => {
        for (const safe of [
          'maybe',
          'Yes',
          1,
          true,
          ['yes'],
          { value: 'yes' },
        ]) {
          expect(rejected({ title: 'x', safe }, mode)).toEqual([
            {
              path: 'safe',
              message: 'Choose one of the options: "Yes", "No".',
            },
          ]);
        }
      },
    );
  });

  it('reports every problem at once', () => {
    const errors = rejected(
      { story: 1, ready: 0, items: 'x', extra: true },
      'submit',
    );
    expect(errors.map((error) => error.path)).toEqual([
      'story',
      'title',
      'ready',
      'items',
      'safe',
      'extra',
    ]);
  });

  it('copes with huge and deeply nested input without throwing', () => {
    let deep: unknown = 'bottom';
    for (let depth = 0; depth < 100_000; depth++) {
      deep = [deep];
    }
    expect(
      rejected({
        items: deep,
        feelings: [deep],
        table: { mine: deep, partner: [] },
      }).length,
    ).toBe(3);
    expect(
      rejected({ items: Array.from({ length: 100_000 }, () => 'a') }),
    ).toEqual([
      {
        path: 'items',
        message: 'Keep this to 2 items or fewer (there are 100000).',
      },
    ]);
  });
});
