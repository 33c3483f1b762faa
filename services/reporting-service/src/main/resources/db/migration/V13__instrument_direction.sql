-- A scale's direction from the instrument's definition (InstrumentResponsesRecorded.higherIsBetter), so the
-- assessment report can say improved / unchanged / worse. Rows projected before this migration have none: rebuild
-- the projections (POST /api/v1/admin/projections/rebuild) after upgrading.
ALTER TABLE instrument_score ADD COLUMN higher_is_better BOOLEAN;
