export * from './common.schema.js';
export * from './auth.schema.js';
export * from './user.schema.js';
export * from './org-unit.schema.js';
export * from './audit.schema.js';
export * from './me.schema.js';
export * from './org-tree.js';
