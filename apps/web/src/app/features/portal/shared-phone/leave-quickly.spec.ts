import { leaveQuickly, NEUTRAL_URL } from './leave-quickly';

describe('leaveQuickly', () => {
  it('empties the page, gives the tab a neutral title and replaces the history entry (no new one to go back to)', () => {
    document.body.innerHTML = '<main><h1>What happened</h1><p>My private answer</p></main>';
    document.title = 'Homework · My page';
    const replace = jest.fn();
    const fake = { title: document.title, body: document.body, defaultView: { location: { replace } } } as unknown as Document;
    leaveQuickly(fake);
    expect(document.body.textContent).toBe('');
    expect(fake.title).toBe('Weather');
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });
});
