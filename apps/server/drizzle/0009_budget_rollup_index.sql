-- Covering index of the budget sums of the roll-ups (plan tree, dashboards): the budget lines of a
-- plan's fiches are read by fiche from the index alone, instead of scanning and hashing every budget
-- line of the collectivité (which grows with all its plans, not with the plan asked for). Written by
-- hand: Drizzle's index builder has no INCLUDE.
CREATE INDEX "budget_lines_rollup_idx" ON "budget_lines" ("action_id") INCLUDE ("organization_id", "planned_cents", "committed_cents", "spent_cents");
