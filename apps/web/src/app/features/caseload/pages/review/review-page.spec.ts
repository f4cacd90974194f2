import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { AssignmentView } from '@trp/contracts';
import { assignment, couple, submitted } from '../../testing/caseload-fixtures';
import { ReviewPage } from './review-page';

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('assignmentId', 'a1');
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  async function load(view: AssignmentView = submitted()): Promise<void> {
    fixture.detectChanges();
    http.expectOne('/api/assignments/a1').flush(view);
    await settle();
    http.expectOne('/api/couples/c1').flush(couple());
    await settle();
  }

  /** The partners' header cards of the aligned answers. */
  const columns = () => [...el.querySelectorAll<HTMLElement>('app-aligned-answers .partner')];
  const rows = () => [...el.querySelectorAll<HTMLElement>('app-aligned-answers .row')];
  const aligned = () => el.querySelector('app-aligned-answers') as HTMLElement;
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement | undefined;

  it('aligns both partners’ answers question by question, read-only', async () => {
    await load();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('h1')?.textContent).toContain('Communicate openly and honestly');
    const [alex, sam] = columns();
    expect(alex.querySelector('.partner-name')?.textContent).toBe('Alex');
    expect(alex.textContent).toContain('Hurt partner');
    expect(sam.querySelector('.partner-name')?.textContent).toBe('Sam');
    expect(sam.textContent).toContain('Broke the trust');
    // One row per question: the prompt, then Alex's answer and Sam's answer, each named.
    const concern = rows().find((r) => r.dataset['field'] === 'concern') as HTMLElement;
    expect(concern.querySelector('.prompt')?.textContent?.trim().length).toBeGreaterThan(0);
    const cells = [...concern.querySelectorAll<HTMLElement>('.cell')];
    expect(cells.map((c) => [c.dataset['partner'], c.querySelector('.cell-name')?.textContent])).toEqual([
      ['p1', 'Alex'],
      ['p2', 'Sam'],
    ]);
    expect(cells[0].textContent).toContain('Late nights without a message');
    expect(cells[1].textContent).toContain('Feeling watched');
    // A question one partner skipped says so in that partner's cell.
    const hardToSay = rows().find((r) => r.dataset['field'] === 'hardToSay') as HTMLElement;
    expect(hardToSay.querySelector('[data-partner="p1"]')?.textContent).toContain('That I still check your phone.');
    expect(hardToSay.querySelector('[data-partner="p2"]')?.textContent).toContain('Skipped');
    // The feelings table with its two columns, in words.
    const table = rows().find((r) => r.dataset['field'] === 'feelingsTable') as HTMLElement;
    expect(table.querySelector('[data-partner="p1"]')?.textContent).toContain('Hurt — 9 of 10');
    // read-only: answers as text, no inputs
    expect(aligned().querySelectorAll('input, textarea')).toHaveLength(0);
  });

  it('shows the private notes and safety checks only in the “For you only” panel, a flagged one prominently', async () => {
    await load();
    const panel = el.querySelector('app-for-you-only') as HTMLElement;
    expect(panel.querySelector('h2')?.textContent).toContain('For you only');
    const alex = panel.querySelector('[data-partner="p1"]') as HTMLElement;
    const sam = panel.querySelector('[data-partner="p2"]') as HTMLElement;
    expect(alex.classList).toContain('flagged');
    expect(alex.querySelector('.flag')?.textContent).toContain('Safety concern');
    expect(alex.querySelector('.flag mat-icon')?.textContent).toContain('warning');
    expect(alex.textContent).toContain("No, I don't feel safe");
    expect(alex.textContent).toContain('I am exhausted.');
    expect(sam.classList).not.toContain('flagged');
    expect(sam.textContent).toContain('Yes, I feel safe');
    expect(sam.textContent).toContain('Things are calmer at home.');
    expect(aligned().textContent).not.toContain('I am exhausted.');
    expect(aligned().textContent).not.toContain('Things are calmer at home.');
    expect(aligned().textContent).not.toContain('Do you feel safe');
    expect(rows().map((r) => r.dataset['field'])).not.toContain('privateNote');
  });

  it('compares the feelings both ways, with differences in words', async () => {
    await load();
    const comparison = el.querySelector('app-feelings-comparison-view') as HTMLElement;
    const [aboutSam, aboutAlex] = [...comparison.querySelectorAll('section')];
    expect(aboutSam.querySelector('h3')?.textContent).toContain('What Alex believes Sam feels');
    const rows = [...aboutSam.querySelectorAll('tbody tr')].map((r) => [r.getAttribute('data-difference'), r.querySelector('.difference')?.textContent?.replace('error', '').trim()]);
    // Sam reported guilt 4 and fear 7; Alex guessed guilt 8.
    expect(rows).toEqual([
      ['missed', 'Alex missed this'],
      ['intensity', 'Off by 4'],
    ]);
    expect(aboutAlex.querySelector('h3')?.textContent).toContain('What Sam believes Alex feels');
    expect(aboutAlex.querySelector('.difference')?.textContent).toContain('Sam missed this'); // betrayal
    expect([...aboutAlex.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-difference'))).toEqual(['missed', 'none']);
  });

  it('says who has not submitted instead of showing drafts', async () => {
    await load(
      assignment({
        partners: [
          { partnerId: 'p1', status: 'in_progress' },
          { partnerId: 'p2', status: 'not_started' },
        ],
      }),
    );
    const [alex, sam] = columns();
    expect(alex.textContent).toContain('Alex has not submitted yet (they have started)');
    expect(rows()[0].querySelector('[data-partner="p1"]')?.textContent).toContain('Not submitted yet');
    expect(sam.textContent).toContain('Sam has not submitted yet.');
    expect(button('Mark reviewed')?.disabled).toBe(true);
    expect(button('Reopen')).toBeUndefined();
  });

  it('marks it reviewed and says so', async () => {
    await load();
    button('Mark reviewed')?.click();
    await settle();
    const request = http.expectOne('/api/assignments/a1/review');
    expect(request.request.method).toBe('POST');
    request.flush({ ...submitted(), status: 'reviewed' });
    await settle();
    http.expectOne('/api/assignments/a1').flush({ ...submitted(), status: 'reviewed', reviewedAt: '2026-11-07T12:00:00.000Z' });
    await settle();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Marked as reviewed.');
    expect(el.querySelector('.status')?.textContent).toContain('Reviewed');
    expect(button('Mark reviewed')).toBeUndefined();
  });

  it('reopens one partner’s answers for edits after confirming', async () => {
    await load();
    button('Reopen Sam’s answers')?.click();
    await settle();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Reopen Sam’s answers for edits?');
    const confirmButton = [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')].find((b) => b.textContent?.trim() === 'Reopen');
    confirmButton?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/assignments/a1/reopen' });
    expect(request.request.body).toEqual({ partnerId: 'p2' });
    request.flush(submitted());
    await settle();
    http.expectOne('/api/assignments/a1').flush(submitted());
    await settle();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Sam can edit their answers again.');
  });

  it('reopens both after confirming', async () => {
    await load();
    button('Reopen for both')?.click();
    await settle();
    const confirmButton = [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')].find((b) => b.textContent?.trim() === 'Reopen');
    confirmButton?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/assignments/a1/reopen' });
    expect(request.request.body).toEqual({});
    request.flush(submitted());
    await settle();
    http.expectOne('/api/assignments/a1').flush(submitted());
    await settle();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Open for edits again');
  });

  it('says whether the answers are shared, and offers the release for a sealed in-session assignment', async () => {
    await load({ ...submitted(), visibility: 'in_session', release: { state: 'sealed' } });
    expect(el.querySelector('app-release-status')?.textContent).toContain('Sealed until you release it in session.');
    expect(button('Release to both')).toBeDefined();
  });

  it('shows an error with retry when the assignment cannot be loaded', async () => {
    fixture.detectChanges();
    http.expectOne('/api/assignments/a1').flush({ statusCode: 404, message: 'Not found', error: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('We could not load this assignment');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await load();
    expect(columns()).toHaveLength(2);
  });
  describe('a practice exercise (custom-…)', () => {
    const KEY = 'custom-weekly-temperature-ab12cd';
    const definition = {
      key: KEY,
      version: 2,
      title: 'Our weekly temperature',
      summary: 'Three short questions.',
      sections: [{ id: 'this-week', title: 'This week', fields: [{ id: 'helped', type: 'longText', label: 'What helped most this week?' }] }],
    };
    const custom = (): AssignmentView => ({
      ...submitted(),
      exerciseKey: KEY,
      exerciseVersion: 2,
      partners: submitted().partners.map((p, i) => ({ ...p, answers: { helped: i === 0 ? 'Cooking together.' : 'Less arguing.' } })),
    });

    it('fetches the version it was assigned with and aligns both partners’ answers', async () => {
      await load(custom());
      expect(el.textContent).toContain('Loading the exercise…');
      http.expectOne('/api/exercises/custom-weekly-temperature-ab12cd/versions/2').flush(definition);
      await settle();
      expect(el.querySelector('h1')?.textContent).toContain('Our weekly temperature');
      const row = rows().find((r) => r.dataset['field'] === 'helped') as HTMLElement;
      expect([...row.querySelectorAll('.cell')].map((c) => c.textContent)).toEqual([expect.stringContaining('Cooking together.'), expect.stringContaining('Less arguing.')]);
    });

    it('says plainly when that exercise is no longer available (404), never its key', async () => {
      await load(custom());
      http.expectOne('/api/exercises/custom-weekly-temperature-ab12cd/versions/2').flush({ message: 'Not found' }, { status: 404, statusText: 'Not Found' });
      await settle();
      expect(el.querySelector('h1')?.textContent).toContain('Practice exercise');
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('This exercise is no longer available to your practice');
      expect(el.textContent).not.toContain(KEY);
      expect(el.querySelector('app-aligned-answers')).toBeNull();
    });

    it('offers to try again after another failure', async () => {
      await load(custom());
      http.expectOne('/api/exercises/custom-weekly-temperature-ab12cd/versions/2').flush(null, { status: 503, statusText: 'Unavailable' });
      await settle();
      expect(el.textContent).toContain('We could not load this exercise’s questions.');
      button('Try again')?.click();
      http.expectOne('/api/exercises/custom-weekly-temperature-ab12cd/versions/2').flush(definition);
      await settle();
      expect(rows().some((r) => r.dataset['field'] === 'helped')).toBe(true);
    });
  });
});
