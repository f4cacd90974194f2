import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TRENDS } from '../../testing/trend-fixtures';
import { ChangeOverTime } from './change-over-time';

describe('ChangeOverTime', () => {
  let fixture: ComponentFixture<ChangeOverTime>;
  let http: HttpTestingController;
  let el: HTMLElement;

  function create(exerciseKey?: string): void {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangeOverTime);
    fixture.componentRef.setInput('coupleId', 'c1');
    fixture.componentRef.setInput('partners', [
      { id: 'p1', displayName: 'Alex' },
      { id: 'p2', displayName: 'Sam' },
    ]);
    if (exerciseKey) fixture.componentRef.setInput('exerciseKey', exerciseKey);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  }
  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  it('shows loading, then each exercise with its charts, saying the check-in is not a validated questionnaire', async () => {
    create();
    expect(el.textContent).toContain('Loading the change over time');
    http.expectOne('/api/couples/c1/trends').flush(TRENDS);
    await settle();
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual(['Acknowledge the breach', 'How are things this week']);
    expect(el.querySelectorAll('trp-trend-chart')).toHaveLength(5);
    expect(el.textContent).toContain('not a validated questionnaire');
    expect(el.querySelectorAll('.not-validated')).toHaveLength(1);
    expect(el.querySelector('svg[role="img"]')).not.toBeNull();
    expect(el.textContent).toContain('Show as a table');
  });

  it('says when there is nothing to chart yet', async () => {
    create();
    http.expectOne('/api/couples/c1/trends').flush({ exercises: [] });
    await settle();
    expect(el.textContent).toContain('Nothing to chart yet');
  });

  it('on the review page charts its own exercise only, once answered more than once', async () => {
    create('weekly-check-in');
    http.expectOne('/api/couples/c1/trends').flush(TRENDS);
    await settle();
    expect(el.querySelectorAll('h3')).toHaveLength(0);
    expect(el.querySelectorAll('trp-trend-chart')).toHaveLength(2);
  });

  it('shows an error with a retry that asks again', async () => {
    create();
    http.expectOne('/api/couples/c1/trends').flush({ statusCode: 500, message: 'x', error: 'x' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(el.textContent).toContain('We could not load the change over time.');
    [...el.querySelectorAll('button')].find((b) => /try again/i.test(b.textContent ?? ''))?.click();
    await settle();
    http.expectOne('/api/couples/c1/trends').flush({ exercises: [] });
    await settle();
    expect(el.textContent).toContain('Nothing to chart yet');
  });
});
