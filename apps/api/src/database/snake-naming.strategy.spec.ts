import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('maps camelCase properties to snake_case columns', () => {
    expect(strategy.columnName('practiceId', undefined, [])).toBe('practice_id');
    expect(strategy.columnName('lastOpenedAt', undefined, [])).toBe('last_opened_at');
  });

  it('keeps an explicit column name', () => {
    expect(strategy.columnName('whatever', 'custom_name', [])).toBe('custom_name');
  });

  it('derives singular snake_case table names from classes', () => {
    expect(strategy.tableName('InviteLink', undefined)).toBe('invite_link');
    expect(strategy.tableName('Couple', 'couple')).toBe('couple');
  });

  it('names join columns after the relation', () => {
    expect(strategy.joinColumnName('practice', 'id')).toBe('practice_id');
  });
});
