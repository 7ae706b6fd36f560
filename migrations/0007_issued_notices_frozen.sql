-- An issued court notice is what the court was told: it is never changed or removed. A correction
-- is a new notice with a new number.
CREATE TRIGGER `court_notices_no_update` BEFORE UPDATE ON `court_notices`
BEGIN
  SELECT RAISE(ABORT, 'An issued court notice cannot be changed; issue a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `court_notices_no_delete` BEFORE DELETE ON `court_notices`
BEGIN
  SELECT RAISE(ABORT, 'An issued court notice cannot be removed; issue a new one');
END;
