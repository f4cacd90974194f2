import { formatInZone, fromZonedInput, sameDayInZone, toZonedInput } from './practice-time';

describe('practice time', () => {
  it('shows an instant as the practice’s wall-clock time, whatever the browser’s zone', () => {
    expect(toZonedInput('2026-12-10T16:00:00Z', 'Europe/Madrid')).toBe('2026-12-10T17:00');
    expect(toZonedInput('2026-07-10T16:00:00Z', 'Europe/Madrid')).toBe('2026-07-10T18:00');
    expect(toZonedInput('2026-12-10T03:30:00Z', 'America/New_York')).toBe('2026-12-09T22:30');
    expect(formatInZone('2026-12-10T16:00:00Z', 'Europe/Madrid', 'en-GB')).toContain('17:00');
  });

  it('reads an entered wall time in the practice’s zone back to the same instant', () => {
    expect(fromZonedInput('2026-12-10T17:00', 'Europe/Madrid')?.toISOString()).toBe('2026-12-10T16:00:00.000Z');
    expect(fromZonedInput('2026-07-10T18:00', 'Europe/Madrid')?.toISOString()).toBe('2026-07-10T16:00:00.000Z');
    expect(fromZonedInput('2026-12-09T22:30', 'America/New_York')?.toISOString()).toBe('2026-12-10T03:30:00.000Z');
    expect(fromZonedInput('2026-12-10T17:00', 'UTC')?.toISOString()).toBe('2026-12-10T17:00:00.000Z');
    for (const zone of ['Europe/Madrid', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney']) {
      const instant = '2026-03-29T09:15:00.000Z';
      expect(fromZonedInput(toZonedInput(instant, zone), zone)?.toISOString()).toBe(instant);
    }
  });

  it('takes the first of a repeated hour and refuses what is not a date-time', () => {
    // 2026-10-25 02:30 happens twice in Madrid (CEST then CET): the first is 00:30 UTC.
    expect(fromZonedInput('2026-10-25T02:30', 'Europe/Madrid')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromZonedInput('', 'UTC')).toBeNull();
    expect(fromZonedInput('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromZonedInput('tomorrow', 'UTC')).toBeNull();
  });

  it('tells whether two instants are on the same day at the practice', () => {
    expect(sameDayInZone('2026-12-10T23:30:00Z', '2026-12-10T08:00:00Z', 'UTC')).toBe(true);
    expect(sameDayInZone('2026-12-10T23:30:00Z', '2026-12-10T08:00:00Z', 'Europe/Madrid')).toBe(false);
  });
});
