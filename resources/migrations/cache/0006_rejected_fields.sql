-- A change the server rejects as invalid comes back with the fields at fault and why
-- ([{"field": …, "message": …}, …]), so the workstation can point at them; NULL when it named none.
ALTER TABLE change_journal ADD COLUMN reject_errors TEXT;
