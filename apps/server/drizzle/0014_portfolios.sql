CREATE TABLE "portfolio_budget_capacities" (
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"nature" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "portfolio_budget_capacities_plan_id_year_nature_pk" PRIMARY KEY("plan_id","year","nature")
);
--> statement-breakpoint
CREATE TABLE "portfolio_criteria" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	"scale_min" integer NOT NULL,
	"scale_max" integer NOT NULL,
	"kind" text DEFAULT 'manual' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"body" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"approved_ids" uuid[] DEFAULT '{}' NOT NULL,
	"rejected_ids" uuid[] DEFAULT '{}' NOT NULL,
	"postponed_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_fte_capacities" (
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"fte" numeric(6, 2) NOT NULL,
	CONSTRAINT "portfolio_fte_capacities_plan_id_year_org_unit_id_pk" PRIMARY KEY("plan_id","year","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "portfolio_settings" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"weight_mode" text DEFAULT 'budget' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_resources" (
	"organization_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"fte" numeric(6, 2) NOT NULL,
	CONSTRAINT "project_resources_action_id_year_org_unit_id_pk" PRIMARY KEY("action_id","year","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "project_scores" (
	"organization_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_scores_action_id_criterion_id_evaluator_id_pk" PRIMARY KEY("action_id","criterion_id","evaluator_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"stage" text DEFAULT 'request' NOT NULL,
	"sponsor_id" uuid,
	"sponsor_name" text,
	"requesting_unit_id" uuid,
	"benefits" text DEFAULT '' NOT NULL,
	"risks" text DEFAULT '' NOT NULL,
	"duration_months" integer,
	"finance_codes" text[] DEFAULT '{}' NOT NULL,
	"custom_weight" numeric(12, 2),
	"requested_by_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"lessons" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "delivery" text;--> statement-breakpoint
ALTER TABLE "portfolio_budget_capacities" ADD CONSTRAINT "portfolio_budget_capacities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_budget_capacities" ADD CONSTRAINT "portfolio_budget_capacities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_criteria" ADD CONSTRAINT "portfolio_criteria_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_criteria" ADD CONSTRAINT "portfolio_criteria_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decisions" ADD CONSTRAINT "portfolio_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decisions" ADD CONSTRAINT "portfolio_decisions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decisions" ADD CONSTRAINT "portfolio_decisions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_fte_capacities" ADD CONSTRAINT "portfolio_fte_capacities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_fte_capacities" ADD CONSTRAINT "portfolio_fte_capacities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_fte_capacities" ADD CONSTRAINT "portfolio_fte_capacities_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_settings" ADD CONSTRAINT "portfolio_settings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_settings" ADD CONSTRAINT "portfolio_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_resources" ADD CONSTRAINT "project_resources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_resources" ADD CONSTRAINT "project_resources_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_resources" ADD CONSTRAINT "project_resources_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_scores" ADD CONSTRAINT "project_scores_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_scores" ADD CONSTRAINT "project_scores_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_scores" ADD CONSTRAINT "project_scores_criterion_id_portfolio_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."portfolio_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_scores" ADD CONSTRAINT "project_scores_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_sponsor_id_users_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_requesting_unit_id_org_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portfolio_criteria_plan_idx" ON "portfolio_criteria" USING btree ("organization_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "portfolio_decisions_plan_idx" ON "portfolio_decisions" USING btree ("organization_id","plan_id","decided_on");--> statement-breakpoint
CREATE INDEX "project_scores_criterion_idx" ON "project_scores" USING btree ("criterion_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_unique" ON "projects" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "projects_plan_stage_idx" ON "projects" USING btree ("organization_id","plan_id","stage");