-- The audit log is append-only: no row is ever changed, and rows are deleted only when they are
-- older than the retention cut-off that the retention procedure has set.
INSERT INTO `audit_retention` (`id`, `delete_before`) VALUES (1, '0000-01-01');
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only: its rows cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
WHEN OLD.`at` >= (SELECT `delete_before` FROM `audit_retention` WHERE `id` = 1)
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only: only rows past the retention period can be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_forward_only` BEFORE UPDATE ON `audit_retention`
WHEN NEW.`delete_before` < OLD.`delete_before`
BEGIN
  SELECT RAISE(ABORT, 'The audit retention cut-off can only move forward');
END;
