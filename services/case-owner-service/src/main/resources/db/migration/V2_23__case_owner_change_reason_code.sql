-- A case-owner change's reason as a code (it travels in CaseOwnerChanged.v2); the words stay here, in reason.
-- Changes recorded before have no code.
ALTER TABLE case_owner_change ADD COLUMN reason_code VARCHAR(30);
