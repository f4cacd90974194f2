import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CounselorNoteView } from '@trp/contracts';
import { SessionStore } from '../../../../core/session/session.store';
import { NotesPanel } from './notes-panel';

describe('NotesPanel', () => {
  let fixture: ComponentFixture<NotesPanel>;
  let http: HttpTestingController;
  let el: HTMLElement;
  const mine: CounselorNoteView = { id: 'n1', body: 'Ask about sleep.', authorId: 'u1', authorName: 'Robin', createdAt: '2026-11-05T12:00:00.000Z' };
  const theirs: CounselorNoteView = { id: 'n2', body: 'Covered while Robin was away.', authorId: 'u2', authorName: 'Kim', createdAt: '2026-11-04T12:00:00.000Z' };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: { user: signal({ id: 'u1' }) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotesPanel);
    fixture.componentRef.setInput('coupleId', 'c1');
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/couples/c1/notes?limit=100').flush({ items: [mine, theirs], nextCursor: null });
    await settle();
  });
  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }
  const notes = () => [...el.querySelectorAll<HTMLElement>('.note')];

  it('lists the notes, naming another author, with delete only on one’s own', () => {
    expect(notes().map((n) => n.querySelector('.body')?.textContent)).toEqual(['Ask about sleep.', 'Covered while Robin was away.']);
    expect(notes()[0].textContent).not.toContain('Robin');
    expect(notes()[1].textContent).toContain('Kim');
    expect(notes()[0].querySelector('button')?.textContent).toContain('Delete');
    expect(notes()[1].querySelector('button')).toBeNull();
  });

  it('adds a note (trimmed) at the top', async () => {
    const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '  Follow up on the boundaries list.  ';
    textarea.dispatchEvent(new Event('input'));
    await settle();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/couples/c1/notes' });
    expect(request.request.body).toEqual({ body: 'Follow up on the boundaries list.' });
    request.flush({ id: 'n3', body: 'Follow up on the boundaries list.', authorId: 'u1', createdAt: '2026-11-06T12:00:00.000Z' });
    await settle();
    expect(notes()[0].querySelector('.body')?.textContent).toBe('Follow up on the boundaries list.');
    expect(textarea.value).toBe('');
  });

  it('deletes one’s own note after confirming', async () => {
    notes()[0].querySelector('button')?.click();
    await settle();
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')].find((b) => b.textContent?.trim() === 'Delete note')?.click();
    await settle();
    http.expectOne({ method: 'DELETE', url: '/api/couples/c1/notes/n1' }).flush(null);
    await settle();
    expect(notes()).toHaveLength(1);
  });
});
