-- Covering indexes of the roll-ups (plan tree, dashboards): the counted fiches of a plan (top-level,
-- not merged) and the open milestones are read from the index alone, not from the wide rows of the
-- tables (the plan tree query halves on the "région" plan; the dashboards' scope of fiches reads 56
-- pages instead of 1,050). The fiche columns are those of the scope of every dashboard
-- (scopedActionsSql: its select and the reader's rule) and of selectPlanTree. Written by hand:
-- Drizzle's index builder has no INCLUDE; the table files point here.
CREATE INDEX "actions_plan_rollup_idx" ON "actions" ("organization_id", "plan_id") INCLUDE ("id", "node_id", "parent_action_id", "position", "created_at", "title", "pilot_id", "lead_org_unit_id", "weight", "weather", "flagship", "progress", "ends_on", "status_id", "visibility") WHERE "parent_action_id" IS NULL AND "merged_into_id" IS NULL;--> statement-breakpoint
CREATE INDEX "milestones_open_due_idx" ON "milestones" ("organization_id", "due_on") INCLUDE ("action_id") WHERE "done_on" IS NULL;
