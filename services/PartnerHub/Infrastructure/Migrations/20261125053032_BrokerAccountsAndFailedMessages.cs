using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.PartnerHub.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BrokerAccountsAndFailedMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "broker_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    virtual_host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    event_areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    password_rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    password_rotated_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broker_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "failed_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    error_queue = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    consumer_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    exception_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    exception_message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    first_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    replays = table.Column<int>(type: "integer", nullable: false),
                    last_replayed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_replayed_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    discarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    discarded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    discard_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    discarded_body = table.Column<byte[]>(type: "bytea", nullable: true),
                    discarded_properties = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_failed_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_broker_accounts_created",
                table: "broker_accounts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_broker_accounts_live_partner",
                table: "broker_accounts",
                column: "partner_id",
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_failed_messages_queue_message",
                table: "failed_messages",
                columns: new[] { "error_queue", "message_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "broker_accounts");

            migrationBuilder.DropTable(
                name: "failed_messages");
        }
    }
}
