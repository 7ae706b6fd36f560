CREATE TABLE `staff_absences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_absences_staff_dates` ON `staff_absences` (`staff_id`,`from_date`,`to_date`);--> statement-breakpoint
CREATE TABLE `staff_training` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`completed_on` text NOT NULL,
	`expires_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_training_staff_kind` ON `staff_training` (`staff_id`,`kind`,`expires_on`);--> statement-breakpoint
CREATE TABLE `session_supervisors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_supervisors_session_staff` ON `session_supervisors` (`session_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `session_supervisors_staff` ON `session_supervisors` (`staff_id`);--> statement-breakpoint
CREATE TABLE `enforcement_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`booking_id` integer NOT NULL,
	`decision` text NOT NULL,
	`failure_date` text NOT NULL,
	`decided_on` text NOT NULL,
	`respond_by` text,
	`reason` text NOT NULL,
	`decided_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enforcement_decisions_booking` ON `enforcement_decisions` (`booking_id`);--> statement-breakpoint
CREATE INDEX `enforcement_decisions_order` ON `enforcement_decisions` (`order_id`,`failure_date`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_at` text NOT NULL,
	`what_happened` text NOT NULL,
	`people_involved` text NOT NULL,
	`injuries` text,
	`first_aid_given` integer DEFAULT false NOT NULL,
	`action_taken` text NOT NULL,
	`reported_to` text NOT NULL,
	`reported_on` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incidents_session` ON `incidents` (`session_id`);--> statement-breakpoint
CREATE TABLE `case_manager_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`source` text NOT NULL,
	`raised_on` text NOT NULL,
	`message` text NOT NULL,
	`sent_on` text,
	`sent_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_manager_alerts_open` ON `case_manager_alerts` (`sent_on`,`raised_on`);--> statement-breakpoint
CREATE INDEX `case_manager_alerts_order` ON `case_manager_alerts` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`author` text NOT NULL,
	`written_by` text NOT NULL,
	`text` text NOT NULL,
	`alert_case_manager` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_notes_order` ON `order_notes` (`order_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `supervision_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`agreed_on` text NOT NULL,
	`objectives` text NOT NULL,
	`review_every_weeks` integer NOT NULL,
	`agreed_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_plans_order` ON `supervision_plans` (`order_id`);--> statement-breakpoint
CREATE TABLE `supervision_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`reviewed_on` text NOT NULL,
	`progress` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_reviews_order` ON `supervision_reviews` (`order_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `exit_interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`interviewed_on` text NOT NULL,
	`what_they_did` text NOT NULL,
	`what_they_learned` text NOT NULL,
	`skills_gained` text NOT NULL,
	`treatment_rating` integer NOT NULL,
	`work_worthwhile` text NOT NULL,
	`will_volunteer` text NOT NULL,
	`offered_paid_work` integer NOT NULL,
	`comments` text,
	`interviewed_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exit_interviews_order` ON `exit_interviews` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_endings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_endings_order` ON `order_endings` (`order_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`leader_id` integer,
	`capacity` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_sessions`("id", "placement_id", "date", "start_time", "end_time", "leader_id", "capacity", "created_at") SELECT "id", "placement_id", "date", "start_time", "end_time", "leader_id", "capacity", "created_at" FROM `sessions`;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `sessions_date` ON `sessions` (`date`);--> statement-breakpoint
CREATE INDEX `sessions_placement_date` ON `sessions` (`placement_id`,`date`);--> statement-breakpoint
ALTER TABLE `office` ADD `address` text;--> statement-breakpoint
ALTER TABLE `office` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `office` ADD `email` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `gender` text DEFAULT 'NOT_STATED' NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `working_slots` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `bookings` ADD `stand_down_cause` text;