CREATE TABLE "indicator_action_links" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	CONSTRAINT "indicator_action_links_indicator_id_action_id_pk" PRIMARY KEY("indicator_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_inputs" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"input_id" uuid NOT NULL,
	CONSTRAINT "indicator_inputs_indicator_id_input_id_pk" PRIMARY KEY("indicator_id","input_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_node_links" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "indicator_node_links_indicator_id_node_id_pk" PRIMARY KEY("indicator_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_pilots" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "indicator_pilots_indicator_id_user_id_pk" PRIMARY KEY("indicator_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"value_max" double precision,
	CONSTRAINT "indicator_targets_indicator_id_period_pk" PRIMARY KEY("indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"direction" text DEFAULT 'higher' NOT NULL,
	"periodicity" text NOT NULL,
	"kind" text DEFAULT 'result' NOT NULL,
	"owner_org_unit_id" uuid,
	"source" text DEFAULT '' NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'organization' NOT NULL,
	"baseline_period" text,
	"baseline_value" double precision,
	"thresholds" jsonb DEFAULT '{"onTrack":95,"offTrack":80}'::jsonb NOT NULL,
	"formula" text,
	"requires_validation" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_revisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"source" text NOT NULL,
	"entered_by_id" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL,
	"replaced_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'validated' NOT NULL,
	"source" text NOT NULL,
	"entered_by_id" uuid,
	"entered_by_token_id" uuid,
	"entered_by_connector_id" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"validated_by_id" uuid,
	"validated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"org_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expires_on" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "connector_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"connector_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"fetched_rows" integer DEFAULT 0 NOT NULL,
	"written_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connectors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"format" text DEFAULT 'csv' NOT NULL,
	"schedule" text DEFAULT 'daily' NOT NULL,
	"indicator_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_action_links" ADD CONSTRAINT "indicator_action_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_action_links" ADD CONSTRAINT "indicator_action_links_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_action_links" ADD CONSTRAINT "indicator_action_links_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_inputs" ADD CONSTRAINT "indicator_inputs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_inputs" ADD CONSTRAINT "indicator_inputs_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_inputs" ADD CONSTRAINT "indicator_inputs_input_id_indicators_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_node_links" ADD CONSTRAINT "indicator_node_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_node_links" ADD CONSTRAINT "indicator_node_links_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_node_links" ADD CONSTRAINT "indicator_node_links_node_id_plan_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."plan_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_pilots" ADD CONSTRAINT "indicator_pilots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_pilots" ADD CONSTRAINT "indicator_pilots_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_pilots" ADD CONSTRAINT "indicator_pilots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_org_unit_id_org_units_id_fk" FOREIGN KEY ("owner_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_revisions" ADD CONSTRAINT "measure_revisions_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connector_runs" ADD CONSTRAINT "connector_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connector_runs" ADD CONSTRAINT "connector_runs_connector_id_connectors_id_fk" FOREIGN KEY ("connector_id") REFERENCES "public"."connectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connectors" ADD CONSTRAINT "connectors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_action_links_action_idx" ON "indicator_action_links" USING btree ("organization_id","action_id");--> statement-breakpoint
CREATE INDEX "indicator_inputs_input_idx" ON "indicator_inputs" USING btree ("organization_id","input_id");--> statement-breakpoint
CREATE INDEX "indicator_node_links_node_idx" ON "indicator_node_links" USING btree ("organization_id","node_id");--> statement-breakpoint
CREATE INDEX "indicator_pilots_user_idx" ON "indicator_pilots" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("organization_id","code");--> statement-breakpoint
CREATE INDEX "indicators_owner_idx" ON "indicators" USING btree ("organization_id","owner_org_unit_id");--> statement-breakpoint
CREATE INDEX "measure_revisions_indicator_idx" ON "measure_revisions" USING btree ("organization_id","indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "measures_indicator_period_idx" ON "measures" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE INDEX "measures_org_idx" ON "measures" USING btree ("organization_id","indicator_id");--> statement-breakpoint
CREATE INDEX "api_tokens_org_idx" ON "api_tokens" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "connector_runs_connector_idx" ON "connector_runs" USING btree ("organization_id","connector_id","started_at");--> statement-breakpoint
CREATE INDEX "connectors_org_idx" ON "connectors" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "connectors_next_run_idx" ON "connectors" USING btree ("next_run_at");