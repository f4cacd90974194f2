import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Locale, NewPartnerBody, PartnerView } from '@trp/contracts';
import type { Perspective } from '@trp/exercises';

/** Sizes the API accepts. */
export const LIMITS = { label: 120, displayName: 80, email: 254 } as const;

export type PartnerForm = FormGroup<{
  displayName: FormControl<string>;
  email: FormControl<string>;
  perspective: FormControl<Perspective>;
  /** 'default': a new partner gets the practice's default language (the API decides). */
  locale: FormControl<Locale | 'default'>;
}>;

export function partnerForm(initial?: Pick<PartnerView, 'displayName' | 'email' | 'perspective'> & Partial<Pick<PartnerView, 'locale'>>): PartnerForm {
  return new FormGroup({
    displayName: new FormControl(initial?.displayName ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.displayName)],
    }),
    email: new FormControl(initial?.email ?? '', { nonNullable: true, validators: [Validators.email, Validators.maxLength(LIMITS.email)] }),
    perspective: new FormControl<Perspective>(initial?.perspective ?? 'unspecified', { nonNullable: true }),
    locale: new FormControl<Locale | 'default'>(initial?.locale ?? 'default', { nonNullable: true }),
  });
}

/** The body for one partner: trimmed, without an empty email, and without a language unless one was chosen. */
export function partnerBody(form: PartnerForm): NewPartnerBody {
  const { displayName, email, perspective, locale } = form.getRawValue();
  const trimmedEmail = email.trim();
  return { displayName: displayName.trim(), ...(trimmedEmail ? { email: trimmedEmail } : {}), perspective, ...(locale !== 'default' ? { locale } : {}) };
}
