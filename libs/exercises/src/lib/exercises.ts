export function exercises(): string {
  return 'exercises';
}
