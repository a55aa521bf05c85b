CREATE TABLE "finance_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"nature" text NOT NULL,
	"nature_from_file" boolean NOT NULL,
	"amount_cents" bigint NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"action_id" uuid,
	"matched_by" text,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finance_lines" ADD CONSTRAINT "finance_lines_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_lines" ADD CONSTRAINT "finance_lines_portfolio_id_plans_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_lines" ADD CONSTRAINT "finance_lines_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "finance_lines_reference_unique" ON "finance_lines" USING btree ("organization_id","reference","type");--> statement-breakpoint
CREATE INDEX "finance_lines_portfolio_idx" ON "finance_lines" USING btree ("organization_id","portfolio_id");--> statement-breakpoint
CREATE INDEX "finance_lines_action_idx" ON "finance_lines" USING btree ("action_id");