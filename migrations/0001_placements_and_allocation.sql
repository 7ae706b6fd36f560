CREATE TABLE `risk_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`level` text NOT NULL,
	`flags` text NOT NULL,
	`restrictions` text NOT NULL,
	`exclusion_area` text,
	`kind` text NOT NULL,
	`assessor` text NOT NULL,
	`assessed_on` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `risk_assessments_order` ON `risk_assessments` (`order_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `inductions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`inducted_on` text NOT NULL,
	`inducted_by` integer NOT NULL,
	`availability` text NOT NULL,
	`health` text,
	`wheelchair_user` integer NOT NULL,
	`caring_duties` text,
	`transport` text NOT NULL,
	`home_area` text,
	`reading` text NOT NULL,
	`writing` text NOT NULL,
	`numeracy` text NOT NULL,
	`skills` text NOT NULL,
	`work_history` text,
	`employability_need` integer NOT NULL,
	`employability_notes` text,
	`religious_observance` text,
	`language_needs` text,
	`preference` text NOT NULL,
	`clothing_size` text NOT NULL,
	`footwear_size` text NOT NULL,
	`glove_size` text,
	`health_and_safety_briefed` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inducted_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inductions_order` ON `inductions` (`order_id`,`inducted_on`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`beneficiary` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_phone` text,
	`contact_email` text,
	`address` text NOT NULL,
	`area` text NOT NULL,
	`type` text NOT NULL,
	`sessions` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`capacity` integer NOT NULL,
	`max_risk_level` text NOT NULL,
	`excluded_flags` text NOT NULL,
	`suits` text NOT NULL,
	`features` text NOT NULL,
	`skills` text NOT NULL,
	`transport_provided` integer NOT NULL,
	`health_and_safety_assessed_on` text NOT NULL,
	`health_and_safety_review_due` text NOT NULL,
	`health_and_safety_notes` text,
	`active` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `placements_active_name` ON `placements` (`active`,`name`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`order_id` integer NOT NULL,
	`outcome` text,
	`arrived_at` text,
	`left_at` text,
	`penalty_minutes` integer DEFAULT 0 NOT NULL,
	`credited_minutes` integer DEFAULT 0 NOT NULL,
	`work_quality` text,
	`behaviour` text,
	`notes` text,
	`alert_case_manager` integer DEFAULT false NOT NULL,
	`recorded_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_session_order` ON `bookings` (`session_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `bookings_order` ON `bookings` (`order_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`leader_id` integer NOT NULL,
	`capacity` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_date` ON `sessions` (`date`);--> statement-breakpoint
CREATE INDEX `sessions_placement_date` ON `sessions` (`placement_id`,`date`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`placement_id` integer NOT NULL,
	`risk_assessment_id` integer NOT NULL,
	`allocated_on` text NOT NULL,
	`fit_score` integer NOT NULL,
	`rank` integer NOT NULL,
	`reason` text,
	`method` text NOT NULL,
	`ended_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`risk_assessment_id`) REFERENCES `risk_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allocations_order` ON `allocations` (`order_id`,`ended_on`);--> statement-breakpoint
CREATE INDEX `allocations_placement` ON `allocations` (`placement_id`,`ended_on`);