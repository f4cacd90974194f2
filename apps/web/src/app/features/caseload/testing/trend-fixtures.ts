import type { CoupleTrends } from '@trp/contracts';

/** Trends of a couple: one acknowledge-the-breach and two weekly check-ins (Sam skipped the first). */
export const TRENDS: CoupleTrends = {
  exercises: [
    {
      exerciseKey: 'acknowledge-the-breach',
      title: 'Acknowledge the breach',
      fields: [
        {
          fieldId: 'feelingsNow',
          label: 'Which feelings?',
          type: 'emotions',
          partners: [
            { partnerId: 'p1', points: [{ assignmentId: 'b1', submittedAt: '2026-11-01T10:00:00.000Z', emotions: { hurt: 8 } }] },
            { partnerId: 'p2', points: [{ assignmentId: 'b1', submittedAt: '2026-11-01T12:00:00.000Z', emotions: { guilt: 6, hurt: 3 } }] },
          ],
        },
        {
          fieldId: 'readiness',
          label: 'How ready?',
          type: 'scale',
          min: 1,
          max: 10,
          partners: [
            { partnerId: 'p1', points: [{ assignmentId: 'b1', submittedAt: '2026-11-01T10:00:00.000Z', value: 4 }] },
            { partnerId: 'p2', points: [] },
          ],
        },
      ],
    },
    {
      exerciseKey: 'weekly-check-in',
      title: 'How are things this week',
      fields: [
        {
          fieldId: 'trust',
          label: 'Trust?',
          type: 'scale',
          min: 1,
          max: 5,
          partners: [
            {
              partnerId: 'p1',
              points: [
                { assignmentId: 'w2', submittedAt: '2026-11-08T09:00:00.000Z', value: 3 },
                { assignmentId: 'w1', submittedAt: '2026-11-01T09:00:00.000Z', value: 2 },
              ],
            },
            { partnerId: 'p2', points: [{ assignmentId: 'w2', submittedAt: '2026-11-08T08:00:00.000Z', value: 4 }] },
          ],
        },
      ],
      score: {
        partners: [
          {
            partnerId: 'p1',
            points: [
              { assignmentId: 'w1', submittedAt: '2026-11-01T09:00:00.000Z', value: 10, band: 'A hard week' },
              { assignmentId: 'w2', submittedAt: '2026-11-08T09:00:00.000Z', value: 14, band: 'Mixed' },
            ],
          },
          { partnerId: 'p2', points: [{ assignmentId: 'w2', submittedAt: '2026-11-08T08:00:00.000Z', value: 19, band: 'A steadier week' }] },
        ],
      },
    },
  ],
};
