import type { SpanishError } from '../common/app-exception';
import type { AccountsErrorCode } from './accounts.exception';

/** The Spanish of every error in `accounts.exception.ts` (tú, plain words); a missing code is a type error. */
export const ACCOUNTS_ERRORS_ES: Readonly<Record<AccountsErrorCode, SpanishError>> = {
  emailTaken: 'Ya existe una cuenta con este correo en tu consulta.',
  weakPassword: 'La contraseña no cumple las reglas de contraseña.',
  practiceNameRequired: 'El nombre de la consulta no puede quedar vacío.',
  wrongCurrentPassword: { message: 'currentPassword: la contraseña actual no es correcta.', field: 'la contraseña actual no es correcta' },
  userNotFound: 'No encontramos a esta persona usuaria.',
  lastAdmin: 'Es la última persona administradora activa de la consulta: da ese rol a otra persona antes de quitarlo o desactivar esta cuenta.',
  ownRoles: 'No puedes cambiar tus propios roles mientras haya otra persona administradora activa: pídeselo a ella. Así nadie puede darse acceso sin que se note a las respuestas de las parejas.',
  notYetAccepted: 'Esta persona todavía no aceptó su invitación: retira la invitación en su lugar.',
  invitationNotFound: 'Este enlace de invitación no es válido. Revisa que lo copiaste completo.',
  invitationGone: 'Esta invitación venció, se retiró o ya se usó. Pide una nueva a la administración de tu consulta.',
  invitationNotPending: 'Esta invitación ya se aceptó o se retiró.',
  resetLinkNotFound: 'Este enlace para restablecer la contraseña no es válido. Revisa que lo abriste completo.',
  resetLinkGone: 'Este enlace para restablecer la contraseña venció o ya se usó. Pide uno nuevo en la página de inicio de sesión.',
  resetNeedsActiveAccount: 'Esta cuenta está desactivada: reactívala antes de enviar un cambio de contraseña.',
  resetNotYetAccepted: 'Esta persona todavía no aceptó su invitación: vuelve a enviar la invitación.',
  tooManyResets: 'Ya se enviaron tres correos para restablecer la contraseña de esta cuenta en la última hora. Espera un poco antes de enviar otro.',
};

/** The Spanish of a `passwordProblem` (password-policy.ts); an unknown one reads as the rule in general. */
export function passwordProblemEs(problem: string): string {
  const atLeast = /at least (\d+) characters/.exec(problem);
  if (atLeast) return `La contraseña tiene que tener al menos ${atLeast[1]} caracteres.`;
  const atMost = /at most (\d+) characters/.exec(problem);
  if (atMost) return `La contraseña puede tener como máximo ${atMost[1]} caracteres.`;
  if (problem.includes('too common')) return 'Esta contraseña es demasiado común; elige una frase más larga y difícil de adivinar.';
  if (problem.includes('repeated')) return 'La contraseña no puede ser un solo carácter repetido.';
  if (problem.includes('email')) return 'La contraseña no puede contener tu correo.';
  return 'La contraseña no cumple las reglas de contraseña.';
}
