import type { ErrorCode } from '@pilotis/shared';

export interface Issue {
  path: string;
  message: string;
}

/** The one error type services throw; the error handler turns it into the JSON error shape. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export const notFound = (what = 'Ressource') => new AppError(404, 'not_found', `${what} introuvable`);
export const forbidden = () => new AppError(403, 'forbidden', 'Action non autorisée');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Authentification requise');
export const conflict = (message = 'La ressource a été modifiée entre-temps ; rechargez-la avant de réessayer') =>
  new AppError(409, 'conflict', message);
export const invalid = (issues: Issue[], message = 'Données invalides') =>
  new AppError(400, 'validation_failed', message, issues);
