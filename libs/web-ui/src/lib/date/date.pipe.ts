import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';
import { DateStyle, formatDate } from './format-date';

/** `{{ value | appDate }}`, `{{ value | appDate: 'dateTime' }}`: the app's one date format, in the app's locale. */
@Pipe({ name: 'appDate' })
export class AppDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(
    value: string | Date | null | undefined,
    style: DateStyle = 'date',
  ): string {
    return formatDate(value, style, this.locale);
  }
}
