// Every word a person reads in a template is marked for translation with its own id (docs/translating.md):
// text and human-readable attributes (aria-label, placeholder, title, alt, matTooltip…). Attributes that are
// code, not words (icon font names, Material settings, ids) are listed here.
export const i18nTemplateRule = {
  '@angular-eslint/template/i18n': [
    'error',
    {
      checkId: true,
      checkText: true,
      checkAttributes: true,
      checkDuplicateId: true,
      // An icon's text is its ligature name (code), never words: the words are beside it or in an aria-label.
      ignoreTags: ['mat-icon'],
      ignoreAttributes: [
        'fontSet', 'fontIcon', 'mode', 'diameter', 'strokeWidth', 'appearance', 'subscriptSizing', 'floatLabel',
        'hideRequiredMarker', 'matInput', 'matSuffix', 'matPrefix', 'matIconSuffix', 'matIconPrefix', 'mat-button',
        'mat-flat-button', 'mat-stroked-button', 'mat-raised-button', 'mat-icon-button', 'mat-fab', 'mat-mini-fab',
        'mat-dialog-close', 'matDialogClose', 'cdkFocusInitial', 'cdkDrag', 'cdkDropList', 'cdkDragHandle',
        'labelPosition', 'position', 'xPosition', 'yPosition', 'inputmode', 'pattern', 'min', 'max', 'step', 'rows',
        'cols', 'maxlength', 'minlength', 'enterkeyhint', 'autocapitalize', 'spellcheck', 'accept', 'method',
        'rel', 'download', 'data-testid', 'aria-hidden', 'aria-live', 'aria-atomic', 'aria-current', 'aria-haspopup',
        'aria-expanded', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-modal', 'aria-orientation',
        'aria-sort', 'aria-busy', 'aria-relevant', 'aria-invalid', 'aria-required', 'aria-readonly', 'aria-disabled',
        'aria-level', 'aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'focusable', 'preserveAspectRatio', 'd', 'x',
        'y', 'x1', 'x2', 'y1', 'y2', 'r', 'cx', 'cy', 'points', 'transform', 'text-anchor', 'dominant-baseline',
        'multiTemplateDataRows', 'matSort', 'mat-sort-header', 'matColumnDef', 'matTooltipPosition', 'matBadgeColor',
        'vertical', 'disableRipple', 'panelClass', 'selectable', 'removable', 'hideSingleSelectionIndicator',
        'matAutosizeMinRows', 'cdkTextareaAutosize', 'cdkAutosizeMinRows', 'cdkAutosizeMaxRows', 'routerLinkActiveOptions',
        'queryParamsHandling', 'fragment', 'ariaCurrentWhenActive', 'size', 'offset', 'encapsulation', 'dateStyle',
        'align', 'scope', 'icon', 'idPrefix', 'kind', 'cdkDropListLockAxis', 'data-mode', 'data-state', 'data-focus',
      ],
    },
  ],
};
