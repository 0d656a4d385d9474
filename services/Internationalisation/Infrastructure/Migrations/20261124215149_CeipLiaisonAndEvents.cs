using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Internationalisation.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CeipLiaisonAndEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partner_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collaborations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "international_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    registration_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fee_eur = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_international_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "liaison_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    target_countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    nace_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    description_it = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    urgency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    referral_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    referral_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    assess_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    officer_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    officer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    outcome_text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "b2b_days",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    slot_count = table.Column<int>(type: "integer", nullable: false),
                    breaks = table.Column<List<int>>(type: "integer[]", nullable: false),
                    table_count = table.Column<int>(type: "integer", nullable: false),
                    agenda_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_b2b_days", x => x.event_id);
                    table.ForeignKey(
                        name: "FK_b2b_days_international_events_event_id",
                        column: x => x.event_id,
                        principalTable: "international_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "b2b_guests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_b2b_guests", x => x.id);
                    table.ForeignKey(
                        name: "FK_b2b_guests_international_events_event_id",
                        column: x => x.event_id,
                        principalTable: "international_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "b2b_meeting_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    slot = table.Column<int>(type: "integer", nullable: true),
                    table_number = table.Column<int>(type: "integer", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_b2b_meeting_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_b2b_meeting_requests_international_events_event_id",
                        column: x => x.event_id,
                        principalTable: "international_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    wait_list_position = table.Column<int>(type: "integer", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_registrations", x => x.id);
                    table.ForeignKey(
                        name: "FK_event_registrations_international_events_event_id",
                        column: x => x.event_id,
                        principalTable: "international_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "introductions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    partner_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    liaison_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    introduced_on = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    agreement_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    dropped_on = table.Column<DateOnly>(type: "date", nullable: true),
                    drop_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    made_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_introductions", x => x.id);
                    table.ForeignKey(
                        name: "FK_introductions_liaison_requests_liaison_request_id",
                        column: x => x.liaison_request_id,
                        principalTable: "liaison_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    visible_to_requester = table.Column<bool>(type: "boolean", nullable: false),
                    author = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_notes", x => x.id);
                    table.ForeignKey(
                        name: "FK_liaison_notes_liaison_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "liaison_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_b2b_guests_event",
                table: "b2b_guests",
                columns: new[] { "event_id", "added_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_b2b_meeting_requests_event",
                table: "b2b_meeting_requests",
                columns: new[] { "event_id", "requested_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_b2b_meeting_requests_pair",
                table: "b2b_meeting_requests",
                columns: new[] { "event_id", "from_participant_id", "to_participant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_country_cluster",
                table: "collaborations",
                columns: new[] { "partner_country", "cluster_code" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_recorded",
                table: "collaborations",
                columns: new[] { "recorded_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_event_registrations_event",
                table: "event_registrations",
                columns: new[] { "event_id", "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_event_registrations_organisation",
                table: "event_registrations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ux_event_registrations_event_organisation",
                table: "event_registrations",
                columns: new[] { "event_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_international_events_starts_at",
                table: "international_events",
                columns: new[] { "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_introductions_liaison_request_id",
                table: "introductions",
                column: "liaison_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_introductions_made",
                table: "introductions",
                columns: new[] { "made_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_introductions_organisation",
                table: "introductions",
                columns: new[] { "organisation_id", "made_at" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_notes_request_id",
                table: "liaison_notes",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_liaison_requests_opened",
                table: "liaison_requests",
                columns: new[] { "opened_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_liaison_requests_organisation",
                table: "liaison_requests",
                columns: new[] { "organisation_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ux_liaison_requests_referral_key",
                table: "liaison_requests",
                column: "referral_key",
                unique: true,
                filter: "referral_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "b2b_days");

            migrationBuilder.DropTable(
                name: "b2b_guests");

            migrationBuilder.DropTable(
                name: "b2b_meeting_requests");

            migrationBuilder.DropTable(
                name: "collaborations");

            migrationBuilder.DropTable(
                name: "event_registrations");

            migrationBuilder.DropTable(
                name: "introductions");

            migrationBuilder.DropTable(
                name: "liaison_notes");

            migrationBuilder.DropTable(
                name: "international_events");

            migrationBuilder.DropTable(
                name: "liaison_requests");
        }
    }
}
