CREATE TABLE `policy_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`effective_from` text NOT NULL,
	`values` text NOT NULL,
	`reason` text NOT NULL,
	`changed_by` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policy_versions_effective_from` ON `policy_versions` (`effective_from`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `policy_version_id` integer;