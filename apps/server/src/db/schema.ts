/** Every table, for Drizzle's relational queries and drizzle-kit's migration generator. */
export * from '../modules/organizations/organization.table.js';
export * from '../modules/users/user.table.js';
export * from '../modules/org-units/org-unit.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/audit/audit.table.js';
export * from '../modules/jobs/job.table.js';
export * from '../modules/statuses/status.table.js';
export * from '../modules/plans/plan.table.js';
export * from '../modules/plan-nodes/plan-node.table.js';
export * from '../modules/actions/action.table.js';
export * from '../modules/actions/action-parts.table.js';
export * from '../modules/indicators/indicator.table.js';
export * from '../modules/measures/measure.table.js';
export * from '../modules/api-tokens/api-token.table.js';
export * from '../modules/connectors/connector.table.js';
export * from '../modules/mail/mail.table.js';
export * from '../modules/report-subscriptions/report-subscription.table.js';
