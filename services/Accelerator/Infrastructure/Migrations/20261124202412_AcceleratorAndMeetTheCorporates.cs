using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Accelerator.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AcceleratorAndMeetTheCorporates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "buyers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_outside_region = table.Column<bool>(type: "boolean", nullable: false),
                    registry_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_buyers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    slot_count = table.Column<int>(type: "integer", nullable: false),
                    breaks = table.Column<List<int>>(type: "integer[]", nullable: false),
                    table_count = table.Column<int>(type: "integer", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    registration_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acceptance_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduling_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    description_en = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    description_it = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amendments = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    first_year = table.Column<int>(type: "integer", nullable: false),
                    years = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviewers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "session_buyers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_number = table.Column<int>(type: "integer", nullable: false),
                    available_slots = table.Column<List<int>>(type: "integer[]", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    challenges_en = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    challenges_it = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_buyers", x => x.id);
                    table.ForeignKey(
                        name: "FK_session_buyers_buyers_buyer_id",
                        column: x => x.buyer_id,
                        principalTable: "buyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_buyers_matchmaking_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "matchmaking_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    pitch = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    available_slots = table.Column<List<int>>(type: "integer[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_registrations", x => x.id);
                    table.ForeignKey(
                        name: "FK_session_registrations_matchmaking_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "matchmaking_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "intakes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deadline_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cohort_capacity = table.Column<int>(type: "integer", nullable: false),
                    service_months = table.Column<int>(type: "integer", nullable: false),
                    provider_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    closed_early_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cohort_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    description_en = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    description_it = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amendments = table.Column<string>(type: "jsonb", nullable: false),
                    eligibility = table.Column<string>(type: "jsonb", nullable: false),
                    rubric = table.Column<string>(type: "jsonb", nullable: false),
                    services = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intakes", x => x.id);
                    table.ForeignKey(
                        name: "FK_intakes_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_meeting_requests_buyers_buyer_id",
                        column: x => x.buyer_id,
                        principalTable: "buyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meeting_requests_matchmaking_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "matchmaking_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meeting_requests_session_registrations_registration_id",
                        column: x => x.registration_id,
                        principalTable: "session_registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submission_version = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    screening_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    wait_list_position = table.Column<int>(type: "integer", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    admitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    dropped_out_on = table.Column<DateOnly>(type: "date", nullable: true),
                    drop_out_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    eligibility_failures = table.Column<string>(type: "jsonb", nullable: false),
                    interview = table.Column<string>(type: "jsonb", nullable: true),
                    submitted = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.id);
                    table.ForeignKey(
                        name: "FK_applications_intakes_intake_id",
                        column: x => x.intake_id,
                        principalTable: "intakes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot = table.Column<int>(type: "integer", nullable: false),
                    table_number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    placed_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_meetings_matchmaking_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "matchmaking_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_meeting_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "meeting_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "alumni_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminders = table.Column<int>(type: "integer", nullable: false),
                    last_reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    figures = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alumni_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_alumni_reports_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    weighted_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_reviews_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reviews_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_service_deliveries_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    result = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    contract_value_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_outcomes", x => x.id);
                    table.CheckConstraint("ck_meeting_outcomes_contract_value", "(result = 'SupplyContractSigned' AND contract_value_eur > 0) OR (result <> 'SupplyContractSigned' AND contract_value_eur IS NULL)");
                    table.ForeignKey(
                        name: "FK_meeting_outcomes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alumni_reports_organisation",
                table: "alumni_reports",
                columns: new[] { "organisation_id", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_alumni_reports_status",
                table: "alumni_reports",
                columns: new[] { "status", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ux_alumni_reports_year",
                table: "alumni_reports",
                columns: new[] { "application_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_intake_status",
                table: "applications",
                columns: new[] { "intake_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_organisation",
                table: "applications",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_applications_one_per_organisation",
                table: "applications",
                columns: new[] { "intake_id", "organisation_id" },
                unique: true,
                filter: "status <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "ux_applications_wait_list",
                table: "applications",
                columns: new[] { "intake_id", "wait_list_position" },
                unique: true,
                filter: "wait_list_position IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_buyers_name",
                table: "buyers",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_buyers_organisation_id",
                table: "buyers",
                column: "organisation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_intakes_deadline",
                table: "intakes",
                columns: new[] { "deadline_at", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_intakes_programme_id",
                table: "intakes",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_intakes_status_deadline",
                table: "intakes",
                columns: new[] { "status", "deadline_at" });

            migrationBuilder.CreateIndex(
                name: "ux_intakes_code",
                table: "intakes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matchmaking_sessions_date",
                table: "matchmaking_sessions",
                columns: new[] { "date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_outcomes_session",
                table: "meeting_outcomes",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ux_meeting_outcomes_meeting_side",
                table: "meeting_outcomes",
                columns: new[] { "meeting_id", "side" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_buyer",
                table: "meeting_requests",
                column: "buyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_registration",
                table: "meeting_requests",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_requests_session",
                table: "meeting_requests",
                columns: new[] { "session_id", "sent_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_meeting_requests_pair",
                table: "meeting_requests",
                columns: new[] { "session_id", "participant_organisation_id", "buyer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_registration",
                table: "meetings",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_session_slot",
                table: "meetings",
                columns: new[] { "session_id", "slot", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_meetings_buyer_slot",
                table: "meetings",
                columns: new[] { "session_id", "buyer_id", "slot" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ux_meetings_participant_slot",
                table: "meetings",
                columns: new[] { "session_id", "participant_organisation_id", "slot" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ux_meetings_request_live",
                table: "meetings",
                column: "request_id",
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ux_meetings_table_slot",
                table: "meetings",
                columns: new[] { "session_id", "table_number", "slot" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ux_programmes_code",
                table: "programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviewers_name",
                table: "reviewers",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_reviewers_subject",
                table: "reviewers",
                column: "subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviews_reviewer",
                table: "reviews",
                columns: new[] { "reviewer_id", "assigned_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_reviews_once_per_reviewer",
                table: "reviews",
                columns: new[] { "application_id", "reviewer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_deliveries_application",
                table: "service_deliveries",
                columns: new[] { "application_id", "delivered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_session_buyers_buyer",
                table: "session_buyers",
                column: "buyer_id");

            migrationBuilder.CreateIndex(
                name: "ux_session_buyers_session_buyer",
                table: "session_buyers",
                columns: new[] { "session_id", "buyer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_session_buyers_session_table",
                table: "session_buyers",
                columns: new[] { "session_id", "table_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_registrations_organisation",
                table: "session_registrations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_registrations_session",
                table: "session_registrations",
                columns: new[] { "session_id", "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_session_registrations_session_organisation",
                table: "session_registrations",
                columns: new[] { "session_id", "organisation_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alumni_reports");

            migrationBuilder.DropTable(
                name: "meeting_outcomes");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "service_deliveries");

            migrationBuilder.DropTable(
                name: "session_buyers");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "reviewers");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "meeting_requests");

            migrationBuilder.DropTable(
                name: "intakes");

            migrationBuilder.DropTable(
                name: "buyers");

            migrationBuilder.DropTable(
                name: "session_registrations");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "matchmaking_sessions");
        }
    }
}
