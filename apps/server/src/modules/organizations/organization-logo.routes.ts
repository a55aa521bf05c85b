import fastifyMultipart from '@fastify/multipart';
import { organizationLogoMaxBytes } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { AppError } from '../../http/errors.js';
import type { ZodApp } from '../../http/zod-app.js';
import { openStoredFile } from '../files/file-storage.js';
import { deleteOrganizationLogo, openOrganizationLogo, putOrganizationLogo } from './organization-logo.service.js';

const tags = ['Collectivité'];

/** The logo of report covers, in its own plugin scope for its multipart parser. */
export function organizationLogoRoutes(app: ZodApp, ctx: AppContext) {
  app.register(async (scope) => {
    // The service checks `truncated` itself, to answer 413 in French.
    await scope.register(fastifyMultipart, { limits: { fileSize: organizationLogoMaxBytes, files: 1, fields: 2 }, throwFileSizeLimit: false });
    logoRoutes(scope, ctx);
  });
}

function logoRoutes(app: ZodApp, ctx: AppContext) {
  app.put(
    '/api/organization/logo',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: z.object({ data: z.object({ contentType: z.string(), byteSize: z.number().int() }) }) } } },
    async (request) => {
      const actor = requireMember(request);
      if (!request.isMultipart()) throw new AppError(415, 'validation_failed', 'Envoyez l’image en multipart/form-data, dans le champ « file »');
      return { data: await putOrganizationLogo(ctx, actor, () => request.file()) };
    },
  );

  app.get('/api/organization/logo', { schema: { tags } }, async (request, reply) => {
    const logo = await openOrganizationLogo(ctx, requireMember(request));
    return reply
      .header('Content-Type', logo.contentType)
      .header('Content-Length', logo.size)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-cache')
      .send(openStoredFile(logo.filePath));
  });

  app.delete('/api/organization/logo', { schema: { tags } }, async (request, reply) => {
    await deleteOrganizationLogo(ctx, requireMember(request));
    return reply.status(204).send();
  });
}
