// Generates the reference "région" dataset (12 plans, 6,000 fiches over 5 levels, 3,000 users,
// ~50,000 log entries) in a fresh database, prints its counts and how long generation took, then
// drops the database (keep it with --keep). `node bench/dataset.mjs [--postgres|--pglite] [--keep]`;
// --postgres uses DATABASE_URL or the local server postgres://postgres@127.0.0.1:5432/postgres.
import { benchKind, freshDatabase, runTs } from './lib/bench-db.mjs';

const database = await freshDatabase(benchKind());
try {
  console.log(`dataset "région" on ${database.label}`);
  const summary = runTs('bench-dataset.ts', database.env);
  console.log(`  ${summary.counts.actions} fiches, ${summary.counts.nodes} nodes, 12 plans, ${summary.users} users, ${summary.orgUnits} org units`);
  console.log(`  ${summary.counts.logEntries} log entries, ${summary.counts.milestones} milestones, ${summary.counts.budgetLines} budget lines, ${summary.counts.tasks} tasks`);
  console.log(`  generated in ${summary.seconds.toFixed(1)} s`);
  if (process.argv.includes('--keep')) console.log(`  kept: ${JSON.stringify(database.env)}`);
} finally {
  if (!process.argv.includes('--keep')) await database.drop();
}
