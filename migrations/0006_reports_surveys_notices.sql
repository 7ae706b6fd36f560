CREATE TABLE `beneficiary_surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`surveyed_on` text NOT NULL,
	`respondent` text NOT NULL,
	`quality_rating` integer NOT NULL,
	`communication_rating` integer NOT NULL,
	`would_take_again` text NOT NULL,
	`value_to_them` text NOT NULL,
	`comments` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `beneficiary_surveys_placement` ON `beneficiary_surveys` (`placement_id`,`surveyed_on`);--> statement-breakpoint
CREATE TABLE `local_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`dimension` text NOT NULL,
	`group_code` text NOT NULL,
	`feature` text NOT NULL,
	`target_percent` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `local_targets_key` ON `local_targets` (`year`,`dimension`,`group_code`,`feature`);--> statement-breakpoint
CREATE TABLE `court_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`court_id` integer NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`issued_on` text NOT NULL,
	`signed_off_by` text NOT NULL,
	`signed_off_role` text NOT NULL,
	`actions` text NOT NULL,
	`figures` text NOT NULL,
	`issued_by_account` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `court_notices_number` ON `court_notices` (`number`);--> statement-breakpoint
CREATE INDEX `court_notices_court` ON `court_notices` (`court_id`,`issued_on`);