import type { DashboardCouple } from '@trp/contracts';
import { todayFirst } from './session-order';

const couple = (label: string, nextSessionAt?: string): DashboardCouple => ({ id: label, label, partnerNames: [], completed: 0, assigned: 0, safetyFlag: false, ...(nextSessionAt && { nextSessionAt }) });

describe('todayFirst', () => {
  it('puts couples with a session today first, earliest first, then the rest in their order', () => {
    const now = new Date('2026-12-10T08:00:00Z');
    const list = [couple('A'), couple('B', '2026-12-10T16:00:00Z'), couple('C', '2026-12-11T09:00:00Z'), couple('D', '2026-12-10T09:00:00Z')];
    expect(todayFirst(list, now, 'UTC').map((c) => c.label)).toEqual(['D', 'B', 'A', 'C']);
  });

  it('judges "today" by the practice’s clock', () => {
    const now = new Date('2026-12-10T23:30:00Z'); // already the 11th in Madrid
    const list = [couple('A'), couple('B', '2026-12-11T09:00:00Z')];
    expect(todayFirst(list, now, 'Europe/Madrid').map((c) => c.label)).toEqual(['B', 'A']);
    expect(todayFirst(list, now, 'UTC').map((c) => c.label)).toEqual(['A', 'B']);
  });
});
