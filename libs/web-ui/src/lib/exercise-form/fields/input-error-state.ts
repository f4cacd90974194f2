import { Directive, effect, inject, input } from '@angular/core';
import { MatInput } from '@angular/material/input';

/**
 * Puts a Material input in its error state from a flag (our errors come from the server's
 * validation, not from Angular forms): the form field turns to the error colour and the input
 * gets aria-invalid. Material leaves aria-invalid off an empty required input; its error text
 * is still linked by aria-describedby.
 */
@Directive({ selector: '[matInput][trpErrorState]' })
export class InputErrorState {
  readonly trpErrorState = input(false);
  private readonly matInput = inject(MatInput);

  constructor() {
    effect(() => {
      const invalid = this.trpErrorState();
      if (this.matInput.errorState !== invalid) {
        this.matInput.errorState = invalid;
        this.matInput.stateChanges.next();
      }
    });
  }
}
