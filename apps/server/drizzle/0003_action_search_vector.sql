DROP INDEX "actions_search_idx";--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('french'::regconfig, "search_text")) STORED;--> statement-breakpoint
CREATE INDEX "actions_search_vector_idx" ON "actions" USING gin ("search_vector");