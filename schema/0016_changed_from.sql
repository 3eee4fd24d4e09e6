-- A change is one claim (issue 12): "unemployment rose from 5% to 7%" is the claim 7%, changed
-- from 5%. The figure left is kept with the claim as JSON ({"value", "value_max", "qualifier",
-- "text", "start", "end"}, as the CLAIM's "changed_from" field writes it); NULL for a figure that
-- states no change, which is every claim recorded before this migration.
ALTER TABLE claims ADD COLUMN changed_from TEXT;
