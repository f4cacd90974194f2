import { navFor } from './navigation';

describe('navFor', () => {
  const labels = (roles: Parameters<typeof navFor>[0]) => navFor(roles).map((item) => item.label);

  it('gives counselors their pages and admins theirs; both roles see both', () => {
    expect(labels(['counselor'])).toEqual(['Home', 'Couples', 'This week', 'Exercises', 'Exercise library']);
    expect(labels(['admin'])).toEqual(['Accounts', 'Practice settings', 'Audit log', 'Mail']);
    expect(labels(['admin', 'counselor'])).toEqual(['Home', 'Couples', 'This week', 'Exercises', 'Exercise library', 'Accounts', 'Practice settings', 'Audit log', 'Mail']);
  });

  it('shows nothing to nobody', () => {
    expect(navFor([])).toEqual([]);
  });
});
