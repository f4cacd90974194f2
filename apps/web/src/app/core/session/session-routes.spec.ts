import { safeReturnUrl } from './session-routes';

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/users?status=active', '/admin/users?status=active'],
    ['/', '/'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['javascript:alert(1)', null],
    ['/sign-in?returnUrl=%2F', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
