/** `edit`: the partner answers. `readonly`: the answers are read back as text. */
export type ExerciseFormMode = 'edit' | 'readonly';
