CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_demo` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `courts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `courts_name_unique` ON `courts` (`name`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`email` text,
	`phone` text,
	`team` text,
	`active` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_role_name` ON `staff` (`role`,`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_reference` text NOT NULL,
	`family_name` text NOT NULL,
	`given_names` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text NOT NULL,
	`disability` text NOT NULL,
	`disability_details` text,
	`religion` text NOT NULL,
	`first_language` text NOT NULL,
	`interpreter_needed` integer NOT NULL,
	`phone` text,
	`email` text,
	`address` text,
	`postcode` text,
	`case_manager_id` integer NOT NULL,
	`search_text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_manager_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_case_reference_unique` ON `people` (`case_reference`);--> statement-breakpoint
CREATE INDEX `people_name` ON `people` (`family_name`,`given_names`);--> statement-breakpoint
CREATE INDEX `people_date_of_birth` ON `people` (`date_of_birth`);--> statement-breakpoint
CREATE TABLE `ledger_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`date` text NOT NULL,
	`minutes` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_adjustments_order` ON `ledger_adjustments` (`order_id`,`date`);--> statement-breakpoint
CREATE TABLE `order_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`granted_on` text NOT NULL,
	`new_end_date` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_extensions_order` ON `order_extensions` (`order_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`court_id` integer NOT NULL,
	`sentence_date` text NOT NULL,
	`age_at_sentence` integer NOT NULL,
	`hours_ordered_minutes` integer NOT NULL,
	`requirement_type` text NOT NULL,
	`offence_category` text NOT NULL,
	`offence` text NOT NULL,
	`status` text NOT NULL,
	`ended_on` text,
	`end_date` text NOT NULL,
	`credited_minutes` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_person` ON `orders` (`person_id`);--> statement-breakpoint
CREATE INDEX `orders_status_end_date` ON `orders` (`status`,`end_date`);--> statement-breakpoint
CREATE INDEX `orders_court` ON `orders` (`court_id`);--> statement-breakpoint
CREATE INDEX `orders_sentence_date` ON `orders` (`sentence_date`);